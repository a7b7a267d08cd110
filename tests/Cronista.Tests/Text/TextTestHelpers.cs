using Cronista.Model;
using Cronista.Text;

namespace Cronista.Tests.Text;

internal static class TextTestHelpers
{
    public static List<Token> Tokens(string text, string lang)
    {
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        return tokens;
    }

    public static string[] TokenTexts(string text, string lang) =>
        Tokens(text, lang).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    public static string[] Sentences(string text, string lang)
    {
        var tokens = Tokens(text, lang);
        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens, lang, sentences);
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    /// <summary>Path of a folder under /work/shared/data (../shared/data from the repository root), or null when missing.</summary>
    public static string? SharedData(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Cronista.slnx"))) continue;
            var path = Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
            return Directory.Exists(path) ? Path.GetFullPath(path) : null;
        }
        return null;
    }
}
