using System.Runtime.InteropServices;
using Cronista.Entities.Ner;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;
using Cronista.Util;

namespace Cronista.Entities;

/// <summary>
/// Finds entity mentions in a document and links them to one canonical entity each:
/// <list type="number">
/// <item>gazetteer: longest alias match over folded token hashes (<see cref="AliasIndex"/>), filtered by language and case;</item>
/// <item>statistical NER (<see cref="NerTagger"/>) for names the catalogue lacks; spans overlapping a catalogue match are dropped;</item>
/// <item>linking: unambiguous matches first; then ambiguous ones scored by prior, context hints, the document's countries and the
/// NER type; short forms ("Putin", "Kim", "Chang") resolve to an earlier full name in the document; office phrases
/// ("il ministro della Difesa russo") resolve to the office holder at the document date; capitals and seats of power stand for
/// their government unless used as places ("a Pyongyang"); names not in the catalogue get a stable id from their folded form.</item>
/// </list>
/// Thread-safe: all state is per call.
/// </summary>
public sealed class EntityLinker
{
    private readonly EntityCatalog? _given;
    private readonly Func<string, NerTagger?> _ner;

    /// <param name="catalog">The catalogue; null = <see cref="EntityCatalog.Default"/>, loaded on the first document rather than
    /// here, so building a pipeline (e.g. to replace this stage) costs no catalogue load.</param>
    public EntityLinker(EntityCatalog? catalog = null, Func<string, NerTagger?>? ner = null)
    {
        _given = catalog;
        _ner = ner ?? NerTagger.For;
    }

    private EntityCatalog Catalog => _given ?? EntityCatalog.Default;

    /// <summary>Loads the catalogue now (see <see cref="Pipeline.DocumentPipeline.Preload"/>).</summary>
    public void Preload() => _ = Catalog;

    /// <summary>A linker without the statistical tagger (catalogue matches only).</summary>
    public static EntityLinker GazetteerOnly(EntityCatalog? catalog = null) => new(catalog, _ => null);

    [ThreadStatic] private static AliasCandidate[]? t_keep;
    [ThreadStatic] private static NerDocumentContext? t_context;
    [ThreadStatic] private static HashSet<ulong>? t_docWords;

    private enum Source : byte { Alias, Ner }

    /// <summary>A detected span before linking. Candidates are copied out of the index (a handful per document).</summary>
    private sealed class Found
    {
        public required int First, Count, Sentence;
        public required Source Source;
        public AliasCandidate[] Candidates = [];
        public EntityType? NerType;
        public float NerConfidence;
        public bool NerNamesPlace;       // the tagger's span is this match, or it with lower-case words ("provincia di …")
        public bool Compound;            // "Iran-backed": the name before the hyphen of one token
        public bool Leads;               // … one that leads what follows: "the Hamas-led attack"
        // Result
        public Entity? Entity;
        public string? Id;
        public string? Name;
        public EntityType Type;
        public string? Role;
        public double Confidence;
        public string Rule = "";
        public int End => First + Count;
    }

