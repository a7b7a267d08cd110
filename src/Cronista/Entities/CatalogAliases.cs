namespace Cronista.Entities;

/// <summary>
/// The aliases of one entity as written in the catalogue files. The loaded <see cref="EntityCatalog"/> keeps only hashed
/// alias keys (compact, fast to match), so showing an entity's aliases re-reads the files: a slow path for the CLI and API.
/// </summary>
public static class CatalogAliases
{
    public sealed record Alias(string Text, string Lang, string Kind);

    public static IReadOnlyList<Alias> Of(string id, IEnumerable<string>? userFiles = null)
    {
        var result = new List<Alias>();
        var prefix = "A\t" + id + "\t";
        foreach (var (_, reader) in EntityCatalog.OpenFiles(userFiles ?? []))
            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var cols = line.Split('\t');
                result.Add(new Alias(cols[2], cols.Length > 3 && cols[3].Length > 0 ? cols[3] : "*", cols.Length > 4 && cols[4].Length > 0 ? cols[4] : "name"));
            }
        return result;
    }
}
