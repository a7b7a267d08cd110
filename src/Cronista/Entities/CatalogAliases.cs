using System.IO.Compression;
using Cronista.Resources;

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
        void Scan(Stream s, bool gzip)
        {
            using var d = gzip ? new GZipStream(s, CompressionMode.Decompress) : null;
            using var reader = new StreamReader(d ?? s);
            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var cols = line.Split('\t');
                result.Add(new Alias(cols[2], cols.Length > 3 && cols[3].Length > 0 ? cols[3] : "*", cols.Length > 4 && cols[4].Length > 0 ? cols[4] : "name"));
            }
        }
        foreach (var name in EntityCatalog.BuiltInFiles)
        {
            using var s = LanguageResources.Open(name);
            if (s is not null) Scan(s, name.EndsWith(".gz", StringComparison.Ordinal));
        }
        foreach (var path in userFiles ?? [])
        {
            using var s = File.OpenRead(path);
            Scan(s, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
        }
        return result;
    }
}
