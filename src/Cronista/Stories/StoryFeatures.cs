using System.Runtime.InteropServices;
using Cronista.Entities;
using Cronista.Events;
using Cronista.Model;
using Cronista.Text;
using Cronista.Util;

namespace Cronista.Stories;

/// <summary>Feature families; each hashes its keys with its own seed, so they share one document-frequency table.</summary>
internal static class FeatureSeeds
{
    public const ulong Entity = 0x5E11_7A11_0001, Event = 0x5E11_7A11_0002, Stem = 0x5E11_7A11_0003, Gram = 0x5E11_7A11_0004;
    public static ulong Key(string s, ulong seed) => StableHash.Hash(s.AsSpan(), seed);

    /// <summary>An entity's key; its lowest bit says whether the entity is coarse (<see cref="IsCoarse"/>), so that scoring
    /// can weigh coarse keys apart (<see cref="StoryClusteringOptions.CoarseEntityWeight"/>) without looking names up.</summary>
    public static ulong EntityKey(string id) => EntityKey(id, IsCoarse(id), IsUnlinkedName(id));

    /// <summary>Bit 0: coarse; bit 1: a name the catalogue does not know (a person, body or thing keyed by its spelling),
    /// which an article in another language names the same way only by chance.</summary>
    public static ulong EntityKey(string keyText, bool coarse, bool unlinked = false) =>
        Key(keyText, Entity) & ~3UL | (coarse ? 1UL : 0) | (unlinked ? 2UL : 0);

    public static bool IsUnlinkedKey(ulong entityKey) => (entityKey & 2) != 0;

    private static bool IsUnlinkedName(string id) => id.StartsWith("name:", StringComparison.Ordinal) && !id.StartsWith("name:loc:", StringComparison.Ordinal);

    /// <summary>The key of a document entity: places by their name, so that a place linked in one article and left without
    /// coordinates in another (which gave no context to choose among homonym towns: "Los Angeles", "Aden") is one key;
    /// every other entity by its id.</summary>
    public static ulong EntityKey(DocumentEntity e)
    {
        if (e.Type != EntityType.Loc) return EntityKey(e.Id);
        bool unlinked = e.Id.StartsWith("name:loc:", StringComparison.Ordinal);
        if (!unlinked && !e.Id.StartsWith("place:", StringComparison.Ordinal) && !e.Id.StartsWith("admin:", StringComparison.Ordinal)) return EntityKey(e.Id);
        // An unlinked place is coarse when the catalogue has a city, capital or division of that name, like its linked twin.
        bool coarse = unlinked ? EntityCatalog.Default.Lookup(e.Name).Any(x => IsCoarsePlace(x.Entity)) : IsCoarse(e.Id);
        return EntityKey("loc:" + Folding.Fold(e.Name).ToLowerInvariant(), coarse);
    }

    private static bool IsCoarsePlace(Cronista.Entities.Entity e) => e is { Type: EntityType.Loc, Kind: EntityKind.City or EntityKind.Capital or EntityKind.Admin };

    public static bool IsCoarseKey(ulong entityKey) => (entityKey & 1) != 0;

    /// <summary>A country, a government, a region, a sea or gulf, an administrative division or a city (not a town): where
    /// many unrelated events happen.</summary>
    public static bool IsCoarse(string id) =>
        id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("gov:", StringComparison.Ordinal) ||
        id.StartsWith("admin:", StringComparison.Ordinal) || id.StartsWith("region:", StringComparison.Ordinal) ||
        id.StartsWith("geo:", StringComparison.Ordinal) ||
        id.StartsWith("place:", StringComparison.Ordinal) && EntityCatalog.Default.Get(id) is { } e && IsCoarsePlace(e);
}

