using System.Collections.Concurrent;
using System.Reflection;

namespace Cronista.Resources;

/// <summary>
/// Loads per-language data files embedded from <c>Resources/Languages/&lt;lang&gt;/&lt;name&gt;.txt</c>.
/// Format: one entry per line, UTF-8; blank lines and lines starting with '#' are ignored.
/// </summary>
public static class LanguageResources
{
    private static readonly Assembly Asm = typeof(LanguageResources).Assembly;
    private static readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>> Cache = new();

    /// <summary>Lines of a language's data file, or empty when the language has no such file.</summary>
    public static IReadOnlyList<string> Lines(string lang, string name) =>
        Cache.GetOrAdd((lang, name), static k => Load($"Cronista.Languages.{k.Item1}.{k.Item2}.txt"));

    /// <summary>Raw stream of any embedded resource by its path under Resources/, e.g. "LangId/model.bin".</summary>
    public static Stream? Open(string relativePath) =>
        Asm.GetManifestResourceStream(ManifestName("Cronista." + relativePath.Replace('/', '.')));

    // The csproj's LogicalName keeps %(RecursiveDir) separators ("Cronista.LangId/model.bin" on Linux):
    // resources are looked up by their name with '/' and '\' read as '.'.
    private static readonly Lazy<Dictionary<string, string>> DottedNames = new(() =>
        Asm.GetManifestResourceNames().ToDictionary(n => n.Replace('/', '.').Replace('\\', '.'), n => n, StringComparer.Ordinal));

    private static string ManifestName(string dotted) => DottedNames.Value.GetValueOrDefault(dotted, dotted);

    public static IEnumerable<string> Languages(string name) =>
        DottedNames.Value.Keys
            .Where(n => n.StartsWith("Cronista.Languages.", StringComparison.Ordinal) && n.EndsWith("." + name + ".txt", StringComparison.Ordinal))
            .Select(n => n["Cronista.Languages.".Length..^(name.Length + 5)]);

    private static IReadOnlyList<string> Load(string resource)
    {
        using var s = Asm.GetManifestResourceStream(ManifestName(resource));
        if (s is null) return Array.Empty<string>();
        using var r = new StreamReader(s);
        var list = new List<string>();
        while (r.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#') continue;
            list.Add(t);
        }
        return list;
    }
}
