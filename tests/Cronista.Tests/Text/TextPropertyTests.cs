using Cronista.Model;
using Cronista.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Cronista.Tests.Text;

/// <summary>Structural invariants of tokens and sentences for arbitrary input (FsCheck).</summary>
public class TextPropertyTests
{
    // Fragments that exercise every tokenizer path, mixed freely.
    private static readonly string[] Pieces =
    [
        "a", "Kim", "è", "L", "x", "1", "15", "000", " ", " ", " ", "\n", "\n\n", "\t", "\r\n", ".", ".", ",", "'", "’", "-", "—", ":", "/",
        "!", "?", "…", "...", "«", "»", "\"", "(", ")", "@", "#", "%", "€", "&", "_", "+", "º", "th", "er", "http://", "https://x.it/a", "www.",
        "U.S.", "EE.", "Sig.", "ecc.", "J.", "n't", "'s", "l'", "dell'", "po'", "qu'", "e\u0301", "\u0301", "😀", "\uD800", "\uDC00", "\u00AD",
        "\u200B", "\u0000", "\u00A0", "\u2028", "ǅ", "Ⅻ", "²", "١٢", "a@b.it", "-3",
    ];

    private static readonly Gen<string> Mixed = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);

    [Fact]
    public void TokensAndSentencesAreWellFormedForMixedFragments()
    {
        foreach (var lang in new[] { "und", "it", "en", "de" })
            Prop.ForAll(Mixed.ToArbitrary(), text => Check(text, lang)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TokensAndSentencesAreWellFormedForArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text => Check(text, "und")).QuickCheckThrowOnFailure();

    [Fact]
    public void WellFormedAfterNormalization() =>
        Prop.ForAll(Mixed.ToArbitrary(), text => Check(TextNormalizer.Normalize(text), "it")).QuickCheckThrowOnFailure();

    internal static bool Check(string text, string lang)
    {
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        int prevEnd = 0;
        var covered = new bool[text.Length];
        foreach (var t in tokens)
        {
            if (t.Length <= 0) Assert.Fail("empty token");
            if (t.Start < prevEnd) Assert.Fail($"token at {t.Start} overlaps or is out of order (previous end {prevEnd})");
            if (t.End > text.Length) Assert.Fail("token beyond text");
            if (char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1])) Assert.Fail("token splits a surrogate pair");
            for (int i = t.Start; i < t.End; i++)
            {
                if (char.IsWhiteSpace(text[i])) Assert.Fail($"token [{t.Start},{t.End}) covers whitespace");
                covered[i] = true;
            }
            prevEnd = t.End;
        }
        for (int i = 0; i < text.Length; i++)
            if (!covered[i] && char.IsLetterOrDigit(text[i])) Assert.Fail($"letter/digit at {i} not in any token");

        var sentences = new List<Sentence>();
        SentenceSplitter.Default.Split(text, tokens, lang, sentences);
        int nextToken = 0, prevSentenceEnd = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.TokenCount > 0, "empty sentence");
            Assert.Equal(nextToken, s.FirstToken); // sentences partition the tokens, in order
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.FirstToken + s.TokenCount - 1].End, s.End);
            Assert.True(s.Start >= prevSentenceEnd && s.End <= text.Length && s.Start < s.End);
            nextToken += s.TokenCount;
            prevSentenceEnd = s.End;
        }
        Assert.Equal(tokens.Count, nextToken);
        return true;
    }
}

public class TokenizerRegressionTests
{
    [Fact]
    public void MentionWithSupplementaryLetterKeepsTheSurrogatePairWhole()
    {
        // Found by TextPropertyTests: "@" followed by U+10000 (a letter outside the BMP) split the pair.
        var text = "!@\uD800\uDC00 x";
        var tokens = new List<Cronista.Model.Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        Assert.Contains(tokens, t => t.Start == 1 && t.Length == 3);
        Assert.True(TextPropertyTests.Check(text, "und"));
    }
}