/// <summary>
/// What clustering needs of one document, before stream statistics: raw (sublinear) term frequencies per feature family,
/// the names behind entity and event keys, its date, language, title and outlet. Computed from an analysed
/// <see cref="Document"/> by <see cref="StoryFeatures.Extract"/>, which needs no shared state and so runs with the analysis,
/// in parallel; <see cref="StoryFeatures.Weigh"/> then applies the running document frequencies on the writer thread.
/// </summary>
public sealed record DocumentSignals
{
    public required string DocumentId { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Date { get; init; }
    public bool DateInferred { get; init; }
    /// <summary>Months (year·12 + month − 1, ascending, distinct) of the event dates the text states (see <see cref="StoryFeatures.StatedMonths"/>).</summary>
    public int[] StatedMonths { get; init; } = [];
    /// <summary>Mentions per country (<see cref="CountryMix"/>).</summary>
    public CountryMix Countries { get; init; } = CountryMix.Empty;
    public required KeyValuePair<ulong, double>[] Entities { get; init; }
    public required KeyValuePair<ulong, double>[] Events { get; init; }
    public required KeyValuePair<ulong, double>[] Stems { get; init; }
    public required KeyValuePair<ulong, double>[] Grams { get; init; }
    /// <summary>Entity ids and event signatures behind their keys (for a story's top entities and events).</summary>
    public required Dictionary<ulong, string> Names { get; init; }
    /// <summary>The title's and the text's lines, and the line each entity, stem and n-gram key comes from (for
    /// dropping an outlet's page furniture: <see cref="StoryClusteringOptions.FurnitureRepeats"/>); null: not tracked.</summary>
    public DocumentLines? Lines { get; init; }
    /// <summary>Candidate titles: the title, then the first sentence of each of the first lines, with the line
    /// (<see cref="DocumentLines"/> numbering); <see cref="Title"/> is the first, unless its line proves to be page furniture.</summary>
    public (int Line, int Start, int End)[] TitleLines { get; init; } = [];
    /// <summary>The text <see cref="TitleLines"/> point into (line 0: <see cref="Title"/> itself).</summary>
    public string? TitleText { get; init; }
    /// <summary>Entities named only in lines of script or, once <see cref="StoryFeatures.DropFurniture"/> has run, of page
    /// furniture ("Ciego de Ávila" in a weather box, "Lagarde" in a sidebar headline): not what the article is about, so
    /// left out of the store's entity index (<see cref="Storage.IDocumentStore.UnindexEntities"/>; the annotations keep them).</summary>
    public string[] Unindexed { get; init; } = [];
}

/// <summary>A document's lines (0: the title, then the text's lines) by hash (0: too short to tell) and length, and,
/// aligned with <see cref="DocumentSignals.Entities"/>, <c>Stems</c> and <c>Grams</c>, the one line each key occurs in
/// (−1: several lines, or none).</summary>
public sealed record DocumentLines(ulong[] Hashes, int[] Lengths, int[] Entities, int[] Stems, int[] Grams);

/// <summary>
/// A document as clustering sees it: four hashed sparse vectors weighted tf × running idf and cut to their heaviest
/// entries — entity ids by salience (title, lead, frequency, kind), event signatures (type + source + target, by country
/// and by id, and type + location), stems of its own language, and the leading character 4-, 5- and 6-grams of content
/// words plus numbers and stated dates, which match across related languages (militare/militar, guerra/guerre,
/// 2024-06-18) — with its date.
/// </summary>
public sealed class StoryFeatures
{
    public required string DocumentId { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Date { get; init; }
    public bool DateInferred { get; init; }
    /// <summary>Months of the event dates the text states (<see cref="DocumentSignals.StatedMonths"/>).</summary>
    public int[] StatedMonths { get; init; } = [];
    /// <summary>Mentions per country (<see cref="DocumentSignals.Countries"/>).</summary>
    public CountryMix Countries { get; init; } = CountryMix.Empty;
    public required SparseVector Entities { get; init; }
    public required SparseVector Events { get; init; }
    public required SparseVector Stems { get; init; }
    public required SparseVector Grams { get; init; }
    public required Dictionary<ulong, string> Names { get; init; }
    /// <summary>The same keys with their raw (sublinear) term frequencies, for a story to keep as one of its members and
    /// weigh with the statistics of the day it is compared (<see cref="StoryMember"/>).</summary>
    public StoryMember? Member { get; init; }
    /// <summary><see cref="DocumentSignals.Unindexed"/> as weighing left it (set only by <see cref="Weigh"/>).</summary>
    public string[] Unindexed { get; init; } = [];

    /// <summary>Raw features of an analysed document (thread-safe, no stream state).</summary>
    public static DocumentSignals Extract(Document doc, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var names = new Dictionary<ulong, string>();
        var lines = new LineMap(doc);
        var entities = EntityTf(doc, o, names, lines, out var countries);
        var stems = StemTf(doc, lines);
        var grams = GramTf(doc, o, lines);
        return new DocumentSignals
        {
            DocumentId = doc.Id,
            Language = doc.Language,
            Title = DisplayTitle(doc),
            TitleLines = TitleLines(doc, lines),
            TitleText = doc.Text,
            Outlet = OutletOf(doc.Raw),
            Date = doc.Published ?? (doc.PublishedInferredConfidence >= o.MinInferredDateConfidence ? doc.PublishedInferred : null),
            DateInferred = doc.Published is null,
            StatedMonths = StatedMonthsOf(doc),
            Countries = countries,
            Entities = entities,
            Events = EventTf(doc, o, names),
            Stems = stems,
            Grams = grams,
            Names = names,
            Lines = new DocumentLines(lines.Hashes, lines.Lengths, lines.Of(entities), lines.Of(stems), lines.Of(grams)),
            Unindexed = lines.AnyCode ? CodeOnlyEntities(doc, names) : [],
        };
    }

    /// <summary>
    /// Drops the entity, stem and n-gram keys that occur only in lines at least <see cref="StoryClusteringOptions.FurnitureRepeats"/>
    /// earlier documents had too (an outlet's header, footer, menus, links to its other articles): page furniture that
    /// glues unrelated articles of one outlet with rare, hence heavy, names and numbers (a company register number, a
    /// sidebar headline). Not when such lines are most of the document (a copy, or a short wire repeated as is).
    /// Counts the document's lines in <paramref name="stats"/> when <paramref name="observe"/> (else it is counted already).
    /// </summary>
    internal static DocumentSignals DropFurniture(DocumentSignals s, FeatureStats stats, StoryClusteringOptions o, bool observe)
    {
        if (o.FurnitureRepeats <= 0 || s.Lines is not { } lines) return s;
        var repeated = new bool[lines.Hashes.Length];
        long chars = 0, furniture = 0;
        int need = o.FurnitureRepeats + (observe ? 0 : 1);
        for (int i = 0; i < repeated.Length; i++)
        {
            chars += lines.Lengths[i];
            if (lines.Hashes[i] == 0 || stats.LineFrequency(lines.Hashes[i]) < need) continue;
            repeated[i] = true;
            furniture += lines.Lengths[i];
        }
        if (observe) stats.ObserveLines(lines.Hashes);
        // A document's title (else its first sentence) stands unless its line is the outlet's furniture ("Usamos cookies a
        // fin de mejorar nuestro servicio.") or a menu's few words ("Función de búsqueda", too short to be told as
        // furniture): then the first sentence of its first line that is neither.
        string title = s.Title;
        bool Unfit((int Line, int Start, int End) c) =>
            repeated[c.Line] || (c.Line == 0 ? s.Title.AsSpan() : s.TitleText.AsSpan(c.Start, c.End - c.Start)).Count(' ') < MinTitleWords - 1;
        if (s.TitleLines is [var first, ..] && Unfit(first))
            foreach (var c in s.TitleLines)
                if (!Unfit(c)) { title = c.Line == 0 ? s.Title : Shortened(s.TitleText.AsSpan(c.Start, c.End - c.Start)); break; }
        // The copies leave out the candidate titles (and, once keys are dropped, the line map), which have served.
        if (furniture == 0 || furniture > o.MaxFurnitureShare * chars)
            return ReferenceEquals(title, s.Title) ? s : s with { Title = title, TitleLines = [], TitleText = null };
        var entities = Keep(s.Entities, lines.Entities);
        return s with
        {
            Title = title, Lines = null, TitleLines = [], TitleText = null,
            Entities = entities, Stems = Keep(s.Stems, lines.Stems), Grams = Keep(s.Grams, lines.Grams),
            Unindexed = entities.Length == s.Entities.Length ? s.Unindexed
                : [.. s.Unindexed, .. s.Entities.Except(entities).Select(kv => s.Names.GetValueOrDefault(kv.Key)).OfType<string>()],
        };

        KeyValuePair<ulong, double>[] Keep(KeyValuePair<ulong, double>[] tf, int[] line)
        {
            var kept = new List<KeyValuePair<ulong, double>>(tf.Length);
            for (int i = 0; i < tf.Length; i++)
                if (line[i] < 0 || !repeated[line[i]]) kept.Add(tf[i]);
            return kept.Count == tf.Length ? tf : kept.ToArray();
        }
    }

    /// <summary>Which line an offset of the text is in, each line's hash and length, and the one line each key occurs in.</summary>
    private sealed class LineMap
    {
        private const int MinLine = 20; // shorter lines ("Siria", "He was 75.") are not told apart as furniture
        private readonly int[] _starts; // text offset of line i + 1
        private readonly bool[] _code;
        private readonly Dictionary<ulong, int> _keyLine = Reused(ref _keyLines);

        public LineMap(Document doc)
        {
            var starts = new List<int> { 0 };
            var text = doc.Text;
            for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
            _starts = starts.ToArray();
            Hashes = new ulong[_starts.Length + 1];
            Lengths = new int[_starts.Length + 1];
            _code = new bool[_starts.Length + 1];
            Set(0, (doc.Title ?? "").AsSpan());
            for (int i = 0; i < _starts.Length; i++)
            {
                int end = i + 1 < _starts.Length ? _starts[i + 1] - 1 : text.Length;
                var line = text.AsSpan(_starts[i], end - _starts[i]);
                Set(i + 1, line);
                _code[i + 1] = CodeLines.IsCode(line);
            }
        }

        /// <summary>Whether a line is program code (a page's scripts scraped with its text): it gives no features.</summary>
        public bool IsCode(int line) => _code[line];
        public bool AnyCode => Array.IndexOf(_code, true) >= 0;

        public ulong[] Hashes { get; }
        public int[] Lengths { get; }

        private void Set(int line, ReadOnlySpan<char> text)
        {
            text = text.Trim();
            Lengths[line] = text.Length;
            Hashes[line] = text.Length < MinLine ? 0 : StableHash.Hash(text, 0x11_4E5) | 1;
        }

        /// <summary>The line (1…) of a text offset.</summary>
        public int LineOf(int offset)
        {
            int i = Array.BinarySearch(_starts, offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        /// <summary>Notes that <paramref name="key"/> occurs in <paramref name="line"/>.</summary>
        public void Note(ulong key, int line)
        {
            ref var l = ref CollectionsMarshal.GetValueRefOrAddDefault(_keyLine, key, out bool exists);
            l = !exists || l == line ? line : -1;
        }

        /// <summary>The one line of each key of <paramref name="tf"/> (−1: several, or not noted).</summary>
        public int[] Of(KeyValuePair<ulong, double>[] tf)
        {
            var a = new int[tf.Length];
            for (int i = 0; i < tf.Length; i++) a[i] = _keyLine.GetValueOrDefault(tf[i].Key, -1);
            return a;
        }
    }

    /// <summary>Weighs raw features with the running statistics (then counts this document in them, when <paramref name="observe"/>).</summary>
    public static StoryFeatures Weigh(DocumentSignals s, FeatureStats stats, StoryClusteringOptions? options = null, bool observe = true)
    {
        var o = options ?? StoryClusteringOptions.Default;
        s = DropFurniture(s, stats, o, observe);
        string? lang = o.TextIdfPerLanguage ? s.Language : null;
        int n = s.Entities.Length + s.Events.Length + s.Stems.Length + s.Grams.Length;
        int[]? slots = null;
        if (observe)
        {
            // Counting records each key's slot, so that weighing reads the counters just touched by slot.
            slots = Scratch<int>.Rent(n);
            ulong all = FeatureStats.SaltOf(null), text = FeatureStats.SaltOf(lang);
            int at = 0;
            stats.Observe(s.Entities, all, slots.AsSpan(at, s.Entities.Length)); at += s.Entities.Length;
            stats.Observe(s.Events, all, slots.AsSpan(at, s.Events.Length)); at += s.Events.Length;
            stats.Observe(s.Stems, text, slots.AsSpan(at, s.Stems.Length)); at += s.Stems.Length;
            stats.Observe(s.Grams, text, slots.AsSpan(at, s.Grams.Length));
            stats.EndDocument(s.Language);
        }
        int from = 0;
        var entities = Idf(s.Entities, stats, o.TopEntities, o.IdfPrior, null, slots, ref from);
        var events = Idf(s.Events, stats, o.TopEvents, o.IdfPrior, null, slots, ref from);
        var stems = Idf(s.Stems, stats, o.TopStems, o.IdfPrior, lang, slots, ref from);
        var grams = Idf(s.Grams, stats, o.TopGrams, o.IdfPrior, lang, slots, ref from);
        if (slots is not null) Scratch<int>.Return(slots);
        return new StoryFeatures
        {
            DocumentId = s.DocumentId, Language = s.Language, Title = s.Title, Outlet = s.Outlet, Date = s.Date, DateInferred = s.DateInferred,
            StatedMonths = s.StatedMonths, Countries = s.Countries,
            Entities = entities, Events = events, Stems = stems, Grams = grams,
            Names = s.Names, Unindexed = s.Unindexed,
            Member = o.StoryMembers > 0 || o.ReweighCentroids
                ? new StoryMember(s.Language, Raw(s.Entities, entities), Raw(s.Events, events), Raw(s.Stems, stems), Raw(s.Grams, grams))
                : null,
        };
    }

    /// <summary>A document weighed during the stream (<see cref="Weigh"/>), weighed again with later statistics: the keys
    /// kept then, their raw frequencies (<see cref="StoryFeatures.Member"/>) times the idf of <paramref name="stats"/> —
    /// as the clusterer weighs a story's members. Without members, the features as they are.</summary>
    public static StoryFeatures Reweigh(StoryFeatures f, FeatureStats stats, StoryClusteringOptions? options = null)
    {
        if (f.Member is not { } m) return f;
        var o = options ?? StoryClusteringOptions.Default;
        string? lang = o.TextIdfPerLanguage ? f.Language : null;
        return new StoryFeatures
        {
            DocumentId = f.DocumentId, Language = f.Language, Title = f.Title, Outlet = f.Outlet, Date = f.Date, DateInferred = f.DateInferred,
            StatedMonths = f.StatedMonths, Countries = f.Countries, Names = f.Names, Member = m,
            Entities = Weighed(m.Entities, null), Events = Weighed(m.Events, null), Stems = Weighed(m.Stems, lang), Grams = Weighed(m.Grams, lang),
        };

        SparseVector Weighed(SparseVector raw, string? language)
        {
            if (raw.IsEmpty) return SparseVector.Empty;
            var idf = stats.Weigher(o.IdfPrior, language, FeatureStats.SaltOf(language));
            var weights = new float[raw.Count];
            for (int i = 0; i < weights.Length; i++) weights[i] = (float)(raw.Weights[i] * idf.Idf(raw.Keys[i]));
            return new SparseVector(raw.Keys, weights);
        }
    }

    /// <summary>What <see cref="Reweigh"/> needs of weighed features — the raw frequencies of the keys kept, the names
    /// behind them, the document's language, title, outlet and dates — as bytes (stored with the document: ~4.3 KB on ML-Crisis), or
    /// null when the features keep no member.</summary>
    public static byte[]? SerializeForReweighing(StoryFeatures f)
    {
        if (f.Member is not { } m) return null;
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write((byte)2); // 2: country mentions
        w.Write(f.Language); w.Write(f.Title); w.Write(f.Outlet ?? ""); w.Write(f.Date?.DayNumber ?? int.MinValue); w.Write(f.DateInferred);
        w.Write(f.StatedMonths.Length);
        foreach (var month in f.StatedMonths) w.Write(month);
        f.Countries.WriteTo(w);
        // Only the names of the keys kept: a story takes the names of its documents' entity and event keys.
        var named = m.Entities.Keys.Concat(m.Events.Keys).Where(f.Names.ContainsKey).ToList();
        w.Write(named.Count);
        foreach (var k in named) { w.Write(k); w.Write(f.Names[k]); }
        w.Write(m.Language);
        foreach (var v in new[] { m.Entities, m.Events, m.Stems, m.Grams }) v.WriteTo(w);
        w.Flush();
        return ms.ToArray();
    }

    /// <summary>Features to <see cref="Reweigh"/> from <see cref="SerializeForReweighing"/>'s bytes (no weighed vectors).</summary>
    public static StoryFeatures DeserializeForReweighing(string documentId, byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        byte version = r.ReadByte();
        if (version is not (1 or 2)) throw new InvalidDataException($"document {documentId}: story features of an unknown version");
        string language = r.ReadString(), title = r.ReadString(), outlet = r.ReadString();
        int day = r.ReadInt32();
        bool inferred = r.ReadBoolean();
        var months = new int[r.ReadInt32()];
        for (int i = 0; i < months.Length; i++) months[i] = r.ReadInt32();
        var countries = version >= 2 ? CountryMix.ReadFrom(r) : CountryMix.Empty;
        var names = new Dictionary<ulong, string>();
        for (int i = r.ReadInt32(); i > 0; i--) names[r.ReadUInt64()] = r.ReadString();
        string memberLanguage = r.ReadString();
        var member = new StoryMember(memberLanguage, SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r), SparseVector.ReadFrom(r));
        return new StoryFeatures
        {
            DocumentId = documentId, Language = language, Title = title, Outlet = outlet.Length == 0 ? null : outlet,
            Date = day == int.MinValue ? null : DateOnly.FromDayNumber(day), DateInferred = inferred, StatedMonths = months,
            Countries = countries, Names = names, Member = member,
            Entities = SparseVector.Empty, Events = SparseVector.Empty, Stems = SparseVector.Empty, Grams = SparseVector.Empty,
        };
    }

    /// <summary>tf × idf, cut to the <paramref name="top"/> heaviest; the keys' slots from <paramref name="from"/> on when given.</summary>
    private static SparseVector Idf(KeyValuePair<ulong, double>[] tf, FeatureStats stats, int top, double prior, string? language, int[]? slots, ref int from)
    {
        var list = _weighed ??= new List<KeyValuePair<ulong, double>>(1024); // reused: Top copies what it keeps
        list.Clear();
        var idf = stats.Weigher(prior, language, FeatureStats.SaltOf(language));
        if (slots is null) foreach (var (k, v) in tf) list.Add(new(k, v * idf.Idf(k)));
        else for (int i = 0; i < tf.Length; i++) list.Add(new(tf[i].Key, tf[i].Value * idf.IdfAt(slots[from + i])));
        from += tf.Length;
        return SparseVector.Top(list, top);
    }

    /// <summary>The raw weights of the keys <paramref name="selected"/> kept (both key-sorted).</summary>
    private static SparseVector Raw(KeyValuePair<ulong, double>[] tf, SparseVector selected)
    {
        if (selected.IsEmpty) return SparseVector.Empty;
        var keys = selected.Keys;
        var weights = new float[keys.Length];
        for (int i = 0, j = 0; i < keys.Length; i++)
        {
            while (tf[j].Key != keys[i]) j++;
            weights[i] = (float)tf[j].Value;
        }
        return new SparseVector(keys, weights);
    }

    /// <summary>The outlet the input names, else the host of its URL (www. dropped), else none.</summary>
    internal static string? OutletOf(RawDocument raw)
    {
        if (!string.IsNullOrWhiteSpace(raw.Outlet)) return raw.Outlet.Trim();
        if (raw.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return null;
    }

    /// <summary>The document's title, else its first sentence (cut at 160 characters).</summary>
    internal static string DisplayTitle(Document doc)
    {
        if (!string.IsNullOrWhiteSpace(doc.Title)) return doc.Title!;
        if (doc.Sentences.Count == 0) return doc.Text.Length <= 160 ? doc.Text : doc.Text[..159] + "…";
        return SentenceTitle(doc, doc.Sentences[0]);
    }

    private static string SentenceTitle(Document doc, Sentence s) => Shortened(doc.Text.AsSpan(s.Start, s.End - s.Start));

    private static string Shortened(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length <= 160 ? text.ToString() : string.Concat(text[..159], "…");
    }

    private const int TitleLineCount = 48, MinTitleWords = 4; // an outlet's sidebar can run to two dozen headlines (Libération's: 24)

    /// <summary>The title (line 0) if any, then the first sentence of each of the first lines that open a sentence
    /// (<see cref="TitleLineCount"/> in all).</summary>
    private static (int Line, int Start, int End)[] TitleLines(Document doc, LineMap lines)
    {
        var found = new List<(int, int, int)>(TitleLineCount);
        if (!string.IsNullOrWhiteSpace(doc.Title)) found.Add((0, 0, 0));
        int last = -1;
        foreach (var sentence in doc.Sentences)
        {
            int line = lines.LineOf(sentence.Start);
            if (line == last) continue;
            last = line;
            found.Add((line, sentence.Start, sentence.End));
            if (found.Count == TitleLineCount) break;
        }
        return found.Count > 1 ? found.ToArray() : [];
    }

    /// <summary>Sorted keys with their (sublinear) weights. Sublinear is 1 + ln(tf) from tf 1 up and tf itself below, so a
    /// family weighted under 1/e (options) stays positive; a weight of 0 drops the family's keys (ln 0 was −∞).</summary>
    private static KeyValuePair<ulong, double>[] ToArray(Dictionary<ulong, double> d, bool sublinear = true)
    {
        int n = 0;
        foreach (var v in d.Values) if (v > 0) n++;
        var a = new KeyValuePair<ulong, double>[n];
        int i = 0;
        foreach (var (k, v) in d)
            if (v > 0) a[i++] = new(k, sublinear && v >= 1 ? 1 + Math.Log(v) : v);
        a.AsSpan().Sort(default(SparseVector.ByKey));
        return a;
    }

    // ---- entities ----

    private static KeyValuePair<ulong, double>[] EntityTf(Document doc, StoryClusteringOptions o, Dictionary<ulong, string> names, LineMap lines,
        out CountryMix countries)
    {
        countries = CountryMix.Empty;
        if (doc.Mentions.Count == 0) return [];
        var keys = new Dictionary<string, ulong>(doc.Entities.Count, StringComparer.Ordinal);
        foreach (var e in doc.Entities) keys[e.Id] = FeatureSeeds.EntityKey(e);
        var stats = new Dictionary<string, (int Count, bool Lead, bool Title)>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            int line = lines.LineOf(m.Start);
            if (lines.IsCode(line)) continue;
            var (count, lead, title) = stats.GetValueOrDefault(m.EntityId);
            if (!title && doc.Title is { } t && m.End > m.Start && m.End <= doc.Text.Length)
            {
                // The title names it as the text does, or (people) by the last word of the name: "Putin" for "Vladimir Putin".
                var surface = doc.Text.AsSpan(m.Start, m.End - m.Start);
                int space = surface.LastIndexOf(' ');
                title = t.AsSpan().Contains(surface, StringComparison.OrdinalIgnoreCase) ||
                        (m.Type == EntityType.Per && space > 0 && surface.Length - space > 3 &&
                         t.AsSpan().Contains(surface[(space + 1)..], StringComparison.OrdinalIgnoreCase));
            }
            stats[m.EntityId] = (count + 1, lead || m.Sentence < o.LeadSentences, title);
            lines.Note(keys.TryGetValue(m.EntityId, out ulong key) ? key : FeatureSeeds.EntityKey(m.EntityId), line);
        }
        var weights = new Dictionary<ulong, double>();
        foreach (var e in doc.Entities)
        {
            if (!stats.TryGetValue(e.Id, out var s)) continue;
            double w = (1 + Math.Log(s.Count)) * (1 + (s.Title ? o.TitleBoost : 0) + (s.Lead ? o.LeadBoost : 0)) * TypeWeight(e.Type);
            Add(weights, names, e.Id, keys[e.Id], w);
            if (CountryMix.Code(e.Country) is not 0 and var code)
            {
                if (ReferenceEquals(countries, CountryMix.Empty)) countries = new CountryMix();
                countries.Add(code, s.Count);
            }
            // The country a person, city or organisation belongs to: Pyongyang and Kim also say North Korea.
            var country = e.Country is { Length: 2 } c ? "country:" + c.ToUpperInvariant() : null;
            if (country is not null && country != e.Id) Add(weights, names, country, FeatureSeeds.EntityKey(country), w * o.CountryOfEntityWeight);
        }
        var a = new KeyValuePair<ulong, double>[weights.Count];
        int i = 0;
        foreach (var kv in weights) a[i++] = kv;
        a.AsSpan().Sort(default(SparseVector.ByKey));
        return a;

        static void Add(Dictionary<ulong, double> w, Dictionary<ulong, string> names, string id, ulong k, double v)
        {
            names.TryAdd(k, id);
            w[k] = w.GetValueOrDefault(k) + v;
        }
    }

    /// <summary>The document's entities with no key in <paramref name="names"/>: every mention of theirs is in a line of script.</summary>
    private static string[] CodeOnlyEntities(Document doc, Dictionary<ulong, string> names)
    {
        if (doc.Entities.Count == 0) return [];
        var named = new HashSet<string>(names.Values, StringComparer.Ordinal);
        return doc.Entities.Where(e => !named.Contains(e.Id)).Select(e => e.Id).ToArray();
    }

    private static double TypeWeight(EntityType t) => t switch
    {
        EntityType.Per => 1.2,
        EntityType.Org => 1.0,
        EntityType.Loc => 1.0,
        _ => 0.6,
    };

    // ---- events ----

    private static KeyValuePair<ulong, double>[] EventTf(Document doc, StoryClusteringOptions o, Dictionary<ulong, string> names)
    {
        if (doc.Events.Count == 0) return [];
        var weights = new Dictionary<ulong, double>();
        var stated = StatedValues(doc);
        foreach (var e in doc.Events)
        {
            double w = Math.Max(0.3, e.Confidence) * (e.Embedded ? 0.5 : 1) * (e.Negated ? 0.5 : 1);
            string src = ActorCountry.Of(e.Source) ?? e.Source?.Id ?? "?", tgt = ActorCountry.Of(e.Target) ?? e.Target?.Id ?? "?";
            if (src != "?" || tgt != "?")
            {
                Add($"{e.Type}|{src}|{tgt}", w);
                // The same event told twice carries the same date: a dated signature ("CONSULT|RU|KP|2024-06", from the
                // text's own date, at most a month wide) is rarer and more telling than the actors alone.
                if (StatedMonth(doc, e, stated) is { } month)
                    Add($"{e.Type}|{src}|{tgt}|{month / 12:D4}-{month % 12 + 1:D2}", o.DatedEventWeight * w);
            }
            if (e.Source?.Id is not null || e.Target?.Id is not null)
                Add($"{e.Type}/{e.Mode}|{e.Source?.Id ?? "?"}|{e.Target?.Id ?? "?"}", w);
            if (e.Location?.Id is { } loc) Add($"{e.Type}@{loc}", w);
        }
        return ToArray(weights, sublinear: false);

        void Add(string sig, double w)
        {
            ulong k = FeatureSeeds.Key(sig, FeatureSeeds.Event);
            names[k] = sig;
            weights[k] = weights.GetValueOrDefault(k) + w;
        }
    }

    /// <summary>Date values the text itself states: in full ("18 June 2024"), or relative to a given publication date
    /// ("on Tuesday" in an article dated 17 June) — not relative to a date inferred from the text, which is often a guess.</summary>
    private static HashSet<string> StatedValues(Document doc)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in doc.Times)
            if (IsStated(doc, x)) set.Add(x.Value);
        return set;
    }

