namespace Cronista.Text.Stemming;

/// <summary>Snowball German stemmer (https://snowballstem.org/algorithms/german/stemmer.html).
/// ß becomes ss and umlauts are removed from the stem.</summary>
public sealed class GermanStemmer : SnowballStemmer
{
    public override string Language => "de";

    private static readonly VowelSet V = new("aeiouyäöü");

    private static readonly SuffixTable Step1 = new("em ern er", "e en es", "s");
    private static readonly SuffixTable Step2 = new("en er est", "st");
    private static readonly SuffixTable Step3 = new("end ung", "ig ik isch", "lich heit", "keit");
    private static readonly SuffixTable AfterLich = new("er en");
    private static readonly SuffixTable AfterKeit = new("lich ig");

    private const string SEnding = "bdfghklmnrt";
    private const string StEnding = "bdfghklmnt";

    private protected override void Run(ref Word w)
    {
        Prelude(ref w);
        MarkRegions(ref w);

        // Step 1
        int n = Step1.Match(w.Text, out int g);
        if (n > 0 && w.InR1(n))
        {
            if (g == 0) w.Cut(n);
            else if (g == 1)
            {
                w.Cut(n);
                if (w.Ends("niss")) w.Cut(1);
            }
            else if (SEnding.Contains(w[w.Len - 2])) w.Cut(1);
        }

        // Step 2
        n = Step2.Match(w.Text, out g);
        if (n > 0 && w.InR1(n))
        {
            if (g == 0) w.Cut(n);
            else if (StEnding.Contains(w[w.Len - 3]) && w.Len - 3 >= 3) w.Cut(n);
        }

        // Step 3: derivational suffixes
        n = Step3.Match(w.Text, out g);
        if (n > 0 && w.InR2(n))
        {
            switch (g)
            {
                case 0:
                    w.Cut(n);
                    if (w.Ends("ig") && w[w.Len - 3] != 'e' && w.InR2(2)) w.Cut(2);
                    break;
                case 1:
                    if (w[w.Len - n - 1] != 'e') w.Cut(n);
                    break;
                case 2:
                    w.Cut(n);
                    int k = AfterLich.Match(w.Text, out _);
                    if (k > 0 && w.InR1(k)) w.Cut(k);
                    break;
                default:
                    w.Cut(n);
                    k = AfterKeit.Match(w.Text, out _);
                    if (k > 0 && w.InR2(k)) w.Cut(k);
                    break;
            }
        }

        for (int i = 0; i < w.Len; i++)
            w.Buf[i] = w.Buf[i] switch { 'Y' => 'y', 'U' => 'u', 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', var c => c };
    }

    private static void Prelude(ref Word w)
    {
        for (int i = 0; i < w.Len; i++)
            if (w.Buf[i] == 'ß') w.Expand(i, 's', 's');
        var b = w.Buf;
        for (int i = 0; i + 2 < w.Len; i++)
            if (V.Is(b[i]) && b[i + 1] is 'u' or 'y' && V.Is(b[i + 2]))
                b[i + 1] = char.ToUpperInvariant(b[i + 1]);
    }

    private static void MarkRegions(ref Word w)
    {
        w.R1 = w.R2 = w.Len;
        if (w.Len < 3) return;
        int p1 = RegionAfter(w.Text, 0, V);
        w.R2 = RegionAfter(w.Text, p1, V);
        // the region before R1 has at least three letters
        w.R1 = Math.Max(p1, 3);
    }
}
