namespace Cronista.Text.Stemming;

/// <summary>Snowball English ("Porter2") stemmer (https://snowballstem.org/algorithms/english/stemmer.html).</summary>
public sealed class EnglishStemmer : SnowballStemmer
{
    public override string Language => "en";

    private static readonly VowelSet V = new("aeiouy");

    /// <summary>Words stemmed by lookup before anything else (a word mapped to itself is left alone).</summary>
    private static readonly (string Word, string Stem)[] Exceptions1 =
    [
        ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ];

    /// <summary>Words left as they are after step 1a.</summary>
    private static readonly string[] Exceptions2 = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen"];

    private static readonly SuffixTable Apostrophe = new("' 's 's'");
    private static readonly SuffixTable Step1b = new("eed eedly", "ed edly ing ingly");
    private static readonly SuffixTable Step1bEnd = new("at bl iz", "bb dd ff gg mm nn pp rr tt");

    private static readonly string[] Step2Out =
        ["tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble", "og", "ful", "less", ""];
    private static readonly SuffixTable Step2 = new(
        "tional", "enci", "anci", "abli", "entli", "izer ization", "ational ation ator", "alism aliti alli", "fulness",
        "ousli ousness", "iveness iviti", "biliti bli", "ogi", "fulli", "lessli", "li");

    private static readonly string[] Step3Out = ["tion", "ate", "al", "ic", "", ""];
    private static readonly SuffixTable Step3 = new("tional", "ational", "alize", "icate iciti ical", "ful ness", "ative");

    private static readonly SuffixTable Step4 = new(
        "al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize", "ion");

    private const string ValidLi = "cdeghkmnrt";

    private protected override void Run(ref Word w)
    {
        foreach (var (word, stem) in Exceptions1)
        {
            if (w.Text.SequenceEqual(word))
            {
                w.ReplaceEnd(w.Len, stem);
                return;
            }
        }
        if (w.Len < 3) return;

        Prelude(ref w);
        int p1 = w.Len;
        foreach (var prefix in R1Prefixes)
            if (w.Text.StartsWith(prefix)) { p1 = prefix.Length; break; }
        if (p1 == w.Len) p1 = RegionAfter(w.Text, 0, V);
        w.R1 = p1;
        w.R2 = RegionAfter(w.Text, p1, V);

        Step1a(ref w);
        if (!IsException2(w.Text))
        {
            DoStep1b(ref w);
            // 1c: y → i after a non-vowel that is not the first letter
            if (w.Last is 'y' or 'Y' && w.Len > 2 && !V.Is(w[w.Len - 2])) w.Buf[w.Len - 1] = 'i';
            DoStep2(ref w);
            DoStep3(ref w);
            DoStep4(ref w);
            Step5(ref w);
        }

        for (int i = 0; i < w.Len; i++)
            if (w.Buf[i] == 'Y') w.Buf[i] = 'y';
    }

    private static bool IsException2(ReadOnlySpan<char> s)
    {
        foreach (var e in Exceptions2)
            if (s.SequenceEqual(e)) return true;
        return false;
    }

    private static void Prelude(ref Word w)
    {
        if (w.Buf[0] == '\'') w.Remove(0, 1);
        if (w.Len > 0 && w.Buf[0] == 'y') w.Buf[0] = 'Y';
        for (int i = 1; i < w.Len; i++)
            if (w.Buf[i] == 'y' && V.Is(w.Buf[i - 1])) w.Buf[i] = 'Y';
    }

    /// <summary>Short syllable ending at <paramref name="end"/>.</summary>
    private static bool ShortSyllable(in Word w, int end)
    {
        if (end >= 3 && !V.Is(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && V.Is(w[end - 2]) && !V.Is(w[end - 3]))
            return true;
        return end == 2 && V.Is(w[0]) && !V.Is(w[1]);
    }

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (V.Is(c)) return true;
        return false;
    }

    private static void Step1a(ref Word w)
    {
        int n = Apostrophe.Match(w.Text, out _);
        if (n > 0) w.Cut(n);

        if (w.Ends("sses")) w.Cut(2);
        else if (w.Ends("ied") || w.Ends("ies")) w.ReplaceEnd(3, w.Len > 4 ? "i" : "ie");
        else if (w.Ends("us") || w.Ends("ss")) { }
        else if (w.Ends("s") && w.Len >= 2 && HasVowel(w.Text[..(w.Len - 2)])) w.Cut(1);
    }

    private static void DoStep1b(ref Word w)
    {
        int n = Step1b.Match(w.Text, out int g);
        if (n == 0) return;
        if (g == 0)
        {
            if (w.InR1(n)) w.ReplaceEnd(n, "ee");
            return;
        }
        if (!HasVowel(w.Text[..(w.Len - n)])) return;
        w.Cut(n);
        int k = Step1bEnd.Match(w.Text, out int h);
        if (k > 0)
        {
            if (h == 0) w.Append('e');
            else w.Cut(1);
        }
        else if (w.Len == w.R1 && ShortSyllable(w, w.Len)) w.Append('e');
    }

    private static void DoStep2(ref Word w)
    {
        int n = Step2.Match(w.Text, out int g);
        if (n == 0 || !w.InR1(n)) return;
        if (g == 12 && w[w.Len - n - 1] != 'l') return;
        if (g == 15)
        {
            if (ValidLi.Contains(w[w.Len - n - 1])) w.Cut(n);
            return;
        }
        w.ReplaceEnd(n, Step2Out[g]);
    }

    private static void DoStep3(ref Word w)
    {
        int n = Step3.Match(w.Text, out int g);
        if (n == 0 || !w.InR1(n)) return;
        if (g == 5 && !w.InR2(n)) return;
        w.ReplaceEnd(n, Step3Out[g]);
    }

    private static void DoStep4(ref Word w)
    {
        int n = Step4.Match(w.Text, out int g);
        if (n == 0 || !w.InR2(n)) return;
        if (g == 1 && w[w.Len - n - 1] is not ('s' or 't')) return;
        w.Cut(n);
    }

    private static void Step5(ref Word w)
    {
        if (w.Last == 'e')
        {
            if (w.InR2(1) || (w.InR1(1) && !ShortSyllable(w, w.Len - 1))) w.Cut(1);
        }
        else if (w.Last == 'l' && w.InR2(1) && w[w.Len - 2] == 'l') w.Cut(1);
    }
}