    private static bool IsStated(Document doc, TimeExpression x) =>
        x.Type == TimexType.Date && (x.Resolution == "explicit" || (x.Resolution == "document_date" && doc.Published is not null));

    /// <summary>The month of an event's date when the text states it (see <see cref="StatedValues"/>) at most a month wide.</summary>
    private static int? StatedMonth(Document doc, Event e, HashSet<string> stated)
    {
        if (e.Date is not { FromDocumentDate: false, Value: { } value } d || !stated.Contains(value)) return null;
        if (!DateOnly.TryParse(d.Start, out var ds) || !DateOnly.TryParse(d.End, out var de) || de.DayNumber - ds.DayNumber > 31) return null;
        return ds.Year * 12 + ds.Month - 1;
    }

    /// <summary>The months of the events whose dates the text states, ascending and distinct.</summary>
    internal static int[] StatedMonthsOf(Document doc)
    {
        if (doc.Events.Count == 0) return [];
        var stated = StatedValues(doc);
        var months = new SortedSet<int>();
        foreach (var e in doc.Events)
            if (StatedMonth(doc, e, stated) is { } m) months.Add(m);
        return months.ToArray();
    }

    // ---- stems (one language) ----

    [ThreadStatic] private static System.Text.StringBuilder? _terms;

    // Per-thread tables reused from document to document (features are extracted on the analysis workers): a long article
    // fills thousands of keys, and growing fresh tables for each was the largest allocation of the analysis.
    [ThreadStatic] private static Dictionary<ulong, double>? _stemTf, _gramTf;
    [ThreadStatic] private static Dictionary<ulong, int>? _keyLines;
    [ThreadStatic] private static List<KeyValuePair<ulong, double>>? _weighed;

