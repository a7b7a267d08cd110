namespace Cronista.Text.Stemming;

/// <summary>Snowball Italian stemmer (https://snowballstem.org/algorithms/italian/stemmer.html).</summary>
public sealed class ItalianStemmer : SnowballStemmer
{
    public override string Language => "it";

    private static readonly VowelSet V = new("aeiouàèìòù");

    private static readonly SuffixTable Pronouns = new(
        "ci gli la le li lo mi ne si ti vi sene gliela gliele glieli glielo gliene " +
        "mela mele meli melo mene tela tele teli telo tene cela cele celi celo cene vela vele veli velo vene");

    private static readonly SuffixTable BeforePronoun = new("ando endo", "ar er ir");

    private static readonly SuffixTable Standard = new(
        /*0 R2 delete*/ "anza anze ico ici ica ice iche ichi ismo ismi abile abili ibile ibili ista iste isti istà istè istì " +
                        "oso osi osa ose mente atrice atrici ante anti",
        /*1*/ "azione azioni atore atori",
        /*2*/ "logia logie",
        /*3*/ "uzione uzioni usione usioni",
        /*4*/ "enza enze",
        /*5*/ "amento amenti imento imenti",
        /*6*/ "amente",
        /*7*/ "ità",
        /*8*/ "ivo ivi iva ive");

    private static readonly SuffixTable AfterAmente = new("iv", "os ic abil");
    private static readonly SuffixTable AfterIta = new("abil ic iv");

    private static readonly SuffixTable Verb = new(
        "ammo ando ano are arono asse assero assi assimo ata ate ati ato ava avamo avano avate avi avo emmo enda ende endi endo " +
        "erà erai eranno ere erebbe erebbero erei eremmo eremo ereste eresti erete erò erono essero ete eva evamo evano evate evi evo " +
        "yamo iamo immo irà irai iranno ire irebbe irebbero irei iremmo iremo ireste iresti irete irò irono isca iscano isce isci isco " +
        "iscono issero ita ite iti ito iva ivamo ivano ivate ivi ivo ono uta ute uti uto ar ir");

    private const string FinalVowels = "aeioàèìò";

    private protected override void Run(ref Word w)
    {
        Prelude(ref w);
        w.RV = RomanceRV(w.Text, V);
        w.R1 = RegionAfter(w.Text, 0, V);
        w.R2 = RegionAfter(w.Text, w.R1, V);

        AttachedPronoun(ref w);
        if (!StandardSuffix(ref w)) VerbSuffix(ref w);
        VowelSuffix(ref w);

        for (int i = 0; i < w.Len; i++)
            if (w.Buf[i] is 'I' or 'U') w.Buf[i] = char.ToLowerInvariant(w.Buf[i]);
    }

    private static void Prelude(ref Word w)
    {
        var b = w.Buf;
        for (int i = 0; i < w.Len; i++)
        {
            switch (b[i])
            {
                case 'á': b[i] = 'à'; break;
                case 'é': b[i] = 'è'; break;
                case 'í': b[i] = 'ì'; break;
                case 'ó': b[i] = 'ò'; break;
                case 'ú': b[i] = 'ù'; break;
                case 'q' when i + 1 < w.Len && b[i + 1] == 'u': b[++i] = 'U'; break;
            }
        }
        // u and i between vowels are consonants
        for (int i = 0; i + 2 < w.Len; i++)
            if (V.Is(b[i]) && b[i + 1] is 'u' or 'i' && V.Is(b[i + 2]))
                b[i + 1] = char.ToUpperInvariant(b[i + 1]);
    }

    private static void AttachedPronoun(ref Word w)
    {
        int n = Pronouns.Match(w.Text, out _);
        if (n == 0) return;
        int end = w.Len - n;
        int m = BeforePronoun.Match(w.Text[..end], out int g);
        if (m == 0 || end - m < w.RV) return;
        w.Cut(n);
        if (g == 1) w.Append('e');
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
                if (!w.InR2(n)) return false;
                w.Cut(n);
                if (w.Ends("ic") && w.InR2(2)) w.Cut(2);
                return true;
            case 2:
                return w.ReplaceInR2(n, "log");
            case 3:
                return w.ReplaceInR2(n, "u");
            case 4:
                return w.ReplaceInR2(n, "ente");
            case 5:
                if (!w.InRV(n)) return false;
                w.Cut(n);
                return true;
            case 6:
                if (!w.InR1(n)) return false;
                w.Cut(n);
                w.CutAfterAmente(AfterAmente);
                return true;
            case 7:
                if (!w.CutInR2(n)) return false;
                w.CutInR2(AfterIta);
                return true;
            default:
                if (!w.InR2(n)) return false;
                w.Cut(n);
                if (w.Ends("at") && w.InR2(2))
                {
                    w.Cut(2);
                    if (w.Ends("ic") && w.InR2(2)) w.Cut(2);
                }
                return true;
        }
    }

    private static void VerbSuffix(ref Word w)
    {
        int n = Verb.Match(w.Text, w.RV, out _);
        if (n > 0) w.Cut(n);
    }

    private static void VowelSuffix(ref Word w)
    {
        if (FinalVowels.Contains(w.Last) && w.Len > 0 && w.InRV(1))
        {
            w.Cut(1);
            if (w.Last == 'i' && w.InRV(1)) w.Cut(1);
        }
        if (w.Last == 'h' && w[w.Len - 2] is 'c' or 'g' && w.InRV(2)) w.Cut(1);
    }
}