    public void Link(Document doc)
    {
        doc.Mentions.Clear();
        doc.Entities.Clear();
        if (doc.Tokens.Count == 0) return;
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        var lang = doc.Language;
        var data = LinkerLanguageData.For(lang);
        var hashes = Scratch<ulong>.Rent(tokens.Count);
        try
        {
            AliasIndex.HashTokens(text, tokens, hashes);
            var found = new List<Found>();
            var nerSpans = new List<NerSpan>();
            var tagger = _ner(lang);
            var context = tagger?.Context(doc, t_context ??= new NerDocumentContext());
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                var sentence = doc.Sentences[s];
                int sentenceStart = found.Count;
                nerSpans.Clear();
                tagger?.Tag(doc, s, context, nerSpans);
                MatchAliases(text, tokens, hashes, sentence, s, lang, found, tagger is null ? null : nerSpans, data, doc.Times);
                if (tagger is not null)
                {
                    ShipNames(text, tokens, hashes, sentence, data, found, sentenceStart, nerSpans);
                    AddNerSpans(text, tokens, hashes, nerSpans, s, found, sentenceStart);
                }
            }
            Resolve(doc, found, hashes, data);
            DropUnsupportedTowns(doc, found, hashes, data, tagged: tagger is not null);
            AddRepeatedSurnames(doc, found, hashes);
            DropDemonymsInNames(doc, found, hashes, data);
            Emit(doc, found);
        }
        finally
        {
            Scratch<ulong>.Return(hashes);
        }
    }

    private void MatchAliases(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, Sentence sentence, int s, string lang, List<Found> found,
        List<NerSpan>? nerSpans, LinkerLanguageData data, List<TimeExpression> times)
    {
        var sentenceHashes = hashes.AsSpan(0, sentence.FirstToken + sentence.TokenCount);
        var keep = t_keep ??= new AliasCandidate[64];
        Catalog.Aliases.PrefetchStarts(sentenceHashes[sentence.FirstToken..]);
        for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            if (!Catalog.Aliases.TryMatch(sentenceHashes, i, out int length, out var candidates))
            {
                if (CompoundHead(text, tokens[i], data, lang, out bool leads) is { Length: > 0 } compound)
                    found.Add(new Found { First = i, Count = 1, Sentence = s, Source = Source.Alias, Candidates = compound, Compound = true, Leads = leads });
                continue;
            }
            int n = Applicable(keep, candidates, text, tokens, i, length, lang);
            // The longest match may be another language's alias ("Charles III." is German; "roi Charles III." is French): a
            // shorter one may still apply.
            while (n == 0 && length > 1 && Catalog.Aliases.TryMatch(sentenceHashes[..(i + length - 1)], i, out length, out candidates))
                n = Applicable(keep, candidates, text, tokens, i, length, lang);
            if (n == 0) continue;
            if (AfterStreetNoun(hashes, i, sentence.FirstToken, data)) continue;
            // "Central Obrera Boliviana", "Paolo Russo": a lower-case language's demonym with a capital inside a name.
            if (DemonymInName(text, tokens, hashes, keep.AsSpan(0, n), i, sentence.FirstToken, data)) continue;
            // Most one-word matches of capitalised words are small GeoNames places ("Per", "Paese"): drop them here, before
            // any linking work, unless something says "place" (see DropUnsupportedTowns).
            if (length == 1 && AllCandidates(keep.AsSpan(0, n), IsTown) && !TownSupported(nerSpans is not null, PlaceSpan(text, tokens, nerSpans, i), hashes, i, sentence.FirstToken, data)) continue;
            // A town named with an article and a common noun ("El Consejo", "La Libertad", "La Peña"), where its capitals say
            // nothing (at a sentence's start, in a line of capitals), is that noun phrase ("El Consejo Militar", "LA LIBERTAD
            // DE PRENSA") unless the tagger sees a place over it or a locative precedes it. Mid-sentence, "La Libertad" and
            // "Al Khums" are written as names.
            if (length > 1 && data.Articles.Contains(hashes[i]) && (OpensSentence(tokens, i, sentence.FirstToken) || AliasIndex.NoLowerCase(text, tokens, i, length))
                && AllCandidates(keep.AsSpan(0, n), IsTown) && !ArticleTownSupported(nerSpans, i, length, hashes, sentence.FirstToken, data)) continue;
            // Towns named after a date ("28 de Noviembre", "Primero de Mayo", "Nueve de Julio") are, where the temporal tagger
            // read a date, that date.
            if (AllCandidates(keep.AsSpan(0, n), IsMinorPlace) && OverlapsTime(times, tokens[i].Start, tokens[i + length - 1].End)) continue;
            // Leftmost-longest is not always right: "La Unión Europea" holds "La Unión" (a Salvadoran department) and "Unión
            // Europea". A match that a later, longer-reaching match overlaps yields to it when that one ranks higher.
            if (length > 1 && OverlappedByBetter(text, tokens, sentenceHashes, i, length, BestPrior(keep.AsSpan(0, n)), lang)) continue;
            found.Add(new Found { First = i, Count = length, Sentence = s, Source = Source.Alias, Candidates = keep.AsSpan(0, n).ToArray() });
            i += length - 1;
        }
    }

    /// <summary>Copies into <paramref name="keep"/> the candidates that apply to the language and fit the text's case; their count.</summary>
    private static int Applicable(AliasCandidate[] keep, ReadOnlySpan<AliasCandidate> candidates, ReadOnlySpan<char> text, List<Token> tokens, int i, int length, string lang)
    {
        int n = 0;
        foreach (var c in candidates)
            if (n < keep.Length && c.AppliesTo(lang) && AliasIndex.CaseFits(c, text, tokens, i, length)) keep[n++] = c;
        return n;
    }

    /// <summary>"Iran-backed", "Saudi-led", "Houthi-controlled": a name or demonym joined by a hyphen to a participle of support
    /// or control (entity_cues "compound") names that entity — as who backs or leads, never as the nationality of what follows.
    /// The catalogue's candidates for the part before the hyphen, or none.</summary>
    private AliasCandidate[]? CompoundHead(ReadOnlySpan<char> text, Token token, LinkerLanguageData data, string lang, out bool leads)
    {
        leads = false;
        if (data.CompoundSuffixes.Count == 0) return null;
        var word = text.Slice(token.Start, token.End - token.Start);
        int dash = word.LastIndexOf('-');
        if (dash <= 0 || dash == word.Length - 1 || !char.IsUpper(word[0])) return null;
        ulong suffix = AliasIndex.TokenHash(word[(dash + 1)..]);
        if (!data.CompoundSuffixes.Contains(suffix)) return null;
        leads = data.LeadingSuffixes.Contains(suffix);
        Span<ulong> head = [AliasIndex.TokenHash(word[..dash])];
        var candidates = Catalog.Aliases.Exact(head);
        var kept = new List<AliasCandidate>();
        foreach (var c in candidates)
            if (c.Kind is not AliasKind.Short && c.AppliesTo(lang)) kept.Add(c);
        return kept.ToArray();
    }

    /// <summary>A city that opens a longer name, right before a capitalised word of it: "New Orleans Saints", "Boston Globe",
    /// "Moscow State University" are teams, papers and schools, not the cities.</summary>
    private bool CityOpensName(ReadOnlySpan<char> text, List<Token> tokens, Found f, NerSpan span) =>
        OpensLongerName(text, tokens, f, span)
        && AllCandidates(f.Candidates, static e => e is { Type: EntityType.Loc, Kind: EntityKind.City or EntityKind.Capital or EntityKind.Town or EntityKind.Admin });

    /// <summary>A country's name as a person's first name, the tagger seeing a person: "Israel Katz", "Jordan Bardella".</summary>
    private bool CountryOpensPersonsName(ReadOnlySpan<char> text, List<Token> tokens, Found f, NerSpan span) =>
        span.Type == EntityType.Per && OpensLongerName(text, tokens, f, span) && AllCandidates(f.Candidates, static e => e.Kind == EntityKind.Country);

    /// <summary>The match opens the tagger's longer span, right before a capitalised word of it.</summary>
    private static bool OpensLongerName(ReadOnlySpan<char> text, List<Token> tokens, Found f, NerSpan span)
    {
        if (f.First != span.FirstToken || f.End >= span.FirstToken + span.TokenCount) return false;
        var next = tokens[f.End];
        return next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]);
    }

    /// <summary>Every candidate's entity is <paramref name="what"/>.</summary>
    private bool AllCandidates(ReadOnlySpan<AliasCandidate> candidates, Func<Entity, bool> what)
    {
        foreach (var c in candidates)
            if (!what(Catalog[c.Entity])) return false;
        return true;
    }

    /// <summary>Some candidate's entity is <paramref name="what"/> and in a country other than <paramref name="country"/>.</summary>
    private bool AnyInOtherCountry(ReadOnlySpan<AliasCandidate> candidates, string country, Func<Entity, bool> what)
    {
        foreach (var c in candidates)
            if (Catalog[c.Entity] is { Country: { } other } e && other != country && what(e)) return true;
        return false;
    }

    private float BestPrior(ReadOnlySpan<AliasCandidate> candidates)
    {
        float best = 0;
        foreach (var c in candidates) best = Math.Max(best, Catalog[c.Entity].Prior);
        return best;
    }

    /// <summary>A match starting inside [<paramref name="i"/>, +<paramref name="length"/>) that ends after it and whose
    /// best candidate (for this language and case) has a higher prior than <paramref name="prior"/>.</summary>
    private bool OverlappedByBetter(ReadOnlySpan<char> text, List<Token> tokens, ReadOnlySpan<ulong> hashes, int i, int length, float prior, string lang)
    {
        for (int j = i + 1; j < i + length; j++)
        {
            if (!Catalog.Aliases.TryMatch(hashes, j, out int other, out var candidates) || j + other <= i + length) continue;
            foreach (var c in candidates)
                if (c.AppliesTo(lang) && AliasIndex.CaseFits(c, text, tokens, j, other) && Catalog[c.Entity].Prior > prior) return true;
        }
        return false;
    }

    private static bool IsTown(Entity e) => e is { Kind: EntityKind.Town or EntityKind.Other, Type: EntityType.Loc };

    /// <summary>A town, a first-level division or an uncurated GeoNames city: one-word names of these are often common words
    /// ("Nacional", "Oriental", "Central", "Sud"), first names ("Paul", "Patrick") or words of longer names ("San Leone",
    /// "Consejo Nacional Sirio").</summary>
    private static bool IsMinorPlace(Entity e) => IsTown(e) || e is { Kind: EntityKind.Admin, Type: EntityType.Loc } || IsGazetteerCity(e);

    private static bool IsGazetteerCity(Entity e) => e is { Kind: EntityKind.City, Gazetteer: true };

    /// <summary>The tagger's span over token <paramref name="i"/> when it names that word's place: the word alone, or with
    /// lower-case words only ("provincia di Agrigento"). A longer name ("San Leone") does not make one of its words a place.</summary>
    private static (EntityType Type, float Confidence)? PlaceSpan(ReadOnlySpan<char> text, List<Token> tokens, List<NerSpan>? spans, int i)
    {
        if (spans is null) return null;
        foreach (var span in spans)
        {
            if (span.FirstToken > i || i >= span.FirstToken + span.TokenCount) continue;
            return OnlyLowerAround(text, tokens, span.FirstToken, span.FirstToken + span.TokenCount, i, i + 1) ? (span.Type, span.Confidence) : null;
        }
        return null;
    }

    /// <summary>The words of tokens [<paramref name="first"/>, <paramref name="end"/>) outside [<paramref name="matchFirst"/>,
    /// <paramref name="matchEnd"/>) are all lower-case.</summary>
    private static bool OnlyLowerAround(ReadOnlySpan<char> text, List<Token> tokens, int first, int end, int matchFirst, int matchEnd)
    {
        for (int t = first; t < end; t++)
            if ((t < matchFirst || t >= matchEnd) && tokens[t].Kind == TokenKind.Word && char.IsUpper(text[tokens[t].Start])) return false;
        return true;
    }

    /// <summary>
    /// A one-word small place (token <paramref name="i"/>) stands when the tagger sees a confident place there, or — without
    /// a tagger — after a locative preposition in the same sentence; never after an article or when the word is a
    /// <c>generic</c> noun of the language.
    /// </summary>
    private static bool TownSupported(bool tagged, (EntityType Type, float Confidence)? ner, ulong[] hashes, int i, int sentenceFirst, LinkerLanguageData data)
    {
        // Towns take no article and are no institution's common noun: "du Golfe", "la Garde républicaine", "le ministre de
        // la Justice" name no town, whatever the tagger says.
        if (i > sentenceFirst && data.Articles.Contains(hashes[i - 1]) || data.Generic.Contains(hashes[i])) return false;
        return tagged ? ner is { Type: EntityType.Loc, Confidence: >= MinPlaceConfidence } : i > sentenceFirst && data.Locatives.Contains(hashes[i - 1]);
    }

    /// <summary>
    /// An adjective of nationality that the language writes in lower case ("boliviana", "española", "russo": aliases that
    /// match in any case), written here with a capital right after another capitalised word, is a word of a name — "Central
    /// Obrera Boliviana", "Conferencia Episcopal Española", "Confederazione Generale Italiana del Lavoro", "Paolo Russo" —
    /// not the country (the tagger may name it). Not in a line of capitals, nor after the article that opens the sentence
    /// ("Gli Italiani hanno votato") or a government noun ("il Governo Italiano" is the government). English capitalises
    /// every demonym: its aliases are no lower-case ones, and "the Nigerian Army" keeps Nigeria. Small places of the same
    /// name give way too ("Española", New Mexico).
    /// </summary>
    private bool DemonymInName(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, ReadOnlySpan<AliasCandidate> candidates, int i, int sentenceFirst, LinkerLanguageData data)
    {
        bool demonym = false;
        foreach (var c in candidates)
            if (c is { Kind: AliasKind.Demonym, Case: CaseRule.Any }) demonym = true;
            else if (!IsMinorPlace(Catalog[c.Entity])) return false;
        if (!demonym) return false;
        if (i == sentenceFirst || !char.IsUpper(text[tokens[i].Start]) || AliasIndex.NoLowerCase(text, tokens, i, 1)) return false;
        var prev = tokens[i - 1];
        if (prev.Kind != TokenKind.Word || !char.IsUpper(text[prev.Start]) || AliasIndex.NoLowerCase(text, tokens, i - 1, 1)) return false;
        return !(data.Articles.Contains(hashes[i - 1]) && OpensSentence(tokens, i - 1, sentenceFirst)) && !data.Government.Contains(hashes[i - 1]);
    }

    /// <summary>No word or number comes before token i in its sentence.</summary>
    private static bool OpensSentence(List<Token> tokens, int i, int sentenceFirst)
    {
        for (int t = sentenceFirst; t < i; t++) if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) return false;
        return true;
    }

    /// <summary>Characters [start, end) overlap one of the document's time expressions.</summary>
    private static bool OverlapsTime(List<TimeExpression> times, int start, int end)
    {
        foreach (var t in times) if (t.Start < end && start < t.End) return true;
        return false;
    }

    /// <summary>A town opening with an article: a locative before it, or the tagger's confident place over all of it.</summary>
    private static bool ArticleTownSupported(List<NerSpan>? spans, int i, int length, ulong[] hashes, int sentenceFirst, LinkerLanguageData data)
    {
        if (i > sentenceFirst && data.Locatives.Contains(hashes[i - 1])) return true;
        if (spans is null) return false;
        foreach (var span in spans)
            if (span is { Type: EntityType.Loc, Confidence: >= MinPlaceConfidence } && span.FirstToken <= i && i + length <= span.FirstToken + span.TokenCount) return true;
        return false;
    }

    /// <summary>
    /// NER spans become mentions of their own only where no catalogue match overlaps; else they inform the match's type. A
    /// name of an organisation, person or other kind that holds minor places ("Consejo Nacional Sirio", "Universidad de
    /// Navarra") is one name: the places inside it give way, as do short forms inside a longer person's name.
    /// </summary>
    private void AddNerSpans(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, List<NerSpan> spans, int s, List<Found> found, int sentenceStart)
    {
        int aliasEnd = found.Count;
        bool removed = false;
        foreach (var span in spans)
        {
            int spanEnd = span.FirstToken + span.TokenCount;
            bool overlaps = false, outranks = span.Type != EntityType.Loc && span.Confidence >= MinNerConfidence;
            for (int k = sentenceStart; k < aliasEnd; k++)
            {
                var f = found[k];
                if (f.Count == 0 || f.First >= spanEnd || span.FirstToken >= f.End) continue;
                if (outranks && f.Count < span.TokenCount && (AllCandidates(f.Candidates, IsMinorPlace) || CityOpensName(text, tokens, f, span) || CountryOpensPersonsName(text, tokens, f, span)
                        || span.Type == EntityType.Per && (HasOnlyShortForms(f.Candidates) || AllCandidates(f.Candidates, static e => e.Kind == EntityKind.Person))
                           && !NamesTheSamePerson(text, tokens, hashes, span, f))) { f.Count = 0; removed = true; continue; } // "Abdul Hamid Dbeibah" is not Bangladesh's Abdul Hamid
                overlaps = true;
                if (span.FirstToken <= f.First && f.End <= spanEnd)
                {
                    f.NerType = span.Type; f.NerConfidence = span.Confidence;
                    f.NerNamesPlace = OnlyLowerAround(text, tokens, span.FirstToken, spanEnd, f.First, f.End);
                }
            }
            if (!overlaps)
                found.Add(new Found { First = span.FirstToken, Count = span.TokenCount, Sentence = s, Source = Source.Ner, NerType = span.Type, NerConfidence = span.Confidence });
        }
        if (removed) found.RemoveAll(f => f.Count == 0);
        // Keep text order within the sentence.
        found.Sort(sentenceStart, found.Count - sentenceStart, Comparer<Found>.Create((a, b) => a.First.CompareTo(b.First)));
    }

    private void Resolve(Document doc, List<Found> found, ulong[] hashes, LinkerLanguageData data)
    {
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        HashSet<ulong>? docWords = null; // folded words of the document, built when a candidate has context hints
        var countries = new HashSet<string>(StringComparer.Ordinal); // countries of linked names: the context of homonyms
        var named = new HashSet<string>(StringComparer.Ordinal);     // the same without minor places (which cannot vouch for themselves)
        var townsIn = new HashSet<string>(StringComparer.Ordinal);   // countries with a town linked in them
        var date = doc.ReferenceDate;
        // Divisions right after a name and a comma ("Houston, Texas", "Ferndale, California"): towns in them are preferred
        // to their homonyms.
        var divisions = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Source != Source.Alias || found[k - 1].End + 1 != f.First || text[tokens[f.First - 1].Start] != ',') continue;
            foreach (var c in f.Candidates)
                if (Catalog[c.Entity] is { Kind: EntityKind.Admin } a && DivisionKey(a) is { } key) divisions.Add(key);
        }

        // Pass 1: names and acronyms with one candidate, demonyms: they set the document's context.
        // Full names by entity, for short forms: entity index → positions in `found`, in text order.
        var fullNames = new Dictionary<int, List<int>>();
        // A word that is someone's short name as well as another entity's name is no sure reading when the document names
        // that someone in full: "Hollande" (the Netherlands in French) after "François Hollande". Pass 2 decides it.
        var sure = new AliasCandidate?[found.Count];
        var namedInFull = new HashSet<int>();
        for (int k = 0; k < found.Count; k++)
        {
            if (found[k].Source != Source.Alias) continue;
            sure[k] = SingleNonShort(found[k].Candidates);
            if (sure[k] is { Kind: not AliasKind.Demonym } name && !HasShortForm(found[k].Candidates)) namedInFull.Add(name.Entity);
        }
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (sure[k] is not { } only || Catalog[only.Entity].Kind == EntityKind.Role) continue;
            if (ShortFormOfNamed(f.Candidates, namedInFull)) continue;
            // (A name for all languages that is the entity's demonym in this one reads as the demonym: "Thai" is Thailand's name
            // in Thai, and the English adjective, written with a capital; not Spanish "Argentina", whose adjective "argentina" is not.)
            bool demonym = only.Kind == AliasKind.Demonym
                           || only.Lang == "*" && Array.Exists(f.Candidates, c => c.Entity == only.Entity && c.Kind == AliasKind.Demonym && c.Lang == doc.Language && c.Case != CaseRule.Any);
            Assign(f, Catalog[only.Entity], demonym ? "demonym" : "alias", demonym ? 0.9 : 0.95);
            AddContext(f.Entity!);
            if (!demonym)
            {
                if (!fullNames.TryGetValue(only.Entity, out var at)) fullNames[only.Entity] = at = [];
                at.Add(k);
            }
        }

        // The country a wire report was filed from ("TAIPEI, May 23 (Reuters) -"): between towns of one name in two countries
        // the document names, the one there ("Taoyuan" in Taiwan, not in China).
        string? filedIn = null;
        foreach (var f in found)
        {
            if (f.Sentence > 1) break;
            if (f.Source != Source.Alias || f.First != doc.Sentences[f.Sentence].FirstToken || !InDateline(doc, f)) continue;
            filedIn = f.Entity?.Country ?? SharedCountry(f.Candidates) ?? OnlyCityCountry(f.Candidates, null) ?? OnlyCityCountry(f.Candidates, countries); // "LA PAZ"
            break;
        }

        // Pass 2: ambiguous names by score; short forms by the document's full names; offices by holder at the date.
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Entity is not null || f.Source != Source.Alias) continue;
            if (TryOffice(found, k, date, hashes, data)) continue;
            bool shortForms = true;
            foreach (var c in f.Candidates) shortForms &= c.Kind == AliasKind.Short;
            if (NearestFullName(fullNames, k, f.Candidates) is { } earlier)
            {
                Assign(f, earlier, "short-form", 0.9);
                continue;
            }
            AliasCandidate? best = null;
            double bestScore = double.MinValue, second = double.MinValue;
            foreach (var c in f.Candidates)
            {
                var e = Catalog[c.Entity];
                if (e.Kind == EntityKind.Role || e.Kind == EntityKind.Office) continue;
                double score = e.Prior
                    + (e.Hints.Count > 0 ? 0.15 * HintHits(e, docWords ??= DocumentWords(hashes.AsSpan(0, tokens.Count))) : 0)
                    + (e.Country is { } cc && countries.Contains(cc) ? (cc == filedIn ? 0.12 : 0.1) : 0)
                    + (e.Kind == EntityKind.Town && DivisionKey(e) is { } dk && divisions.Contains(dk) ? 0.1 : 0)
                    + (f.NerType is { } t && t == e.Type ? 0.2 : 0)
                    - (c.Kind == AliasKind.Short ? 0.1 : 0);
                if (score > bestScore) { second = bestScore; bestScore = score; best = c; }
                else if (score > second && c.Entity != best?.Entity) second = score;
            }
            if (best is not { } b) continue;
            // A short form of a body known by its context ("giunta militare" for Egypt's SCAF, "Fratelli" for the Muslim
            // Brotherhood) stands only where the document speaks of that context; "la giunta militare birmana" is another.
            if (shortForms && Catalog[b.Entity] is { Hints.Count: > 0 } hinted && HintHits(hinted, docWords ??= DocumentWords(hashes.AsSpan(0, tokens.Count))) == 0) continue;
            // Towns of one name in several countries ("Palmira", "Palermo"), none of them in a country the document names:
            // a guess would put the place on the wrong map. It stays a place, under a name of its own, without coordinates.
            // (So does a division of two words or more named like towns elsewhere: "Santa Rosa" is a department of Guatemala and
            // a dozen towns. One-word divisions have their own rule below.)
            if (Catalog[b.Entity] is { Country: { } town } chosen && (chosen.Kind == EntityKind.Town || chosen.Kind == EntityKind.Admin && f.Count > 1) && !countries.Contains(town)
                && !(DivisionKey(chosen) is { } division && divisions.Contains(division))
                && AnyInOtherCountry(f.Candidates, town, static e => e.Kind is EntityKind.Town or EntityKind.Admin))
            {
                AsPlaceOfItsOwn(f);
                continue;
            }
            double margin = second == double.MinValue ? 1 : bestScore - second;
            Assign(f, Catalog[b.Entity], b.Kind == AliasKind.Demonym ? "demonym" : "alias-ranked",
                Math.Clamp(0.5 + margin, 0.5, shortForms ? 0.7 : 0.9));
            AddContext(f.Entity!);
        }

        // One-word first-level divisions and uncurated cities ("Homs", "Idlib", but also "Nacional", "Central", "Patrick")
        // stand in a document that names their country, or when the tagger sees a place there and no other place is so named;
        // elsewhere they are a place of their own without coordinates when the tagger sees one, else nothing.
        foreach (var f in found)
        {
            if (f.Entity is not { Country: { } cc } e || !IsMinorPlace(e) || IsTown(e) || f.Count > 1 || f.Role is not null) continue;
            // Any other name of that country vouches for it, as does a town there (towns need the tagger's support).
            if (named.Contains(cc) || townsIn.Contains(cc)) continue;
            bool place = f.NerType == EntityType.Loc && f.NerNamesPlace && f.NerConfidence >= MinPlaceConfidence;
            if (place && !AnyInOtherCountry(f.Candidates, cc, static o => o.Type == EntityType.Loc)) continue; // the only place so named, and the tagger sees one: "Kentucky"
            if (place) AsPlaceOfItsOwn(f);
            else (f.Entity, f.Id) = (null, null);
        }

        // A town alone in its country, in a report filed from another one ("NOUMÉA (AFP) - … à Plum, au sud de Nouméa": no town
        // in Pennsylvania), is a place of its own, without coordinates — unless anything else the document names is there.
        if (filedIn is not null)
        {
            var linkedIn = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in found)
                if (f.Entity is { Country: { } c } e && !IsTown(e)) linkedIn.Add(c);
            foreach (var f in found)
                if (f.Entity is { Country: { } tc } town && IsTown(town) && f.Role is null && tc != filedIn && !linkedIn.Contains(tc)) AsPlaceOfItsOwn(f);
        }

        // "il governo siriano", "the Syrian government", "el Gobierno de Siria": a government noun with a country's demonym,
        // or with "of" and the country or its capital, is that country's government (the mention spans the noun).
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Source != Source.Alias || f.Role is not null || f.Entity is not { Country: { } cc } e) continue;
            var sentence = doc.Sentences[f.Sentence];
            int first = f.First, end = f.End, sentenceEnd = sentence.FirstToken + sentence.TokenCount;
            if (f.Rule == "demonym")
            {
                if (first > sentence.FirstToken && data.Government.Contains(hashes[first - 1])) first--;
                else if (end < sentenceEnd && data.Government.Contains(hashes[end])) end++;
                else continue;
            }
            // (An article between for a country: "le gouvernement de la République démocratique du Congo".)
            else if (e.Kind is EntityKind.Country or EntityKind.Capital
                     && GenitiveNounStart(hashes, data, first, sentence.FirstToken, article: e.Kind is EntityKind.Country, i => data.Government.Contains(hashes[i])) is int start) first = start;
            else continue;
            if (Catalog.Get("gov:" + cc) is not { } government || OverlapsAnother(found, k, first, end)) continue;
            (f.First, f.Count) = (first, end - first);
            Assign(f, government, "government-of:" + e.Id, Math.Min(f.Confidence, 0.85));
        }

        // "la capitale siriana", "la capital de Siria", "the Syrian capital", "Syria's capital": a country's capital named by a
        // noun for a capital with the country's demonym, or with "of" and the country, is that capital (the mention spans the
        // noun; it stays the city: no metonymy below). The noun needs its article ("la capital", "the"):
        // "el capital estadounidense", "il capitale russo", "Chinese capital" are money.
        if (data.Capital.Count > 0)
            for (int k = 0; k < found.Count; k++)
            {
                var f = found[k];
                if (f.Source != Source.Alias || f.Role is not null || f.Entity is not { Country: { } cc } e || e.Kind is not EntityKind.Country) continue;
                int first = f.First, end = f.End, sentenceFirst = doc.Sentences[f.Sentence].FirstToken;
                int sentenceEnd = sentenceFirst + doc.Sentences[f.Sentence].TokenCount;
                // The noun at i: a capital (not "capital markets") with its article before it.
                bool Noun(int i) => i < sentenceEnd && data.Capital.Contains(hashes[i]) && !(i + 1 < sentenceEnd && data.CapitalNot.Contains(hashes[i + 1]));
                bool CapitalAt(int i) => i - 1 >= sentenceFirst && Noun(i) && data.CapitalArticles.Contains(hashes[i - 1]);
                if (f.Rule == "demonym")
                {
                    if (CapitalAt(first - 1)) first--; // "la capitale siriana"
                    else if (Noun(end) && first - 1 >= sentenceFirst && data.CapitalArticles.Contains(hashes[first - 1])) end++; // "the Syrian capital"
                    else continue;
                }
                else if (GenitiveNounStart(hashes, data, first, sentenceFirst, article: true, CapitalAt) is int start) first = start; // "la capital de Siria", "la capitale de la Syrie"
                else if (end < sentenceEnd && hashes[end] == PossessiveS && Noun(end + 1)) end += 2; // "Syria's capital"
                else continue;
                if (Catalog.CapitalOf(cc) is not { } capital || OverlapsAnother(found, k, first, end)) continue;
                (f.First, f.Count) = (first, end - first);
                Assign(f, capital, "capital-of:" + e.Id, Math.Min(f.Confidence, 0.85));
            }

        // Pass 3: NER names not in the catalogue: an earlier name containing this one, else a stable id of their own.
        var byKey = new Dictionary<string, Found>(StringComparer.Ordinal);
        var stop = StopWords.For(doc.Language);
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Source != Source.Ner) continue;
            // A capitalised common word that opens a sentence ("Almeno 12 persone", "Comentarios", "Historia"): one word, a
            // stop word or written in lower case elsewhere in the document, is no name.
            if (f.Count == 1 && f.Entity is null && OpensItsSentence(doc, f)
                && (stop.Contains(text.Slice(tokens[f.First].Start, tokens[f.First].Length)) || WrittenInLowerCase(text, tokens, hashes, hashes[f.First])))
                continue;
            // A title the tagger took into the name is none of it: "Mayor Ihor Terekhov", "Prime Minister Kishida".
            while (f.NerType == EntityType.Per && f.Count >= 2 && f.Entity is null && data.Titles.Contains(hashes[f.First]))
            {
                int skip = f.Count >= 3 && tokens[f.First + 1].Kind == TokenKind.Punctuation ? 2 : 1; // "Gen. Burhan"
                f.First += skip; f.Count -= skip;
            }
            if (f.NerType == EntityType.Per && EarlierPersonWithToken(found, hashes, k) is { } person)
            {
                f.Entity = person.Entity; f.Id = person.Id; f.Name = person.Name; f.Type = person.Type;
                f.Confidence = 0.8 * f.NerConfidence + 0.1; f.Rule = "ner+short-form";
                continue;
            }
            // A name ends on a capitalised word or a number ("Lavare Soldi rubati" in a title-case headline does not).
            if (f.NerConfidence < MinNerConfidence || !StartsUpperOrDigit(text.Slice(tokens[f.End - 1].Start, tokens[f.End - 1].Length))) continue;
            if (f.Count == 1 && data.Generic.Contains(hashes[f.First])) continue; // "el Gobierno", "lo Stato": no name of its own
            if (InsideTime(doc, tokens[f.First].Start, tokens[f.End - 1].End)) continue; // "ROMA, 10 LUG": a month in capitals
            // "le ministère nigérien des Mines", "il ministro dell'Interno": a ministry's portfolio is no place or body of its own.
            int sentenceFirst = doc.Sentences[f.Sentence].FirstToken;
            if (f.Entity is null && PortfolioOf(hashes, f.First, sentenceFirst, data)) continue;
            // "Cambodia's Defense Ministry", "the Cambodian Defense Ministry", "el Ministerio de Defensa de Camboya": a ministry
            // named with its country is that country's government, not a body of its own (the words name every country's).
            if (f.Entity is null && f.NerType == EntityType.Org && ContainsAny(hashes, f.First, f.End, data.Ministry)
                && GovernmentBeside(found, f, text, tokens, hashes, data) is var (ministryOf, country))
            {
                Assign(f, ministryOf, "government-of:" + country.Id, Math.Min(0.85, 0.9 * f.NerConfidence));
                continue;
            }
            var surface = SurfaceOf(text, tokens, f.First, f.Count);
            var key = StableKey(surface);
            if (key.Length == 0) continue;
            f.Type = f.NerType ?? EntityType.Misc;
            // "le groupe nucléaire français Orano", "the tech giant Nvidia": one word after a noun for a company names one.
            // (A longer name right after the noun too: "la coalition Takku Wallu".)
            if (f.Type != EntityType.Org && (f.Count == 1 && CompanyNounBefore(text, tokens, hashes, f.First, sentenceFirst, data)
                                             || f.First > sentenceFirst && data.CompanyNouns.Contains(hashes[f.First - 1]))) f.Type = EntityType.Org;
            // "l'ospedale Nasser", "el hospital Al Shifa": a building named after a person is a place.
            // (Or after it and a genitive: "il valico di Kerem Shalom".)
            if (f.Type == EntityType.Per && f.First > sentenceFirst && (data.BuildingNouns.Contains(hashes[f.First - 1])
                                                                      || f.First - 1 > sentenceFirst && data.Genitive.Contains(hashes[f.First - 1]) && data.BuildingNouns.Contains(hashes[f.First - 2])))
                f.Type = EntityType.Loc;
            f.Id = $"name:{TypeSlug(f.Type)}:{key}";
            f.Name = byKey.TryGetValue(f.Id, out var first) ? first.Name : surface;
            byKey.TryAdd(f.Id, f);
            f.Confidence = Math.Round(0.9 * f.NerConfidence, 3);
            f.Rule = "ner";
        }

        // "il Congresso del Perù", "el Consejo de Seguridad Nacional de Serbia": a catalogue body of one country named with another
        // country is that country's body — its government, as for ministries —, not the catalogue's ("United States Congress").
        foreach (var f in found)
            if (f.Source == Source.Alias && f.Entity is { Kind: EntityKind.Organization, Country: { } own }
                && GovernmentBeside(found, f, text, tokens, hashes, data) is var (bodyOf, country) && country.Country != own)
                Assign(f, bodyOf, "government-of:" + country.Id, Math.Min(0.85, f.Confidence));

        LinkDefinedAcronyms(doc, found);

        // Metonymy: capitals and seats of power used as actors stand for their government.
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Entity is not { Target: { } target } e || e.Kind is not (EntityKind.Capital or EntityKind.Seat)) continue;
            if (Catalog.Get(target) is not { } government) continue;
            // A capital named by its description is the city: "la capitale libyenne" is bombed, entered, surrounded — it
            // rarely speaks ("Tripoli a annoncé" does).
            if (f.Rule.StartsWith("capital-of:", StringComparison.Ordinal)) continue;
            if (UsedAsPlace(hashes, found, k, data) || InDateline(doc, f)) continue;
            Assign(f, government, "metonym:" + e.Id, Math.Min(f.Confidence, 0.85));
            f.Role = "actor";
        }

        void AddContext(Entity e)
        {
            if (e.Country is not { } cc) return;
            countries.Add(cc);
            if (!IsMinorPlace(e)) named.Add(cc);
            else if (IsTown(e)) townsIn.Add(cc);
        }
    }

    /// <summary>Where "NOUN of [the] NAME" starts, for the name at <paramref name="first"/> ("il governo di", "la capitale de la"):
    /// a genitive right before the name with the noun before it, or (when <paramref name="article"/>) a genitive and an article
    /// between them; else null.</summary>
    private static int? GenitiveNounStart(ulong[] hashes, LinkerLanguageData data, int first, int sentenceFirst, bool article, Func<int, bool> nounAt)
    {
        if (first - 2 >= sentenceFirst && data.Genitive.Contains(hashes[first - 1]) && nounAt(first - 2)) return first - 2;
        if (article && first - 3 >= sentenceFirst && data.Articles.Contains(hashes[first - 1]) && data.Genitive.Contains(hashes[first - 2]) && nounAt(first - 3)) return first - 3;
        return null;
    }

    private static bool ContainsAny(ulong[] hashes, int from, int to, HashSet<ulong> words)
    {
        for (int i = from; i < to; i++) if (words.Contains(hashes[i])) return true;
        return false;
    }

    /// <summary>The government of the country named right beside a name (<see cref="CountryBeside"/>), with that country.</summary>
    private (Entity Government, Entity Country)? GovernmentBeside(List<Found> found, Found f, ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, LinkerLanguageData data) =>
        CountryBeside(found, f, text, tokens, hashes, data) is { Country: { } of } country && Catalog.Get("gov:" + of) is { } government ? (government, country) : null;

    /// <summary>The country named right beside a name of the same sentence: before it ("Cambodian", "Cambodia's"), or after it
    /// as a demonym ("camboyano") or after "of"/"de"/"di" and an article ("de Camboya", "della Russia").</summary>
    private static Entity? CountryBeside(List<Found> found, Found f, ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, LinkerLanguageData data)
    {
        foreach (var g in found)
        {
            if (g == f || g.Sentence != f.Sentence || g.Entity is not { Kind: EntityKind.Country } country) continue;
            if (g.End == f.First || g.Rule == "demonym" && g.First == f.End) return country;
            if (g.End == f.First - 1 && text.Slice(tokens[g.End].Start, tokens[g.End].Length) is "'s" or "’s") return country;
            if (f.End < g.First && g.First <= f.End + 2 && data.Genitive.Contains(hashes[f.End]) && (g.First == f.End + 1 || data.Articles.Contains(hashes[f.End + 1])))
                return country;
        }
        return null;
    }

    /// <summary>A genitive word or contracted article ("des", "dell'", "de", "of"; "de la", "of the") right before <paramref name="first"/>,
    /// and a ministry noun before that, a demonym between them allowed: "ministère nigérien des Mines".</summary>
    private static bool PortfolioOf(ulong[] hashes, int first, int sentenceFirst, LinkerLanguageData data)
    {
        int p = first - 1;
        if (p > sentenceFirst && data.Articles.Contains(hashes[p]) && data.Genitive.Contains(hashes[p - 1])) p--; // "de la", "of the"
        if (p <= sentenceFirst || !data.Genitive.Contains(hashes[p]) && !data.Articles.Contains(hashes[p])) return false; // "des", "dell'" are articles
        for (int q = p - 1; q >= sentenceFirst && q >= p - 2; q--)
            if (data.Ministry.Contains(hashes[q])) return true;
        return false;
    }

    /// <summary>A street or square noun right before token <paramref name="i"/>, or before a genitive and an article there
    /// ("plaza San Martín", "place de la République", "rue de Syrie").</summary>
    private static bool AfterStreetNoun(ulong[] hashes, int i, int sentenceFirst, LinkerLanguageData data)
    {
        int p = i - 1;
        if (p > sentenceFirst && data.Articles.Contains(hashes[p])) p--;
        if (p > sentenceFirst && data.Genitive.Contains(hashes[p])) p--;
        return p >= sentenceFirst && data.StreetNouns.Contains(hashes[p]);
    }

    /// <summary>A noun for a company ("groupe", "società", "empresa", "company") right before <paramref name="first"/>, or up to
    /// two lower-case words before it ("le groupe nucléaire français Orano").</summary>
    private static bool CompanyNounBefore(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, int first, int sentenceFirst, LinkerLanguageData data)
    {
        for (int q = first - 1; q >= sentenceFirst && q >= first - 3; q--)
        {
            if (data.CompanyNouns.Contains(hashes[q])) return true;
            if (tokens[q].Kind != TokenKind.Word || !char.IsLower(text[tokens[q].Start])) return false;
        }
        return false;
    }

    /// <summary>
    /// "Consejo Nacional Electoral (CNE)", "Partido Socialista Obrero Español (PSOE)": an acronym in parentheses right after a
    /// name, made of that name's initials, names the same entity — there and wherever else the document writes it, tagged or
    /// not (the tagger gives "CNE" a name of its own, and misses it in "el CNE anunció"). An acronym the catalogue links
    /// keeps its entity.
    /// </summary>
    /// <summary>The acronym (two letters or more, in capitals) is the initials of the name's capitalised words: "Rapid Support
    /// Forces" → "RSF".</summary>
    private static bool InitialsAre(string name, ReadOnlySpan<char> acronym)
    {
        if (acronym.Length < 2) return false;
        int k = 0;
        bool start = true;
        foreach (char c in name)
        {
            if (start && char.IsUpper(c))
            {
                if (k >= acronym.Length || char.ToUpperInvariant(acronym[k]) != c) return false;
                k++;
            }
            start = c is ' ' or '-';
        }
        return k == acronym.Length;
    }

    private static void LinkDefinedAcronyms(Document doc, List<Found> found)
    {
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        Dictionary<string, Found>? defined = null;
        foreach (var f in found)
        {
            if (f.Id is null || f.Count < 2 || f.End + 2 >= tokens.Count) continue;
            if (doc.TokenText(tokens[f.End]) is not "(" || doc.TokenText(tokens[f.End + 2]) is not ")") continue;
            var acronym = doc.TokenText(tokens[f.End + 1]);
            // (Or of the entity's English name: "le Forze di supporto rapido (RSF)".)
            if (!IsAcronymOf(acronym, text, tokens, f.First, f.End) && !(f.Entity is { } named && InitialsAre(named.Name, acronym))) continue;
            defined ??= new Dictionary<string, Found>(StringComparer.Ordinal);
            defined.TryAdd(acronym.ToString(), f);
        }
        if (defined is null) return;
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = new bool[tokens.Count];
        foreach (var f in found)
            if (f.Id is not null)
                for (int t = f.First; t < f.End; t++) covered[t] = true;
        foreach (var f in found)
            if (f.Count == 1 && f.Source == Source.Ner && lookup.TryGetValue(doc.TokenText(tokens[f.First]), out var full) && f.Entity is null)
                Take(f, full);
        List<Found>? added = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (covered[t] || tokens[t].Kind != TokenKind.Word || !lookup.TryGetValue(doc.TokenText(tokens[t]), out var full)) continue;
            int s = SentenceOf(doc, t);
            var g = new Found { First = t, Count = 1, Sentence = s, Source = Source.Ner, NerType = full.Type };
            Take(g, full);
            (added ??= []).Add(g);
        }
        if (added is null) return;
        found.AddRange(added);
        found.Sort(Comparer<Found>.Create((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Count.CompareTo(a.Count)));

        static void Take(Found f, Found full)
        {
            (f.Entity, f.Id, f.Name, f.Type) = (full.Entity, full.Id, full.Name, full.Type);
            f.Confidence = Math.Min(full.Confidence, 0.85);
            f.Rule = "acronym";
        }
    }

    /// <summary>Two to eight capitals (digits allowed after the first) that are the initials of the name's words: every word, or
    /// its capitalised ones ("Movimiento al Socialismo" = MAS, "Consejo Nacional Electoral" = CNE).</summary>
    private static bool IsAcronymOf(ReadOnlySpan<char> acronym, ReadOnlySpan<char> text, List<Token> tokens, int first, int end)
    {
        if (acronym.Length is < 2 or > 8 || !char.IsUpper(acronym[0])) return false;
        int letters = 0;
        foreach (char c in acronym)
        {
            if (char.IsUpper(c)) letters++;
            else if (!char.IsDigit(c) && c != '-') return false;
        }
        Span<char> all = stackalloc char[16], capitals = stackalloc char[16];
        int na = 0, nc = 0;
        for (int t = first; t < end && na < 16; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            char c = text[tokens[t].Start];
            all[na++] = char.ToUpperInvariant(Folding.Fold(c));
            if (char.IsUpper(c)) capitals[nc++] = char.ToUpperInvariant(Folding.Fold(c));
        }
        Span<char> initials = stackalloc char[8];
        int ni = 0;
        foreach (char c in acronym) if (char.IsUpper(c)) initials[ni++] = char.ToUpperInvariant(Folding.Fold(c));
        var a = initials[..ni];
        return letters >= 2 && (a.SequenceEqual(all[..na]) || a.SequenceEqual(capitals[..nc]));
    }

    private static int SentenceOf(Document doc, int token)
    {
        int lo = 0, hi = doc.Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (doc.Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The mention is the first word of its sentence, or the first after its dateline.</summary>
    private static bool OpensItsSentence(Document doc, Found f)
    {
        var sentence = doc.Sentences[f.Sentence];
        return f.First == sentence.FirstToken || f.First == Datelines.End(doc, sentence) || f.First > sentence.FirstToken
            && doc.Tokens[f.First - 1].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[f.First - 1].Start] is '"' or '«' or '“' or '(';
    }

    /// <summary>The document writes the word (folded hash) in lower case somewhere.</summary>
    private static bool WrittenInLowerCase(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, ulong word)
    {
        for (int t = 0; t < tokens.Count; t++)
            if (hashes[t] == word && char.IsLower(text[tokens[t].Start])) return true;
        return false;
    }

    /// <summary>Unlinks a found place: pass 3 gives it a name of its own (<c>name:loc:…</c>), without coordinates.</summary>
    private static void AsPlaceOfItsOwn(Found f)
    {
        (f.Entity, f.Id, f.Source, f.NerType) = (null, null, Source.Ner, EntityType.Loc);
        f.NerConfidence = Math.Max(f.NerConfidence, MinNerConfidence);
    }

    /// <summary>The first-level division ("US.TX") of a division ("admin:US.TX") or a GeoNames place ("place:US:TX:houston").</summary>
    private static string? DivisionKey(Entity e)
    {
        var id = e.Id.AsSpan();
        if (id.StartsWith("admin:")) return e.Id[6..];
        if (!id.StartsWith("place:")) return null;
        var rest = id[6..];
        int c1 = rest.IndexOf(':');
        if (c1 <= 0) return null;
        int c2 = rest[(c1 + 1)..].IndexOf(':');
        return c2 <= 0 ? null : string.Concat(rest[..c1], ".", rest.Slice(c1 + 1, c2));
    }

    /// <summary>
    /// Small GeoNames places share their one-word names with common words and surnames ("Paese", "Per", "Alexander"): such a
    /// match stands only when the tagger also sees a place there, or — without a tagger — after a locative preposition.
    /// </summary>
    /// <summary>A person named in full is the same person when the surname comes back alone, whether or not the tagger sees a
    /// name there ('acusó a Bukele de haberlos "torturado"' after "Nayib Bukele"): a capitalised word, not part of a longer
    /// name or of another mention, equal to the last word of exactly one earlier full name.</summary>
    private static void AddRepeatedSurnames(Document doc, List<Found> found, ulong[] hashes)
    {
        var tokens = doc.Tokens;
        var text = doc.Text.AsSpan();
        Dictionary<ulong, Found>? surnames = null;
        HashSet<ulong>? shared = null;
        foreach (var f in found)
        {
            // (Catalogue people named by their name, not by an office — "il ministro degli Esteri" ends on no surname.)
            if (f.Entity is not { Kind: EntityKind.Person } named || f.Count < 2 || tokens[f.End - 1].Length < 4 || !char.IsUpper(text[tokens[f.End - 1].Start])
                || !EndsWithWord(named.Name, text.Slice(tokens[f.End - 1].Start, tokens[f.End - 1].Length))) continue;
            surnames ??= new Dictionary<ulong, Found>();
            ulong h = hashes[f.End - 1];
            if (surnames.TryGetValue(h, out var other) && other.Id != f.Id) (shared ??= new HashSet<ulong>()).Add(h);
            else if (other is null || other.First > f.First) surnames[h] = f;
        }
        if (surnames is null) return;
        var covered = new bool[tokens.Count];
        foreach (var f in found) if (f.Id is not null) for (int t = f.First; t < f.End; t++) covered[t] = true; // (not a span left unlinked: "Bukele de haberlos")
        var stop = StopWords.For(doc.Language);
        var added = new List<Found>();
        int sentence = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (covered[t] || tokens[t].Kind != TokenKind.Word || !surnames.TryGetValue(hashes[t], out var person) || person.First >= t || (shared?.Contains(hashes[t]) ?? false)) continue;
            var word = text.Slice(tokens[t].Start, tokens[t].Length);
            if (!char.IsUpper(word[0]) || stop.Contains(word)) continue;
            if (t + 1 < tokens.Count && IsCapitalisedWord(text, tokens[t + 1]) || t > 0 && IsCapitalisedWord(text, tokens[t - 1]) && !covered[t - 1]) continue; // "Bukele Ortiz"
            while (sentence + 1 < doc.Sentences.Count && doc.Sentences[sentence + 1].FirstToken <= t) sentence++;
            added.Add(new Found { First = t, Count = 1, Sentence = sentence, Source = Source.Ner, Entity = person.Entity, Id = person.Id, Name = person.Name, Type = EntityType.Per,
                                  Confidence = 0.7, Rule = "surname" });
        }
        if (added.Count == 0) return;
        // Merged in text order (one pass: both lists run sentence by sentence): each before the first mention after it.
        var merged = new List<Found>(found.Count + added.Count);
        int a = 0;
        foreach (var x in found)
        {
            while (a < added.Count && (x.Sentence > added[a].Sentence || x.Sentence == added[a].Sentence && x.First > added[a].First)) merged.Add(added[a++]);
            merged.Add(x);
        }
        while (a < added.Count) merged.Add(added[a++]);
        found.Clear();
        found.AddRange(merged);
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>The name ends with the word (accents and case folded): "Nayib Bukele" and "Bukele".</summary>
    private static bool EndsWithWord(string name, ReadOnlySpan<char> word)
    {
        int space = name.LastIndexOf(' ');
        return AliasIndex.TokenHash(name.AsSpan(space + 1)) == AliasIndex.TokenHash(word);
    }

    /// <summary>"USS Gerald R. Ford", "HMS Queen Elizabeth": a ship's prefix (in capitals) and the capitalised words and initials
    /// after it are one name (MISC), not the person or place the ship is named after.</summary>
    private static void ShipNames(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, Sentence sentence, LinkerLanguageData data,
        List<Found> found, int sentenceStart, List<NerSpan> spans)
    {
        if (data.ShipPrefixes.Count == 0) return;
        int from = sentence.FirstToken, to = from + sentence.TokenCount;
        for (int t = from; t + 1 < to; t++)
        {
            if (!data.ShipPrefixes.Contains(hashes[t]) || !Datelines.AllCapitals(text.Slice(tokens[t].Start, tokens[t].Length), 2)) continue;
            int end = t + 1;
            while (end < to && (IsCapitalisedWord(text, tokens[end])
                                || text[tokens[end].Start] == '.' && tokens[end].Length == 1 && end > t + 1 && end + 1 < to && tokens[end - 1].Length == 1 && IsCapitalisedWord(text, tokens[end + 1])))
                end++;
            if (end == t + 1) continue;
            for (int k = found.Count - 1; k >= sentenceStart; k--) if (found[k].First < end && t < found[k].End) found.RemoveAt(k);
            spans.RemoveAll(sp => sp.FirstToken < end && t < sp.FirstToken + sp.TokenCount);
            spans.Add(new NerSpan(t, end - t, EntityType.Misc, 0.9f));
            t = end - 1;
        }
    }

    /// <summary>A demonym inside the name of a building is no mention of its country: "the Saudi Maternity Hospital", "la
    /// American University" (capitalised words, the building noun among the next or previous three).</summary>
    private static void DropDemonymsInNames(Document doc, List<Found> found, ulong[] hashes, LinkerLanguageData data)
    {
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        foreach (var f in found)
        {
            if (f.Id is null || f.Rule != "demonym" || !IsCapitalisedWord(text, tokens[f.First])) continue;
            var sentence = doc.Sentences[f.Sentence];
            int from = sentence.FirstToken, to = sentence.FirstToken + sentence.TokenCount;
            bool inName = false;
            for (int j = f.End; !inName && j < to && j < f.End + 3 && IsCapitalisedWord(text, tokens[j]); j++) inName = data.BuildingNouns.Contains(hashes[j]);
            for (int j = f.First - 1; !inName && j >= from && j >= f.First - 3 && IsCapitalisedWord(text, tokens[j]); j--) inName = data.BuildingNouns.Contains(hashes[j]);
            if (inName) f.Id = null;
        }
    }

    private static void DropUnsupportedTowns(Document doc, List<Found> found, ulong[] hashes, LinkerLanguageData data, bool tagged)
    {
        foreach (var f in found)
        {
            if (f.Entity is not { } e || !IsTown(e) || f.Count > 1 || f.Role is not null) continue;
            // (Town-only matches were already filtered while matching; this catches a town chosen among mixed candidates.)
            var ner = f.NerType is { } t && f.NerNamesPlace ? (t, f.NerConfidence) : ((EntityType, float)?)null;
            if (!TownSupported(tagged, ner, hashes, f.First, doc.Sentences[f.Sentence].FirstToken, data)) f.Id = null;
        }
    }

    /// <summary>Another linked match, or a tagger span of several words, of match <paramref name="k"/>'s sentence lies in tokens
    /// [<paramref name="first"/>, <paramref name="end"/>). Matches are in sentence order (each sentence's catalogue matches,
    /// then its tagger spans), so only that sentence's run is read.</summary>
    private static bool OverlapsAnother(List<Found> found, int k, int first, int end)
    {
        int s = found[k].Sentence, from = k, to = k;
        while (from > 0 && found[from - 1].Sentence == s) from--;
        while (to + 1 < found.Count && found[to + 1].Sentence == s) to++;
        for (int j = from; j <= to; j++)
            if (j != k && found[j].First < end && first < found[j].End && (found[j].Id is not null || found[j].Source == Source.Ner && found[j].Count > 1)) return true;
        return false;
    }

    private void Assign(Found f, Entity e, string rule, double confidence)
    {
        f.Entity = e; f.Id = e.Id; f.Name = e.Name; f.Type = e.Type; f.Rule = rule; f.Confidence = Math.Round(confidence, 3);
    }

    /// <summary>The document's folded words, in a set reused per thread (its table keeps its capacity).</summary>
    private static HashSet<ulong> DocumentWords(ReadOnlySpan<ulong> hashes)
    {
        var words = t_docWords ??= new HashSet<ulong>();
        words.Clear();
        foreach (var h in hashes) words.Add(h);
        return words;
    }

    private static int HintHits(Entity e, HashSet<ulong> docWords)
    {
        int hits = 0;
        foreach (var hint in e.Hints)
        {
            bool all = true;
            foreach (var part in hint.AsSpan().Split(' '))
            {
                var w = hint.AsSpan()[part];
                if (!w.IsEmpty && !docWords.Contains(AliasIndex.TokenHash(w))) { all = false; break; }
            }
            if (all) hits++;
        }
        return Math.Min(hits, 3);
    }

    /// <summary>Whether the tagger's longer person name around a short form is that person's: one of its other words is a
    /// word of the person's names ("Muammar Ghaddafi", "Tayyip Erdogan"), or it only adds a title or an initial ("M. Saleh").
    /// Else ("Aisha Gheddafi", "Bill Maher") it is someone else sharing the surname.</summary>
    private bool NamesTheSamePerson(ReadOnlySpan<char> text, List<Token> tokens, ulong[] hashes, NerSpan span, Found f)
    {
        bool other = false;
        for (int t = span.FirstToken; t < span.FirstToken + span.TokenCount; t++)
        {
            if (t >= f.First && t < f.End || tokens[t].Kind != TokenKind.Word || tokens[t].Length <= 2) continue;
            if (text[tokens[t].Start + tokens[t].Length - 1] == '.' || !char.IsUpper(text[tokens[t].Start])) continue;
            foreach (var c in f.Candidates) if (Catalog.IsPersonWord(c.Entity, hashes[t])) return true;
            other = true;
        }
        return !other;
    }

    /// <summary>Only short forms ("Maher", "Nasser", "Gheddafi"): inside a longer person's name the catalogue does not
    /// know ("Bill Maher", "Ahmad Nasser", "Aisha Gheddafi") they are someone else's surname.</summary>
    private static bool HasOnlyShortForms(AliasCandidate[] candidates)
    {
        foreach (var c in candidates) if (c.Kind != AliasKind.Short) return false;
        return candidates.Length > 0;
    }

    private static bool HasShortForm(AliasCandidate[] candidates)
    {
        foreach (var c in candidates) if (c.Kind == AliasKind.Short) return true;
        return false;
    }

    private static bool ShortFormOfNamed(AliasCandidate[] candidates, HashSet<int> named)
    {
        foreach (var c in candidates) if (c.Kind == AliasKind.Short && named.Contains(c.Entity)) return true;
        return false;
    }

    /// <summary>The only entity among the non-short candidates (a name, acronym, demonym or metonym that cannot be confused), or null.</summary>
    private AliasCandidate? SingleNonShort(AliasCandidate[] candidates)
    {
        AliasCandidate? only = null;
        bool shortForms = false;
        foreach (var c in candidates)
        {
            if (c.Kind == AliasKind.Short) { shortForms = true; continue; }
            if (only is { } o && o.Entity != c.Entity) return null;
            only ??= c;
        }
        // A minor place is no sure reading of a word that is also someone's short name: "Obama" (a Japanese town).
        return only is { } one && shortForms && IsMinorPlace(Catalog[one.Entity]) ? null : only;
    }

    /// <summary>
    /// For a short form ("Kim", "Putin"): the candidate entity named in full in the document — the latest full name before
    /// this mention, else the first after it (headline-first articles).
    /// </summary>
    private Entity? NearestFullName(Dictionary<int, List<int>> fullNames, int k, AliasCandidate[] candidates)
    {
        int bestBefore = -1, bestAfter = int.MaxValue;
        Entity? before = null, after = null;
        foreach (var c in candidates)
        {
            if (c.Kind != AliasKind.Short || !fullNames.TryGetValue(c.Entity, out var at)) continue;
            foreach (int j in at)
            {
                if (j < k && j > bestBefore) { bestBefore = j; before = Catalog[c.Entity]; }
                else if (j > k && j < bestAfter) { bestAfter = j; after = Catalog[c.Entity]; }
            }
        }
        return before ?? after;
    }

    /// <summary>An earlier person (catalogue or NER) whose name has this token as one of its words ("Chang" → "Chang Ho-jin"), or
    /// ends with these tokens ("González Urrutia" → "Edmundo González Urrutia").</summary>
    private static Found? EarlierPersonWithToken(List<Found> found, ulong[] hashes, int k)
    {
        var f = found[k];
        ulong word = hashes[f.First]; // folded token hashes: case and accents do not matter
        for (int j = k - 1; j >= 0; j--)
        {
            var other = found[j];
            if (other.Id is null || other.Type != EntityType.Per || other.Count < 2 || other.Count <= f.Count) continue;
            if (f.Count == 1)
            {
                for (int t = other.First; t < other.End; t++)
                    if (hashes[t] == word) return other;
                continue;
            }
            // (Two surnames end the full name: "González Urrutia" after "Edmundo González Urrutia".)
            bool suffix = true;
            for (int n = 1; n <= f.Count && suffix; n++) suffix = hashes[f.End - n] == hashes[other.End - n];
            if (suffix) return other;
        }
        return null;
    }

    /// <summary>
    /// An office phrase: a role ("ministro della Difesa", "presidente") with a country next to it ("russo", "della Russia",
    /// "de Rusia") resolves to the office holder at the document date, unless a person's name follows (then the name is the mention).
    /// </summary>
    private bool TryOffice(List<Found> found, int k, DateOnly? date, ulong[] hashes, LinkerLanguageData data)
    {
        var f = found[k];
        Entity? role = null;
        foreach (var c in f.Candidates) if (Catalog[c.Entity].Kind == EntityKind.Role) { role = Catalog[c.Entity]; break; }
        if (role is null) return false;
        f.Candidates = []; // a role word alone is not a mention
        if (date is null) return true;
        // A role taken is no holder's: "a prêté serment comme président de Madagascar" (a new holder, whom the date does not know).
        if (f.First > 0 && data.Capacity.Contains(hashes[f.First - 1])) return true;
        // The country: the next match (adjective or "of Russia"), within two tokens.
        int next = k + 1;
        if (next >= found.Count || found[next].Sentence != f.Sentence || found[next].First - f.End > 2) return true;
        var country = found[next].Entity;
        if (country is null || country.Kind != EntityKind.Country) return true;
        // A name right after ("il ministro della Difesa russo Sergei Shoigu") is the mention itself.
        if (next + 1 < found.Count && found[next + 1].Sentence == f.Sentence && found[next + 1].First - found[next].End <= 1
            && (found[next + 1].Type == EntityType.Per || found[next + 1].NerType == EntityType.Per || found[next + 1].Candidates.Any(c => Catalog[c.Entity].Kind == EntityKind.Person)))
            return true;
        var office = Catalog.Office(role.Id, country.Country ?? "");
        if (office is null || Catalog.OfficeHolder(office.Id, date.Value) is not { } holder) return true;
        // The office phrase mentions the holder; the country word stays a mention of the country too.
        Assign(f, holder, "office-holder:" + office.Id, 0.8);
        return true;
    }

    /// <summary>The mention is in the dateline that opens its sentence ("WASHINGTON -", "CARACAS (EFE).-", "BEIJING/TAIPEI
    /// (Reuters) -"): where the report was filed, not its government.</summary>
    /// <summary>A time expression covers [start, end).</summary>
    private static bool InsideTime(Document doc, int start, int end)
    {
        foreach (var t in doc.Times)
            if (t.Start <= start && end <= t.End) return true;
        return false;
    }

    /// <summary>The country all candidates share ("TAIPEI": the city and its government), or null.</summary>
    /// <summary>The country of the capitals and cities among the candidates (in <paramref name="named"/> countries, when given),
    /// if they share one: a dateline names a city ("LA PAZ" in a report that names Bolivia is Bolivia's, not Honduras's).</summary>
    private string? OnlyCityCountry(AliasCandidate[] candidates, HashSet<string>? named)
    {
        string? country = null;
        foreach (var c in candidates)
        {
            var e = Catalog[c.Entity];
            if (e.Kind is not (EntityKind.Capital or EntityKind.City) || named is not null && (e.Country is null || !named.Contains(e.Country))) continue;
            if (country is not null && e.Country != country) return null;
            country = e.Country;
        }
        return country;
    }

    private string? SharedCountry(AliasCandidate[] candidates)
    {
        string? country = null;
        foreach (var c in candidates)
        {
            if (Catalog[c.Entity].Country is not { } cc || country is not null && cc != country) return null;
            country = cc;
        }
        return country;
    }

    private static bool InDateline(Document doc, Found f)
    {
        var sentence = doc.Sentences[f.Sentence];
        return f.First >= sentence.FirstToken && f.End <= Datelines.End(doc, sentence);
    }

    private static bool UsedAsPlace(ulong[] hashes, List<Found> found, int k, LinkerLanguageData data)
    {
        var f = found[k];
        // "Beirut's southern suburbs", "la periferia sud di Beirut": a part of the city.
        if (f.End + 1 < hashes.Length && hashes[f.End] == PossessiveS && data.PlaceNouns.Contains(hashes[f.End + 1])) return true;
        if (f.First >= 2 && data.Genitive.Contains(hashes[f.First - 1]) && data.PlaceNouns.Contains(hashes[f.First - 2])) return true;
        if (f.First == 0) return false;
        ulong prev = hashes[f.First - 1];
        // (Not the object of a verb for somebody: "acusó a Damasco" — "los recibieron en Moscú" is a place.)
        if (data.Locatives.Contains(prev)) return !(f.First >= 2 && data.ObjectPrepositions.Contains(prev) && data.AddresseeVerbs.Contains(hashes[f.First - 2]));
        // "à l'Élysée", "a la Moncloa": a locative, then an article.
        if (f.First >= 2 && data.Articles.Contains(prev) && data.Locatives.Contains(hashes[f.First - 2])) return true;
        // A part of the city after a locative: "in central Kyiv".
        if (f.First >= 2 && data.PlaceNouns.Contains(prev) && data.Locatives.Contains(hashes[f.First - 2])) return true;
        // "Russian strikes on Kyiv", "un attacco russo su Kiev": the place struck (a demonym between).
        if (data.Onto.Contains(prev))
            for (int q = f.First - 2; q >= Math.Max(0, f.First - 3); q--)
                if (data.StrikeNouns.Contains(hashes[q])) return true;
        // "a Mosca e Pyongyang": a coordinated capital shares the preposition of the one before.
        if (data.Conjunctions.Contains(prev) && k > 0 && found[k - 1].End == f.First - 1 && found[k - 1].Role is null && found[k - 1].Entity?.Kind is EntityKind.Capital)
            return true;
        return false;
    }

    private static readonly ulong PossessiveS = AliasIndex.TokenHash("'s");

    /// <summary>Tagger spans below this confidence are not kept as names of their own.</summary>
    public const float MinNerConfidence = 0.5f;
    /// <summary>The tagger's confidence that lets a minor place stand on its word ("a place is meant here").</summary>
    private const float MinPlaceConfidence = 0.8f;

    private static bool StartsUpperOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLetterOrDigit(c)) return char.IsUpper(c) || char.IsDigit(c);
        return false;
    }

    private static string SurfaceOf(ReadOnlySpan<char> text, List<Token> tokens, int first, int count) =>
        text[tokens[first].Start..tokens[first + count - 1].End].ToString();

    /// <summary>
    /// The key of a name outside the catalogue, the same for the spellings one name gets in different languages and
    /// transliterations ("Gheddafi", "Gadafi", "Kadhafi", "Qaddafi" → "kadafi"; "Mohamed Morsi", "Mohammed Mursi" →
    /// "mahamad-marsi"): accent-folded, lower-case words joined by '-', each reduced to a transliteration skeleton by
    /// <see cref="Skeleton"/>. The articles "al"/"el" and one-letter initials are left out when other words remain
    /// ("Bashar al-Assad" = "Bashar Assad", "Leon E. Panetta" = "Leon Panetta").
    /// </summary>
    public static string StableKey(ReadOnlySpan<char> surface)
    {
        surface = surface[..Math.Min(surface.Length, 128)];
        Span<char> folded = stackalloc char[surface.Length];
        Span<Range> words = stackalloc Range[surface.Length / 2 + 1];
        int n = 0, count = 0, wordStart = -1;
        foreach (char raw in surface)
        {
            char c = Folding.Fold(raw);
            if (char.IsLetterOrDigit(c)) { if (wordStart < 0) wordStart = n; folded[n++] = char.ToLowerInvariant(c); }
            else if (!CharClass.IsApostrophe(raw) && wordStart >= 0) { words[count++] = wordStart..n; wordStart = -1; }
        }
        if (wordStart >= 0) words[count++] = wordStart..n;
        // (Particles go only beside a word with letters: "F-16" keeps its letter, or it would be the number alone.)
        int kept = 0;
        for (int i = 0; i < count; i++) if (!IsParticle(folded[words[i]]) && folded[words[i]].ContainsAnyExceptInRange('0', '9')) kept++;
        var key = new System.Text.StringBuilder(n + count);
        for (int i = 0; i < count; i++)
        {
            var w = folded[words[i]];
            if (kept > 0 && IsParticle(w)) continue;
            if (key.Length > 0) key.Append('-');
            Skeleton(w, key);
        }
        return key.ToString();
    }

    private static bool IsParticle(ReadOnlySpan<char> w) => w.Length == 1 && char.IsLetter(w[0]) || w is "al" or "el";

    /// <summary>
    /// One folded word as its consonants and vowel slots, with the letters that transliterations of one name trade for
    /// each other made one: vowel runs inside the word become "a", a final one "a", "i" (e, i, y) or "u" (o, u), so that
    /// Rossi and Russo stay apart, and an initial one its first letter (acronyms: "Isis" = "ISIS", not "Oasis"); "y" before
    /// a vowel, at the start or between vowels, is a consonant ("Daraya" ≠ "Deraa"); kh, gh, q, hard c and g → k; soft
    /// c → s, soft g → j; sh, sch → x; ch → c; dh → d, th → t, ph → f, w → v; an "h" after a consonant or ending the word
    /// goes; doubled letters count once. Words of up to three letters ("CNN", "EI", "Ali"), but for consonant-vowel-consonant
    /// ones ("bin" = "ben"), and letters of other scripts are kept as they are.
    /// </summary>
    public static void Skeleton(ReadOnlySpan<char> w, System.Text.StringBuilder key)
    {
        if (w.Length <= 3 && !(w.Length == 3 && !IsVowel(w[0]) && IsVowel(w[1]) && !IsVowel(w[2]))) { key.Append(w); return; }
        int start = key.Length;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i], next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (IsVowel(c) && !IsConsonantY(w, i))
            {
                int j = i;
                while (j + 1 < w.Length && IsVowel(w[j + 1]) && !IsConsonantY(w, j + 1)) j++;
                char slot = i == 0 ? c : j + 1 < w.Length ? 'a' : w[j] switch { 'a' => 'a', 'o' or 'u' => 'u', _ => 'i' };
                Emit(slot);
                i = j;
                continue;
            }
            char emit;
            switch (c)
            {
                case 's' when next == 'c' && i + 2 < w.Length && w[i + 2] == 'h': emit = 'x'; i += 2; break;
                case 's' when next == 'h': emit = 'x'; i++; break;
                case 'c' when next == 'h': emit = 'c'; i++; break;
                case 'c' or 'g' when next is 'e' or 'i' or 'y': emit = c == 'c' ? 's' : 'j'; break;
                case 'k' or 'g' when next == 'h': emit = 'k'; i++; break;
                case 'c' or 'g' or 'q' or 'k': emit = 'k'; break;
                case 'd' or 't' or 'p' when next == 'h': emit = c == 'p' ? 'f' : c; i++; break;
                case 'w': emit = 'v'; break;
                case 'h' when i == w.Length - 1 || i > 0 && !IsVowel(w[i - 1]): continue;
                default: emit = c; break;
            }
            Emit(emit);
        }

        void Emit(char c)
        {
            if (key.Length > start && key[^1] == c) return;
            key.Append(c);
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A "y" before a vowel at the start of a word or between vowels is a consonant ("Yarmouk", "Daraya" ≠ "Deraa").</summary>
    private static bool IsConsonantY(ReadOnlySpan<char> w, int i) =>
        w[i] == 'y' && i + 1 < w.Length && IsVowel(w[i + 1]) && w[i + 1] != 'y' && (i == 0 || IsVowel(w[i - 1]));

    private static string TypeSlug(EntityType t) => t switch { EntityType.Per => "per", EntityType.Org => "org", EntityType.Loc => "loc", _ => "misc" };

    private static void Emit(Document doc, List<Found> found)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (f.Id is null) continue;
            var tokens = doc.Tokens;
            doc.Mentions.Add(new EntityMention(tokens[f.First].Start, tokens[f.End - 1].End, f.Sentence, f.Type, f.Id, f.Role, f.Confidence, f.Compound ? (f.Leads ? "compound-lead" : "compound") : f.Rule));
            if (seen.ContainsKey(f.Id)) continue;
            seen[f.Id] = doc.Entities.Count;
            var e = f.Entity;
            doc.Entities.Add(e is null
                ? new DocumentEntity(f.Id, f.Name ?? f.Id, f.Type)
                : new DocumentEntity(e.Id, e.Name, e.Type, e.Qid, e.Country, e.Lat, e.Lon));
        }
    }
}