    private static Dictionary<ulong, TValue> Reused<TValue>(ref Dictionary<ulong, TValue>? table)
    {
        table ??= new Dictionary<ulong, TValue>(1024);
        table.Clear();
        return table;
    }

    /// <summary>Stems as full-text search indexes them (<see cref="Search.TermAnalyzer"/>), line by line to note each stem's line:
    /// the search-terms stage's, or (a pipeline without that stage) analysed here the same way.</summary>
    private static KeyValuePair<ulong, double>[] StemTf(Document doc, LineMap lines)
    {
        var tf = Reused(ref _stemTf);
        ulong seed = StableHash.Hash(doc.Language.AsSpan(), FeatureSeeds.Stem);
        string? terms = doc.SearchTerms;
        int[]? ends = doc.SearchTermLineEnds;
        if (terms is null || ends is null)
        {
            var sb = (_terms ??= new System.Text.StringBuilder(1024)).Clear();
            ends = Pipeline.SearchTermsStage.AppendTermsByLine(Search.TermAnalyzer.For(doc.Language), doc, sb, default);
            terms = sb.ToString();
        }
        // Line i + 1 of the map is text line i.
        for (int i = 0, from = 0; i < ends.Length; from = ends[i++])
            if (!lines.IsCode(i + 1)) AddTerms(tf, terms.AsSpan(from, ends[i] - from), seed, 1, lines, i + 1);
        AddTerms(tf, doc.TitleSearchTerms, seed, 2, lines, 0); // title words count more
        return ToArray(tf);
    }

