namespace Cronista.Text.Stemming;

/// <summary>Snowball French stemmer (https://snowballstem.org/algorithms/french/stemmer.html).
/// While stemming, u/i/y acting as consonants are upper-cased and ë/ï are written He/Hi.</summary>
public sealed class FrenchStemmer : SnowballStemmer
{
    public override string Language => "fr";

    private static readonly VowelSet V = new("aeiouyâàëéêèïîôûù");

    private static readonly SuffixTable Standard = new(
        /*0 R2 delete*/ "ance iqUe isme able iste eux ances iqUes ismes ables istes",
        /*1*/ "atrice ateur ation atrices ateurs ations",
        /*2*/ "logie logies",
        /*3*/ "usion ution usions utions",
        /*4*/ "ence ences",
        /*5*/ "ement ements",
        /*6*/ "ité ités",
        /*7*/ "if ive ifs ives",
        /*8*/ "eaux",
        /*9*/ "aux",
        /*10*/ "euse euses",
        /*11*/ "issement issements",
        /*12*/ "amment",
        /*13*/ "emment",
        /*14*/ "ment ments");

    private static readonly SuffixTable AfterEment = new("iv", "eus", "abl iqU", "ièr Ièr");
    private static readonly SuffixTable AfterIte = new("abil", "ic", "iv");

    private static readonly SuffixTable IVerb = new(
        "îmes ît îtes i ie ies ir ira irai iraIent irait iras irent irez iriez irions irons iront is issaIent issais issait " +
        "issant issante issantes issants isse issent isses issez issiez issions issons it");

    private static readonly SuffixTable Verb = new(
        /*0*/ "ions",
        /*1*/ "é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez",
        /*2*/ "âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions");

    private static readonly SuffixTable Residual = new("ion", "ier ière Ier Ière", "e");
    private static readonly SuffixTable Doubles = new("enn onn ett ell eill");

    private protected override void Run(ref Word w)
    {
        Prelude(ref w);
        MarkRegions(ref w);

        bool changed = false;
        if (StandardSuffix(ref w, out bool ment) && !ment) changed = true;
        else if (IVerbSuffix(ref w) || VerbSuffix(ref w)) changed = true;

        if (changed)
        {
            if (w.Last == 'Y') w.Buf[w.Len - 1] = 'i';
            else if (w.Last == 'ç') w.Buf[w.Len - 1] = 'c';
        }
        else ResidualSuffix(ref w);

        int d = Doubles.Match(w.Text, out _);
        if (d > 0) w.Cut(1);
        UnAccent(ref w);
        Postlude(ref w);
    }

    private static void Prelude(ref Word w)
    {
        var b = w.Buf;
        int i = 0;
        while (i < w.Len)
        {
            char c = b[i], n = w[i + 1];
            if (V.Is(c) && n == 'u' && V.Is(w[i + 2])) b[i + 1] = 'U';
            else if (V.Is(c) && n == 'i' && V.Is(w[i + 2])) b[i + 1] = 'I';
            else if (V.Is(c) && n == 'y') b[i + 1] = 'Y';
            else if (c == 'ë') w.Expand(i, 'H', 'e');
            else if (c == 'ï') w.Expand(i, 'H', 'i');
            else if (c == 'y' && V.Is(n)) b[i] = 'Y';
            else if (c == 'q' && n == 'u') b[i + 1] = 'U';
            else i++;
        }
    }

    private static void MarkRegions(ref Word w)
    {
        var s = w.Text;
        int rv = s.Length;
        if (s.Length >= 3 && V.Is(s[0]) && V.Is(s[1])) rv = 3;
        else if (s.StartsWith("par") || s.StartsWith("col") || s.StartsWith("tap")) rv = 3;
        else
        {
            for (int i = 1; i < s.Length; i++)
                if (V.Is(s[i])) { rv = i + 1; break; }
        }
        w.RV = rv;
        w.R1 = RegionAfter(s, 0, V);
        w.R2 = RegionAfter(s, w.R1, V);
    }

