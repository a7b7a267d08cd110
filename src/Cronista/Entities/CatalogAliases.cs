namespace Cronista.Entities;

/// <summary>
/// The aliases of one entity as written in the catalogue files. The loaded <see cref="EntityCatalog"/> keeps only hashed
/// alias keys (compact, fast to match), so showing an entity's aliases re-reads the files: a slow path for the CLI and API.
/// </summary>
public static class CatalogAliases
{
    public sealed record Alias(string Text, string Lang, string Kind);

    /// <summary>Aliases of an entity in the built-in catalogue, from an index built on first use (for servers: no file scan per call).</summary>
    public static IReadOnlyList<Alias> OfBuiltIn(string id) => BuiltIn.Value.TryGetValue(id, out var list) ? list : [];

    private static readonly Lazy<Dictionary<string, List<Alias>>> BuiltIn = new(() =>
    {
        var index = new Dictionary<string, List<Alias>>(StringComparer.Ordinal);
        foreach (var (_, reader) in EntityCatalog.OpenFiles([]))
            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith("A\t", StringComparison.Ordinal)) continue;
                var cols = line.Split('\t');
                if (cols.Length < 3) continue;
                if (!index.TryGetValue(cols[1], out var list)) index[cols[1]] = list = new List<Alias>();
                list.Add(new Alias(cols[2], cols.Length > 3 && cols[3].Length > 0 ? cols[3] : "*", cols.Length > 4 && cols[4].Length > 0 ? cols[4] : "name"));
            }
        return index;
    });

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