    private static void AddTerms(Dictionary<ulong, double> tf, ReadOnlySpan<char> span, ulong seed, double w, LineMap lines, int line)
    {
        while (!span.IsEmpty)
        {
            int sp = span.IndexOf(' ');
            var term = sp < 0 ? span : span[..sp];
            span = sp < 0 ? default : span[(sp + 1)..];
            if (term.Length < 2) continue;
            ulong k = StableHash.Hash(term, seed);
            CollectionsMarshal.GetValueRefOrAddDefault(tf, k, out _) += w; // one lookup
            lines.Note(k, line);
        }
    }

    // ---- character n-grams (across languages), numbers and stated dates ----

    private const int MinGramWord = 4, MaxGramWord = 32;

    private static KeyValuePair<ulong, double>[] GramTf(Document doc, StoryClusteringOptions o, LineMap lines)
    {
        var tf = Reused(ref _gramTf);
        var stop = StopWords.For(doc.Language);
        Span<char> lower = stackalloc char[MaxGramWord];
        Span<char> folded = stackalloc char[MaxGramWord];
        foreach (ref readonly var t in CollectionsMarshal.AsSpan(doc.Tokens))
        {
            int line = lines.LineOf(t.Start);
            if (lines.IsCode(line)) continue;
            if (t.Kind == TokenKind.Number) { AddNumber(tf, doc.TokenText(t), o.NumberWeight, lines, line); continue; }
            if (t.Kind != TokenKind.Word || t.Length < MinGramWord || t.Length > MaxGramWord) continue;
            var word = doc.TokenText(t);
            Folding.Lower(word, lower);
            if (stop.Contains(lower[..word.Length])) continue;
            int n = word.Length;
            Folding.Fold(lower[..n], folded);
            // Capitalized words (names) weigh more: they tell stories apart.
            double w = char.IsUpper(word[0]) ? o.NameGramBoost : 1.0;
            // Leading 4-, 5- and 6-grams: related languages share word beginnings and differ in endings
            // (militare/militar → milit, guerra/guerre → guerr, Russia/Rusia → rus·); a few keys per word keep the vector compact.
            for (int g = 4; g <= Math.Min(6, n); g++)
            {
                ulong k = StableHash.Hash(folded[..g], FeatureSeeds.Gram);
                CollectionsMarshal.GetValueRefOrAddDefault(tf, k, out _) += w; // one lookup
                lines.Note(k, line);
            }
        }
        // Dates the text states (see StatedValues: "18 giugno 2024", or "martedì" in an article dated 17 June 2024):
        // language-independent evidence of which event it is ("il 18 e 19 giugno" and "el martes" both give 2024-06-18).
        foreach (var x in doc.Times)
        {
            if (!IsStated(doc, x) || x.Value.Length < 4 || !char.IsAsciiDigit(x.Value[0])) continue;
            var v = x.Value.AsSpan();
            int slash = v.IndexOf('/');
            if (slash > 0) v = v[..slash];
            ulong k = StableHash.Hash(v, FeatureSeeds.Gram ^ 0xDA7E);
            CollectionsMarshal.GetValueRefOrAddDefault(tf, k, out _) += o.NumberWeight;
            lines.Note(k, lines.LineOf(x.Start));
        }
        return ToArray(tf);
    }

    /// <summary>A number of two or more digits, separators dropped (15.000 = 15,000 = 15000).</summary>
    private static void AddNumber(Dictionary<ulong, double> tf, ReadOnlySpan<char> text, double weight, LineMap lines, int line)
    {
        Span<char> digits = stackalloc char[24];
        int n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) { if (n == digits.Length) return; digits[n++] = c; }
        }
        if (n < 2) return;
        ulong k = StableHash.Hash(digits[..n], FeatureSeeds.Gram ^ 0x4E);
        CollectionsMarshal.GetValueRefOrAddDefault(tf, k, out _) += weight;
        lines.Note(k, line);
    }
}

/// <summary>A story's member as it keeps it: the document's language and its selected keys with raw (sublinear) term
/// frequencies, weighed with the running statistics only when compared (<see cref="StorySimilarity.Member"/>).</summary>
public sealed record StoryMember(string Language, SparseVector Entities, SparseVector Events, SparseVector Stems, SparseVector Grams);
