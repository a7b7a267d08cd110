namespace Cronista.Text.Stemming;

/// <summary>Snowball Portuguese stemmer (https://snowballstem.org/algorithms/portuguese/stemmer.html).
/// The nasal vowels ã and õ are written a~ and o~ while stemming.</summary>
public sealed class PortugueseStemmer : SnowballStemmer
{
    public override string Language => "pt";

    private static readonly VowelSet V = new("aeiouáéíóúâêô");

    private static readonly SuffixTable Standard = new(
        /*0 R2 delete*/ "eza ezas ico ica icos icas ismo ismos ável ível ista istas oso osa osos osas amento amentos imento imentos " +
                        "adora ador aça~o adoras adores aço~es ante antes ância",
        /*1*/ "logia logias",
        /*2*/ "uça~o uço~es",
        /*3*/ "ência ências",
        /*4*/ "amente",
        /*5*/ "mente",
        /*6*/ "idade idades",
        /*7*/ "iva ivo ivas ivos",
        /*8*/ "ira iras");

    private static readonly SuffixTable AfterAmente = new("iv", "os ic ad");
    private static readonly SuffixTable AfterMente = new("ante avel ível");
    private static readonly SuffixTable AfterIdade = new("abil ic iv");

    private static readonly SuffixTable Verb = new(
        "ada ida ia aria eria iria ará ara erá era irá ava asse esse isse aste este iste ei arei erei irei am iam ariam eriam " +
        "iriam aram eram iram avam em arem erem irem assem essem issem ado ido ando endo indo ara~o era~o ira~o ar er ir as " +
        "adas idas ias arias erias irias arás aras erás eras irás avas es ardes erdes irdes ares eres ires asses esses isses " +
        "astes estes istes is ais eis íeis aríeis eríeis iríeis áreis areis éreis ereis íreis ireis ásseis ésseis ísseis " +
        "áveis ados idos ámos amos íamos aríamos eríamos iríamos áramos éramos íramos ávamos emos aremos eremos iremos " +
        "ássemos êssemos íssemos imos armos ermos irmos eu iu ou ira iras");

    private static readonly SuffixTable Residual = new("os a i o á í ó");
    private static readonly SuffixTable ResidualForm = new("e é ê", "ç");

    private protected override void Run(ref Word w)
    {
        for (int i = 0; i < w.Len; i++)
        {
            if (w.Buf[i] == 'ã') w.Expand(i, 'a', '~');
            else if (w.Buf[i] == 'õ') w.Expand(i, 'o', '~');
        }
        w.RV = RomanceRV(w.Text, V);
        w.R1 = RegionAfter(w.Text, 0, V);
        w.R2 = RegionAfter(w.Text, w.R1, V);

        if (StandardSuffix(ref w) || VerbSuffix(ref w))
        {
            if (w.Ends("ci") && w.InRV(1)) w.Cut(1);
        }
        else
        {
            int n = Residual.Match(w.Text, out _);
            if (n > 0 && w.InRV(n)) w.Cut(n);
        }
        FinalForm(ref w);

        for (int i = 0; i + 1 < w.Len; i++)
        {
            if (w.Buf[i + 1] != '~') continue;
            if (w.Buf[i] == 'a') { w.Buf[i] = 'ã'; w.Remove(i + 1, 1); }
            else if (w.Buf[i] == 'o') { w.Buf[i] = 'õ'; w.Remove(i + 1, 1); }
        }
    }

    private static bool StandardSuffix(ref Word w)
    {
        int n = Standard.Match(w.Text, out int g);
        if (n == 0) return false;
        switch (g)
        {
            case 0:
                return w.CutInR2(n);
            case 1:
                return w.ReplaceInR2(n, "log");
            case 2:
                return w.ReplaceInR2(n, "u");
            case 3:
                return w.ReplaceInR2(n, "ente");
            case 4:
                if (!w.InR1(n)) return false;
                w.Cut(n);
                w.CutAfterAmente(AfterAmente);
                return true;
            case 5:
                if (!w.CutInR2(n)) return false;
                w.CutInR2(AfterMente);
                return true;
            case 6:
                if (!w.CutInR2(n)) return false;
                w.CutInR2(AfterIdade);
                return true;
            case 7:
                if (!w.InR2(n)) return false;
                w.Cut(n);
                if (w.Ends("at") && w.InR2(2)) w.Cut(2);
                return true;
            default:
                // ira, iras → ir when in RV and preceded by e
                if (!w.InRV(n) || w[w.Len - n - 1] != 'e') return false;
                w.ReplaceEnd(n, "ir");
                return true;
        }
    }

    private static bool VerbSuffix(ref Word w)
    {
        int n = Verb.Match(w.Text, w.RV, out _);
        if (n == 0) return false;
        w.Cut(n);
        return true;
    }

    private static void FinalForm(ref Word w)
    {
        int n = ResidualForm.Match(w.Text, out int g);
        if (n == 0) return;
        if (g == 1)
        {
            w.ReplaceEnd(1, "c");
            return;
        }
        if (!w.InRV(n)) return;
        w.Cut(n);
        if ((w.Ends("gu") || w.Ends("ci")) && w.InRV(1)) w.Cut(1);
    }
}
