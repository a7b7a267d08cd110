namespace Cronista.Text.Stemming;

/// <summary>Snowball Spanish stemmer (https://snowballstem.org/algorithms/spanish/stemmer.html).</summary>
public sealed class SpanishStemmer : SnowballStemmer
{
    public override string Language => "es";

    private static readonly VowelSet V = new("aeiouáéíóúü");

    private static readonly SuffixTable Pronouns = new("me se sela selo selas selos la le lo las les los nos");

    private static readonly SuffixTable BeforePronoun = new(
        /*0 drop accent*/ "iéndo ándo ár ér ír",
        /*1*/ "ando iendo ar er ir",
        /*2*/ "yendo");

    private static readonly SuffixTable Standard = new(
        /*0*/ "anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas " +
              "amiento amientos imiento imientos",
        /*1*/ "adora ador ación adoras adores aciones ante antes ancia ancias",
        /*2*/ "logía logías",
        /*3*/ "ución uciones",
        /*4*/ "encia encias",
        /*5*/ "amente",
        /*6*/ "mente",
        /*7*/ "idad idades",
        /*8*/ "iva ivo ivas ivos");

    private static readonly SuffixTable AfterAmente = new("iv", "os ic ad");
    private static readonly SuffixTable AfterMente = new("ante able ible");
    private static readonly SuffixTable AfterIdad = new("abil ic iv");

    private static readonly SuffixTable YVerb = new("ya ye yan yen yeron yendo yo yó yas yes yais yamos");

    private static readonly SuffixTable Verb = new(
        /*0*/ "en es éis emos",
        /*1*/ "arían arías arán arás aríais aría aréis aríamos aremos ará aré erían erías erán erás eríais ería eréis " +
              "eríamos eremos erá eré irían irías irán irás iríais iría iréis iríamos iremos irá iré aba ada ida ía ara " +
              "iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido ando iendo ió ar er ir " +
              "as abas adas idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados " +
              "idos amos ábamos íamos imos áramos iéramos iésemos ásemos");

    private static readonly SuffixTable Residual = new("os a o á í ó", "e é");

    private protected override void Run(ref Word w)
    {
        w.RV = RomanceRV(w.Text, V);
        w.R1 = RegionAfter(w.Text, 0, V);
        w.R2 = RegionAfter(w.Text, w.R1, V);

        AttachedPronoun(ref w);
        if (!StandardSuffix(ref w) && !YVerbSuffix(ref w)) VerbSuffix(ref w);
        ResidualSuffix(ref w);

        for (int i = 0; i < w.Len; i++)
            w.Buf[i] = w.Buf[i] switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', var c => c };
    }

    private static void AttachedPronoun(ref Word w)
    {
        int n = Pronouns.Match(w.Text, out _);
        if (n == 0) return;
        int end = w.Len - n;
        int m = BeforePronoun.Match(w.Text[..end], out int g);
        if (m == 0 || end - m < w.RV) return;
        switch (g)
        {
            case 0:
                w.Cut(n);
                var plain = w.Text[^m..];
                for (int i = 0; i < plain.Length; i++)
                    w.Buf[w.Len - m + i] = plain[i] switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', var c => c };
                break;
            case 1:
                w.Cut(n);
                break;
            default:
                if (w[end - m - 1] == 'u') w.Cut(n);
                break;
        }
    }

    private static bool StandardSuffix(ref Word w)
    {
        int n = Standard.Match(w.Text, out int g);
        if (n == 0) return false;
        if (g == 5 ? !w.InR1(n) : !w.InR2(n)) return false;
        switch (g)
        {
            case 0:
                w.Cut(n);
                break;
            case 1:
                w.Cut(n);
                if (w.Ends("ic") && w.InR2(2)) w.Cut(2);
                break;
            case 2: w.ReplaceEnd(n, "log"); break;
            case 3: w.ReplaceEnd(n, "u"); break;
            case 4: w.ReplaceEnd(n, "ente"); break;
            case 5:
                w.Cut(n);
                w.CutAfterAmente(AfterAmente);
                break;
            case 6:
                w.Cut(n);
                w.CutInR2(AfterMente);
                break;
            case 7:
                w.Cut(n);
                w.CutInR2(AfterIdad);
                break;
            default:
                w.Cut(n);
                if (w.Ends("at") && w.InR2(2)) w.Cut(2);
                break;
        }
        return true;
    }

    private static bool YVerbSuffix(ref Word w)
    {
        int n = YVerb.Match(w.Text, w.RV, out _);
        if (n == 0 || w[w.Len - n - 1] != 'u') return false;
        w.Cut(n);
        return true;
    }

    private static void VerbSuffix(ref Word w)
    {
        int n = Verb.Match(w.Text, w.RV, out int g);
        if (n == 0) return;
        w.Cut(n);
        if (g == 0 && w.Ends("gu")) w.Cut(1);
    }

    private static void ResidualSuffix(ref Word w)
    {
        int n = Residual.Match(w.Text, out int g);
        if (n == 0 || !w.InRV(n)) return;
        w.Cut(n);
        if (g == 1 && w.Ends("gu") && w.InRV(1)) w.Cut(1);
    }
}