/// <summary>
/// Per-language cues the linker reads (Resources/Languages/&lt;lang&gt;/entity_cues.txt): locative prepositions, conjunctions, generic institution nouns,
/// kept as folded token hashes (<see cref="AliasIndex.TokenHash"/>) so they compare with the document's token hashes.
/// </summary>
internal sealed class LinkerLanguageData
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinkerLanguageData> Cache = new(StringComparer.Ordinal);

    public required HashSet<ulong> Locatives { get; init; }
    /// <summary>Definite articles, alone or joined to a preposition ("la", "du", "nella"): a small town takes none.</summary>
    public required HashSet<ulong> Articles { get; init; }
    public required HashSet<ulong> Conjunctions { get; init; }
    /// <summary>Common nouns written with a capital for an institution ("Gobierno", "Stato"): alone, no name of their own.</summary>
    public required HashSet<ulong> Generic { get; init; }
    /// <summary>Nouns for a country's government ("governo", "régimen", "government") and the genitive words joining them to it.</summary>
    public required HashSet<ulong> Government { get; init; }
    public required HashSet<ulong> Genitive { get; init; }
    /// <summary>Parts of a city and directions ("suburbs", "periferia", "sud"): "Beirut's southern suburbs", "la periferia sud
    /// di Beirut" name the place, not its government.</summary>
    public required HashSet<ulong> PlaceNouns { get; init; }
    /// <summary>Ministries and ministers ("ministère", "ministro"): a name after them and a genitive is their portfolio.</summary>
    public required HashSet<ulong> Ministry { get; init; }
    /// <summary>Nouns for companies ("groupe", "società", "company"): one word after them names one.</summary>
    public required HashSet<ulong> CompanyNouns { get; init; }
    /// <summary>Titles written before names ("Mayor", "President", "Gen."): no word of the name the tagger finds after them.</summary>
    public required HashSet<ulong> Titles { get; init; }
    /// <summary>Participles joined to a name by a hyphen ("backed", "led", "controlled"): "Iran-backed" names Iran.</summary>
    public required HashSet<ulong> CompoundSuffixes { get; init; }
    /// <summary>Compound participles whose name leads what follows ("Saudi-led", "Hamas-led"): it acts in the event noun after it.</summary>
    public required HashSet<ulong> LeadingSuffixes { get; init; }
    /// <summary>Verbs whose object after a locative-looking preposition is somebody (Spanish personal "a": "acusó a Damasco",
    /// "culpó a Moscú"): the capital after them acts, it is no place.</summary>
    public required HashSet<ulong> AddresseeVerbs { get; init; }
    /// <summary>Locatives that also mark a verb's object ("a", "à"): only after them is a capital an addressee verb's object.</summary>
    public required HashSet<ulong> ObjectPrepositions { get; init; }
    /// <summary>Nouns for streets and squares ("plaza", "piazza", "rue", "avenue"): a name right after them, or after them and a
    /// genitive ("place de la République"), names the street, not the entity ("la plaza San Martín" is no Saint Martin).</summary>
    public required HashSet<ulong> StreetNouns { get; init; }
    /// <summary>Nouns for buildings ("ospedale", "hôpital"): a person's name right after one names the building ("l'ospedale
    /// Nasser").</summary>
    public required HashSet<ulong> BuildingNouns { get; init; }
    /// <summary>Prepositions of a blow ("on", "su", "sur") and the nouns of striking before them ("strikes", "attacco", "frappes"): a
    /// capital after both is the place struck ("Russian strikes on Kyiv"), not its government ("sanctions on Moscow").</summary>
    public required HashSet<ulong> Onto { get; init; }
    public required HashSet<ulong> StrikeNouns { get; init; }
    /// <summary>Prefixes of ships' names ("USS", "HMS"): the name after one is the ship's.</summary>
    public required HashSet<ulong> ShipPrefixes { get; init; }
    /// <summary>Words before a role taken ("as", "comme", "come", "como"): the role after them names no office holder.</summary>
    public required HashSet<ulong> Capacity { get; init; }
    /// <summary>Nouns for a capital city ("capitale", "capital") and the articles before them that make them the city ("la
    /// capital", not the money of "el capital"; English "the" before the demonym: "the Syrian capital").</summary>
    public required HashSet<ulong> Capital { get; init; }
    public required HashSet<ulong> CapitalArticles { get; init; }
    /// <summary>Words after "capital" that make it money ("capital markets", "capital flows").</summary>
    public required HashSet<ulong> CapitalNot { get; init; }

    public static LinkerLanguageData For(string lang) => Cache.GetOrAdd(lang, static l =>
    {
        var locatives = new HashSet<ulong>();
        var articles = new HashSet<ulong>();
        var conjunctions = new HashSet<ulong>();
        var generic = new HashSet<ulong>();
        var government = new HashSet<ulong>();
        var genitive = new HashSet<ulong>();
        var placeNouns = new HashSet<ulong>();
        var ministry = new HashSet<ulong>();
        var companyNouns = new HashSet<ulong>();
        var titles = new HashSet<ulong>();
        var compound = new HashSet<ulong>();
        var leading = new HashSet<ulong>();
        var addressee = new HashSet<ulong>();
        var objectPrepositions = new HashSet<ulong>();
        var streets = new HashSet<ulong>();
        var buildings = new HashSet<ulong>();
        var onto = new HashSet<ulong>();
        var strikes = new HashSet<ulong>();
        var ships = new HashSet<ulong>();
        var capacity = new HashSet<ulong>();
        var capital = new HashSet<ulong>();
        var capitalArticles = new HashSet<ulong>();
        var capitalNot = new HashSet<ulong>();
        foreach (var line in LanguageResources.Lines(l, "entity_cues"))
        {
            var parts = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            var set = parts[0] switch { "locative" => locatives, "article" => articles, "conjunction" => conjunctions, "generic" => generic, "government" => government, "genitive" => genitive, "placenoun" => placeNouns, "ministry" => ministry, "company" => companyNouns, "title" => titles, "compound" => compound, "leading" => leading, "addressee" => addressee, "objectprep" => objectPrepositions, "street" => streets, "building" => buildings, "onto" => onto, "strike" => strikes, "ship" => ships, "capacity" => capacity, "capital" => capital, "capitalarticle" => capitalArticles, "capitalnot" => capitalNot, _ => null };
            if (set is null) continue;
            foreach (var w in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) set.Add(AliasIndex.TokenHash(w));
        }
        return new LinkerLanguageData { Locatives = locatives, Articles = articles, Conjunctions = conjunctions, Generic = generic, Government = government, Genitive = genitive, PlaceNouns = placeNouns, Ministry = ministry, CompanyNouns = companyNouns, Titles = titles, CompoundSuffixes = compound, LeadingSuffixes = leading, AddresseeVerbs = addressee, ObjectPrepositions = objectPrepositions, StreetNouns = streets, BuildingNouns = buildings, Onto = onto, StrikeNouns = strikes, ShipPrefixes = ships, Capacity = capacity, Capital = capital, CapitalArticles = capitalArticles, CapitalNot = capitalNot };
    });
}