    /// <summary>Step 1. <paramref name="ment"/> reports the -ment endings, after which verb suffixes are still tried.</summary>
    private static bool StandardSuffix(ref Word w, out bool ment)
    {
        ment = false;
        int n = Standard.Match(w.Text, out int g);
        if (n == 0) return false;
        switch (g)
        {
            case 0:
                return w.CutInR2(n);
            case 1:
                if (!w.InR2(n)) return false;
                w.Cut(n);
                if (w.Ends("ic")) ReplaceIc(ref w);
                return true;
            case 2:
                return w.ReplaceInR2(n, "log");
            case 3:
                return w.ReplaceInR2(n, "u");
            case 4:
                return w.ReplaceInR2(n, "ent");
            case 5:
                if (!w.InRV(n)) return false;
                w.Cut(n);
                int k = AfterEment.Match(w.Text, out int h);
                if (k == 0) return true;
                switch (h)
                {
                    case 0:
                        if (w.InR2(k))
                        {
                            w.Cut(k);
                            if (w.Ends("at") && w.InR2(2)) w.Cut(2);
                        }
                        break;
                    case 1:
                        if (w.InR2(k)) w.Cut(k);
                        else if (w.InR1(k)) w.ReplaceEnd(k, "eux");
                        break;
                    case 2:
                        if (w.InR2(k)) w.Cut(k);
                        break;
                    default:
                        if (w.InRV(k)) w.ReplaceEnd(k, "i");
                        break;
                }
                return true;
            case 6:
                if (!w.InR2(n)) return false;
                w.Cut(n);
                k = AfterIte.Match(w.Text, out h);
                if (k == 0) return true;
                if (h == 0) { if (w.InR2(k)) w.Cut(k); else w.ReplaceEnd(k, "abl"); }
                else if (h == 1) ReplaceIc(ref w);
                else if (w.InR2(k)) w.Cut(k);
                return true;
            case 7:
                if (!w.InR2(n)) return false;
                w.Cut(n);
                if (w.Ends("at") && w.InR2(2))
                {
                    w.Cut(2);
                    if (w.Ends("ic")) ReplaceIc(ref w);
                }
                return true;
            case 8:
                w.ReplaceEnd(n, "eau");
                return true;
            case 9:
                if (!w.InR1(n)) return false;
                w.ReplaceEnd(n, "al");
                return true;
            case 10:
                if (w.InR2(n)) w.Cut(n);
                else if (w.InR1(n)) w.ReplaceEnd(n, "eux");
                else return false;
                return true;
            case 11:
                if (!w.InR1(n) || V.Is(w[w.Len - n - 1]) || w.Len - n == 0) return false;
                w.Cut(n);
                return true;
            case 12:
            case 13:
                if (!w.InRV(n)) return false;
                w.ReplaceEnd(n, g == 12 ? "ant" : "ent");
                ment = true;
                return true;
            default:
                // preceded by a vowel in RV
                int p = w.Len - n - 1;
                if (p < w.RV || !V.Is(w[p])) return false;
                w.Cut(n);
                ment = true;
                return true;
        }
    }

    /// <summary>A final "ic": deleted in R2, otherwise replaced by iqU.</summary>
    private static void ReplaceIc(ref Word w)
    {
        if (w.InR2(2)) w.Cut(2);
        else w.ReplaceEnd(2, "iqU");
    }

    private static bool IVerbSuffix(ref Word w)
    {
        int n = IVerb.Match(w.Text, w.RV, out _);
        if (n == 0) return false;
        int p = w.Len - n - 1; // a non-vowel other than H, itself in RV
        if (p < w.RV || V.Is(w[p]) || w[p] == 'H') return false;
        w.Cut(n);
        return true;
    }

    private static bool VerbSuffix(ref Word w)
    {
        int n = Verb.Match(w.Text, w.RV, out int g);
        if (n == 0) return false;
        if (g == 0)
        {
            return w.CutInR2(n);
        }
        w.Cut(n);
        if (g == 2 && w.Last == 'e' && w.InRV(1)) w.Cut(1);
        return true;
    }

    private static void ResidualSuffix(ref Word w)
    {
        if (w.Last == 's' && w.Len >= 2)
        {
            char p = w[w.Len - 2];
            if (w.EndsAt(w.Len - 1, "Hi") || "aiouès".IndexOf(p) < 0) w.Cut(1);
        }
        int n = Residual.Match(w.Text, w.RV, out int g);
        if (n == 0) return;
        switch (g)
        {
            case 0:
                int p = w.Len - n - 1;
                if (w.InR2(n) && p >= w.RV && w[p] is 's' or 't') w.Cut(n);
                break;
            case 1:
                w.ReplaceEnd(n, "i");
                break;
            default:
                w.Cut(n);
                break;
        }
    }

    private static void UnAccent(ref Word w)
    {
        int i = w.Len - 1;
        while (i >= 0 && !V.Is(w.Buf[i])) i--;
        if (i < w.Len - 1 && i >= 0 && w.Buf[i] is 'é' or 'è') w.Buf[i] = 'e';
    }

    private static void Postlude(ref Word w)
    {
        var b = w.Buf;
        for (int i = 0; i < w.Len; i++)
        {
            switch (b[i])
            {
                case 'I': b[i] = 'i'; break;
                case 'U': b[i] = 'u'; break;
                case 'Y': b[i] = 'y'; break;
                case 'H':
                    char next = w[i + 1];
                    if (next == 'e') { w.Remove(i, 1); b[i] = 'ë'; }
                    else if (next == 'i') { w.Remove(i, 1); b[i] = 'ï'; }
                    else { w.Remove(i, 1); i--; }
                    break;
            }
        }
    }
}
