using System.Runtime.InteropServices;
using Cronista.Model;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>
/// Turns sentences into events and claims, in the document's own language, from its <see cref="EventLexicon"/>:
/// <list type="number">
/// <item>triggers: lexicon patterns (words, prefixes, multi-word expressions with gaps), longest first, never inside a name;</item>
/// <item>arguments, without a parser, from word order and the lexicon's cue words: the source is the nearest actor to the
/// left of the verb group that is not inside a prepositional phrase or an attribution (a relative pronoun passes to its
/// antecedent; coordinated subjects give one event each), else the agent of a passive or nominal ("da parte di X",
/// "la visita di Putin"), else the noun phrase before the verb; the target is the first actor after the trigger that is
/// a direct object or follows a target preposition; places after a locative are the location (a visited city also
/// stands for its country as target);</item>
/// <item>date: the sentence's time expression nearest the trigger, else the document date (flagged);</item>
/// <item>claim: attribution ("secondo fonti americane", "X ha detto che …", "…, ha affermato il Cremlino"), modality from
/// the verb group (future, conditional, modal and plan cues), questions, hedges, explicit negation, and denials
/// (a REJECT/deny event linked to the event it denies, in its complement or — for "queste accuse" — just before).</item>
/// </list>
/// A document-level pass lets a bare anaphoric mention ("El encuentro, que se llevará a cabo el martes") date the
/// event it refers to, then drops it. Thread-safe: all state is per call.
/// </summary>
public sealed class EventExtractor
{
    private const int SubjectWindow = 25, TargetWindow = 12;
    // Word forms that are verbs, where a noun phrase ends.
    private const Cue VerbForms = Cue.Verb | Cue.Infinitive | Cue.Future | Cue.Conditional;
    /// <summary>Any sign of a verb: a finite or infinitive ending, a gerund, a participle, a simple past.</summary>
    private const Cue AnyVerbForm = VerbForms | Cue.Gerund | Cue.Participle | Cue.Past;

    /// <summary>Per-call working state: the document and per-token views of it.</summary>
    private sealed class Work
    {
        public required Document Doc;
        public required EventLexicon Lex;
        public required WordSet Stop;
        public AbbreviationTable? Abbreviations; // the language's, for titles of address ("M.", "Sr.", "Mr.")
        public int[] MentionAt = [];     // token → index into Doc.Mentions, or -1
        public Cue[] Cues = [];          // token → cue flags
        public Mark[] Marks = [];        // token → mark flags (word classes past the cue bits)
        public bool[] InTime = [];       // token inside a time expression
        public Dictionary<string, DocumentEntity> Entities = new(StringComparer.Ordinal);
        public readonly List<int> Alts = new();
        public int[] AltStart = [];
        public readonly List<LexiconMatch> Matches = new();
        public readonly List<LexiconMatch> Taken = new(); // the sentence's triggers, after overlaps and look-alikes are removed
        public readonly List<Anaphor> Anaphors = new();
        public readonly List<Event> Bare = new();   // the sentence's participant-less nominal events, kept aside
        public readonly HashSet<Event> BareKept = new(ReferenceEqualityComparer.Instance); // those kept as the sentence's events
        public readonly HashSet<Event> InPhrase = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Event> Purposes = new(ReferenceEqualityComparer.Instance); // events of a purpose clause after another
        // Event nouns a causative verb governs ("provocó protestas") or a count counts as its clause's subject ("Dos marchas …
        // convergieron", "se produjeron ocho detenciones"): events told, kept without participants.
        public readonly HashSet<Event> Told = new(ReferenceEqualityComparer.Instance);
        public readonly List<EventArgument> VerbSources = new(); // subjects of the sentence's latest verb trigger that had one
        public int VerbSourcesAt = -1;                            // that trigger's first token
        public readonly List<EventArgument> AgreedSources = new(); // subjects of an agreeing verb that is no event of its own …
        public int AgreedAt = -1;                                  // … and the trigger it agreed to ("agreed to a ceasefire")
        public EventArgument? Speaker;    // the named speaker of the previous sentence ("La presidenta Claudia Sheinbaum dijo …")
        public EventArgument? SpeakerNow; // … and of this one
        public readonly List<(TimeExpression Time, string Start, string End)> SentenceDates = new(); // the sentence's dates and times, with their intervals
        public (string Start, string End)? DatelineDate; // the day of the sentence's dateline ("LIMA, 22 oct (EFE).-"): the report's date
        public (TimeExpression Time, string Start, string End, int Sentence)? LastDate; // the last date of an earlier sentence ("entonces" refers to it)
        public Sentence Sentence;
        public int SentenceIndex;
        public int From;                 // the sentence's first token after a dateline ("QUITO (AFP) -", Datelines.End)
        public bool Capitals;            // a headline in capitals: its words are read as if in lower case
        public int To => Sentence.FirstToken + Sentence.TokenCount;
    }

    public void Extract(Document doc)
    {
        doc.Events.Clear();
        if (doc.Tokens.Count == 0 || EventLexicon.For(doc.Language) is not { } lex) return;
        var w = new Work { Doc = doc, Lex = lex, Stop = StopWords.For(doc.Language) };
        w.MentionAt = new int[doc.Tokens.Count];
        Array.Fill(w.MentionAt, -1);
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            var mention = doc.Mentions[m];
            for (int t = TokenAt(doc.Tokens, mention.Start); t < doc.Tokens.Count && doc.Tokens[t].Start < mention.End; t++) w.MentionAt[t] = m;
        }
        foreach (var e in doc.Entities) w.Entities[e.Id] = e;
        w.InTime = new bool[doc.Tokens.Count];
        foreach (var time in doc.Times)
            for (int t = TokenAt(doc.Tokens, time.Start); t < doc.Tokens.Count && doc.Tokens[t].Start < time.End; t++) w.InTime[t] = true;
        w.Cues = new Cue[doc.Tokens.Count];
        w.Marks = new Mark[doc.Tokens.Count];
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            w.Sentence = doc.Sentences[s];
            w.SentenceIndex = s;
            w.From = Datelines.End(doc, w.Sentence);
            w.Capitals = InCapitals(doc, w.From, w.To);
            ExtractSentence(w);
        }
        ResolveAnaphora(w);
        LinkDenials(w);
        LinkRegimes(w);
        LinkPatrons(w);
        for (int i = 0; i < doc.Events.Count; i++)
        {
            string old = doc.Events[i].Id, id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var e in doc.Events) if (e.Denies == old) e.Denies = "#" + id; // two steps: old and new ids overlap
            doc.Events[i].Id = id;
        }
        foreach (var e in doc.Events) if (e.Denies is { } d && d[0] == '#') e.Denies = d[1..];
    }

    // An excluded first word excludes a trigger, unless a longer trigger runs past the exclusion: "a revendiqué mardi une
    // attaque" is an attack its claimant made, though "revendiqué" alone is no demand.
    private static bool NotExcluded(Work w, LexiconMatch m) =>
        (w.Cues[m.First] & Cue.Exclude) == 0 || m.Pattern.Words > 1 && (w.Cues[m.Last] & Cue.Exclude) == 0;

    /// <summary>Whether token <paramref name="t"/> is in a cue of report that reports: "de acuerdo con fuentes locales", "a juicio de
    /// los expertos" tell no agreement and no trial.</summary>
    private static bool InReportCue(Work w, int t)
    {
        if ((w.Cues[t] & Cue.Report) == 0) return false;
        int first = t, last = t;
        while (first - 1 >= w.From && (w.Cues[first - 1] & Cue.Report) != 0) first--;
        while (last + 1 < w.To && (w.Cues[last + 1] & Cue.Report) != 0) last++;
        return !(last > first && AgreeingCue(w, first));
    }

    /// <summary>A cue of report of several words right after a verb agrees: "se mostró de acuerdo con analizar la aprobación",
    /// "están de acuerdo con el plan" — nobody a claim comes from.</summary>
    private static bool AgreeingCue(Work w, int first) =>
        PrevWord(w, first) is int verb and >= 0 && (w.Cues[verb] & (Cue.Verb | Cue.Past | Cue.Participle | Cue.Aux)) != 0 && (w.Cues[verb] & Cue.Det) == 0
        && w.MentionAt[verb] < 0;

    // ---------------------------------------------------------------- sentence

    private void ExtractSentence(Work w)
    {
        w.Speaker = w.SpeakerNow;
        w.SpeakerNow = null;
        if (w.To <= w.From) return;
        MatchSentence(w);
        SentenceDates(w); // every sentence: a later "entonces" refers to its last date
        var triggers = new List<LexiconMatch>();
        foreach (var m in w.Matches)
            if (m.Pattern.Type is not null && NotExcluded(w, m) && !InsideName(w, m.First) && !NamesOffice(w, m.First) && (m.Pattern.Words > 1 || !NamesPeople(w, m.First))
                && !CapitalizedNoun(w, m) && !InReportCue(w, m.First)) triggers.Add(m);
        if (triggers.Count == 0)
        {
            var said = FindAttribution(w);
            w.SpeakerNow = NamedSpeaker(said); // what the next sentence may go on about
            // "… uccidendo almeno 15 persone. Lo ha riferito il sindaco": the sentence before is the speaker's claim.
            if (SaysTheSentenceBefore(w) is int saying && (SpeakerAfter(w, saying + 1) ?? said?.Argument) is { } back) AttributeSentenceBefore(w, back);
            return;
        }

        // Longest trigger wins where triggers overlap (then the earlier one).
        triggers.Sort(static (a, b) =>
            b.Pattern.Words != a.Pattern.Words ? b.Pattern.Words.CompareTo(a.Pattern.Words)
            : b.Last - b.First != a.Last - a.First ? (b.Last - b.First).CompareTo(a.Last - a.First)
            : a.First.CompareTo(b.First));
        var taken = new List<LexiconMatch>();
        foreach (var m in triggers)
        {
            bool overlaps = false;
            foreach (var k in taken) if (m.First <= k.Last && k.First <= m.Last) { overlaps = true; break; }
            if (!overlaps) taken.Add(m);
        }
        taken.Sort((a, b) => a.First.CompareTo(b.First));
        w.Taken.Clear();
        w.Taken.AddRange(taken);

        var attribution = FindAttribution(w);
        w.SpeakerNow = NamedSpeaker(attribution);
        int question = QuestionOpening(w);
        int firstNew = w.Doc.Events.Count;
        w.InPhrase.Clear();
        w.Purposes.Clear();
        w.Told.Clear();
        w.Bare.Clear();
        w.VerbSources.Clear();
        w.VerbSourcesAt = -1;
        w.AgreedAt = -1;
        foreach (var m in taken) BuildEvents(w, m, attribution, question >= 0 && m.First >= question);
        // A sentence whose only event words are bare nouns ("Persiste tensión en Costa Rica por protestas populares")
        // still reports those events: keep the first of each type, with low confidence. Elsewhere such a noun is a topic
        // or an anaphor of an event already counted ("el encuentro").
        // (Not one after a demonstrative, "Este enfrentamiento no beneficia a nadie": it points back, at no event of its type.)
        // (So does one whose only other events are what it was for: "sono state organizzate proteste per opporsi al …".)
        if (w.Doc.Events.Count == firstNew || w.Purposes.Count == w.Doc.Events.Count - firstNew)
            foreach (var bare in w.Bare)
                if (w.Doc.Events.FindIndex(firstNew, e => e.Type == bare.Type) < 0 && !(PrevWord(w, TokenAt(w.Doc.Tokens, bare.Start)) is int d and >= 0 && (w.Cues[d] & Cue.Demonstrative) != 0))
                { w.Doc.Events.Add(bare); w.BareKept.Add(bare); }
        MergeWithinSentence(w.Doc.Events, firstNew, w.InPhrase, w.Told, w.Doc.Text);
        // A place the sentence opens with, after a preposition of place and before a comma, is where its events happen when
        // nothing else said where: "En Taiz, cientos de mujeres salieron a las calles", "A Bengasi, migliaia di persone hanno
        // manifestato" (after the merge: such a place makes no event of its own). (Not a claim someone made there: "A Bruxelles,
        // l'Otan a confirmé avoir mené des frappes dans ce secteur de Tripoli" — the strikes were elsewhere.)
        if (firstNew < w.Doc.Events.Count && OpeningPlace(w) is { } openingPlace)
            for (int i = firstNew; i < w.Doc.Events.Count; i++)
                if (w.Doc.Events[i] is { Location: null, AttributedTo: null } e && e.Start >= openingPlace.End && !SameArgument(openingPlace, e.Target) && !SameArgument(openingPlace, e.Source))
                    e.Location = openingPlace;
        // Nouns inside prepositional phrases ("en protesta por la visita de Arafat") are background events when the sentence
        // has a main one.
        if (w.InPhrase.Count > 0 && w.InPhrase.Count < w.Doc.Events.Count - firstNew)
            foreach (var e in w.InPhrase) e.Embedded = true;

        // A denial in the sentence makes the event in its complement denied.
        for (int i = firstNew; i < w.Doc.Events.Count; i++)
        {
            var denial = w.Doc.Events[i];
            if (denial.Mode != "deny" || denial.Denies is not null) continue;
            for (int j = i + 1; j < w.Doc.Events.Count; j++)
            {
                var e = w.Doc.Events[j];
                if (e.Start <= denial.Start || e.Mode == "deny") continue;
                // "Mosca ha negato di aver … e ha accusato Kiev": a clause of its own after the complement is no part of it.
                int afterDenial = TokenAt(w.Doc.Tokens, denial.End - 1) + 1, eventAt = TokenAt(w.Doc.Tokens, e.Start);
                if (NewClauseBetween(w, TokenAt(w.Doc.Tokens, denial.End), eventAt)) break;
                // "ha respinto le accuse, affermando che gli attacchi colpiscono …": what the denier goes on to say is its own claim.
                if (CueAmong(w, afterDenial, eventAt, Cue.Speech)) break;
                // (Nor what a relative clause says of someone in it: "ha negado toda legitimidad a los representantes …, a los que
                // ha acusado de terroristas".)
                if (RelativeAfterComma(w, afterDenial, eventAt)) break;
                // Every event of that trigger (one per coordinated source) is denied.
                foreach (var same in w.Doc.Events) if (same.Start == e.Start) same.Modality = Modality.Denied;
                for (int k = firstNew; k < w.Doc.Events.Count; k++)
                    if (w.Doc.Events[k].Mode == "deny" && w.Doc.Events[k].Start == denial.Start) w.Doc.Events[k].Denies = e.Id;
                break;
            }
        }
    }

    /// <summary>Among tokens [from, to) a comma that opens a relative clause, past up to two prepositions and articles: ", que",
    /// ", a los que", ", dont", ", con cui".</summary>
    private static bool RelativeAfterComma(Work w, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!IsPunct(w, t, ',')) continue;
            int r = t + 1;
            while (r < to && r - t <= 2 && (w.Cues[r] & Cue.Relative) == 0 && (w.Cues[r] & (Cue.Prep | Cue.Det)) != 0) r++;
            if (r < to && (w.Cues[r] & Cue.Relative) != 0 && w.Doc.Tokens[r].Kind == TokenKind.Word) return true;
        }
        return false;
    }

    /// <summary>A verb of avoiding right before <paramref name="noun"/>, past up to two articles, quantifiers or adjectives ("evitar
    /// más protestas", "per evitare ulteriori scontri", "to prevent further clashes"); else -1.</summary>
    private static int AvoidingVerbBefore(Work w, int noun)
    {
        int p = PrevWord(w, noun);
        for (int k = 0; k < 2 && p >= 0 && (w.Cues[p] & Cue.Avoid) == 0 && w.MentionAt[p] < 0
                        && w.Doc.Tokens[p].Kind == TokenKind.Word && char.IsLower(w.Doc.Text[w.Doc.Tokens[p].Start])
                        && (w.Cues[p] & (VerbForms | Cue.Participle | Cue.Prep | Cue.Relative | Cue.Boundary | Cue.Coord | Cue.Negation)) == 0; k++)
            p = PrevWord(w, p);
        return p >= 0 && (w.Cues[p] & Cue.Avoid) != 0 ? p : -1;
    }

    /// <summary>A participle that is no finite verb, infinitive or noun as well ("detenidos", "arrestato"; a simple past may be one:
    /// English "*ed").</summary>
    private static bool BareParticiple(Work w, int t) => (w.Cues[t] & (Cue.Participle | VerbForms | Cue.Noun)) == Cue.Participle;

    /// <summary>An infinitive that is no finite verb or simple past as well ("sostenere", "réprimer").</summary>
    private static bool BareInfinitive(Work w, int t) => (w.Cues[t] & (Cue.Infinitive | Cue.Verb | Cue.Past)) == Cue.Infinitive;

    /// <summary>The noun right before a bare participle that agrees with it ("ruta pactada", "accordo firmato", "manifestanti
    /// arrestati"), or null. (Not a form that is also finite: English "*ed" is past and participle; nor "rende visita", whose
    /// endings differ: a verb with its bare object.)</summary>
    private static int? AdjectivalParticiple(Work w, int trigger, bool passive)
    {
        if (passive || !BareParticiple(w, trigger)) return null;
        // An English "*ed" is past and participle: a participle only before "of"/"by" ("two commanders accused of leading the
        // assault"), and it agrees with nothing.
        bool pastForm = (w.Cues[trigger] & Cue.Past) != 0;
        int prev = PrevWord(w, trigger);
        // (… or after counted people, with no object after it: "at least 10 civilians killed on their side", not "The two sides
        // exchanged fire".)
        if (pastForm && !(trigger + 1 < w.To && (w.Cues[trigger + 1] & (Cue.Genitive | Cue.Agent)) != 0 && !ByGerund(w, trigger))
            && !(prev >= 0 && prev == trigger - 1 && (w.Cues[prev] & Cue.Actor) != 0 && CountedNoun(w, prev)
                 && (trigger + 1 >= w.To || w.Doc.Tokens[trigger + 1].Kind == TokenKind.Punctuation || (w.Cues[trigger + 1] & Cue.Prep) != 0 || w.InTime[trigger + 1]))) return null;
        // (A noun and the name that qualifies it: "la consegna dei sistemi Patriot promessi a ottobre" — what was promised.)
        if (!pastForm && prev >= 0 && prev == trigger - 1 && w.MentionAt[prev] >= 0 && PrevWord(w, NameStart(w, prev)) is int head and >= 0
            && !(trigger + 1 < w.To && IsArticle(w, trigger + 1)) && AgreeingNoun(w, head, w.Doc.TokenText(w.Doc.Tokens[trigger]))) return head;
        // (People and their nationality: "les soldats ukrainiens libérés", "i militari russi catturati".)
        if (!pastForm && prev >= 0 && prev == trigger - 1 && NationalityModifier(w, prev) && PrevWord(w, NameStart(w, prev)) is int people and >= 0
            && (w.Cues[people] & Cue.Actor) != 0 && w.MentionAt[people] < 0 && !(trigger + 1 < w.To && IsArticle(w, trigger + 1))
            && Agrees(w.Doc.TokenText(w.Doc.Tokens[people]), w.Doc.TokenText(w.Doc.Tokens[trigger]))) return people;
        if (prev < 0 || prev != trigger - 1 || !IsContent(w, prev) || w.MentionAt[prev] >= 0 || w.InTime[prev]
            || (w.Cues[prev] & (VerbForms | Cue.Participle | Cue.Past | Cue.Gerund | Cue.Adverb | Cue.Plan | Cue.Speech)) != 0) return null;
        ReadOnlySpan<char> a = w.Doc.TokenText(w.Doc.Tokens[prev]), b = w.Doc.TokenText(w.Doc.Tokens[trigger]);
        if (a.Length < 3 || b.Length < 3 || !char.IsLower(a[0])) return null;
        // (A participle takes no object: "le groupe attaque les convois" is a verb.)
        if (trigger + 1 < w.To && IsArticle(w, trigger + 1) && (w.Cues[trigger + 1] & Cue.Genitive) == 0 && !w.InTime[trigger + 1]) return null;
        if (pastForm || Agrees(a, b)) return prev;
        // (Past the noun's genitive: "Los otros proyectos de resolución vetados" — the drafts are vetoed, not the resolution.)
        return PrevWord(w, prev) is int of and >= 0 && (w.Cues[of] & Cue.Genitive) != 0 && PrevWord(w, of) is int owner and >= 0 && AgreeingNoun(w, owner, b) ? owner : null;
    }

    /// <summary>The word at <paramref name="t"/> is a lower-case noun (no verb, adverb or noun for people; three letters at least)
    /// whose ending agrees with <paramref name="participle"/>'s.</summary>
    private static bool AgreeingNoun(Work w, int t, ReadOnlySpan<char> participle) =>
        IsLowerContentWord(w, t) && (w.Cues[t] & (VerbForms | Cue.Participle | Cue.Past | Cue.Gerund | Cue.Adverb | Cue.Actor)) == 0
        && w.Doc.TokenText(w.Doc.Tokens[t]) is var noun && noun.Length >= 3 && Agrees(noun, participle);

    /// <summary>The word at <paramref name="t"/> is an infinitive's particle ("di", "de", "à", "to"): a genitive, dative or
    /// infinitive preposition that is no article.</summary>
    private static bool InfinitiveParticle(Work w, int t) =>
        (w.Cues[t] & (Cue.Genitive | Cue.TargetPrep | Cue.Infinitive)) != 0 && (w.Cues[t] & Cue.Det) == 0;

    /// <summary>A trigger on a verb form within <paramref name="span"/> words from <paramref name="t"/>.</summary>
    private static bool VerbTriggerWithin(Work w, int t, int span)
    {
        for (int k = t; k < w.To && k < t + span; k++)
            if ((w.Cues[k] & (VerbForms | Cue.Participle | Cue.Past)) != 0 && TriggerAt(w, k) is not null) return true;
        return false;
    }

    /// <summary>The sentence says its parties acted on each other ("mutuamente", "a vicenda", "each other", "intercambiaron").</summary>
    private static bool MutualIn(Work w) => CueAmong(w, w.From, w.To, Cue.Mutual);

    /// <summary>Among tokens [from, to) a plan cue that is itself an agreement trigger ("agreed to", "acordaron").</summary>
    private static bool AgreeingVerbIn(Work w, int from, int to)
    {
        for (int t = from; t < to; t++)
            if ((w.Cues[t] & Cue.Plan) != 0 && TriggerAt(w, t) is { Pattern.Type: "AGREE" }) return true;
        return false;
    }

    /// <summary>An earlier event of the document is an attack whose trigger holds the word at <paramref name="t"/> ("strike on",
    /// "air strikes", "airstrike" before "strike").</summary>
    private static bool AttackToldWith(Work w, int t)
    {
        var word = w.Doc.TokenText(w.Doc.Tokens[t]);
        int start = w.Doc.Tokens[t].Start;
        foreach (var e in w.Doc.Events)
        {
            if (e.Type != "ASSAULT" || e.Start >= start) continue;
            var trigger = w.Doc.Text.AsSpan(e.Start, e.End - e.Start);
            if (trigger.Contains(word, StringComparison.OrdinalIgnoreCase)) return true; // (in a compound too: "airstrike")
        }
        return false;
    }

    /// <summary>People after an agent preposition inside a trigger's own words ("respinti dalla polizia"), or null.</summary>
    private static EventArgument? AgentInside(Work w, LexiconMatch m)
    {
        for (int k = m.First + 1; k < m.Last; k++)
        {
            if ((w.Cues[k] & (Cue.Agent | Cue.TargetPrep)) != Cue.Agent) continue;
            for (int j = k + 1; j <= m.Last; j++)
                if ((w.Cues[j] & Cue.Actor) != 0 && DescriptionAround(w, j, m.Last + 1, inPhrase: true) is { } agent) return agent;
            return null;
        }
        return null;
    }

    /// <summary>An infinitive particle ("to") opens the verb group before the trigger: "met Assad on Tuesday to discuss",
    /// "threatened to cut aid".</summary>
    private static bool ParticleInfinitive(Work w, int groupStart, int trigger) =>
        groupStart < trigger && (w.Cues[groupStart] & (Cue.Infinitive | Cue.Prep)) == (Cue.Infinitive | Cue.Prep);

    /// <summary>"by" and a gerund after <paramref name="t"/> say how, they name no agent: "retaliated by attacking border posts".</summary>
    private static bool ByGerund(Work w, int t) =>
        t + 2 < w.To && (w.Cues[t + 1] & (Cue.Agent | Cue.Genitive)) == Cue.Agent && (w.Cues[t + 2] & Cue.Gerund) != 0;

    /// <summary>For a bare participle right after "Name ," (then a genitive or an agent: "accusé d'avoir", "arrestato dalla
    /// polizia", or the clause's end): that name; else null.</summary>
    private static EventArgument? ApposedParticipleOf(Work w, LexiconMatch m, int groupStart)
    {
        if (groupStart != m.First || !BareParticiple(w, m.First)) return null;
        // (Criticised too: "François Bayrou, critiqué pour s'être rendu à Pau".)
        if (!(EventOntology.PatientGenitive(m.Pattern.Type!, m.Pattern.Mode) || m.Pattern.Type is "ASSAULT" or "DISAPPROVE")) return null;
        int comma = m.First - 1;
        if (comma - 1 < w.From || !IsPunct(w, comma, ',')) return null;
        if (m.Last + 1 < w.To && (w.Cues[m.Last + 1] & (Cue.Genitive | Cue.Agent | Cue.Prep)) == 0 && !IsPunct(w, m.Last + 1, ',')
            && !(w.InTime[m.Last + 1] || IsArticle(w, m.Last + 1) && m.Last + 2 < w.To && w.InTime[m.Last + 2])) return null;
        // A person's name before short descriptions between commas, none with a verb: "Antonino Iacono, 41 anni, di Realmonte,
        // pastore, arrestato il 27 marzo". (A place or a body after "di/de" opening such a description is where one comes from:
        // "Massimo Zicari, 38 anni, di Agrigento, arrestato" — never the one arrested; "la ville de Homs, bombardée" is.)
        bool AfterGenitive(int k) => w.MentionAt[k] >= 0 && PrevWord(w, NameStart(w, k)) is int g and > 0 && (w.Cues[g] & (Cue.Genitive | Cue.Prep)) != 0
                                       && (IsPunct(w, g - 1, ',') || g > w.From + 1 && IsPunct(w, g - 2, ',')); // (", entrambi di Monreale,", ", originario del Niger,")
        for (int hops = 0, c = comma; hops < 4 && c - 1 >= w.From && !(w.MentionAt[c - 1] >= 0 && !AfterGenitive(c - 1) || (w.Cues[c - 1] & Cue.Actor) != 0); hops++)
        {
            int q = c - 1;
            while (q >= w.From && c - q <= 4 && w.Doc.Tokens[q].Kind != TokenKind.Punctuation && (w.Cues[q] & (AnyVerbForm | Cue.Aux)) == 0 && !PersonAt(w, q)) q--;
            if (q - 1 < w.From || c - q > 4 || !IsPunct(w, q, ',')) break;
            if (PersonAt(w, q - 1)) { comma = q; break; }
            c = q;
        }
        if (AfterGenitive(comma - 1)) return null;
        // (People described too: "Les accusés, arrêtés pour la plupart en février 2023, ont dénoncé".)
        if (w.MentionAt[comma - 1] is not (var mi and >= 0))
            return (w.Cues[comma - 1] & Cue.Actor) != 0 ? DescriptionAround(w, comma - 1, comma, inPhrase: true) : null;
        int first = NameStart(w, comma - 1);
        return Argument(w, mi, first, comma - 1);
    }

    /// <summary>A participle's ending agrees with the noun before it: the same vowel ("ruta pactada", "accordo firmato",
    /// "truppe schierate"); -o/-a after a noun in -e or a consonant ("la multitud reunida", "il presidente eletto", "el
    /// proyecto laboral enviado"); -os/-as after one in -es ("las autoridades reunidas"); -i/-e after Italian -i ("le navi
    /// affondate").</summary>
    private static bool Agrees(ReadOnlySpan<char> noun, ReadOnlySpan<char> participle)
    {
        char n = noun[^1], p = participle[^1];
        if (n == 's')
        {
            if (p != 's') return false;
            char n2 = noun[^2], p2 = participle[^2];
            // (French plurals end on a consonant and "s", their participles on "és", "ées", "is", "us": "les manifestants arrêtés",
            // "des militaires capturés".)
            return n2 == p2 && "aeio".Contains(n2) || n2 == 'e' && p2 is 'a' or 'o' || p2 == 'é' || !"aeiouéè".Contains(n2) && p2 is 'e' or 'i' or 'u';
        }
        if (n == p) return "aeio".Contains(n);
        if (n == 'e' || !"aeiouéèàùìò".Contains(n)) return p is 'a' or 'o';
        return n == 'i' && p == 'e';
    }

    /// <summary>A conjunction that opens a verb group of its own: "e ha accusato", "y expulsó", "and has said".
    /// Auxiliaries and clitics that are no article ("e la Nato") may stand before the verb.</summary>
    private static bool CoordinatedVerbGroup(Work w, int t)
    {
        if ((w.Cues[t] & Cue.Coord) == 0) return false;
        int k = t + 1;
        while (k < w.To && k <= t + 3 && (w.Cues[k] & Cue.Aux) != 0 && (w.Cues[k] & (Cue.Det | Cue.Verb | Cue.Participle)) == 0) k++;
        if (k >= w.To || w.Doc.Tokens[k].Kind != TokenKind.Word || (w.Cues[k] & (Cue.Noun | Cue.Det)) != 0) return false;
        // (A simple past is a finite verb too: English has no other mark of one, "and suspended the agreement".)
        // (So is a participle that shares an auxiliary before it and has a complement: "a soutenu les groupes armés et promis
        // d'escorter les convois".)
        // (So is a trigger after an auxiliary, an irregular participle no ending marks: "e ha espresso preoccupazione".)
        return (w.Cues[k] & (Cue.Verb | Cue.Past)) != 0 || k > t + 1 && (w.Cues[k] & (Cue.Participle | Cue.Infinitive | Cue.Gerund)) != 0
               || k > t + 1 && (w.Cues[t + 1] & (Cue.Aux | Cue.Pronoun)) == Cue.Aux && TriggerAt(w, k, first: true) is not null && !IsNominal(w, k)
               || k == t + 1 && (w.Cues[k] & (Cue.Participle | Cue.Actor)) == Cue.Participle && k + 1 < w.To && (w.Cues[k + 1] & (Cue.Det | Cue.Genitive | Cue.Infinitive)) != 0
                  && AuxBefore(w, w.From, t);
    }

    /// <summary>The last verb form before token <paramref name="t"/> (a finite verb, simple past or participle that is no noun
    /// and no name), or one before the sentence when there is none.</summary>
    private static int VerbBefore(Work w, int t)
    {
        int v = t - 1;
        while (v >= w.From && !((w.Cues[v] & (Cue.Verb | Cue.Past | Cue.Participle)) != 0 && (w.Cues[v] & (Cue.Noun | Cue.Actor)) == 0 && w.MentionAt[v] < 0)) v--;
        return v;
    }

    /// <summary>A conjunction that opens a clause with a subject of its own — a name or a noun for people, with its article and
    /// adjectives — and its finite verb: "… e il primo ministro Shehbaz Sharif ha promesso", "and Hamas said".</summary>
    private static bool CoordinatedClauseWithSubject(Work w, int t)
    {
        if ((w.Cues[t] & Cue.Coord) == 0 || w.Doc.Tokens[t].Kind != TokenKind.Word) return false;
        bool subject = false;
        int k = t + 1, limit = t + 8;
        for (; k < w.To && k <= limit; k++)
        {
            if (w.MentionAt[k] >= 0) { k = NameEnd(w, k); subject = true; continue; }
            // (A name in quotation marks after the subject's noun: 'e il movimento "Bloquons tout" ha invitato'.)
            if (subject && IsQuoteMark(w, k))
            {
                int close = k + 1;
                while (close < w.To && close <= k + 6 && !IsQuoteMark(w, close)) close++;
                if (close >= w.To || !IsQuoteMark(w, close)) return false;
                limit += close - k + 1;
                k = close;
                continue;
            }
            if (w.Doc.Tokens[k].Kind != TokenKind.Word || (w.Cues[k] & (Cue.Prep | Cue.Genitive | Cue.Relative)) != 0) return false;
            if ((w.Cues[k] & (VerbForms | Cue.Aux | Cue.Past | Cue.Participle)) != 0 && (w.Cues[k] & (Cue.Det | Cue.Actor | Cue.Title)) == 0) break;
            if ((w.Cues[k] & (Cue.Actor | Cue.Title)) != 0) subject = true;
            else if (!IsArticle(w, k) && !IsLowerContentWord(w, k)) return false;
        }
        return subject && k < w.To && k <= limit && w.MentionAt[k] < 0 && (w.Cues[k] & (Cue.Aux | Cue.Verb | Cue.Past)) != 0 && (w.Cues[k] & (Cue.Det | Cue.Noun)) == 0;
    }

    /// <summary>"until", "fino a", "hasta", "jusqu'à" (a cue of the lexicons) right before the time at <paramref name="t"/>,
    /// past its article and "al menos / at least".</summary>
    private static bool UntilBefore(Work w, int t)
    {
        int p = t - 1;
        while (p >= w.From && p >= t - 3 && (w.Cues[p] & Cue.Until) == 0 && ((w.Cues[p] & Cue.Det) != 0 || w.Doc.Tokens[p].Kind == TokenKind.Word && IsAdverb(w, p))) p--;
        return p >= w.From && (w.Cues[p] & Cue.Until) != 0;
    }

    /// <summary>A clause boundary ("mientras", "while", "mentre") among tokens (from, to).</summary>
    private static bool BoundaryBetween(Work w, int from, int to) => CueAmong(w, from + 1, to, Cue.Boundary);

    /// <summary>A token of [from, to) has a cue of <paramref name="cue"/>.</summary>
    private static bool CueAmong(Work w, int from, int to, Cue cue)
    {
        for (int t = from; t < to; t++) if ((w.Cues[t] & cue) != 0) return true;
        return false;
    }

    /// <summary>A token of [<paramref name="from"/>, <paramref name="to"/>) carries the mark: <see cref="CueAmong"/>'s twin.</summary>
    private static bool MarkAmong(Work w, int from, int to, Mark mark)
    {
        for (int t = from; t < to; t++) if ((w.Marks[t] & mark) != 0) return true;
        return false;
    }

    /// <summary>A conjunction that opens a verb group or a complement clause of its own among tokens (from, to).</summary>
    private static bool SiblingClauseBetween(Work w, int from, int to) =>
        AnyBetween(w, from, to, static (w, t) => CoordinatedVerbGroup(w, t) || CoordinatedComplement(w, t));

    /// <summary>A token strictly between <paramref name="from"/> and <paramref name="to"/> (within the sentence) that passes
    /// <paramref name="test"/>.</summary>
    private static bool AnyBetween(Work w, int from, int to, Func<Work, int, bool> test)
    {
        for (int t = from + 1; t < to && t < w.To; t++)
            if (test(w, t)) return true;
        return false;
    }

    /// <summary>A conjunction before a complementizer: a second complement clause ("ha annunciato che invierà aiuti e che
    /// parteciperà alla conferenza", "and that it would").</summary>
    private static bool CoordinatedComplement(Work w, int t) =>
        (w.Cues[t] & Cue.Coord) != 0 && t + 1 < w.To && (w.Cues[t + 1] & Cue.Relative) != 0 && w.Doc.Tokens[t + 1].Kind == TokenKind.Word;

    /// <summary>Between the two tokens a new clause opens: a clause boundary ("mentre", "while"), a semicolon, or a conjunction
    /// with a verb group of its own ("e ha accusato", "y expulsó", "and has said").</summary>
    // (A conjunction right before the event counts when a finite verb follows it: "denied any involvement in the attack and
    // vowed to respond"; "negó haber atacado y saqueado" stays one complement.)
    private static bool NewClauseBetween(Work w, int from, int to) => ClauseOpens(w, from, to, Cue.Boundary, coordinationsBefore: to);

    /// <summary>Among tokens [from, to) a word with a cue of <paramref name="opens"/>, a semicolon, or (before
    /// <paramref name="coordinationsBefore"/>) a conjunction with a verb group of its own.</summary>
    private static bool ClauseOpens(Work w, int from, int to, Cue opens, int coordinationsBefore)
    {
        var tokens = w.Doc.Tokens;
        for (int t = from; t < to; t++)
            if ((w.Cues[t] & opens) != 0 || tokens[t].Kind == TokenKind.Punctuation && w.Doc.Text[tokens[t].Start] == ';'
                || t < coordinationsBefore && (CoordinatedVerbGroup(w, t) || CoordinatedComplement(w, t)))
                return true;
        return false;
    }

    /// <summary>A headline in capitals ("ECUATORIANOS INICIAN HUELGA"): every word of three letters or more is in capitals, and
    /// there are at least three.</summary>
    internal static bool InCapitals(Document doc, int from, int to)
    {
        int words = 0;
        for (int t = from; t < to; t++)
        {
            if (doc.Tokens[t].Kind != TokenKind.Word) continue;
            var text = doc.TokenText(doc.Tokens[t]);
            if (text.Length < 3) continue;
            if (!AllCapitals(text, 3)) return false;
            words++;
        }
        return words >= 3;
    }

    private static bool AllCapitals(ReadOnlySpan<char> s, int minLength)
    {
        if (s.Length < minLength) return false;
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Every lexicon match of the current sentence (<see cref="Work.Matches"/>) and the cue flags of its tokens.</summary>
    private static void MatchSentence(Work w)
    {
        var tokens = w.Doc.Tokens;
        int from = w.From, to = w.To;
        // Alternative ids of every token, then all lexicon matches.
        w.Alts.Clear();
        if (w.AltStart.Length < to - from + 1) w.AltStart = new int[Math.Max(64, 2 * (to - from + 1))];
        var memo = w.Lex.Memo;
        for (int t = from; t < to; t++)
        {
            w.AltStart[t - from] = w.Alts.Count;
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) w.Lex.MatchWord(w.Doc.TokenText(tokens[t]), w.Alts, memo);
        }
        w.AltStart[to - from] = w.Alts.Count;
        w.Matches.Clear();
        w.Lex.Match(tokens, w.Doc.Text, from, to, w.Alts, w.AltStart, w.Matches, w.InTime);
        foreach (var m in w.Matches)
        {
            if (m.Pattern.Type is not null) continue;
            bool capitalised = m.First == m.Last && char.IsUpper(w.Doc.Text[tokens[m.First].Start]);
            // Morphology cues (future, conditional) only on lower-case words: "Irán" is not a future tense.
            if (m.Pattern.Cue is Cue.Future or Cue.Conditional && capitalised) continue;
            var cue = m.Pattern.Cue;
            // (Nor is a capitalised word inside a sentence an auxiliary or a participle: "segretario di Stato" is no "stato".)
            if (capitalised && m.First > from && !w.Capitals && tokens[m.First - 1].Kind == TokenKind.Word) cue &= ~(AnyVerbForm | Cue.Aux | Cue.Passive);
            for (int t = m.First; t <= m.Last; t++) { w.Cues[t] |= cue; w.Marks[t] |= m.Pattern.Mark; }
        }
        // Nouns that end like verb forms ("una mayoría", "la policía") keep none of the verb cues; nor do the words of a name
        // ("Tsai Ing-wen" is no participle in "*en", "Stati Uniti" none in "*iti"), nor a demonym ("americano" in "*ano").
        for (int t = from; t < to; t++)
            if ((w.Cues[t] & Cue.Noun) != 0 || w.MentionAt[t] >= 0) w.Cues[t] &= ~AnyVerbForm;
            else if ((w.Cues[t] & (Cue.Det | Cue.Aux)) == Cue.Det) w.Cues[t] &= ~Cue.Participle; // "quelque 700 personnes"
            // (A noun for people after its article is no verb either: "I soldati liberati", "los detenidos".)
            else if ((w.Cues[t] & Cue.Actor) != 0 && t > from && (w.Cues[t - 1] & Cue.Det) != 0) w.Cues[t] &= ~AnyVerbForm;
        // A one-letter auxiliary opening the sentence right before a name is a preposition of place whose capital dropped its accent
        // ("A Paris, deux manifestants sont tués" is "À Paris"; the French "=a" has, "=à" in).
        if (from + 1 < to && (w.Cues[from] & (Cue.Aux | Cue.Det)) == Cue.Aux && w.MentionAt[from + 1] >= 0 && w.MentionAt[from] < 0
            && char.IsUpper(w.Doc.Text[tokens[from].Start]) && tokens[from].Length == 1)
            w.Cues[from] = w.Cues[from] & ~(Cue.Aux | Cue.Passive | AnyVerbForm) | Cue.Prep | Cue.Locative;
    }

    /// <summary>A noun for people is not an event: "los manifestantes", "30 muertos", "i detenuti" (but "fueron detenidos" is).</summary>
    private static bool NamesPeople(Work w, int t)
    {
        if ((w.Cues[t] & Cue.Actor) == 0) return false;
        int prev = PrevWord(w, t);
        // A participle that is also a noun for people ("detenidos", "arrestati", "uccisi") is a verb before its agent
        // ("tres periodistas detenidos por la policía") and when it opens a sentence before what it counts or an article
        // ("Detenidos tres periodistas", "Uccisi due soldati", "Arrestati i giornalisti").
        if ((w.Cues[t] & Cue.Participle) != 0 && t + 1 < w.To
            && ((w.Cues[t + 1] & (Cue.Agent | Cue.Genitive)) == Cue.Agent && prev >= 0 && IsLowerContentWord(w, prev)
                || prev < 0 && ((w.Cues[t + 1] & Cue.Det) != 0 || QuantityStartsAt(w, t + 1)))) return false;
        while (prev >= 0 && IsAdverb(w, prev)) prev = PrevWord(w, prev); // "sono stati gravemente feriti"
        // (Nor after a conjunction that opens a clause: "resigned on Tuesday as demonstrators defied a curfew".)
        return prev < 0 || w.Doc.Tokens[prev].Kind == TokenKind.Number || (w.Cues[prev] & (Cue.Det | Cue.Prep | Cue.Genitive | Cue.Coord | Cue.Boundary)) != 0
               || (w.Marks[prev] & Mark.Capacity) != 0 || IsContent(w, prev) || w.MentionAt[prev] >= 0;
    }

    /// <summary>
    /// A one-word event noun written with a capital inside a sentence is (part of) a name, not an event: "il Patto per la
    /// salute", "la Conferenza episcopale", "el Acuerdo de Cartagena". Not at the sentence's start, after a colon or a
    /// quotation mark, nor in a headline in capitals or in title case ("Protesters Attack Embassy").
    /// </summary>
    private static bool CapitalizedNoun(Work w, LexiconMatch m)
    {
        if (w.Capitals || m.First != m.Last || !char.IsUpper(w.Doc.Text[w.Doc.Tokens[m.First].Start])) return false;
        int prev = PrevWord(w, m.First);
        if (prev < 0 || IsPunct(w, m.First - 1, ':') || IsQuoteMark(w, m.First - 1)) return false;
        if (!IsNominal(w, m.First)) return false;
        // Title case: most longer words capitalized.
        int words = 0, upper = 0;
        for (int t = w.From; t < w.To; t++)
        {
            var tok = w.Doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.End - tok.Start < 4) continue;
            words++;
            if (char.IsUpper(w.Doc.Text[tok.Start])) upper++;
        }
        return 2 * upper <= words;
    }

    /// <summary>An event noun in the remit of a title names an office, not an event: "the EU's envoy for the Belgrade-Pristina
    /// dialogue", "l'inviato speciale per i negoziati", "el comisionado para la paz" — a title (and an adjective), a remit
    /// preposition, then articles and names (at most three; no other word: "il ministro per la riconciliazione nazionale
    /// incontra" is a verb after a complete phrase) — or a genitive before a capitalised portfolio ("ministro de Cooperación
    /// Económica").</summary>
    private static bool NamesOffice(Work w, int t)
    {
        int p = PrevWord(w, t);
        for (int n = 0; n < 3 && p >= w.From && (w.Cues[p] & Cue.Prep) == 0 && ((w.Cues[p] & Cue.Det) != 0 || w.MentionAt[p] >= 0); n++)
            p = PrevWord(w, w.MentionAt[p] >= 0 ? NameStart(w, p) : p);
        if (p <= w.From || (w.Cues[p] & Cue.Remit) == 0 && !((w.Cues[p] & Cue.Genitive) != 0 && p == t - 1 && !w.Capitals && char.IsUpper(w.Doc.Text[w.Doc.Tokens[t].Start]))
            || (w.Cues[t] & (VerbForms | Cue.Gerund | Cue.Infinitive)) != 0) return false;
        int title = PrevWord(w, p);
        if (title >= 0 && (w.Cues[title] & Cue.Title) == 0 && IsLowerContentWord(w, title)) title = PrevWord(w, title); // "l'inviato speciale per"
        return title >= 0 && (w.Cues[title] & Cue.Title) != 0;
    }

    private static bool InsideName(Work w, int t) =>
        w.MentionAt[t] >= 0 && w.Doc.Mentions[w.MentionAt[t]].Rule != "demonym";

    /// <summary>Where the question a sentence ends with opens (-1: it ends with none): after its last "¿" or colon — what comes
    /// before is told, not asked ("Antes de que se negociara el cese del fuego, Robertson señaló: ¿Cómo queda Israel?").</summary>
    private static int QuestionOpening(Work w)
    {
        int end = w.To - 1;
        for (; end >= w.From; end--)
        {
            var tok = w.Doc.Tokens[end];
            if (tok.Kind != TokenKind.Punctuation) return -1;
            if (w.Doc.Text[tok.Start] == '?') break;
        }
        if (end < w.From) return -1;
        for (int t = end - 1; t >= w.From; t--)
            if (IsPunct(w, t, '¿') || IsPunct(w, t, ':')) return t + 1;
        return w.From;
    }

    // ---------------------------------------------------------------- one trigger

    private void BuildEvents(Work w, LexiconMatch m, Attribution? sentenceAttribution, bool question)
    {
        var doc = w.Doc;
        var tokens = doc.Tokens;
        var p = m.Pattern;
        // A word for both a strike from work and one from the air is the air's where the document has told of it as an attack:
        // "the strike on Novorossiysk … Every Russian strike must have consequences".
        if (p.Mode == "strike" && p.Words == 1 && AttackToldWith(w, m.First)) p = new LexiconPattern { Kind = "ASSAULT/attack", Type = "ASSAULT", Mode = "attack", Slots = p.Slots, Source = p.Source + " (an attack, as told before)" };
        // ("in sostegno di", "en apoyo a": a noun after its preposition.)
        bool nominal = IsNominal(w, m.First) || p.Type == "SUPPORT" && p.Words > 1 && (w.Cues[m.First] & (Cue.Prep | Cue.Infinitive)) == Cue.Prep;
        // "las calificó de agresión", "a qualifié l'incident d'acte d'agression", "described the move as aggression": a label
        // the speaker gives, no event.
        // (A bare noun right after the label too, which might read as a verb: "condemned the strikes as murder".)
        if ((nominal || PrevWordAcrossQuote(w, m.First) is int lp and >= 0 && (w.Cues[lp] & Cue.Label) != 0) && LabelledBefore(w, m.First)) return;
        // "Islamabad accuses Kabul of harbouring the militants, a charge the Taliban government denies": a noun that sums up the
        // claim before it restates it, no second accusation.
        if (nominal && (w.Cues[m.First] & Cue.Summary) != 0 && SummaryBetween(w, m.First - 3, m.First + 1)
            && w.Doc.Events.Exists(e => e.Sentence == w.SentenceIndex && e.Type == p.Type)) return;
        // Passive: an auxiliary before ("fueron reprimidos") or an agent right after a participle ("vietato dalle sanzioni"), or
        // after a time ("la fiducia chiesta ieri dal presidente del Consiglio").
        bool passive = !nominal && !ReflexiveBefore(w, m.First)
                       && (HasPassiveAux(w, m.First) || CoordinatedAfterPassive(w, m.First) || (w.Cues[m.First] & Cue.Participle) != 0 && SkipTimes(w, m.Last + 1) is int agentAt && agentAt < w.To && (w.Cues[agentAt] & Cue.Agent) != 0 && (w.Cues[agentAt] & Cue.TargetPrep) == 0
                           // (Not "by force": "la police a dispersé par la force un sit-in", "dispersó por la fuerza" are active.)
                           && !(SkipDets(w, agentAt + 1) is int how && how < w.To && (w.Marks[how] & Mark.Manner) != 0)
                           // (Past a time only without an active auxiliary: "los tanques han bombardeado hoy por cuarto día" — "è visitato
                           // ogni anno da migliaia di turisti" has one of being.)
                           && (agentAt == m.Last + 1 || PrevWord(w, m.First) is not (int activeAux and >= 0) || (w.Cues[activeAux] & Cue.Aux) == 0
                               || (w.Cues[activeAux] & Cue.Passive) != 0 || (w.Marks[activeAux] & Mark.Copula) != 0)
                           && !ByGerund(w, m.Last)
                           // (Not a trigger that spans its object after an auxiliary: "ha ritirato le truppe dalla frontiera" is active.)
                           && !(m.Last > m.First && PrevWord(w, m.First) is int aux and >= 0 && (w.Cues[aux] & (Cue.Aux | Cue.Det)) == Cue.Aux));

        // A participle whose agent is an event of its own kind restates that event: "il commercio di armi vietato dalle sanzioni
        // Onu", "banned by UN sanctions" — the sanctions are the event (their owner the source), the participle is none.
        // (The agent's head within three words of its preposition: "dalle sanzioni Onu", "by UN sanctions".)
        // ("da" is also "from": the same kind of event after it tells the agent; the participle may read as a noun.)
        // (Not a violence: "ucciso da un raid", "tué par une frappe" — the participle names whom the strike hit.)
        if (p.Type != "ASSAULT" && m.Last == m.First && (w.Cues[m.First] & Cue.Participle) != 0 && m.Last + 1 < w.To && (w.Cues[m.Last + 1] & Cue.Agent) != 0
            && w.Matches.Exists(x => x.Pattern.Type == p.Type && x.First > m.Last + 1 && x.First <= m.Last + 4 && !AnyBetween(w, m.Last + 1, x.First, static (w, t) => w.Doc.Tokens[t].Kind == TokenKind.Punctuation))) return;
        // Verb group: the words before the trigger that carry tense, mood and intention ("prevede di", "podría", "se
        // prepara para"); for a noun, the verb that governs it ("effettuerà una visita", "realizar un viaje").
        int governed = VerbGroupStart(w, m.First, nominal); // -1: a noun no verb governs ("dalle sanzioni")
        // "The Kremlin said the sanctions were illegal": a verb of saying (not announcing) does not do the event it names; the
        // noun opens its complement.
        if (nominal && governed >= 0 && SaysOnly(w, governed, m.First)) governed = -1;
        // (So does a verb that labels it: "Gil described the deployment as a criminal threat" — someone else deployed.)
        if (nominal && governed >= 0 && w.Matches.Exists(x => x.Pattern.Cue == Cue.Label && x.First >= governed && x.First < m.First && x.Last > m.Last)) governed = -1;
        // An agreement a participle qualifies was made before, by its parties, not by the subject of the verb that governs the
        // noun: "perché rispetti la tregua firmata il 10 ottobre", "respetar el alto el fuego acordado en octubre".
        // (Participles that are no past tense: English "signed" may be the next clause's verb.)
        if (nominal && p.Type == "AGREE" && governed >= 0 && m.Last + 1 < w.To && (w.Cues[m.Last + 1] & (Cue.Participle | Cue.Past | Cue.Aux | Cue.Det)) == Cue.Participle
            && IsLowerContentWord(w, m.Last + 1) && TriggerAt(w, m.Last + 1) is null && !(m.Last + 2 < w.To && (w.Cues[m.Last + 2] & Cue.Agent) != 0)) governed = -1;
        int groupStart = governed < 0 ? m.First : governed;
        bool objectRelative = ObjectRelativeBefore(w, groupStart); // "…, ce que dément Ankara": the subject follows the verb
        Cue group = Cue.None;
        for (int t = groupStart; t <= m.First; t++) group |= w.Cues[t];
        // A noun after "next", "prossimo", "próxima" is still to come: "Il prossimo incontro tra Kim Jong-un e Vladimir Putin".
        if (nominal && PrevWordAcrossQuote(w, m.First) is int adjective and >= 0 && (w.Marks[adjective] & Mark.Upcoming) != 0) group |= Cue.Plan;
        // A noun a "possibility of" governs is possible, not done: "las posibilidades de una reunión entre Putin y Kim", "la
        // possibilità di una maggiore cooperazione militare e di accordi".
        if (nominal && governed < 0 && ModalNounBefore(w, m.First)) group |= Cue.Modal;
        // What an attempt noun governs was tried, not done: "los intentos de Estados Unidos de imponer nuevas sanciones" — not a
        // noun that is the object of an event verb, nor protests, gatherings and attacks, which one tries to stop rather than
        // to make: "nel tentativo di disperdere le manifestazioni", "en un intento de acallar las protestas" (they took place).
        if ((nominal ? governed : m.First) is int tried and >= 0 && AttemptGoverns(w, tried)
            && !(nominal && (p.Type is "PROTEST" or "MOBILIZE" or "ASSAULT" || w.Matches.Exists(x => x.Pattern.Type is not null && x.First <= tried && tried <= x.Last && x.Last < m.First))))
            group |= Cue.Modal;
        // A purpose clause with a verb of its own says what is wanted, not what is done: "para que venda munición", "pour que
        // l'armée se retire".
        int? purposeClause = PurposeClauseBefore(w, groupStart, out bool purposeSubject);
        if (purposeClause is not null) group |= Cue.Modal;
        // (A verb after its clitic in the trigger: "si recherà", "se reunirán".)
        if (!nominal && (w.Cues[m.First] & (Cue.Aux | Cue.Reflexive)) != 0 && m.Last > m.First) group |= w.Cues[m.First + 1] & (Cue.Future | Cue.Conditional);
        // A second infinitive coordinated with one under a plan, a promise or a future shares its tense: "prometió investigar el
        // fraude y defender el voto" (and so do the words it governs: "potrebbe cercare l'aiuto della Russia e tentare di
        // ripristinare un'alleanza militare").
        // (Past an infinitive that governs the group's: "e tentare di ripristinare".)
        int conjunct = groupStart;
        if ((w.Cues[conjunct] & Cue.Infinitive) != 0 && PrevWord(w, conjunct) is int particle and >= 0 && InfinitiveParticle(w, particle)
            && PrevWord(w, particle) is int governing and >= 0 && (w.Cues[governing] & (Cue.Infinitive | Cue.Prep)) == Cue.Infinitive) conjunct = governing;
        if ((!nominal || governed >= 0) && (w.Cues[conjunct] & Cue.Infinitive) != 0 && CoordinatedInfinitiveBefore(w, conjunct) is int firstInfinitive)
            for (int t = VerbGroupStart(w, firstInfinitive, nominal: false); t < firstInfinitive; t++) group |= w.Cues[t] & (Cue.Plan | Cue.Future | Cue.Volition | Cue.Conditional | Cue.Modal);
        // A threat is made when it is told: "vowed to respond" (the plan cue is the threat's own word).
        // (So is a summons: "convocó al embajador" — the word that also calls strikes for later is the act here.)
        if (m.Last > m.First && (w.Cues[m.First] & Cue.Plan) != 0 && (p.Type == "THREATEN" || p.Type == "DISAPPROVE" && !CueAmong(w, groupStart, m.First, Cue.Plan)))
            group &= ~Cue.Plan;
        // Agreeing to an agreement makes it ("agreed to an immediate ceasefire", "acordaron una tregua"): done, not planned.
        if (nominal && p.Type == "AGREE" && AgreeingVerbIn(w, groupStart, m.First)) group &= ~Cue.Plan;
        // A suspension, a ban, an arrest or a recall announced in the past took effect when told: "anunció la suspensión de los
        // diálogos", "a annoncé la prolongation du couvre-feu" (a visit or a sending announced is still to come).
        // (Support too: "Evelyn Matthei anunció su apoyo a Kast" gives it.)
        if (nominal && p.Type is "SANCTION" or "COERCE" or "DISAPPROVE" or "SUPPORT" && governed >= 0 && (group & (Cue.Future | Cue.Conditional | Cue.Modal | Cue.Volition)) == 0
            && AnyBetween(w, governed - 1, m.First, static (w, t) => (w.Cues[t] & (Cue.Plan | Cue.Speech)) == (Cue.Plan | Cue.Speech) && (w.Cues[t] & (Cue.Past | Cue.Participle)) != 0))
            group &= ~Cue.Plan;
        // A perfect infinitive is past whatever announces it: "hanno annunciato di aver respinto", "anunció haber atacado".
        // (Not the particle "to": "pledging to help" is a promise.)
        if (!nominal && PrevWord(w, m.First) is int pa and >= 0 && (w.Cues[pa] & (Cue.Aux | Cue.Infinitive | Cue.Prep)) == (Cue.Aux | Cue.Infinitive))
            group &= ~(Cue.Plan | Cue.Future);
        // "negano le accuse", "han negado estas acusaciones": the accusation is what is denied (an earlier claim), not a new event.
        if (nominal && p.Type == "DISAPPROVE" && governed >= 0 && DenialBetween(w, governed, m.First)) return;
        // … and so is one a denial names after it: "a charge Phnom Penh denied", "una acusación que Pionyang negó".
        if (nominal && p.Type == "DISAPPROVE" && DeniedAfter(w, m.Last + 1)) return;
        // An event noun that opens the clause as the subject of a passive stance is what the stance is about, told before: "Il
        // raid è stato condannato dall'Egitto e dal Qatar" — no new raid, and the condemners did not carry it out.
        if (nominal && PassiveStanceAfter(w, m)) return;
        // "agreed to lift the sanctions", "acordaron una huelga", "pledged to expel": what is agreed is the event (CAMEO codes
        // the act agreed to); the agreeing verb is no agreement of its own.
        // (Its subject goes on to the act: "Israel and Hezbollah agreed on Tuesday to a ceasefire".)
        if (!nominal && p.Type == "AGREE" && p.Mode is null && AgreedEventAfter(w, m) is int agreed)
        {
            w.AgreedSources.Clear();
            w.AgreedSources.AddRange(FindSubject(w, groupStart, sentenceAttribution));
            w.AgreedAt = agreed;
            return;
        }

        // Arguments.
        var sources = new List<EventArgument>();
        EventArgument? target = null, location = null;
        // Nominal events: "la visita di Putin", "l'invio di razzi da parte di Pyongyang".
        // From the head word: a gap of a multi-word trigger can hold the target ("inviato alla Russia … munizioni").
        bool patientGenitive = nominal && EventOntology.PatientGenitive(p.Type!, p.Mode) // "la liberación de los rehenes"
                               || nominal && p.Type == "SUPPORT" && p.Words > 1 && (w.Cues[m.First] & Cue.Prep) != 0; // "in sostegno di Mohammed Mursi"
        // An actor adjective next to the noun is its agent: "el ataque aéreo estadounidense", "l'offensiva russa", "the
        // American strikes" — an invasion or a bombing too, whose genitive names the victim ("la invasión rusa de Ucrania"),
        // and a repression ("la répression syrienne"; not an arrest, an abduction or a release, whose adjective may name who
        // undergoes it: "il tecnico italiano sequestrato", "prise d'otages russes").
        int demonymLast = -1;
        bool repression = p.Type == "COERCE" && p.Mode is null && p.Words == 1 && (w.Cues[m.First] & AnyVerbForm) == 0;
        var demonym = nominal && (!patientGenitive || p.Type == "ASSAULT" || repression) ? DemonymBeside(w, m, out demonymLast) : null;
        // (A repression's adjective follows it where modifiers follow their noun: "un altro egiziano disperso" is a person.)
        if (repression && !w.Lex.ModifierFirst && demonymLast < m.First) demonym = null;
        int rightFrom = demonym is not null && demonymLast > m.Last ? demonymLast + 1 : m.Last + 1;
        int scanFrom = rightFrom == m.Last + 1 ? m.First + 1 : rightFrom;
        // (A trigger that opens with its auxiliary is scanned past its verb: "Israël a frappé Gaza" — the participle ends no clause.)
        if (scanFrom == m.First + 1 && m.Last > m.First && (w.Cues[m.First] & (Cue.Aux | Cue.Det)) == Cue.Aux && (w.Cues[m.First + 1] & (Cue.Participle | Cue.Past)) != 0) scanFrom = m.First + 2;
        var after = ScanRight(w, scanFrom, rightFrom, nominal, p);
        // A march of one person is that person's leaving: "tras la marcha del presidente Ali Abdallah Saleh a Arabia Saudí".
        if (nominal && (w.Marks[m.First] & Mark.Departure) != 0 && after.Genitive?.Id is { } leaver
            && (leaver.StartsWith("person:", StringComparison.Ordinal) || leaver.StartsWith("name:per:", StringComparison.Ordinal))) return;
        // A terror attack "of" a capital happened there, its government did nothing: "l'attentat de Damas", "el atentado de Moscú".
        var seatOf = nominal && p.Mode == "terror" && after.Genitive is { } capital ? SeatPlace(w, capital) : null;
        if (seatOf is not null) after = after with { Genitive = null };
        // A name right after a weapon is the weapon's, no party: "Lanzamiento de un misil Tomahawk", "i missili Brimstone".
        if (after.Genitive is { } weapon && TokenAt(tokens, weapon.Start) - 1 is int beforeName && beforeName >= w.From && (w.Cues[beforeName] & Cue.Instrument) != 0 && w.MentionAt[beforeName] < 0)
            after = after with { Genitive = null };
        // A verb of demonstrating that also means stating, with no reflexive clitic, states what follows it or the quotation
        // before it: "ha manifestado su apoyo", '"No se necesita hacer ninguna corrección" ha manifestado a este diario'.
        if (!nominal && (w.Marks[m.Last] & Mark.Express) != 0 && !CueAmong(w, groupStart, m.First, Cue.Reflexive)
            && (IsQuoteMark(w, groupStart - 1) || StatedAfter(w, m.Last))) return;
        // A verb of consenting that also means reaching concedes an act, an infinitive or an event noun after its preposition:
        // "accedió a entregar sus bienes", "accedió a las demandas" — not "acceder a la zona", "accedió al poder".
        if (!nominal && (w.Marks[m.Last] & Mark.Consent) != 0 && !ConsentsToAct(w, m.Last)) return;
        // A verb of arrest that also means stopping stops a thing, arrests nobody: "detener los bombardeos", "a arrêté les combats".
        // (Not a bare participle, a passive headline: "Detenido el ex ministro de Información".)
        if (!nominal && !passive && (w.Marks[m.Last] & Mark.Halt) != 0 && ThingObjectAfter(w, m.Last)
            && ((w.Cues[m.Last] & Cue.Participle) == 0 || AuxBefore(w, groupStart, m.Last))) return;
        // A name inside the target's phrase is the target's, no agent: "su apoyo al gobierno de Bachar al Asad", "son soutien au
        // régime de Bachar al-Assad".
        if (after is { Genitive: { } inner, Target: { } outer } && inner.Start >= outer.Start && inner.End <= outer.End && !ReferenceEquals(inner, outer))
            after = after with { Genitive = null };
        // An event of the same kind is no party to it: "i negoziati … con la mediazione di Cuba" (protesting against an attack
        // still has the attack as its object).
        if (after.Target is { } other && EventNounHead(w, other) is int otherHead && TriggerAt(w, otherHead, first: true)?.Pattern.Type == p.Type)
            after = after with { Target = null };
        // The agent of a passive right after its participle, whatever it names: "soccorsi dalla Guardia costiera", "aggredito da
        // un connazionale" (the scan above only takes names and nouns for people).
        if (passive && after.Agent is null && DescribedAgentAfter(w, m.Last + 1) is { } described) after = after with { Agent = described };
        // … or inside a trigger that spans it: "sono stati respinti dalla polizia".
        if (passive && after.Agent is null && AgentInside(w, m) is { } agentInside) after = after with { Agent = agentInside };
        // English possessives: "Russia's full-scale invasion of Ukraine" names the agent ("of" the patient); "Navalny's arrest",
        // "Nasrallah's killing" the patient.
        if (nominal && demonym is null && PossessorBefore(w, m.First) is { } possessor)
        {
            // (A state's invasion, strike or bombing is its own: "Russia's invasion" — a killing is of its possessor.)
            if (patientGenitive && after.Genitive is null && after.Target is null && !(p.Type == "ASSAULT" && p.Mode is "invade" or "attack" or "bomb" && possessor.Id is { } pid && IsState(pid)))
                target = possessor;
            else demonym = possessor;
        }
        if (after.Agent is { } agent && (nominal || passive) && !(nominal && AgentOfOtherVerb(w, m, agent))) sources.Add(WithApposition(w, agent)); // "por el presidente del Gobierno, Pedro Sánchez,"
        else if (demonym is not null) sources.Add(demonym);
        else if (nominal && after.Between is { } first && after.Target is not null) sources.Add(first); // "l'incontro tra Kim e Putin"
        // A gapped noun's own genitive, inside the gap, is its agent: "el bloqueo conjunto de Rusia y China a los intentos de
        // Estados Unidos" — not the genitive after the trigger's last word.
        else if (nominal && m.Last > m.First + 1 && GenitiveInGap(w, m) is { Count: > 0 } heads) sources.AddRange(heads);
        // A violence whose target follows its genitive with a preposition of its own has the genitive's people as its agent: "i
        // bombardamenti delle forze di Gheddafi su Bengasi", "los bombardeos de las fuerzas de Gadafi sobre Bengasi".
        else if (nominal && patientGenitive && p.Type == "ASSAULT" && p.Mode is "bomb" or "invade" or "attack" && after.Genitive is { } agentGenitive
                 && after.Target is { } struck && struck.Start > agentGenitive.End && agentGenitive.Start > tokens[m.Last].Start
                 && (IsPersonLike(w, agentGenitive) || agentGenitive.Id is null && PeopleWordIn(w, agentGenitive))) sources.Add(agentGenitive);
        // … and so does a genitive that names a group or an armed body, with no target after it: "los bombardeos de la OTAN", "el
        // bombardeo químico del régimen de El Asad" (a place or a state "of" them is what they hit: "los bombardeos de Alepo").
        else if (nominal && patientGenitive && p.Type == "ASSAULT" && p.Mode is "bomb" or "invade" or "attack" && after is { Genitive: { } armed, Target: null }
                 && armed.Start > tokens[m.Last].Start && (IsPersonLike(w, armed) || (w.Marks[SkipDets(w, TokenAt(tokens, armed.Start))] & Mark.Ruler) != 0)) sources.Add(armed);
        // (Not the noun's own phrase, read off an adjective for people after it: "uno sciopero generale", "huelga general".)
        // A state's talks, support or demands are its own ("la mediazione di Cuba", "le soutien des États-Unis", "el apoyo de
        // Rusia"); a visit "of" a country is one to it, a summit "of" a capital one held there, an invasion or an occupation
        // "of" one ("la ocupación de Irak") hits it.
        // (Troops counted are deployed, no deployer: "el despliegue de 5.000 soldados" is whoever deploys them; so are troops
        // named by one word without an article, "nessun dispiegamento di truppe in Libia" — not "di truppe russe".)
        // A repression's rulers are its agent: "la repressione del regime di Assad", "la represión del Gobierno contra los
        // manifestantes", "la répression du régime syrien" (its people or protests are what is repressed: "la repressione dei
        // manifestanti").
        else if (repression && nominal && after.Genitive is { } ruler && ruler.Start > tokens[m.Last].Start && Rules(w, ruler)) sources.Add(ruler);
        else if (nominal && after.Genitive is { } gen && (IsPersonLike(w, gen) || gen.Id is null || p.Mode is not ("visit" or "meet" or "block") && IsState(gen.Id))
                 && !patientGenitive && !(p.Mode == "military" && gen.Id is null && (tokens[TokenAt(tokens, gen.Start)].Kind == TokenKind.Number || BareGenitiveWord(w, gen)))
                 && gen.Start > tokens[m.Last].Start) sources.Add(gen);
        // The agent of a passive of carrying out or claiming whose subject the noun is, past the noun's own modifiers: "los dos
        // ataques con gas mostaza fueron llevados a cabo por el grupo Estado Islámico" (not who concluded so).
        if (nominal && sources.Count == 0 && PerformerAfter(w, m) is { } performer) sources.Add(performer);
        bool noSubject = false; // the clause says its subject is no actor: no later rule looks for one
        // A noun right after a verb with a reflexive or impersonal clitic (or a passive) is that verb's subject: "si erano
        // intensificati i combattimenti", "se habían intensificado los combates" — no actor, not the sentence's subject.
        if (nominal && governed >= 0 && sources.Count == 0 && NounIsPostposedSubject(w, groupStart, m.First)) noSubject = true;
        // A gerund after a comma shares the subject of its clause's verb: "miles de trabajadores iniciaron un movimiento …,
        // exigiendo el pago" — that of the sentence's previous event, else the opening subject.
        // (So does one after a preposition: "en accusant Israël", "by accusing Israel".)
        // (And one coordinated with such a gerund: "…, uccidendo almeno 30 persone e liberando 500 detenuti" — not the people killed.)
        if (!nominal && (w.Cues[m.First] & Cue.Gerund) != 0 && (GerundOpens(w, groupStart) || ((w.Cues[groupStart] & Cue.Coord) != 0 ? groupStart : PrevWord(w, groupStart)) is int gc and >= 0 && (w.Cues[gc] & Cue.Coord) != 0 && GerundBefore(w, gc) is int g0 && GerundOpens(w, g0)))
        {
            // (After a relative clause, that clause's antecedent, when it names people: "a plane that crashed in Kazakhstan,
            // killing 38 people" — nobody; "militants who stormed the village, killing 20" — the militants.)
            if (IsPunct(w, groupStart - 1, ',') && RelativeClauseBefore(w, groupStart - 1) is int relative)
            {
                var antecedent = AntecedentOf(w, relative);
                // (Not people an earlier event of the sentence was done to: "aveva aperto il fuoco sui giovani che protestavano …,
                // uccidendo almeno 19 persone" — that event's actor killed.)
                if (antecedent is not null && w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Source is not null && SameArgument(e.Target, antecedent)) is { } doneTo)
                    sources.Add(doneTo.Source!);
                else if (ActorBefore(w, relative) && antecedent is not null) sources.Add(antecedent);
                else noSubject = true;
            }
            else if (EarlierSources(w) is { Count: > 0 } shared) sources.AddRange(shared); // every coordinated subject: "Le Mali, le Burkina et le Niger …, accusant
            // (All the coordinated subjects of the clause's verb: "Britain and Germany triggered the mechanism, accusing Iran".)
            else if (FirstFiniteVerb(w, ClauseStart(w, groupStart), groupStart) is int verb && FindSubject(w, VerbGroupStart(w, verb, nominal: false), null) is { Count: > 1 } coordinated)
                sources.AddRange(coordinated);
            else if (OpeningSubject(w, groupStart) is { } opening) sources.Add(opening);
        }
        // A gerund right after the object of an earlier event of the sentence: in Italian and Spanish, where a gerund is
        // adverbial, it is done by that event's doer ("il regime sta massacrando la sua gente bombardando la capitale" — the
        // regime bombs), unless the event is a clash, whose parties are both doers; in French and English it qualifies the
        // people named as that object ("a dispersé des manifestants réclamant la démission", "fired on protesters demanding").
        else if (!nominal && (w.Cues[m.First] & (Cue.Gerund | Cue.Noun)) == Cue.Gerund && groupStart == m.First && m.First > w.From && tokens[m.First - 1].Kind != TokenKind.Punctuation
                 && w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Target is { } et && et.End == tokens[m.First - 1].End
                                               && (w.Lex.NullSubject ? e.Source is not null && e.Mode != "clash" : et.Id is null || IsPersonLike(w, et))) is { } objectEvent)
            sources.Add(w.Lex.NullSubject ? objectEvent.Source! : objectEvent.Target!);
        // … and one coordinated with a gerund event of the sentence has that event's subject: "issued a statement backing Kyiv
        // and urging that …".
        else if (!nominal && (w.Cues[m.First] & Cue.Gerund) != 0 && ((w.Cues[groupStart] & Cue.Coord) != 0 ? groupStart : PrevWord(w, groupStart)) is int gc1 and >= 0
                 && (w.Cues[gc1] & Cue.Coord) != 0 && GerundBefore(w, gc1) is int g1
                 && w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Start == tokens[g1].Start && e.Source is not null) is { } gerundEvent)
            sources.Add(gerundEvent.Source!);
        // An infinitive after a noun with its owner is the owner's: "the government's decision to suspend talks", "la decisión
        // del Gobierno de suspender", "la propuesta de Trump de enviar tropas".
        // (A noun the infinitive governs too: "los intentos de Estados Unidos de imponer nuevas sanciones".)
        else if ((!nominal || sources.Count == 0 && governed >= 0) && OwnerOfNounBeforeInfinitive(w, groupStart, nominal ? governed : m.First, out bool proposed) is { } nounOwner)
        {
            sources.Add(nounOwner);
            if (proposed) group |= Cue.Plan;
        }
        // Whom one thanks for a deed did it: "ha ringraziato Pyongyang per l'invio di soldati", "thanked North Korea for sending
        // troops".
        else if (ThankedFor(w, nominal ? ModifiedNounStart(w, m.First) : groupStart) is { } thanked)
            sources.Add(thanked);
        // So does one after "without" ("a quitté la Maison Blanche …, sans signer l'accord"): the clause's subject, not the
        // object before it.
        else if (!nominal && WithoutBefore(w, groupStart, m.First) && (EarlierSource(w) ?? OpeningSubject(w, groupStart)) is { } without)
            sources.Add(without);
        // So does an infinitive of purpose, when an earlier event of the sentence has a source: "miles de hispanos marcharon
        // por Los Ángeles y San José para protestar" (not the names in between).
        // An infinitive particle opening the verb group after a clause says the same ("met Assad on Tuesday to discuss").
        // (A relative clause with a subject of its own between them acts for the purpose: "se sont rassemblés devant le
        // Parlement, où la police a fait usage de gaz lacrymogène pour les disperser" — the police disperse, not the crowd.)
        // Such a clause right after a verb's object has that object as its subject (its own subject differs from the main
        // clause's, or an infinitive would say it): "intentó persuadir a Corea del Norte para que venda munición".
        // (Without one, nobody: not the main clause's subject.)
        else if (purposeClause is int pc && !purposeSubject)
        {
            if (ObjectBeforePurpose(w, pc) is { } persuaded) sources.Add(persuaded);
            else noSubject = true;
        }
        else if (!nominal && (PurposeOpens(w, groupStart)
                              || ParticleInfinitive(w, groupStart, m.First))
                 && MainClauseSource(w, groupStart) is { } main)
            sources.Add(RelativeSubjectBefore(w, groupStart, main) ?? main);
        // So does an adjunct of manner that opens with its preposition: "cortaron la carretera … en señal de protesta",
        // "hanno sfilato in segno di protesta", "ont jeûné en signe de protestation" — not the object before it.
        // (Not the complement of a verb, "se declararon en huelga", nor a modifier of a noun for people, "los médicos en huelga".)
        else if (sources.Count == 0 && p.Words > 1 && (w.Cues[m.First] & Cue.Prep) != 0 && (w.Cues[m.First] & Cue.Genitive) == 0
                 && !(PrevWord(w, m.First) is int pv and >= 0 && (w.Cues[pv] & (VerbForms | Cue.Participle | Cue.Gerund | Cue.Aux | Cue.Passive)) != 0)
                 && !PeopleRightBefore(w, m.First)
                 && (ClauseSubjectBefore(w, m.First) ?? EarlierSource(w)) is { } clause)
            sources.Add(clause);
        // "hanno condannato l'attacco", "exigieron la liberación": the noun is what the governing verb's event is about; that
        // verb's subject condemns or demands, it does not attack or release.
        // (What is demanded has not happened, "pidió la detención de Zúñiga", "called for the release of", nor what a ban forbids,
        // "hanno vietato ogni raduno".)
        bool demandedNoun = false;
        if (nominal && governed >= 0 && StanceGoverning(w, governed, m) is { } stance) { demandedNoun = stance is "DEMAND" or "SANCTION/ban"; governed = -1; }
        // "La medida provocó protestas", "l'annuncio ha suscitato proteste": the governing verb's subject caused the event, it
        // did not take part; the event still happened (it is no topic or anaphor).
        bool caused = nominal && governed >= 0 && GovernedByCause(w, governed, m.First);
        if (caused) governed = -1;
        // A closing verb of saying with its subject after it speaks for that subject: "…, saquearon un camión, acusó la policía".
        bool postposedSpeaker = false;
        if (sources.Count == 0 && !nominal && sentenceAttribution is { Postposed: true } closing && closing.SpeechToken == m.First
            && (IsPunct(w, groupStart - 1, ',') || IsQuoteMark(w, groupStart - 1)) && (w.Cues[groupStart] & Cue.Coord) == 0)
        {
            sources.Add(closing.Argument);
            postposedSpeaker = true;
        }
        // A verb of saying joined to the sentence's verb of saying goes on with its speaker: "Netanyahu said his cabinet had
        // approved the agreement, but warned that …", "Sánchez dijo que … y advirtió que …".
        // (Any verb, when no event verb before it has a subject: "Feijóo aseguró que el resultado demuestra … y pidió a Sánchez".)
        // (Denying, accusing, demanding and threatening are said too: "aseguró que … y negó que …".)
        if (sources.Count == 0 && !nominal && !passive && ((w.Cues[m.First] & Cue.Speech) != 0 || p.Type is "REJECT" or "DISAPPROVE" or "DEMAND" or "THREATEN" || w.VerbSources.Count == 0) && sentenceAttribution is { SpeechToken: >= 0, Postposed: false } spoken
            && spoken.SpeechToken < groupStart && spoken.SpeechToken != m.First
            && ((w.Cues[groupStart] & Cue.Coord) != 0 && groupStart < m.First ? groupStart : PrevWord(w, PromiseBefore(w, groupStart))) is int joint and >= 0 && (w.Cues[joint] & (Cue.Coord | Cue.Boundary)) != 0)
            sources.Add(spoken.Argument);
        // (… and one the attribution could not name, a pronoun: "He told reporters that the sites had been destroyed and warned
        // Tehran" — the speaker warns, not the complement's subject.)
        else if (sources.Count == 0 && !nominal && !passive && sentenceAttribution is null && ((w.Cues[m.First] & Cue.Speech) != 0 || p.Type is "REJECT" or "DISAPPROVE" or "DEMAND" or "THREATEN")
                 && PrevWord(w, PromiseBefore(w, groupStart)) is int and2 and >= 0 && (w.Cues[and2] & Cue.Coord) != 0
                 && SayingWithComplementBefore(w, and2) is int said && FindSubject(w, VerbGroupStart(w, said, nominal: false), null) is [var sayer, ..])
            sources.Add(sayer);
        // A verb coordinated with the previous one shares its subject: "Rusia condenó el ataque y suspendió el acuerdo"
        // (not the nouns in between; "… y Estados Unidos suspendió" has its own subject before the verb).
        // (Italian "e" folds like "è" and may open the verb group itself: "ha promesso che … e ha chiesto".)
        // (After a comma too, and past an adjunct with no actor in it: "Kim ha visitato le strutture militari russe, e ad un
        // certo punto ha brindato con Putin" — not the facilities.)
        if (sources.Count == 0 && !nominal && !passive && w.VerbSources.Count > 0
            && ((w.Cues[groupStart] & Cue.Coord) != 0 && groupStart < m.First ? groupStart : CoordinatorBefore(w, groupStart)) is int cw and >= 0)
            sources.AddRange(w.VerbSources);
        // The infinitive complement of a verb of saying has the speaker as subject: "Gli insorti hanno annunciato di aver
        // respinto un'offensiva", "afirmó haber atacado" (the attribution's subject is skipped by the subject search).
        // (… the patient of a passive one: "a déclaré à Jeune Afrique avoir été arrêté".)
        bool speakerPatient = false;
        if (sources.Count == 0 && !nominal && sentenceAttribution is { SpeechToken: >= 0, Postposed: false } sa
            && SpeechComplement(w, sa.SpeechToken, groupStart, m.First))
        {
            if (!passive) sources.Add(sa.Argument);
            else if (after.Target is null) { target = sa.Argument; speakerPatient = true; }
        }
        // A noun governed by a verb trigger shares that verb's subject: "Rusia … suspendió el acuerdo".
        if (sources.Count == 0 && nominal && governed >= 0 && w.VerbSourcesAt >= governed && w.VerbSourcesAt < m.First)
            sources.AddRange(w.VerbSources);
        if (sources.Count == 0 && w.AgreedAt == m.First) sources.AddRange(w.AgreedSources);
        // A bare participle right after a noun modifies it ("la hoja de ruta pactada en 2022", "l'accordo firmato ieri",
        // "les manifestants arrêtés"): nothing before the noun is its subject; a noun for people is its patient.
        // A participle in apposition to a name is said of it: "Amazon, accusé d'avoir enfreint les règles", "Navalny, arrestato
        // ieri" — the name is its patient, nobody named its agent.
        // A participle right after a count names the people it happened to: "Colombia recibió unos 14.000 deportados", "200
        // detenidos" — no subject acts.
        if (sources.Count == 0 && !nominal && target is null && (w.Cues[m.First] & (Cue.Participle | VerbForms)) == Cue.Participle
            && PrevWord(w, m.First) is int counted and >= 0 && w.Doc.Tokens[counted].Kind == TokenKind.Number)
        {
            int cs = counted;
            while (cs - 1 >= w.From && IsCountOrArticle(w, cs - 1) && !w.InTime[cs - 1]) cs--;
            int ps = w.Doc.Tokens[cs].Start, pe = w.Doc.Tokens[m.Last].End;
            target = new EventArgument(null, w.Doc.Text[ps..pe], ps, pe, null);
            governed = -1;
        }
        if (sources.Count == 0 && !nominal && !passive && target is null && ApposedParticipleOf(w, m, groupStart) is { } apposed)
        {
            target = apposed;
            governed = -1;
            // (Its agent is the source: "La police nationale, appuyée par des agents de la force multinationale, …".)
            if (after.Agent is { } by && !SameArgument(by, apposed)) sources.Add(by);
        }
        // (People who gather or march are its agents even when a subject before them was taken: "La polizia ha sparato contro
        // migliaia di manifestanti scesi in piazza".)
        bool agentive = p.Type is "CONSULT" or "MOBILIZE" or "PROTEST" or "RETREAT";
        int? modified = (sources.Count == 0 || agentive && !nominal) && governed >= 0 ? AdjectivalParticiple(w, m.First, passive) : null;
        if (modified is not null)
        {
            // The people it is said of: the patients of a violence or an arrest ("persone arrestate"), the actors of a
            // gathering or a withdrawal ("la folla riunita").
            if ((w.Cues[modified.Value] & Cue.Actor) != 0 && DescriptionAround(w, modified.Value, m.First, inPhrase: true) is { } people)
            {
                // (People stuck somewhere are in a state, nobody blocks: "leurs ressortissants bloqués sur l'île".)
                if (p.Mode == "block") return;
                if (EventOntology.PatientGenitive(p.Type!, p.Mode) || p.Type is "ASSAULT" or "COERCE" || p.Mode == "accuse") target = people; // "commanders accused of …", "migrants deported"
                else if (agentive) { sources.Clear(); sources.Add(people); }
            }
        }
        // A passive participle right after a noun modifies it too ("las ejecuciones denunciadas por testigos"): the sentence's
        // subject is not its patient; people it follows are ("fuerzas apoyadas por Irán").
        else if (sources.Count <= 1 && passive && governed >= 0 && ModifiesNounBefore(w, m.First))
        {
            int noun = PrevWord(w, m.First);
            if (noun > w.From && NationalityModifier(w, noun) && w.MentionAt[noun - 1] < 0) noun--; // "dos militares rusos apresados por Kiev"
            if (noun >= w.From && (w.Cues[noun] & Cue.Actor) != 0 && w.MentionAt[noun] < 0 && DescriptionAround(w, noun, m.First, inPhrase: true) is { } patients)
                target = patients;
        }
        else if (sources.Count == 0 && governed >= 0 && !speakerPatient && !noSubject)
        {
            var subject = FindSubject(w, groupStart, sentenceAttribution);
            if (subject.Count > 0)
            {
                // (Forces mobilized or deployed are who mobilizes: "Las fuerzas del orden han sido movilizadas"; a road blocked or classes
                // brought to a standstill are no actors: "las actividades escolares fueron paralizadas".)
                if (passive && after.Agent is null && !(p.Type == "MOBILIZE" && p.Mode is "military" or "demonstrate")) target = subject[0]; // "fueron reprimidos": the subject is the patient
                else sources.AddRange(subject);
            }
            // Purpose clauses, coordinated verbs and verbs after a relative clause share the sentence's opening subject:
            // "Los pilotos de Iberia realizan una huelga … para protestar", "El ex cantante, que …, protestó".
            // (Not across a conjunction that opens a clause with a subject of its own: "… have joined rallies since the collapse
            // of a canopy killed 15 people" — "cuando protestaban" has none, the opening subject's.)
            // (Nor for a noun that is the subject of a passive after it: "dicen que fue lanzada una bomba".)
            // (Nor a verb in the first person: "Le drapeau de la mairie a été brûlé, je salue le courage des élus".)
            // (Nor for a reflexive verb whose subject follows it: "…, en donde se concentraban los manifestantes".)
            else if (!passive && !(nominal && PostposedPassiveSubject(w, groupStart)) && !FirstPersonGroup(w, groupStart) && !PostposedReflexiveSubject(w, groupStart)
                     && !objectRelative
                     && OpeningSubject(w, groupStart, upToVerb: true) is { } opening
                     && !OwnClauseBetween(w, TokenAt(w.Doc.Tokens, opening.End - 1) + 1, groupStart)) sources.Add(opening);
        }
        // A passive with its agent after the verb still has its patient as subject: "I migranti sono stati soccorsi dalla Guardia
        // costiera" — the migrants are the target.
        else if (passive && after.Agent is not null && after.Target is null && governed >= 0 && sources.Count == 1 && ReferenceEquals(sources[0], after.Agent)
                 && FindSubject(w, groupStart, sentenceAttribution) is [var patient, ..] && !SameArgument(patient, after.Agent) && ActorPhrase(w, patient, -1)
                 && (patient.Id is not null || (w.Cues[TokenAt(w.Doc.Tokens, patient.Start)] & (VerbForms | Cue.Participle)) == 0))
            target = patient;
        // Who died is no killer: "Due soldati sono morti nell'attentato", "trois civils sont morts".
        if (!nominal && (w.Cues[m.First] & Cue.Die) != 0 && sources.Count > 0)
        {
            target = sources[0];
            sources.Clear();
        }
        // A person named right before a bare participle (no auxiliary, no simple past), at the start of a clause and with no object
        // after it, underwent it: "Mutassim ucciso durante la cattura", "Gadafi capturado en Sirte" (not "quello che la Merkel
        // rifiuta per l'Euro", "Kadhafi attaque encore les civils": verbs whose endings look like participles).
        else if (!nominal && m.First == m.Last && BareParticiple(w, m.First) && (w.Cues[m.First] & Cue.Past) == 0 && sources.Count == 1 && target is null
                 && PrevWord(w, m.First) is int patientEnd and >= 0 && w.MentionAt[patientEnd] >= 0 && w.Doc.Mentions[w.MentionAt[patientEnd]].Type == EntityType.Per
                 && sources[0].End == w.Doc.Tokens[patientEnd].End && NoObjectAfter(w, m.First) && StartsAfterPunctuation(w, TokenAt(tokens, sources[0].Start)))
        {
            target = sources[0];
            sources.Clear();
        }
        // An infinitive complement of an accusation or request: "acusado a Corea del Norte de suministrar" — the object acts.
        // What is asked of someone is theirs to do, and not done: "ha chiesto al governo di chiudere i centri", "pidió a la
        // Asamblea aprobar una ley", "called on the international community to hold Israel to account".
        bool demanded = demandedNoun;
        // "Any" event names none that happened, nor its actor: "pronte a respingere qualsiasi aggressione" (what is denied keeps
        // its denier: "a démenti toute intervention").
        // (… and so does a verb whose subject is a free relative: "quienes bloqueen vías serán procesados".)
        // (Not a relative after its antecedent: "Susan Rice, quien apoyó".)
        // (Nor a past: "disparó contra quienes se manifestaban" did happen.)
        bool anyEvent = (AnyBefore(w, m.First) ?? (!nominal && (w.Cues[m.First] & Cue.Past) == 0 && PrevWord(w, groupStart) is int fr and >= 0 && (w.Cues[fr] & Cue.Any) != 0 ? fr : null)) is int any
                        && !IsPunct(w, any - 1, ',') && TriggerAt(w, PrevWord(w, any)) is not { Pattern: { Type: "REJECT", Mode: "deny" } };
        if (anyEvent) demanded = true;
        // (The infinitive may follow its clitic inside the trigger: "à se mobiliser".)
        // (English marks it on the particle before: "called on Iran to release the ship".)
        if (!nominal && InfinitiveFrom(w, ParticleInfinitive(w, groupStart, m.First) ? groupStart : m.First, m.Last + 1) is int infinitive && infinitive <= m.First + 1)
        {
            // (A second infinitive coordinated with the asked one is asked too: "a appelé les autorités à revenir sur cette
            // décision et à libérer les personnes détenues".)
            if ((AskedOf(w, infinitive) ?? (CoordinatedInfinitiveBefore(w, infinitive) is int earlier ? AskedOf(w, earlier) : null)) is { } asked)
            { sources.Clear(); sources.Add(asked); demanded = true; }
            // Asked through a dative clitic ("lui a demandé de retirer ses troupes"): somebody acts, not the demander — the person
            // the sentence's verb before was done to ("s'est entretenu avec Paul Kagame et lui a demandé …").
            else if (AskedOfClitic(w, infinitive))
            {
                sources.Clear();
                if (w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Target is not null)?.Target is { } addressee) sources.Add(addressee);
                demanded = true;
            }
        }
        // … and a noun such an infinitive governs: "ha chiesto ai partner di accelerare la consegna delle munizioni".
        // (English marks it before the verb, and a second one may be coordinated: "called on the protesters to end the violence
        // and join talks".)
        if (nominal && governed >= 0 && (InfinitiveFrom(w, Math.Max(w.From, governed - 1), m.First) ?? CoordinatedInfinitiveBefore(w, governed)) is int inf
            && (AskedOf(w, inf) ?? (CoordinatedInfinitiveBefore(w, inf) is int earlierInf ? AskedOf(w, earlierInf) : null)) is { } askedNoun)
        { sources.Clear(); sources.Add(askedNoun); demanded = true; }
        // What the object is accused of is the accuser's claim, whatever party both belong to (Vox accusing Sánchez).
        bool controlled = false;
        // (English names it with a gerund: "accused the rebels of attacking".)
        // (Not the accusation itself: "ha preso di mira Tabatabai, accusandolo di aver guidato …" — the army accuses.)
        if ((!nominal || (w.Cues[m.First] & Cue.Gerund) != 0) && p.Mode != "accuse" && ControllerBefore(w, m.First) is { } controller) { sources.Clear(); if (!ReferenceEquals(controller, Unnamed)) sources.Add(controller); controlled = true; }
        // … and of the infinitive that governs a noun: "acusó a Machado de promover un golpe de Estado" (or opens the phrase that
        // does: "acusa a Al Asad de llevar a cabo un ataque").
        else if (nominal && governed >= 0 && GoverningInfinitive(w, governed) is int governingInf and >= 0 && ControllerBefore(w, governingInf) is { } nounController)
        { sources.Clear(); if (!ReferenceEquals(nounController, Unnamed)) sources.Add(nounController); controlled = true; }
        // … and of a noun right after the accused: 'accused Thailand of "reckless and brutal military aggression"'.
        // (Not one a breaking verb governs: "accusando Hamas di aver violato l'accordo" — Hamas broke it, it did not agree.)
        else if ((w.Cues[m.First] & VerbForms) == 0 && p.Mode != "accuse" && !BrokenBy(w, m.First)
                 && ControllerBefore(w, ModifiedNounStart(w, m.First), accusationOnly: true) is { } accused)
        { sources.Clear(); sources.Add(accused); controlled = true; }
        // Whom something prompts to act acts: "remarks that prompted Beijing to summon Japan's ambassador and warn its citizens".
        else if (!nominal && CausedToAct(w, CoordinatedInfinitiveBefore(w, m.First) is int firstInf ? VerbGroupStart(w, firstInf, nominal: false) : groupStart) is { } prompted)
        { sources.Clear(); sources.Add(prompted); controlled = true; }
        // Spanish and Italian put the subject after an intransitive verb that opens its clause: "protestó en París William
        // Burdon", "se enfrentaron en Córdoba manifestantes de Patria Libre con …".
        // So does a headline that opens with its event phrase: "EN HUELGA LOS MINEROS RUSOS", "In sciopero i lavoratori dei
        // trasporti" — whom it is done to, when the event has a patient ("In manette Mario Rossi": the arrested man).
        bool headline = (w.Cues[m.First] & Cue.Prep) != 0 && m.First == w.From && p.Words > 1;
        // A participle coordinated after another verb's auxiliary ("ont défié le couvre-feu et incendié le Parlement") has that
        // verb's subject, the clause's: no subject after it.
        // (Not a passive's: "è stato arrestato … e condannato", "fue arrastrado y golpeado por tres hombres".)
        bool sharedAuxiliary = false;
        if (!nominal && !passive && sources.Count == 0 && (w.Cues[m.First] & Cue.Participle) != 0 && PrevWord(w, m.First) is int andAt and >= 0
            && (w.Cues[andAt] & Cue.Coord) != 0 && w.Doc.Tokens[andAt].Kind == TokenKind.Word && AuxBefore(w, w.From, andAt))
        {
            int firstVerb = VerbBefore(w, andAt);
            sharedAuxiliary = firstVerb >= w.From && !HasPassiveAux(w, firstVerb);
            if (sharedAuxiliary && FindSubject(w, VerbGroupStart(w, firstVerb, nominal: false), null) is [var clauseSubject, ..]) sources.Add(clauseSubject);
        }
        if (sources.Count == 0 && !nominal && !passive && governed >= 0 && ((w.Cues[m.First] & Cue.Prep) == 0 || headline) && !w.Lex.SubjectFirst
            && !sharedAuxiliary && !NounSubjectBefore(w, groupStart) && !EventNounSubject(w, groupStart) && !PronounSubjectBefore(w, groupStart)
            && !(groupStart < m.First && BareInfinitive(w, m.First)) // ("non voglia sostenere né Gheddafi": an object)
            // (Nor does an infinitive after a preposition: "n'hésitent pas à attaquer les forces de l'ordre", "para atacar a"; "al
            // llegar los soldados" may have one.)
            && !InfinitiveAfterPreposition(w, m.First)
            // (Where subject pronouns are written, a subject follows its verb only after what inverts it — a relative, "comme", a
            // punctuation mark: "Comme l'ont dénoncé plusieurs médias"; not "dont une partie frappe la population".)
            && (w.Lex.NullSubject || InversionBefore(w, groupStart))
            // (After a quotation and its comma, or a relative standing for the clause before, the name after the verb is who said or
            // did it, no object: '"Están retrasando el triunfo de la revolución", denuncia Rana Jarhum', "…, ce que dément Ankara".)
            && PostposedSubject(w, m.Last + 1, QuotationBefore(w, groupStart) || objectRelative ? null : after.Target) is { } postposed)
        {
            if (headline && EventOntology.PatientGenitive(p.Type!, p.Mode)) target ??= postposed;
            // (A bare participle that opens its sentence is a passive headline, what follows it underwent the act: "Attaccata una
            // pattuglia dell'esercito", "Colpito un battaglione fedele a Gheddafi", '"Colpiti civili da raid aerei"'.)
            else if (groupStart == m.First && (m.First == w.From || m.First == w.From + 1 && IsQuoteMark(w, w.From)) && BareParticiple(w, m.First)) target ??= postposed;
            else if ((w.Cues[m.First] & Cue.Die) != 0) { target = postposed; after = after with { Target = null }; } // "sono morti il capo … Bagheri": who died
            else
            {
                sources.Add(postposed);
                if (after.Target is { } said && said.Start == postposed.Start) after = after with { Target = null };
            }
        }
        // Where "a" marks a person or a country as the object (Spanish), a name between the verb and "a" + another name is the
        // verb's subject, put after it: "¿Atacará Estados Unidos a Siria?", "Ayer atacó Israel a las milicias de Hezbolá".
        if (sources.Count == 0 && !nominal && !passive && governed >= 0 && w.Lex.NullSubject && !w.Lex.DativePlaceIsWhere
            && after.Target is { Id: not null } postName && !IsPlainPlace(w, postName) && MarkedObjectAfter(w, m.Last, postName) is { } marked)
        {
            sources.Add(postName);
            after = after with { Target = marked };
        }
        // A verb that opens its sentence with no subject anywhere continues the previous sentence's actor: "Los huelguistas
        // reclaman el cierre del penal. También piden mejores condiciones."
        // (The main clause's actor, not one of what it reported: "Hollande ha culpado a Damasco de la matanza. Pidió a Moscú …".)
        // (Only where the language leaves subject pronouns out: an English or French sentence opening on a verb has a noun there.)
        // (Not a bare participle, which opens a passive headline: "Detenidos un musulmán y un copto".)
        if (sources.Count == 0 && !passive && !noSubject && governed >= 0 && w.Lex.NullSubject && OpensSentence(w, groupStart) && (group & Cue.Negation) == 0
            && !(groupStart == m.First && BareParticiple(w, m.First))
            && (w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex - 1 && e.Source is not null && e.AttributedTo is null)
                ?? w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex - 1 && e.Source is not null)) is { } previous)
            sources.Add(previous.Source!);
        // … or, when that sentence had no event, its named speaker: "La presidenta Claudia Sheinbaum dijo que … El próximo lunes
        // viajará a Brasil."
        // Speakers go on to meet, demand, promise or threaten, seldom to fight: not for force or crowds.
        else if (sources.Count == 0 && !passive && !nominal && governed >= 0 && OpensSentence(w, groupStart) && (group & Cue.Negation) == 0
                 && p.Type is not ("ASSAULT" or "COERCE" or "MOBILIZE" or "PROTEST")
                 && (VerbFormIn(w, m.First, m.Last) || AuxBefore(w, groupStart, m.First)) // a verb, not a heading's noun ("Vertice …")
                 && w.Speaker is { } speaker && !w.Doc.Events.Exists(e => e.Sentence == w.SentenceIndex - 1))
            sources.Add(speaker);
        if (postposedSpeaker && after.Target is { } spoken2 && SameArgument(spoken2, sources[0])) after = after with { Target = null };
        // A verb trigger that ends on a title is about that office holder's state: "convoqué l'ambassadeur d'Iran à Wellington",
        // "convocato l'ambasciatore israeliano" — the country, not the place after it.
        var titleState = !nominal && (w.Cues[m.Last] & Cue.Title) != 0 ? StateOfTitle(w, m.Last) : null;
        // A name the trigger ends inside is its patient: "el reconocimiento del Estado de Palestina" (the pattern ends on "Estado").
        if (after.Target is null && patientGenitive && w.MentionAt[m.Last] is var inside and >= 0 && m.Last + 1 < w.To && w.MentionAt[m.Last + 1] == inside)
        {
            int mf = NameStart(w, m.Last), ml = NameEnd(w, m.Last);
            if (Argument(w, inside, mf, ml) is { } named) after = after with { Target = named };
        }
        // … and one the trigger ends on after its own "with" or "against": "enfrentamientos con Occidente", "scontro con l'Occidente".
        if (after.Target is null && NameAfterOwnPreposition(w, m) is { } ended) after = after with { Target = ended };
        if (titleState is not null) { target = titleState; if (after.Target is { } placeTarget && IsPlainPlace(w, placeTarget)) after = after with { Location = after.Location ?? placeTarget }; }
        // Whom an accusation is made against may be a relative pronoun before it: "le Rwanda, qu'il accuse de vouloir piller" —
        // whatever the charge after "de" names: "Al Asad, a quien Occidente acusa de haber llevado a cabo un ataque contra civiles".
        if (!nominal && p.Mode == "accuse" && target is null && (after.Target is null || ChargeHolds(w, m.Last, after.Target))
            && RelativeObjectBefore(w, m.First) is { } accusedBefore && !sources.Exists(x => SameArgument(x, accusedBefore)))
        {
            target = accusedBefore;
            after = after with { Target = null };
        }
        // People right after a verb whose subject came before it are its object: "un grupo armado atacara el miércoles una
        // patrulla de la Fuerza de Defensa de Guyana" (with no subject before, they may be its subject: "atacaron los rebeldes").
        // (A host's guest too: "ha ricevuto il ministro degli Esteri russo Sergei Lavrov", "received ministers from the
        // government" — whoever they come from.)
        if (target is null && after.Object is { } directObject && !nominal && !passive
            && (after.Target is null && p.Type is "ASSAULT" or "COERCE" or "THREATEN" or "DISAPPROVE" or "SUPPORT"
                || p.Mode == "host" && (after.Target is null || FromBefore(w, after.Target)) && !CrowdIn(w, directObject)
                   && tokens[TokenAt(tokens, directObject.Start)].Kind != TokenKind.Number) // (not a capacity: "può ospitare 400 persone")
            && (sources.Count > 0 && sources.TrueForAll(x => x.End <= tokens[m.First].Start)
                // (So are they after a subject pronoun, or where subjects never follow their verb, or follow it only after what
                // inverts it, whoever did it: "Ils ont attaqué les manifestants", "They attacked the protesters", "[dont une partie]
                // frappe la population".)
                || sources.Count == 0 && (w.Lex.SubjectFirst || PronounSubjectBefore(w, groupStart) || InfinitiveAfterPreposition(w, m.First)
                                          || !w.Lex.NullSubject && !InversionBefore(w, groupStart)))) target = directObject;
        // A verb trigger that ends on the thing hit: its owner in the genitive after it is the target ("a abattu un drone des
        // forces armées maliennes").
        // (Not one shot down by it: "se faire abattre par les avions et drones de l'Otan".)
        if (target is null && after.Target is null && !nominal && p.Type == "ASSAULT" && p.Words > 1 && (w.Cues[m.Last] & (VerbForms | Cue.Participle)) == 0
            && !CueAmong(w, m.First + 1, m.Last, Cue.Agent) && AfterGenitive(w, m.Last + 1) is int owner and > 0 && owner < w.To)
            target = w.MentionAt[owner] >= 0 ? Argument(w, w.MentionAt[owner], owner, NameEnd(w, owner))
                   : (w.Cues[owner] & Cue.Actor) != 0 ? DescriptionAround(w, owner, Math.Min(w.To, owner + 6), inPhrase: true) : null;
        // The weapon hit names its side: "shot down five Indian jets", "ha abbattuto un drone russo".
        // (Where it was hit stays where: "derribó 40 drones rusos sobre Kiev".)
        // People of a nationality named inside the trigger are whom it is done to: "handed over three Israeli hostages to the Red
        // Cross" (not the body they are handed to).
        if (target is null && !nominal && p.Type == "CONCEDE" && m.Last > m.First)
            for (int t = m.First + 1; t < m.Last && target is null; t++)
                if (NationalityModifier(w, t) && (w.Cues[t + 1] & Cue.Actor) != 0 && w.MentionAt[t + 1] < 0 && Argument(w, w.MentionAt[t], t, t) is { } released) target = released;
        EventArgument? hitOver = null;
        // (Not a weapon fired: "lanci di razzi iraniani contro Gerusalemme" — that side fires them.)
        if (target is null && (after.Target is null || IsPlainPlace(w, after.Target)) && !nominal && p.Type == "ASSAULT" && p.Mode == "attack" && WeaponOwnerAfter(w, m.Last + 1) is { } side)
        { hitOver = after.Target; target = side; }
        target ??= after.Target ?? (nominal && after.Genitive is { } g2 && !sources.Contains(g2) && (patientGenitive || g2.Id is not null && !IsPersonLike(w, g2)) ? g2 : null);
        // An event noun that a verb of imputing lays on someone is theirs, by its subject's word: "atribuyó el ataque al régimen",
        // "attribuait un attentat similaire à Al-Qaida", "ha attribuito l'attentato ad Al Qaeda".
        if (nominal && governed >= 0 && target is { } imputed && MarkAmong(w, governed, m.First, Mark.Impute)
            && (MarkerBefore(w, TokenAt(tokens, imputed.Start)) & Cue.TargetPrep) != 0)
        { sources.Clear(); sources.Add(imputed); target = null; controlled = true; }
        if (nominal && target is null && governed >= 0 && p.Type is "AID" or "SUPPORT" or "COOPERATE" or "CONCEDE") target = RecipientBetween(w, governed, m.First);
        location = after.Location ?? hitOver ?? seatOf;
        // A place after "a"/"à" that was no target is where: "Due soldati sono stati feriti a Gaza" (the soldiers are whom).
        if (location is null && after.Target is { } placeAfter && target is not null && !SameArgument(placeAfter, target) && IsPlainPlace(w, placeAfter)
            && (MarkerBefore(w, TokenAt(tokens, placeAfter.Start)) & Cue.Locative) != 0) location = placeAfter;
        // A visit named in a purpose phrase after its clause is the clause's subject's, to the place that clause went to:
        // "Putin è arrivato a Pyongyang per una visita di due giorni", "llegó a Pyongyang para una visita".
        if (nominal && p.Mode == "visit" && sources.Count == 0 && target is null && location is null && PurposeBefore(w, m.First) is int purpose
            && OpeningSubject(w, purpose, upToVerb: true) is { } visitor)
        {
            sources.Add(visitor);
            location = PlaceBetween(w, TokenAt(tokens, visitor.End - 1) + 1, purpose);
        }
        // "Antony Blinken, en visite en Israël, a averti …", "Mattarella, in visita a Tokyo, ha incontrato …": the name before
        // the apposition is the visitor.
        if (nominal && p.Mode == "visit" && sources.Count == 0 && AppositiveVisitor(w, m.First) is { } visitorName) sources.Add(visitorName);
        // "M. Annan, qui a réclamé … à l'issue de sa visite à Damas": a visit with a possessive and no visitor named is the
        // visit of the sentence's subject — and so is a meeting or an interview ("Tras su reunión con el 'rais', Ali Akbar
        // Velayati … celebró", "Lors de sa rencontre avec Laurent Fabius, le chef de la diplomatie russe a …").
        // (Not a stance: "criticar su apoyo al presidente sirio", "para que reevalúen su apoyo" are another's.)
        // (Past an ordinal: "lors de sa première réunion".)
        if (nominal && p.Type == "CONSULT"
            && sources.Count == 0 && PrevWord(w, m.First) is int possessive and >= 0
            && ((w.Cues[possessive] & Cue.Own) != 0 || (w.Cues[possessive] & Cue.Det) != 0 && PrevWord(w, possessive) is int ownBefore and >= 0 && (w.Cues[ownBefore] & Cue.Own) != 0)
            && MainSubject(w) is { Id: not null } possessorSubject && !SameArgument(possessorSubject, target)) sources.Add(possessorSubject);
        // Talks "with" someone in an adjunct of time are the sentence's subject's: "Lavrov, tras dos días de conversaciones con
        // Kerry, anunció", "dopo l'incontro con il presidente rumeno Traian Basescu, … Herman Van Rompuy ha".
        if (nominal && p.Type == "CONSULT" && sources.Count == 0 && (target ?? after.Target) is { } partner
            && TokenAt(tokens, partner.Start) is int partnerAt && partnerAt > m.Last && partnerAt - m.Last < 6
            && AnyBetween(w, m.Last, partnerAt, static (w, k) => (w.Cues[k] & Cue.Comitative) != 0) && TemporalBefore(w, m.First)
            && FiniteVerbAfter(w, partnerAt) is int clauseVerb and >= 0 && FindSubject(w, VerbGroupStart(w, clauseVerb, nominal: false), null) is [{ Id: not null } talker, ..]
            && !SameArgument(talker, partner)) sources.Add(talker);
        // One's own arrest, killing or release that one denies is done to one: "Saif se presentó … para desmentir su arresto",
        // "Kadhafi a démenti sa mort" — as a denier of a deed is its doer ("negano il commercio di armi").
        if (nominal && patientGenitive && target is null && sources.Count == 1 && governed >= 0 && PrevWord(w, m.First) is int ownWord and >= 0 && (w.Cues[ownWord] & Cue.Own) != 0
            && TriggerAt(w, governed, first: true) is { Pattern: { Type: "REJECT", Mode: "deny" } })
        {
            target = sources[0];
            sources.Clear();
        }
        // A visit's destination is its target: "visita in Corea del Nord", "viaje a Rusia".
        if (target is null && p.Mode == "visit" && location is not null) target = location;
        // The subject of "recibir", "subire", "suffered" undergoes the noun's event: "algunos testigos recibieron amenazas de
        // muerte", "Ukraine received military aid" — its target, not its source.
        // (Foiling an attack too, whose genitive then names its author: "ha sventato un attacco dei ribelli".)
        if (nominal && governed >= 0 && sources.Count > 0 && (CueAmong(w, governed, m.First, Cue.Undergo) || p.Type == "AID" && MarkAmong(w, governed, m.First, Mark.Obtain)))
        {
            // (… or its agent: "avoir déjoué une tentative de coup d'État menée par un groupe de militaires".)
            if (after.Genitive is { } author && SameArgument(sources[0], author) || after.Agent is { } by && sources[0].Start == by.Start)
            {
                if (FindSubject(w, groupStart, sentenceAttribution) is [var undergoer, ..]) target = undergoer;
            }
            else
            {
                target ??= sources[0];
                sources.Clear();
            }
        }
        // Visiting a place is consulting its country: "visita a Pyongyang" → target North Korea, location Pyongyang.
        // (What is said to a capital is said to its state, not there: "ha chiesto a Roma di dichiarare …".)
        if (target is not null && IsPlainPlace(w, target) && target.Country is { } tc)
        {
            if (p.Type is not ("DEMAND" or "DISAPPROVE" or "REJECT" or "THREATEN" or "AGREE" or "SUPPORT" or "CONCEDE")) location ??= target;
            target = CountryArgument(w, tc, target);
        }
        // A noun without participants is a topic or an anaphor ("la cooperazione militare", "el encuentro"); a verb without
        // them still says something happened ("se manifestaron en Milán") and is kept, with low confidence.
        // Descriptions that name no actor are no sources: one that opens with an adverb, a connective or an auxiliary
        // ("Tuttavia", "Intanto", "stati letti"), and a noun's own modifiers right before it ("Gli sporadici lanci di razzi").
        // ("No obstante, campesinos del pueblo …": the connective and its comma are left out.)
        // Nature strikes too, but attacks nobody: "il terremoto … che ha colpito la regione", "the storm hit the coast" — whoever a
        // search further back found ("contenere l'ondata di estorsioni che da mesi colpisce i trasportatori").
        if (p.Type == "ASSAULT" && !nominal && (sources.Exists(x => NaturalForce(w, x)) || NaturalAntecedent(w, groupStart) || NaturalAgentAfter(w, m.Last))) return;
        for (int si = 0; si < sources.Count; si++) sources[si] = BodyBeforePeople(w, AfterConnective(w, sources[si]));
        // An event is no actor: "Las manifestaciones, organizadas por los piqueteros, reclaman", "La toma se inició": the
        // event noun's own source acts (when it has one), else nobody named.
        for (int si = sources.Count - 1; si >= 0; si--)
            if (EventNounHead(w, sources[si]) is int head && !(head == m.First && sources[si].End <= tokens[m.First].Start)) // (not the noun's own demonym)
            {
                int at = w.Doc.Tokens[head].Start;
                if (head != m.First && w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Start == at && e.Source is not null) is { Source: var own }
                    && own!.End <= tokens[m.First].Start) sources[si] = own;
                else sources.RemoveAt(si);
            }
        if (anyEvent) sources.RemoveAll(x => x.Start < tokens[Math.Min(ModifiedNounStart(w, m.First), groupStart)].Start); // (its own adjective stays: "cualquier ataque estadounidense")
        sources.RemoveAll(s => !ActorPhrase(w, s, nominal ? m.First : -1) || PointsBackOnly(w, s));
        // "viaje a este país", "rafforzamento dei legami con un Paese": a noun that only points back names no party.
        if (target is not null && PointsBackOnly(w, target)) target = null;
        // What one does something for, of one's own, is no other party: "adquirir equipo militar para su participación en el
        // conflicto", "acquistare armi per la sua guerra" (its people are: "ayuda para sus aliados").
        if (target is not null && OwnThing(w, target) && PrevWord(w, TokenAt(tokens, target.Start)) is int forWord and >= 0 && (w.Cues[forWord] & Cue.Purpose) != 0) target = null;
        // Hosting nobody is no meeting: "l'hotspot, che può ospitare 400 persone".
        // (Hosting a meeting is one, guests unnamed: "l'Egitto ospiterà al Cairo una conferenza internazionale".)
        if (p.Mode == "host" && target is null && after.Between is null && !HostedMeetingAfter(w, m.Last)) return;
        // … and so is receiving something from someone: "received new weapons from the United States", "ha ricevuto armi dalla
        // Russia" (a guest is received as the object: "ha ricevuto il ministro Lavrov").
        if (p.Mode == "host" && target is not null && (FromBefore(w, target) || !GuestRightAfter(w, m.Last + 1, target))) return;
        // (A counted noun tells events of its own, no topic or anaphor: "Dos marchas … convergieron frente a la Embajada".)
        bool countedNoun = nominal && CountOpensClause(w, m.Last);
        bool bare = sources.Count == 0 && target is null && nominal && !caused && !countedNoun;
        if (bare && modified is null) AddAnaphor(w, m, p, nominal); // "la hoja de ruta pactada en 2022" names another agreement

        // Claim.
        var attribution = sentenceAttribution;
        // "a annoncé la fin de l'accord, quelques heures après la visite du ministre": the event named after a temporal
        // preposition is the reporter's background, not part of what the speaker said.
        if (nominal && TemporalBefore(w, m.First)) attribution = null;
        // What the accused did is told by the accuser even where no verb of saying names them ("en accusant Israël de les avoir
        // tués"): the accusation's source, the sentence's latest event with one.
        if (controlled && attribution is null && (EarlierSource(w) ?? OpeningSubject(w, m.First, upToVerb: true)) is { } accuser) attribution = new Attribution(accuser, -1, -1, -1, false);
        // A hedge in the event's own clause ("a condamné … et promis que les responsables seraient traduits": not the condemnation).
        bool hedge = false;
        for (int t = w.From; t < w.To && !hedge; t++)
            if ((w.Cues[t] & Cue.Hedge) != 0)
                hedge = !ClauseBetween(w, Math.Min(tokens[t].End, tokens[m.First].Start), Math.Max(tokens[t].Start, tokens[m.First].Start), relatives: true);
        // The speech act itself ("ont averti"; not the verb that governs a noun: "ha denunciato l'invio di razzi").
        if (attribution is { } a && (a.SpeechToken == m.First || !nominal && a.SpeechToken >= groupStart && a.SpeechToken <= m.Last)) attribution = null;
        if (attribution is { } a2 && a2.SpeechToken >= 0 && a2.SpeechToken > m.First && !a2.Postposed) attribution = null;
        // A clause of its own after the speech ("El Gobierno de Perú anunció el envío de tropas, mientras que Colombia ofreció su
        // colaboración") is the reporter's, not the speaker's.
        // (A closing reporting clause too: "…, local activists said, as the U.N. warned that famine was spreading".)
        if (attribution is { SpeechToken: >= 0 } a3 && a3.SpeechToken < m.First && BoundaryBetween(w, a3.SpeechToken, m.First))
        {
            attribution = null;
            // (Its own verb of saying speaks for it: "…, while India's foreign secretary Vikram Misri said the chiefs had spoken".)
            for (int s = groupStart - 1; s > a3.SpeechToken && (w.Cues[s] & Cue.Boundary) == 0; s--)
                if ((w.Cues[s] & Cue.Speech) != 0 && (w.Cues[s] & (Cue.Verb | Cue.Past | Cue.Participle)) != 0 && w.MentionAt[s] < 0
                    && FindSubject(w, VerbGroupStart(w, s, nominal: false), null) is [var speaker, ..])
                {
                    attribution = new Attribution(speaker, -1, -1, s, false);
                    break;
                }
        }
        // A "según"/"secondo" inside a relative clause after the event speaks for that clause: "marcharon en la huelga …, que
        // según los sindicatos paralizó el transporte" — the march is no claim of the unions.
        // (… or further on in it: "est arrivé à Mayotte, après le passage du cyclone qui a fait 35 morts selon un bilan".)
        if (attribution is { SpeechToken: < 0, First: >= 0 } a4 && a4.First > m.Last + 1 && (RelativeRightBefore(w, a4.First, m.Last) || RelativeClauseHolds(w, m.Last, a4.First)))
            attribution = null;
        // … and inside a relative clause between commas before it: "El grupo, que mantiene a 30 personas según la Fiscalía, no
        // se comprometió" — the group's refusal is not the prosecutors' claim.
        if (attribution is { SpeechToken: < 0, First: >= 0 } a5 && a5.First < m.First && InAside(w, a5.First, m.First)) attribution = null;
        // … and one closing a coordinated clause after the event speaks for that clause: "Khamenei warned that …, and hours later
        // Iran launched 100 drones, according to the Israeli military".
        // (Not a verb coordinated with the event's, which shares its subject: "reprimió a jubilados … y detuvo a 15 personas, según".)
        // (… or one right after the conjunction that opens that clause: "Le elezioni sono state boicottate dalle opposizioni e
        // secondo gli analisti non serviranno a fermare la guerra" — the boycott is no claim of the analysts.)
        if (attribution is { SpeechToken: < 0, First: >= 0 } closingReport && closingReport.First > m.Last
            && (AnyBetween(w, m.Last, closingReport.First, static (w, t) => (w.Cues[t] & Cue.Coord) != 0 && IsPunct(w, t - 1, ',') && !CoordinatedVerbGroup(w, t)
                                                                           && OwnSubjectAt(w, t + 1, Math.Min(w.To, t + 8)))
                || PrevWord(w, closingReport.First) is int clauseAnd && clauseAnd > m.Last && (w.Cues[clauseAnd] & Cue.Coord) != 0 && w.Doc.Tokens[clauseAnd].Kind == TokenKind.Word))
            attribution = null;
        // … and an event inside an aside is not the claim of a source named after it: "The war, triggered by Hamas' attack on
        // Israel, has killed 67,000 Palestinians, according to Gaza health authorities".
        // (The main clause goes on after the aside: not "…, que empezó a disparar, según Al Jazeera".)
        if (attribution is { First: >= 0 } a9 && a9.First > m.Last && AsideClosing(w, m.First, a9.First) is int close && VerbIn(w, close + 1, a9.First - 1)) attribution = null;
        // … and so does an accusation in a participle's aside: "L'Azerbaïdjan, accusé par Paris d'ingérence, a démenti" — the
        // denial is no claim of Paris (a reporting participle is: "Un funzionario, citato dal Wall Street Journal, ha confermato").
        if (attribution is { SpeechToken: >= 0 } a7 && a7.SpeechToken < m.First && TriggerAt(w, a7.SpeechToken) is not null && InAside(w, a7.SpeechToken, m.First))
            attribution = null;
        // An accusation's words are its object and what it is accused of ("accused Cambodian troops of firing rockets"); a clause
        // with a subject of its own past a comma after it is the reporter's: "…, a charge Phnom Penh denied".
        if (attribution is { SpeechToken: >= 0 } a6 && !nominal && a6.SpeechToken < m.First && sources.Count > 0 && !sources.Exists(x => SameArgument(x, a6.Argument))
            && TriggerAt(w, a6.SpeechToken, first: true)?.Pattern.Type == "DISAPPROVE" && CommaAmong(w, a6.SpeechToken, TokenAt(tokens, sources[0].Start))
            && !CueAmong(w, a6.SpeechToken + 1, TokenAt(tokens, sources[0].Start), Cue.Relative)) // (not "denunció que …, el régimen atacó")
            attribution = null;
        // A claim summed up as a noun after a comma is the reporter's comment on it: "aseguró que Arce le había pedido …, una
        // acusación que el Gobierno rechazó" — the rejection is no claim of the speaker.
        if (attribution is { SpeechToken: >= 0 } a8 && a8.SpeechToken < m.First && (SummaryBetween(w, a8.SpeechToken, m.First) || a8.SpeechToken < groupStart && objectRelative))
            attribution = null; // (… or a relative standing for the claim, with a subject of its own after the verb: "…, lo que niega Ankara")
        // A clause with a subject of its own coordinated after what the speaker said is the reporter's: "Islamabad ha denunciato
        // «un atto di guerra» e il primo ministro Shehbaz Sharif ha promesso" (not inside a complement or a quote: "said that
        // Russia attacked and Ukraine responded").
        if (attribution is { SpeechToken: >= 0, Postposed: false } a10 && a10.SpeechToken < groupStart
            && !AnyBetween(w, a10.SpeechToken, groupStart, static (w, t) => (w.Cues[t] & Cue.Relative) != 0 || IsPunct(w, t, ':'))
            && AnyBetween(w, a10.SpeechToken, groupStart, static (w, t) => CoordinatedClauseWithSubject(w, t))) attribution = null;
        bool negated = Negated(w, groupStart, m.First, out var negatedGroup);
        // What is refused is not done: "Beijing has refused to condemn Russia's invasion", "se negó a condenar".
        if (!negated && !nominal && RefusedBefore(w, m.First)) negated = true;
        if (!negated && !nominal && WithoutBefore(w, groupStart, m.First)) negated = true; // "sans signer l'accord", "without signing"
        // A subject that opens with a negative word did nothing: "Ningún país ha condenado el ataque", "Nessuno ha protestato", "No
        // country has condemned", "Ni Rusia ni China han condenado" — the act is negated; a description after the word is nobody,
        // as is a subject found before it ("Rapporti …: «Nessuno ha ucciso di più del governo siriano»").
        if (!nominal && NegativeSubjectStart(w, groupStart) is int nobody and >= 0)
        {
            negated = true;
            sources.RemoveAll(x => TokenAt(tokens, x.Start) < nobody || x.Id is null && TokenAt(tokens, x.Start) <= nobody + 2);
        }
        // Saying one will not give what cooperation gives is refusing it (CAMEO 12, PLOVER REJECT): "would not provide support",
        // "no apoyará la huelga", "non incontrerà il presidente" — a refusal made now, not a cooperation that did not happen
        // ("did not visit" stays a negated visit).
        string type = p.Type!;
        string? mode = p.Mode;
        // Missiles fired into the sea hit nobody: a show of force (PLOVER MOBILIZE, military), the sea its place — "North Korea
        // fired ballistic missiles toward the sea off its east coast" (the sea as target), "ha lanciato un missile nel Mar del
        // Giappone" (as where, by a trigger that names the weapon).
        if (type == "ASSAULT" && mode is "bomb" or "attack"
            && (target is not null && SeaIn(w, target) || target is null && location is not null && SeaIn(w, location) && CueAmong(w, m.First, m.Last + 1, Cue.Instrument)))
        {
            type = "MOBILIZE"; mode = "military";
            location ??= target;
            target = null;
        }
        // (Not in a condition: "finché la donna non sarà rilasciata" refuses nothing; nor an announcement that was not made: "no
        // había anunciado la liberación".)
        if (negated && !question && (negatedGroup & (Cue.Future | Cue.Conditional | Cue.Plan | Cue.Volition)) != 0 && !IfClause(w, m.First)
            && !(nominal && (negatedGroup & (Cue.Future | Cue.Conditional | Cue.Volition)) == 0 && NegatedPastPlan(w, groupStart, m.First))
            && type is "SUPPORT" or "AID" or "COOPERATE" or "AGREE" or "CONCEDE" or "CONSULT")
        { type = "REJECT"; mode = null; negated = false; group &= ~(Cue.Future | Cue.Conditional | Cue.Plan | Cue.Volition); }
        // Wanting to use force is threatening it (CAMEO 138); wanting to give aid, support or cooperation is offering it (CAMEO 03,
        // PLOVER AGREE): "Obama wants to attack", "quiere ayudar a", "vuole aiutare" — the act itself has not happened.
        // (So is promising to use it: "vowed to fight until the last rebel is defeated", "promete combatir".)
        else if (!nominal && !negated && ((group & Cue.Volition) != 0 && groupStart < m.First || type == "ASSAULT" && Promised(w, groupStart)))
        {
            bool offer = type is "AID" or "SUPPORT" or "COOPERATE";
            if (type is "ASSAULT") { type = "THREATEN"; mode = "military"; }
            else if (offer) { type = "AGREE"; mode = null; }
            if (type is "THREATEN" or "AGREE") group &= ~(Cue.Plan | Cue.Volition); // the threat or offer is made now
        }
        // A crowd that gathers demonstrates, it does not meet anyone: "unos 100.000 manifestantes se reunieron en el centro",
        // "la derecha espera reunir 200.000 personas" (a meeting has its other party: "se reunió con las autoridades").
        else if (type == "CONSULT" && mode == "meet" && !nominal && (after.Target is null || CrowdIn(w, after.Target) && CrowdAfter(w, m.Last + 1))
                 && (sources.Count > 0 && CrowdIn(w, sources[0]) && !PartnerAfter(w, m.Last + 1) || CrowdAfter(w, m.Last + 1)))
        {
            type = "MOBILIZE"; mode = "demonstrate";
            // (The crowd gathered is who demonstrates: "una manifestación que reunió a unas 20.000 personas".)
            if (target is not null && CrowdIn(w, target)) { sources.Clear(); sources.Add(target); target = null; }
        }
        // Announcing that one will give aid, support or a concession is promising it (CAMEO 03, PLOVER AGREE): "Israel announced
        // it would free 150 prisoners", "el gobierno anunció que liberará a los presos" — the promise is the event.
        else if (!negated && !question && type is "AID" or "SUPPORT" or "COOPERATE" or "CONCEDE" && (group & (Cue.Future | Cue.Conditional)) != 0
                 && sentenceAttribution is { SpeechToken: >= 0, Postposed: false } said && said.SpeechToken < groupStart
                 && sources.Count > 0 && SameParty(said.Argument, sources[0]))
        { type = "AGREE"; mode = null; group &= ~(Cue.Future | Cue.Conditional | Cue.Plan); }
        // What a threat, a demand or a refusal is about has not happened: "amenazó con lanzar misiles", "chiedono di liberare",
        // "si è rifiutata di negoziare".
        // So is a bare infinitive that opens its clause, a verb's subject or a headline's: "Bombardare la Libia porterà solo
        // migranti", "Bossi: bombardare la Libia …" — an action talked about, not one that happened.
        // (So is a verb in the "que" clause of a demand: "exigió al Ejecutivo que retire el proyecto", "chiedono che il governo
        // ritiri", "demanded that Israel withdraw".)
        // (An English infinitive is marked on its particle: "threatened to cut aid".)
        bool toInfinitive = (w.Cues[m.First] & Cue.Infinitive) != 0 || ParticleInfinitive(w, groupStart, m.First);
        bool intended = demanded || !nominal && DemandedClause(w, groupStart) || !nominal && toInfinitive
                        && (IntentBefore(w, groupStart) || groupStart == m.First && OpensClause(w, m.First))
                        // (… and a noun such an infinitive governs: "threatened to impose sanctions".)
                        || nominal && governed >= 0 && governed < m.First && IntentBefore(w, governed);
        // A purpose clause after the sentence's event says what that event was for: "marcharon … para impedir la votación",
        // "sono scesi in piazza per sostenere", "ont manifesté pour soutenir" — intended, and background to the main event.
        // Protesting is the exception: marching to protest is protesting ("marcharon para protestar").
        bool purposeOf = !nominal && (w.Cues[m.First] & Cue.Infinitive) != 0 && type is not "PROTEST" and not "DEMAND"
                         && PurposeOpens(w, groupStart)
                         && (w.Doc.Events.Exists(e => e.Sentence == w.SentenceIndex && e.Start < tokens[groupStart].Start) || w.Bare.Exists(e => e.Start < tokens[groupStart].Start));
        intended |= purposeOf;
        // (Not what an accusation says its object did: "ha accusato Israele di aver commesso un massacro e ha chiesto" — the
        // accuser asks.)
        // (Not the verb of a restrictive relative clause: "la Policía reprimió a jubilados que protestaban … y detuvo a 15
        // personas" — the police detained; one after a comma goes on: "a los ecuatorianos, quienes protestaron … y exigieron".)
        // (Nor what is asked of others: "a appelé ses partisans à descendre dans la rue et accusé le pouvoir" — he accused.)
        if (!nominal && !passive && !controlled && !demanded && sources.Count > 0 && !(RelativeOpening(w, groupStart) is int restrictive && !IsPunct(w, restrictive - 1, ',')))
        { w.VerbSources.Clear(); w.VerbSources.AddRange(sources); w.VerbSourcesAt = m.First; }
        // Told in the past ("denunció", "ha denunciato", "attacked"): not dated after the report ("fue proclamado para el
        // período 2025-2031, mientras la oposición denunció un fraude").
        bool past = !nominal && (group & (Cue.Future | Cue.Plan | Cue.Conditional | Cue.Modal | Cue.Volition | Cue.Conditional_If)) == 0
                    && ((w.Cues[m.First] & (Cue.Past | Cue.Noun)) == Cue.Past || (w.Cues[m.First] & Cue.Participle) != 0 && AuxBefore(w, groupStart, m.First));
        var date = EventDateFor(w, m, past, nominal);
        var quantity = QuantityFor(w, m) ?? (nominal && governed >= 0 ? QuantityBetween(w, governed, m.First) : null);

        // A decision, a proposal or an attempt does nothing; its owner does: "La decisione di Mosca", "la decisión rusa" (none
        // named: no source).
        for (int i = sources.Count - 1; i >= 0; i--)
            if (sources[i].Id is null && DecisionPhrase(w, sources[i], out var decider))
            {
                if (decider is null) sources.RemoveAt(i);
                else sources[i] = decider;
            }
        SplitCoordinatedGenitive(w, sources);
        if (target is not null) target = BodyBeforePeople(w, target);
        // Who mediates a truce is no party to it: "Turkey and Qatar, which mediated the October truce", "la tregua mediata dal Qatar".
        if (p.Type == "AGREE" && MediatedBefore(w, m.First)) sources.Clear();
        // What is to be avoided has not happened, and who avoids it does not do it: "acordaron crear un mecanismo para evitar
        // enfrentamientos", "to prevent clashes".
        // (Not the avoiding verb itself: "impedire una piena vittoria" is its own event.)
        int avoider = CueAmong(w, groupStart, m.First, Cue.Avoid) ? groupStart : AvoidingVerbBefore(w, m.First);
        bool averted = avoider >= 0;
        if (averted) sources.RemoveAll(x => x.End <= tokens[avoider].Start);
        // The dead and wounded are no attackers: "«Muchos muertos, incluyendo mujeres y niños, en inconsciente ataque»", "1 500 000 morts".
        if (type == "ASSAULT") sources.RemoveAll(x => x.Id is null && x.End > x.Start && (w.Marks[TokenAt(tokens, x.End - 1)] & Mark.Casualty) != 0);
        // Two parties coordinated as the subject of a mutual act are each other's other party: "Pakistan and Afghanistan agreed to
        // a ceasefire", "Stati Uniti e Ucraina si sono incontrati", "los manifestantes y la policía se enfrentaron".
        // (Of one country too: "le gouvernement congolais et le M23 ont signé un accord".)
        // (Any act the sentence says they did to each other: "Israel y Hamás se acusan mutuamente", "intercambiaron acusaciones".)
        // (Not one each does towards others: "Brasil y México ofrecieron su mediación", "ont promis d'envoyer".)
        bool unilateral = MarkAmong(w, m.First, m.Last + 1, Mark.Unilateral);
        bool mutual = target is null && sources.Count == 2 && !SameArgument(sources[0], sources[1])
                      && (type is "AGREE" or "COOPERATE" && !unilateral || type == "CONSULT" && mode is not "visit" and not "host" && !unilateral
                          || type == "ASSAULT" && mode == "clash"
                          || MutualIn(w));
        foreach (var src in sources.Count == 0 ? [null] : sources.ConvertAll(static s => (EventArgument?)s))
        {
            if (mutual) target = ReferenceEquals(src, sources[0]) ? sources[1] : sources[0];
            var modality = Modality.Asserted;
            // (A speaker among coordinated subjects speaks for all of them: "Le Mali, le Burkina Faso et le Niger ont annoncé".)
            // (So does one for "su Gobierno", "its forces": a phrase that opens with a possessive is the speaker's own.)
            bool thirdParty = attribution is { } at && (controlled || !SameParty(at.Argument, src) && !sources.Exists(x => SameParty(at.Argument, x))
                                                        && !(src is { Id: null } && (w.Cues[TokenAt(tokens, src.Start)] & Cue.Own) != 0));
            if (question) modality = Modality.Question;
            // What a speaker asks of others has not happened, whoever tells it: "a appelé les Occidentaux à imposer des sanctions".
            else if (demanded || averted) modality = Modality.Hypothetical;
            else if (thirdParty) modality = Modality.Reported;
            // The past conditional of news reports ("sarebbero stati uccisi", "habría enviado", "aurait livré") says "reportedly";
            // a present conditional or a modal ("podría realizar") says "possibly".
            else if (PastConditional(w, groupStart, m.First) && !intended) modality = Modality.Reported;
            // A simple conditional told by a past verb of saying is its future: "Trump said he would meet Putin", "dijo que se
            // reuniría".
            else if ((group & (Cue.Conditional | Cue.Modal | Cue.Conditional_If | Cue.Volition | Cue.Negation)) == Cue.Conditional && !IfClause(w, m.First) && !intended
                     && attribution is { SpeechToken: >= 0, Postposed: false } told && told.SpeechToken < groupStart
                     && (w.Cues[told.SpeechToken] & (Cue.Past | Cue.Participle)) != 0) modality = Modality.Planned;
            else if ((group & (Cue.Conditional | Cue.Modal | Cue.Conditional_If)) != 0 || IfClause(w, m.First) || intended) modality = Modality.Hypothetical;
            else if ((group & (Cue.Future | Cue.Plan)) != 0 || (date is { FromDocumentDate: false } && IsAfterDocument(doc, date))) modality = Modality.Planned;
            else if (hedge) modality = Modality.Reported;

            var count = ParticipantCount(w, type, mode, src, target) ?? quantity;
            double confidence = bare ? 0.2 : (src is null && target is null ? 0.3 : 0.5) + (src?.Id is not null ? 0.2 : src is not null ? 0.05 : 0) + (target is not null ? 0.15 : 0) + (p.Words > 1 ? 0.1 : 0);
            var ev = new Event
            {
                Id = "e" + (doc.Events.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = type,
                Mode = mode,
                Cameo = EventOntology.Cameo(type, mode),
                Source = src,
                Target = SelfTarget(src, target) ? null : target,
                Location = location,
                Date = date,
                Quantity = count?.Value,
                QuantityUnit = count?.Unit,
                Modality = modality,
                AttributedTo = attribution?.Argument,
                Negated = negated,
                Sentence = w.SentenceIndex,
                Start = tokens[m.First].Start,
                End = tokens[m.Last].End,
                Confidence = Math.Min(0.95, confidence),
                Rule = p.Source,
            };
            if (bare) { w.Bare.Add(ev); continue; }
            doc.Events.Add(ev);
            if (nominal && InPrepositionalPhrase(w, m.First) || purposeOf) w.InPhrase.Add(ev);
            if (purposeOf) w.Purposes.Add(ev);
            if (caused || countedNoun) w.Told.Add(ev);
        }
    }

    /// <summary>A noun phrase naming people ends right before <paramref name="t"/>: "los médicos en huelga", "50 empleados de
    /// la cultura en huelga" (its head within five words, across genitives and adjectives).</summary>
    private static bool PeopleRightBefore(Work w, int t)
    {
        for (int p = PrevWord(w, t), steps = 0; p >= 0 && steps < 5; p = PrevWord(w, p), steps++)
        {
            if ((w.Cues[p] & Cue.Actor) != 0 || w.MentionAt[p] >= 0 && w.Doc.Mentions[w.MentionAt[p]].Type is EntityType.Per or EntityType.Org) return true;
            if ((w.Cues[p] & (Cue.Det | Cue.Genitive)) != 0 || IsLowerContentWord(w, p) && (w.Cues[p] & VerbForms) == 0) continue;
            return false;
        }
        return false;
    }

    /// <summary>Another event's trigger within six words (times and articles not counted) after the trigger <paramref name="m"/>,
    /// in its clause: its object ("agreed to lift the sanctions", "acordaron iniciar un paro"); its first token, or null.</summary>
    private static int? AgreedEventAfter(Work w, LexiconMatch m)
    {
        // (Times and articles are not counted: "agreed on Monday to an immediate and unconditional ceasefire".)
        for (int t = m.Last + 1, words = 0; t < w.To && words < 6; t++)
        {
            if (IsQuoteMark(w, t)) continue; // 'vowed to "fight until the last rebel is defeated"'
            if (!w.InTime[t] && (w.Cues[t] & Cue.Det) == 0) words++;
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (Cue.Relative | Cue.Boundary)) != 0 || w.MentionAt[t] >= 0) return null;
            // What is agreed "on" ("se sont accordées sur un échange") is a topic, not the agreement's act.
            if (w.InTime[t] || t + 1 < w.To && w.InTime[t + 1] && (w.Cues[t] & Cue.Prep) != 0) continue; // "agreed on Thursday to open"
            if ((w.Cues[t] & (Cue.Prep | Cue.Infinitive | Cue.Genitive)) == Cue.Prep && (w.Cues[t] & Cue.Det) == 0) return null;
            foreach (var x in w.Matches)
                if (x.First == t && x.Pattern.Type is { } type && (type != "AGREE" || x.Pattern.Mode is not null) && (w.Cues[t] & Cue.Exclude) == 0) return t; // "agreed to a ceasefire"
            // Another verb is what is agreed, with its object: "acordaron celebrar una cumbre" (an event), "ha promesso di aprire
            // un'inchiesta sulle sue accuse" (none the lexicon knows: the accusations are no part of the promise).
            if ((w.Cues[t] & Cue.Infinitive) != 0 && IsLowerContentWord(w, t))
            {
                int o = t + 1;
                while (o < w.To && (w.Cues[o] & Cue.Det) != 0 && (w.Cues[o] & Cue.Prep) == 0) o++;
                return o < w.To && TriggerAt(w, o, first: true) is { Pattern.Type: { } ot } om && (ot != "AGREE" || om.Pattern.Mode is not null) ? o : null;
            }
        }
        return null;
    }

    /// <summary>A demonym mention right after the noun trigger (past at most one lower-case adjective: "el ataque aéreo
    /// estadounidense") or right before it ("the American strikes"), as an argument; else null.</summary>
    private static EventArgument? DemonymBeside(Work w, LexiconMatch m, out int last)
    {
        last = -1;
        int after = m.Last + 1;
        if (after < w.To && w.MentionAt[after] < 0 && IsLowerContentWord(w, after) && (w.Cues[after] & (VerbForms | Cue.Gerund)) == 0) after++;
        foreach (int t in (ReadOnlySpan<int>)[after, m.First - 1])
        {
            if (t < w.From || t >= w.To || w.MentionAt[t] is not (var mi and >= 0)) continue;
            // (A name that leads the noun, before it, acts in it too: "the Hamas-led attack".)
            string rule = w.Doc.Mentions[mi].Rule;
            if (rule != "demonym" && !(rule == "compound-lead" && t < m.First)) continue;
            var mention = w.Doc.Mentions[mi];
            if (!w.Entities.TryGetValue(mention.EntityId, out var entity)) continue;
            // After a trigger that ends on a preposition ("talks with"), or before a title and a name ("Chinese Foreign Minister
            // Wang Yi"), the adjective is the other party's.
            if (t > m.Last && (w.Cues[m.Last] & (Cue.Prep | Cue.TargetPrep)) != 0) continue;
            // (After a gerund it modifies the gerund's object: "by attacking Pakistani border posts".)
            if (t > m.Last && (w.Cues[m.First] & Cue.Gerund) != 0) continue;
            if (NameAfterTitles(w, t + 1, 3, out int titles) is var named and >= 0 && titles > 0 && w.Doc.Mentions[named].Type is EntityType.Per or EntityType.Org) continue;
            last = NameEnd(w, t);
            return new EventArgument(entity.Id, entity.Name, mention.Start, mention.End, entity.Country);
        }
        return null;
    }

    /// <summary>The sentence's trigger over token <paramref name="t"/> (only one that starts there, or ends there), or null.</summary>
    private static LexiconMatch? TriggerAt(Work w, int t, bool first = false, bool last = false)
    {
        foreach (var k in w.Taken)
            if (first ? k.First == t : last ? k.Last == t : k.First <= t && t <= k.Last) return k;
        return null;
    }

    /// <summary>Among tokens [from, to) a verb of saying that announces nothing and is no trigger ("said", "ha detto").</summary>
    private static bool SaysOnly(Work w, int from, int to)
    {
        for (int t = from; t < to; t++)
            if ((w.Cues[t] & Cue.Speech) != 0 && (w.Cues[t] & Cue.Plan) == 0 && TriggerAt(w, t) is null) return true;
        return false;
    }

    /// <summary>A name and a possessive "'s" before the noun at <paramref name="noun"/>, with up to two words between ("Russia's
    /// full-scale invasion"), not a plain place; or null.</summary>
    private static EventArgument? PossessorBefore(Work w, int noun)
    {
        int p = noun - 1;
        // (Past a date too: "Hamas' Oct. 7, 2023 attack".)
        while (p >= w.From && w.InTime[p] && p > noun - 8) p--;
        if (p > w.From && IsPunct(w, p, ',') && w.InTime[p - 1]) { p--; while (p >= w.From && w.InTime[p] && p > noun - 8) p--; }
        for (int words = 0; words < 2 && p >= w.From && w.MentionAt[p] < 0 && IsContent(w, p) && !IsPossessive(w, p); words++) p--;
        if (p - 1 < w.From || !IsPossessive(w, p) || w.MentionAt[p - 1] is not (var mi and >= 0)) return null;
        int first = NameStart(w, p - 1);
        return Argument(w, mi, first, p - 1) is { } owner && !IsPlainPlace(w, owner) ? owner : null;
    }

    /// <summary>The name a trigger of several words ends on, after a target preposition of its own (and an article): "enfrentamientos
    /// con Occidente", "scontro con l'Occidente"; else null.</summary>
    private static EventArgument? NameAfterOwnPreposition(Work w, LexiconMatch m)
    {
        if (m.Last == m.First || w.MentionAt[m.Last] is not (var mi and >= 0)) return null;
        int start = NameStart(w, m.Last), prep = PrevWord(w, start);
        if (prep >= m.First && (w.Cues[prep] & Cue.Det) != 0) prep = PrevWord(w, prep);
        return start > m.First && prep >= m.First && (w.Cues[prep] & Cue.TargetPrep) != 0 ? Argument(w, mi, start, NameEnd(w, m.Last)) : null;
    }

    /// <summary>Nouns whose infinitive is their owner's act: decisions, proposals, attempts.</summary>
    private const Mark OwnedNoun = Mark.Resolve | Mark.Propose | Mark.Attempt;

    /// <summary>For an infinitive at <paramref name="trigger"/> joined by its particle ("to", "de", "di") to a noun of decision,
    /// proposal or attempt (<see cref="OwnedNoun"/>) after an article: the noun's owner, named in a genitive after it ("la
    /// decisión del Gobierno de"), possessive before it ("the government's decision to"), as a nationality adjective after it
    /// ("les tentatives américaines d'imposer") or first of coordinated owners; else null.
    /// <paramref name="proposed"/>: the noun proposes, the act is still to come.</summary>
    private static EventArgument? OwnerOfNounBeforeInfinitive(Work w, int groupStart, int trigger, out bool proposed)
    {
        proposed = false;
        bool particleFirst = ParticleInfinitive(w, groupStart, trigger); // English "to" before the verb
        if ((w.Cues[trigger] & Cue.Infinitive) == 0 && !particleFirst) return null;
        int particle = particleFirst ? groupStart : PrevWord(w, trigger);
        if (particle < w.From) return null;
        // (A purpose particle only after a genitive owner: "las medidas de Estados Unidos para fortalecer".)
        bool purpose = (w.Cues[particle] & (Cue.Purpose | Cue.Genitive | Cue.Infinitive)) == Cue.Purpose;
        if (!purpose && ((w.Cues[particle] & Cue.Prep) == 0 || (w.Cues[particle] & (Cue.Genitive | Cue.Infinitive)) == 0)) return null;
        int q = PrevWord(w, particle);
        if (q < w.From) return null;
        // "the government's decision to": a lower-case noun after an owner and "'s".
        if (!purpose && w.MentionAt[q] < 0 && (w.Marks[q] & OwnedNoun) != 0 && q - 2 >= w.From && IsPossessive(w, q - 1))
        {
            proposed = (w.Marks[q] & Mark.Propose) != 0;
            int o = q - 2;
            if (w.MentionAt[o] >= 0) return Argument(w, w.MentionAt[o], NameStart(w, o), o);
            return (w.Cues[o] & Cue.Actor) != 0 ? DescriptionAround(w, o, o + 1, inPhrase: true) : null;
        }
        // "les tentatives américaines d'imposer", "i tentativi americani di imporre": a nationality adjective right after the noun.
        if (!purpose && w.MentionAt[q] >= 0 && w.Doc.Mentions[w.MentionAt[q]].Rule == "demonym" && PrevWord(w, NameStart(w, q)) is int own and >= 0
            && w.MentionAt[own] < 0 && (w.Marks[own] & OwnedNoun) != 0)
        {
            proposed = (w.Marks[own] & Mark.Propose) != 0;
            return EntityOf(w, w.MentionAt[q]); // the country, not the phrase the adjective qualifies
        }
        // "la decisión del Gobierno de", "la propuesta de Trump de": an owner after a genitive after a noun after an article.
        int ownerStart = w.MentionAt[q] >= 0 ? NameStart(w, q) : (w.Cues[q] & Cue.Actor) != 0 ? q : -1;
        while (ownerStart > w.From && (w.Cues[ownerStart - 1] & (Cue.Det | Cue.Genitive)) == Cue.Det) ownerStart--; // "of the government"
        if (ownerStart < 0 || PrevWord(w, ownerStart) is not (int g and >= 0) || (w.Cues[g] & Cue.Genitive) == 0
            || PrevWord(w, g) is not (int noun and >= 0) || (w.Marks[noun] & OwnedNoun) == 0 || w.MentionAt[noun] >= 0
            || PrevWord(w, noun) is not (int det and >= 0) || (w.Cues[det] & Cue.Det) == 0)
            return purpose ? null : CoordinatedOwnerBefore(w, particle, out proposed);
        proposed = (w.Marks[noun] & Mark.Propose) != 0;
        return w.MentionAt[q] >= 0 ? Argument(w, w.MentionAt[q], NameStart(w, q), q) : DescriptionAround(w, q, particle, inPhrase: true);
    }

    /// <summary>The first of coordinated owners between such a noun and the infinitive's particle: "los intentos de Estados Unidos y
    /// sus aliados de imponer" — Estados Unidos (names, articles, genitives, conjunctions and nouns for people only).</summary>
    private static EventArgument? CoordinatedOwnerBefore(Work w, int particle, out bool proposed)
    {
        proposed = false;
        if (MarkedNounBefore(w, particle, OwnedNoun) is not int t) return null;
        int g = t + 1, o = g + 1;
        while (o < particle && (w.Cues[o] & (Cue.Det | Cue.Genitive)) == Cue.Det) o++;
        if ((w.Cues[g] & Cue.Genitive) == 0 || o >= particle || w.MentionAt[o] < 0) return null;
        int last = o;
        while (last + 1 < particle && w.MentionAt[last + 1] == w.MentionAt[o]) last++;
        if (last + 1 >= particle || (w.Cues[last + 1] & Cue.Coord) == 0) return null; // (one owner: the rule above)
        proposed = (w.Marks[t] & Mark.Propose) != 0;
        return Argument(w, w.MentionAt[o], o, last);
    }

    /// <summary>The nearest word with <paramref name="mark"/> before an infinitive's particle, past its owners (names, articles,
    /// genitives, conjunctions, nouns — at most eight words, no verb), else null.</summary>
    private static int? MarkedNounBefore(Work w, int particle, Mark mark)
    {
        for (int t = PrevWord(w, particle), n = 0; t >= w.From && n < 8; t = PrevWord(w, t), n++)
        {
            if (w.MentionAt[t] < 0 && (w.Marks[t] & mark) != 0) return t;
            if (w.MentionAt[t] < 0 && VerbNotNoun(w, t)) return null;
        }
        return null;
    }

    /// <summary>An attempt noun governs the infinitive at <paramref name="infinitive"/> through its particle, past its owners
    /// ("los intentos de Estados Unidos y sus aliados de imponer", "the US bid to impose"): what it names was tried, not done.</summary>
    private static bool AttemptGoverns(Work w, int infinitive)
    {
        // (An infinitive after its particle, or English "to" opening the verb group.)
        const Cue ToParticle = Cue.Infinitive | Cue.Prep;
        int particle = (w.Cues[infinitive] & ToParticle) == ToParticle ? infinitive : PrevWord(w, infinitive);
        // (Or a purpose particle: "les tentatives des Nations unies pour imposer".)
        if (particle < 0 || (w.Cues[infinitive] & Cue.Infinitive) == 0
            || (w.Cues[particle] & Cue.Purpose) == 0 && ((w.Cues[particle] & Cue.Prep) == 0 || (w.Cues[particle] & (Cue.Genitive | Cue.Infinitive)) == 0)) return false;
        return MarkedNounBefore(w, particle, Mark.Attempt) is not null;
    }

    /// <summary>Whether a described argument is headed (past its articles) by a noun of decision, proposal or attempt
    /// (<see cref="OwnedNoun"/>); <paramref name="owner"/>: the state or name after it in a nationality adjective or a genitive
    /// ("la decisión rusa", "La decisione di Mosca", "La decisión del régimen de Mubarak"), else null.</summary>
    private static bool DecisionPhrase(Work w, EventArgument arg, out EventArgument? owner)
    {
        owner = null;
        int head = TokenAt(w.Doc.Tokens, arg.Start), end = TokenAt(w.Doc.Tokens, arg.End - 1);
        while (head < end && (w.Cues[head] & Cue.Det) != 0 && w.MentionAt[head] < 0) head++;
        if (w.MentionAt[head] >= 0 || (w.Marks[head] & OwnedNoun) == 0) return false;
        int k = head + 1;
        if (k < w.To && w.MentionAt[k] >= 0 && w.Doc.Mentions[w.MentionAt[k]].Rule == "demonym")
        {
            owner = EntityOf(w, w.MentionAt[k]);
            return true;
        }
        if (k >= w.To || (w.Cues[k] & Cue.Genitive) == 0) return true;
        for (k++; k < w.To && w.MentionAt[k] < 0 && (w.Cues[k] & Cue.Det) != 0; k++) { }
        // (A body's noun before its name: "del régimen de Mubarak", "del Ejecutivo egipcio".)
        if (k <= end && w.MentionAt[k] < 0 && (w.Cues[k] & Cue.Actor) != 0) owner = DescribedArgument(w, k, end);
        else if (k < w.To && w.MentionAt[k] >= 0) owner = Argument(w, w.MentionAt[k], k, NameEnd(w, k));
        return true;
    }

    /// <summary>Mention <paramref name="mi"/>'s catalogue entity as an argument over the mention itself (for a demonym, its
    /// country — <see cref="Argument"/> would take the phrase it qualifies), else null.</summary>
    private static EventArgument? EntityOf(Work w, int mi) =>
        w.Doc.Mentions[mi] is var mention && w.Entities.TryGetValue(mention.EntityId, out var e) ? new EventArgument(e.Id, e.Name, mention.Start, mention.End, e.Country) : null;

    /// <summary>A word with a verb's form that is no noun after an article ("sus aliados", "los detenidos").</summary>
    private static bool VerbNotNoun(Work w, int t) =>
        (w.Cues[t] & AnyVerbForm) != 0 && (w.Cues[t] & (Cue.Actor | Cue.Noun)) == 0 && !(PrevWord(w, t) is int det and >= 0 && (w.Cues[det] & Cue.Det) != 0);

    /// <summary>"'s", or an apostrophe right after a name ending in s ("Hamas'").</summary>
    private static bool IsPossessive(Work w, int t)
    {
        var text = w.Doc.TokenText(w.Doc.Tokens[t]);
        if (text is "'s" or "’s") return true;
        return text is "'" or "’" && t > w.From && w.Doc.Tokens[t - 1].End == w.Doc.Tokens[t].Start && w.Doc.TokenText(w.Doc.Tokens[t - 1]) is [.., 's' or 'S']
               && (t + 1 >= w.To || w.Doc.Tokens[t + 1].Start > w.Doc.Tokens[t].End); // (not an opening quote: "'Hamas")
    }

    /// <summary>The verb group at <paramref name="groupStart"/> is an infinitive (or a perfect infinitive: "di aver respinto",
    /// "haber atacado") right after the verb of saying at <paramref name="speech"/>, joined by at most two prepositions or
    /// auxiliaries.</summary>
    private static bool SpeechComplement(Work w, int speech, int groupStart, int trigger)
    {
        int end = speech;
        while (end + 1 < w.To && (w.Cues[end + 1] & Cue.Speech) != 0) end++;
        // (Past the addressee: "a déclaré à l'hebdomadaire Jeune Afrique avoir été arrêté", "dijo a la prensa haber".)
        if (end + 1 < groupStart && (w.Cues[end + 1] & (Cue.TargetPrep | Cue.Genitive | Cue.Infinitive)) == Cue.TargetPrep && groupStart - end - 1 <= 7
            && (w.Cues[groupStart] & Cue.Infinitive) != 0 && (w.Cues[groupStart] & Cue.Prep) == 0)
        {
            for (int t = end + 2; t < groupStart; t++)
                if (w.Doc.Tokens[t].Kind != TokenKind.Word || (w.Cues[t] & (VerbForms | Cue.Participle | Cue.Past | Cue.Relative | Cue.Boundary)) != 0) return false;
            return true;
        }
        if (end >= groupStart || groupStart - end - 1 > 2) return false;
        for (int t = end + 1; t < groupStart; t++)
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || (w.Cues[t] & (Cue.Prep | Cue.Genitive | Cue.Purpose | Cue.Aux)) == 0) return false;
        return (w.Cues[groupStart] & Cue.Infinitive) != 0 || (w.Cues[trigger] & Cue.Infinitive) != 0;
    }

    /// <summary>A conditional auxiliary in the verb group before a past participle trigger, and no modal:
    /// "avrebbe inviato", "sarebbero stati uccisi", "habría atacado".</summary>
    private static bool PastConditional(Work w, int groupStart, int trigger)
    {
        if ((w.Cues[trigger] & Cue.Participle) == 0) return false;
        bool conditionalAux = false;
        for (int t = groupStart; t < trigger; t++)
        {
            if ((w.Cues[t] & Cue.Modal) != 0 || (w.Cues[t] & Cue.Conditional_If) != 0) return false;
            if ((w.Cues[t] & (Cue.Conditional | Cue.Aux)) == (Cue.Conditional | Cue.Aux)) conditionalAux = true;
        }
        return conditionalAux;
    }

    /// <summary>The argument's words name a crowd or count people: a number, "miles", "manifestantes", "crowd".</summary>
    private static bool CrowdIn(Work w, EventArgument a)
    {
        for (int t = TokenAt(w.Doc.Tokens, a.Start); t < w.To && w.Doc.Tokens[t].Start < a.End; t++)
            if ((w.Cues[t] & Cue.Crowd) != 0 || w.Doc.Tokens[t].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>A party to meet follows in the clause: a target preposition and a noun for people or a person's or group's name
    /// ("se reunió con las autoridades", "met with the minister").</summary>
    private static bool PartnerAfter(Work w, int t)
    {
        for (int end = Math.Min(w.To, t + TargetWindow); t < end; t++)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (Cue.Relative | Cue.Boundary)) != 0) return false;
            if ((w.Cues[t] & Cue.TargetPrep) == 0 || (w.Cues[t] & Cue.Locative) != 0 && (w.Cues[t] & Cue.Det) != 0) continue;
            int n = SkipDets(w, t + 1);
            if (n < w.To && ((w.Cues[n] & Cue.Actor) != 0 && (w.Cues[n] & Cue.Crowd) == 0
                             || w.MentionAt[n] >= 0 && w.Doc.Mentions[w.MentionAt[n]].Type is EntityType.Per or EntityType.Org)) return true;
        }
        return false;
    }

    /// <summary>A counted crowd is the object right after the verb ("reunió a unas 40.000 personas", "reunir 200.000 personas").</summary>
    private static bool CrowdAfter(Work w, int t)
    {
        for (int end = Math.Min(w.To, t + 4); t < end; t++)
        {
            if ((w.Cues[t] & Cue.Crowd) != 0) return true;
            if (!(w.Doc.Tokens[t].Kind == TokenKind.Number || (w.Cues[t] & (Cue.Det | Cue.TargetPrep)) != 0 || w.InTime[t] || IsAdverb(w, t) || w.Doc.Tokens[t].Kind == TokenKind.Word && w.Stop.Contains(w.Doc.TokenText(w.Doc.Tokens[t])))) return false;
        }
        return false;
    }

    /// <summary>Only adverbs, auxiliaries and times stand before <paramref name="groupStart"/> in the sentence ("También piden",
    /// "Ayer marcharon").</summary>
    private static bool OpensSentence(Work w, int groupStart)
    {
        for (int t = w.From; t < groupStart; t++)
            if (!(w.InTime[t] || IsPunct(w, t, ',') || w.Doc.Tokens[t].Kind == TokenKind.Word && w.MentionAt[t] < 0
                  && (IsAdverb(w, t) || (w.Cues[t] & (Cue.Aux | Cue.Det | Cue.Negation)) == Cue.Aux))) return false;
        return true;
    }

    /// <summary>The token starts the sentence (after any dateline) or follows a colon.</summary>
    private static bool OpensClause(Work w, int t) => t == w.From || AfterColon(w, t);

    /// <summary>A word of the phrase <paramref name="from"/>…<paramref name="to"/> names a weapon or means: "con armi pesanti"
    /// says how, not against whom.</summary>
    private static bool InstrumentIn(Work w, int from, int to) => CueAmong(w, from, to + 1, Cue.Instrument);

    /// <summary>A weapon or a vehicle among tokens [<paramref name="from"/>, <paramref name="to"/>]: "con armi nordcoreane",
    /// "in una limousine russa".</summary>
    private static bool MeansIn(Work w, int from, int to) => InstrumentIn(w, from, to) || MarkAmong(w, from, to + 1, Mark.Vehicle);

    /// <summary>A threat, demand or refusal trigger ends right before the verb group, or one preposition before it ("amenazó
    /// con", "minacciato di", "threatened to", "exigió", "si è rifiutata di").</summary>
    private static bool IntentBefore(Work w, int groupStart)
    {
        int p = PrevWord(w, groupStart);
        if (p >= 0 && (w.Cues[p] & (Cue.Prep | Cue.Genitive | Cue.Purpose)) != 0) p = PrevWord(w, p);
        // … past a time or an adverb in between: "si è rifiutata per anni di negoziare".
        for (int skip = 0; skip < 3 && p >= 0 && (w.InTime[p] || IsAdverb(w, p) || (w.Cues[p] & Cue.Measure) != 0); skip++)
        {
            p = PrevWord(w, p);
            if (p >= 0 && (w.Cues[p] & Cue.Prep) != 0) p = PrevWord(w, p); // "per anni"
        }
        if (p < 0) return false;
        foreach (var x in w.Matches)
            if ((x.Pattern.Type is "THREATEN" or "DEMAND" || x.Pattern.Type == "REJECT" && x.Pattern.Mode != "deny") && x.Last == p) return true;
        return false;
    }

    /// <summary>Where a promise, threat or demand verb that governs the infinitive group at <paramref name="groupStart"/> starts
    /// ("… and vowed to defend", "y prometió defender"), else <paramref name="groupStart"/>.</summary>
    private static int PromiseBefore(Work w, int groupStart)
    {
        int p = PrevWordAcrossQuote(w, groupStart);
        if (p >= 0 && (w.Cues[p] & (Cue.Prep | Cue.Genitive)) != 0 && (w.Cues[p] & Cue.Det) == 0) p = PrevWordAcrossQuote(w, p); // "to", "di", "de"
        if (p < 0) return groupStart;
        if (TriggerAt(w, p, last: true) is { Pattern.Type: "AGREE" or "THREATEN" or "DEMAND" } promise) return promise.First;
        return groupStart;
    }

    /// <summary>A labelling phrase ("calificó de", "qualifié … de", "described … as", a cue of the lexicons) ends at most four
    /// words before the noun at <paramref name="trigger"/>, with only articles, "de/of", nouns and quotation marks between.</summary>
    private static bool LabelledBefore(Work w, int trigger)
    {
        foreach (var x in w.Matches)
        {
            if (x.Pattern.Cue != Cue.Label || x.Last >= trigger || trigger - x.Last > 4) continue;
            bool plain = true;
            for (int t = x.Last + 1; t < trigger && plain; t++)
                plain = IsQuoteMark(w, t) || w.Doc.Tokens[t].Kind == TokenKind.Word && ((w.Cues[t] & (Cue.Det | Cue.Genitive)) != 0 || IsLowerContentWord(w, t));
            if (plain) return true;
        }
        return false;
    }

    /// <summary>Among tokens [from, to) a name or a lower-case content word.</summary>
    private static bool ContentBetween(Work w, int from, int to)
    {
        for (int t = from; t < to; t++) if (w.MentionAt[t] >= 0 || IsLowerContentWord(w, t)) return true;
        return false;
    }

    /// <summary>The state a title at <paramref name="title"/> belongs to: a demonym right after it ("l'ambasciatore israeliano")
    /// or a country after its genitive ("l'ambassadeur d'Iran"); else null.</summary>
    private static EventArgument? StateOfTitle(Work w, int title)
    {
        int t = title + 1;
        if (t < w.To && (w.Cues[t] & Cue.Genitive) != 0 && (w.Cues[t] & Cue.Det) == 0)
        {
            t++;
            // (Past its article: "the ambassadors of the United Arab Emirates", "al embajador de los Estados Unidos".)
            if (t < w.To && w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Det | Cue.Genitive)) == Cue.Det) t++;
        }
        if (t >= w.To || w.MentionAt[t] < 0) return null;
        int mi = w.MentionAt[t], last = NameEnd(w, t);
        var arg = Argument(w, mi, t, last);
        if (arg is { Id: { } id } && (id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("gov:", StringComparison.Ordinal))) return arg;
        return arg is { Country: { } c } && w.Doc.Mentions[mi].Rule == "demonym" ? CountryArgument(w, c, arg) : null; // "israeliano" stands for its phrase
    }

    /// <summary>A group noun and the body it names in its genitive ("la guerrilla del Ejército de Liberación Nacional", "los
    /// militantes de Hamás"): that body; else null.</summary>
    private static EventArgument? BodyNamedIn(Work w, EventArgument description)
    {
        if (description.Id is not null) return null;
        var tokens = w.Doc.Tokens;
        int t = TokenAt(tokens, description.Start), end = TokenAt(tokens, description.End - 1);
        while (t < end && (w.Cues[t] & Cue.Det) != 0 && (w.Cues[t] & Cue.Actor) == 0) t++;
        if (t + 2 > end || (w.Cues[t] & Cue.Actor) == 0 || (w.Cues[t + 1] & Cue.Genitive) == 0) return null;
        int n = t + 2;
        while (n <= end && (w.Cues[n] & Cue.Det) != 0 && w.MentionAt[n] < 0) n++;
        // (Not a capital standing for its government: "Estudiantes de Quito" are no government.)
        if (n > end || w.MentionAt[n] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Org
            || w.Doc.Mentions[mi].Rule.StartsWith("metonym", StringComparison.Ordinal)) return null;
        int last = n;
        while (last + 1 <= end && w.MentionAt[last + 1] == mi) last++;
        return last == end ? Argument(w, mi, n, last) : null;
    }

    /// <summary>A description whose words name a natural force ("el terremoto", "the storm"; the lexicons' 'nature' cue).</summary>
    private static bool NaturalForce(Work w, EventArgument a)
    {
        if (a.Id is not null) return false;
        for (int t = TokenAt(w.Doc.Tokens, a.Start); t < w.To && w.Doc.Tokens[t].Start < a.End; t++) if ((w.Cues[t] & Cue.Nature) != 0) return true;
        return false;
    }

    /// <summary>A passive's agent right after the trigger is a natural force, named or not: "già colpita dalla pandemia di
    /// COVID-19".</summary>
    private static bool NaturalAgentAfter(Work w, int last)
    {
        int t = last + 1;
        if (t >= w.To || (w.Cues[t] & Cue.Agent) == 0) return false;
        t++;
        while (t < w.To && (w.Cues[t] & Cue.Det) != 0 && w.MentionAt[t] < 0) t++;
        return t < w.To && (w.Cues[t] & Cue.Nature) != 0;
    }

    /// <summary>The relative pronoun before the verb group refers to a natural force ("il terremoto … che ha colpito").</summary>
    private static bool NaturalAntecedent(Work w, int groupStart)
    {
        // (Past the times and adjuncts between: "il terremoto … che nella notte tra venerdì e sabato ha colpito".)
        int rel = groupStart - 1;
        for (int steps = 0; rel >= w.From && steps < 10 && (w.Cues[rel] & Cue.Relative) == 0; steps++, rel--)
            if (w.Doc.Tokens[rel].Kind == TokenKind.Punctuation || (w.Cues[rel] & (Cue.Verb | Cue.Past)) != 0 || w.MentionAt[rel] >= 0) return false;
        if (rel < w.From || (w.Cues[rel] & Cue.Relative) == 0) return false;
        for (int t = rel - 1; t >= w.From && t >= rel - 8; t--)
        {
            if ((w.Cues[t] & Cue.Nature) != 0) return true;
            if (IsPunct(w, t, ';') || (w.Cues[t] & (Cue.Verb | Cue.Past)) != 0) break;
        }
        return false;
    }

    /// <summary>The sentence opens with an object pronoun and a verb of saying (auxiliaries between): "Lo ha riferito …", "Así
    /// lo informó …" — the last word of saying, else null.</summary>
    private static int? SaysTheSentenceBefore(Work w)
    {
        int t = w.From;
        while (t < w.To && t < w.From + 2 && (w.Cues[t] & Cue.BackRef) == 0 && IsAdverb(w, t)) t++; // "Così lo ha detto"
        if (t >= w.To || (w.Cues[t] & Cue.BackRef) == 0) return null;
        int? speech = null;
        for (int k = t + 1; k < w.To && k <= t + 3; k++)
        {
            if ((w.Cues[k] & Cue.Speech) != 0) { speech = k; continue; }
            if ((w.Cues[k] & Cue.Aux) == 0 && (w.Cues[k] & Cue.BackRef) == 0) break;
        }
        return speech;
    }

    /// <summary>Who speaks after a verb of saying at the start of a sentence: a name, or a description and the person apposed
    /// to it ("il sindaco della capitale, Vitali Klitschko").</summary>
    private static EventArgument? SpeakerAfter(Work w, int t)
    {
        if (PostposedSubject(w, t, null) is not { } speaker) return null;
        int last = TokenAt(w.Doc.Tokens, speaker.End - 1);
        if (IsPersonLike(w, speaker) && w.Entities.TryGetValue(speaker.Id!, out var e) && e.Type == EntityType.Per) return speaker;
        // (The description may go on to the comma: "il consigliere del presidente Obama per l'antiterrorismo, John Brennan".)
        for (int k = last + 1; k < w.To && k <= last + 5 && !IsPunct(w, k, ',') && (w.Cues[k] & (Cue.Verb | Cue.Aux | Cue.Relative)) == 0; k++)
            if (k + 1 < w.To && IsPunct(w, k + 1, ',')) last = k;
        if (last + 1 >= w.To || !IsPunct(w, last + 1, ',')) return speaker;
        // ("il presidente del Kosovo, signora Atifete Jahjaga": past the person's titles.)
        return NameAfterTitles(w, last + 2, 2, out int titles) is var mi and >= 0 && w.Doc.Mentions[mi].Type == EntityType.Per
               && Argument(w, mi, last + 2 + titles, NameEnd(w, last + 2 + titles)) is { } person ? person : speaker;
    }

    /// <summary>The events of the sentence before that nobody is said to claim become <paramref name="speaker"/>'s claims.</summary>
    private static void AttributeSentenceBefore(Work w, EventArgument speaker)
    {
        foreach (var e in w.Doc.Events)
        {
            if (e.Sentence != w.SentenceIndex - 1 || e.AttributedTo is not null) continue;
            e.AttributedTo = speaker;
            if (e.Modality == Modality.Asserted && (e.Source is null || !SameParty(speaker, e.Source))) e.Modality = Modality.Reported;
        }
    }

    /// <summary>A promise verb governs the infinitive group at <paramref name="groupStart"/> ("vowed to fight").</summary>
    private static bool Promised(Work w, int groupStart) =>
        PromiseBefore(w, groupStart) is int p && p != groupStart && TriggerAt(w, p, first: true)?.Pattern.Type == "AGREE"
        // (… or the promise opens the verb group: "vowed to retaliate".)
        || TriggerAt(w, groupStart, first: true) is { Pattern: { Type: "AGREE", Mode: null } } vow && (w.Cues[vow.Last] & Cue.Plan) != 0
           && vow.Last + 1 < w.To && (w.Cues[vow.Last + 1] & Cue.Infinitive) != 0;

    /// <summary>The first infinitive among tokens [from, to) that is no preposition ("di accelerare" → "accelerare"), or null.</summary>
    private static int? InfinitiveFrom(Work w, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if ((w.Cues[t] & Cue.Infinitive) == 0 || w.Doc.Tokens[t].Kind != TokenKind.Word) continue;
            if ((w.Cues[t] & Cue.Prep) == 0) return t;
            // A particle that is both infinitive and preposition marks the verb after it (English "to improve").
            if (t + 1 < to && w.Doc.Tokens[t + 1].Kind == TokenKind.Word && IsLowerContentWord(w, t + 1) && (w.Cues[t] & Cue.Det) == 0
                && (w.Cues[t + 1] & (Cue.Det | Cue.Prep)) == 0) return t + 1;
        }
        return null;
    }

    /// <summary>The verb group at <paramref name="groupStart"/> is in the complement clause of a demand: a complementizer before
    /// it (past its subject: a name or up to four words), and before that the demand verb or its addressee ("exigió al
    /// Ejecutivo que", "chiede che", "demanded that").</summary>
    private static bool DemandedClause(Work w, int groupStart)
    {
        int c = PrevWord(w, groupStart);
        for (int words = 0; c >= 0 && words < 5 && (w.Cues[c] & Cue.Relative) == 0; words++)
        {
            if (w.Doc.Tokens[c].Kind != TokenKind.Word || (w.Cues[c] & (VerbForms | Cue.Participle | Cue.Past | Cue.Boundary)) != 0 && w.MentionAt[c] < 0) return false;
            c = PrevWord(w, c);
        }
        if (c < 0 || (w.Cues[c] & Cue.Relative) == 0) return false;
        int p = PrevWord(w, c);
        // Past the addressee: "al Ejecutivo", "al governo", "Israel".
        for (int words = 0; p >= 0 && words < 6 && TriggerAt(w, p, last: true)?.Pattern.Type != "DEMAND"; words++)
        {
            if (w.Doc.Tokens[p].Kind != TokenKind.Word || (w.Cues[p] & (VerbForms | Cue.Past | Cue.Relative | Cue.Boundary)) != 0 && w.MentionAt[p] < 0) return false;
            p = PrevWord(w, p);
        }
        return p >= 0 && TriggerAt(w, p, last: true)?.Pattern.Type == "DEMAND";
    }

    /// <summary>The addressee of a demand that governs the infinitive at <paramref name="trigger"/>: a demand verb, a target
    /// preposition, a name or a phrase of at most five words, then "di/de/to" (Spanish needs none) — or null.</summary>
    private static EventArgument? AskedOf(Work w, int trigger)
    {
        int p = PrevWordAcrossQuote(w, trigger);
        if (p >= 0 && (w.Cues[p] & (Cue.Aux | Cue.Det)) == Cue.Aux) p = PrevWordAcrossQuote(w, p); // a clitic: "à se mobiliser"
        // (French and Italian may join the infinitive with "à"/"a": "a appelé les Occidentaux à imposer".)
        if (p >= 0 && ((w.Cues[p] & (Cue.Genitive | Cue.Infinitive)) != 0 || (w.Cues[p] & (Cue.TargetPrep | Cue.Locative)) == (Cue.TargetPrep | Cue.Locative))
            && (w.Cues[p] & Cue.Det) == 0) p = PrevWordAcrossQuote(w, p);
        // (A noun for people that looks like a participle is one: "ha chiesto agli alleati di fornire".)
        if (p < 0 || !(w.MentionAt[p] >= 0 || IsContent(w, p)) || (w.Cues[p] & (VerbForms | Cue.Participle)) != 0 && (w.Cues[p] & Cue.Actor) == 0 && w.MentionAt[p] < 0) return null;
        int last = p, prep = p;
        for (int words = 0; words < 6 && prep >= w.From && (w.MentionAt[prep] >= 0 || IsContent(w, prep) || (w.Cues[prep] & (Cue.Det | Cue.Genitive)) != 0) && (w.Cues[prep] & Cue.TargetPrep) == 0
                            && !(w.MentionAt[prep] < 0 && TriggerAt(w, prep)?.Pattern.Type == "DEMAND"); words++) prep--;
        if (prep <= w.From || prep == last) return null;
        // English takes the addressee as a direct object: "ordering Iran to improve", "urged Beijing to act".
        bool direct = (w.Cues[prep] & Cue.TargetPrep) == 0 && w.MentionAt[prep] < 0 && TriggerAt(w, prep)?.Pattern.Type == "DEMAND";
        if (!direct && ((w.Cues[prep] & Cue.TargetPrep) == 0 || (w.Cues[prep] & (Cue.Genitive | Cue.Agent)) != 0)) return null;
        // (A time is no addressee — "pidió el miércoles aplazar la votación" — and stands between the verb and one: "pidió el
        // miércoles a la UE aplazar".)
        if (AnyBetween(w, prep, last + 1, static (w, k) => w.InTime[k])) return null;
        int verb = direct ? prep : PrevWord(w, prep);
        while (!direct && verb > w.From && w.InTime[verb]) verb = PrevWord(w, verb);
        // (The demand may end on its preposition: "called on the protesters to end".)
        // (Whom an act is forbidden is its subject too: "vietano alla Russia di dotare la Corea del Nord di equipaggiamenti".)
        // (A phrase with no verb of its own: not "impedir a Gadafi atacar ciudades intenta ayudar".)
        if (verb < 0 || !direct && TriggerAt(w, verb, last: true)?.Pattern.Type != "DEMAND" && TriggerAt(w, prep, last: true)?.Pattern.Type != "DEMAND"
                                && ((w.Marks[verb] & Mark.Forbid) == 0 || AnyBetween(w, prep, last + 1, static (w, k) => w.MentionAt[k] < 0 && (w.Cues[k] & (VerbForms | Cue.Infinitive)) != 0))) return null;
        int first = prep + 1;
        // (Past the genitive after a demand noun: "la solicitud de la Administración de aprobar".)
        while (first < last && ((w.Cues[first] & Cue.Det) != 0 || direct && (w.Cues[first] & Cue.Genitive) != 0) && w.MentionAt[first] < 0) first++;
        int mi = w.MentionAt[first];
        if (mi >= 0 && w.MentionAt[last] == mi) return Argument(w, mi, first, last);
        return DescribedArgument(w, first, last);
    }

    /// <summary>The phrase of tokens [first, last] as an argument, the country of its first nationality adjective its id
    /// ("los rebeldes", "Cambodian troops").</summary>
    private static EventArgument DescribedArgument(Work w, int first, int last)
    {
        int s = w.Doc.Tokens[first].Start, e = w.Doc.Tokens[last].End;
        string? id = null;
        for (int t = first; t <= last && id is null; t++) if (CountryModifier(w, t)) id = w.Doc.Mentions[w.MentionAt[t]].EntityId;
        return new EventArgument(id, w.Doc.Text[s..e], s, e, CountryInside(w, first, last));
    }

    /// <summary>A demand verb before the particle of the infinitive at <paramref name="infinitive"/>, with a dative clitic before it
    /// or its auxiliary ("lui a demandé de", "gli ha chiesto di", "les pidió").</summary>
    private static bool AskedOfClitic(Work w, int infinitive)
    {
        int p = PrevWordAcrossQuote(w, infinitive);
        if (p < 0) return false;
        // (The particle may be missing: "les pidió retirar".)
        if (TriggerAt(w, p, last: true) is not { Pattern.Type: "DEMAND" })
        {
            if ((w.Cues[p] & (Cue.Genitive | Cue.TargetPrep | Cue.Infinitive)) == 0 || (w.Cues[p] & Cue.Det) != 0) return false;
            p = PrevWord(w, p);
        }
        if (p < 0 || TriggerAt(w, p, last: true) is not { Pattern.Type: "DEMAND" } demand || IsNominal(w, demand.First)) return false; // (not "leur appel à manifester")
        if ((w.Cues[demand.First] & Cue.Dative) != 0) return true; // inside the trigger: "le ordenó retirar"
        int k = PrevWord(w, demand.First);
        if (k >= w.From && (w.Cues[k] & Cue.Dative) == 0 && (w.Cues[k] & Cue.Aux) != 0) k = PrevWord(w, k); // "a", "ha"
        return k >= w.From && (w.Cues[k] & Cue.Dative) != 0;
    }

    /// <summary>A target that is its source (the same entity, or a country and its government): a scope error, no target.</summary>
    private static bool SelfTarget(EventArgument? source, EventArgument? target) =>
        source?.Id is { } s && target?.Id is { } t
        && (s == t || source.Country is { } c && c == target.Country && IsState(s) && IsState(t));

    private static bool IsState(string id) => id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("gov:", StringComparison.Ordinal);

    /// <summary>A person's name covers token <paramref name="t"/>.</summary>
    private static bool PersonAt(Work w, int t) => w.MentionAt[t] >= 0 && w.Doc.Mentions[w.MentionAt[t]].Type == EntityType.Per;

    /// <summary>The person who acts first, on their own account, in the sentence before: "M. Conille … les accusait de vouloir contrôler
    /// le gouvernement. Il a dénoncé une décision illégale".</summary>
    private static EventArgument? PreviousPersonSource(Work w)
    {
        EventArgument? first = null;
        for (int i = w.Doc.Events.Count - 1; i >= 0 && w.Doc.Events[i].Sentence >= w.SentenceIndex - 1; i--)
            if (w.Doc.Events[i] is { Sentence: var s, AttributedTo: null, Source: { Id: { } id } source } && s == w.SentenceIndex - 1
                && w.Entities.TryGetValue(id, out var e) && e.Type == EntityType.Per) first = source;
        return first;
    }

    /// <summary>The subject of the verb of saying right before the pronoun at <paramref name="pronoun"/>: "Washington, Seoul's closest
    /// ally, said it supported" — it is Washington.</summary>
    private EventArgument? SayerBefore(Work w, int pronoun) =>
        SpeechVerbBefore(w, pronoun) is int said and >= 0 && FindSubject(w, VerbGroupStart(w, said, nominal: false), null) is [var sayer, ..] ? sayer : null;

    /// <summary>The subject of the verb the adjunct at <paramref name="t"/> belongs to, when that verb tells no event (its
    /// subject is then no earlier event's source): "Corea del Norte continúa realizando pruebas de misiles … en protesta por";
    /// else null.</summary>
    private EventArgument? ClauseSubjectBefore(Work w, int t)
    {
        int verb = VerbBefore(w, t);
        if (verb < w.From || w.Matches.Exists(x => x.First <= verb && verb <= x.Last && x.Pattern.Type is not null)
            || w.Doc.Events.Exists(e => e.Sentence == w.SentenceIndex && e.Source is not null && TokenAt(w.Doc.Tokens, e.Start) > verb)) return null;
        // (Not a verb in a relative clause, "las acciones que llevan a cabo … en protesta", nor one before a clause that opens
        // between: "sono iniziati dopo che i manifestanti, in piazza per chiedere".)
        int group = VerbGroupStart(w, verb, nominal: false);
        if (RelativeOpening(w, group) is not null || CueAmong(w, verb + 1, t, Cue.Boundary | Cue.Relative) || MarkAmong(w, verb + 1, t, Mark.When)) return null;
        return FindSubject(w, group, null) is [var subject, ..] ? subject : null;
    }

    /// <summary>The source of the sentence's latest event that has one (a gerund or purpose infinitive shares it), or null.</summary>
    private static EventArgument? EarlierSource(Work w) => w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Source is not null)?.Source;

    /// <summary>A passive verb group at <paramref name="groupStart"/> with a word of a noun phrase right after its participle
    /// ("sono state uccise 1.500 persone", "fueron detenidos tres estudiantes"): its subject comes after it.</summary>
    private static bool PostposedPassiveSubject(Work w, int groupStart)
    {
        int k = groupStart;
        bool passive = false;
        while (k < w.To && w.Doc.Tokens[k].Kind == TokenKind.Word && (w.Cues[k] & (Cue.Aux | Cue.Passive)) != 0 && (w.Cues[k] & Cue.Det) == 0)
            passive |= (w.Cues[k++] & Cue.Passive) != 0;
        if (!passive || k + 1 >= w.To || (w.Cues[k] & Cue.Participle) == 0) return false;
        int n = k + 1;
        // (Past participles coordinated with it: "dove è stato catturato e ucciso il leader di al-Qaeda".)
        while (n + 1 < w.To && (w.Cues[n] & Cue.Coord) != 0 && w.Doc.Tokens[n].Kind == TokenKind.Word && (w.Cues[n + 1] & (Cue.Participle | Cue.Det | Cue.Noun)) == Cue.Participle) n += 2;
        while (n < w.To && (IsAdverb(w, n) || n + 1 < w.To && w.Doc.Tokens[n + 1].Kind == TokenKind.Number)) n++; // "oltre 1.500"
        // (A name too: "dove è stato ucciso Osama Bin Laden".)
        return n < w.To && (w.Doc.Tokens[n].Kind == TokenKind.Number || (w.Cues[n] & Cue.Det) != 0 && (w.Cues[n] & Cue.Prep) == 0 || w.MentionAt[n] >= 0
                            || (w.Cues[n] & (Cue.Actor | Cue.Crowd)) != 0
                            || n + 1 < w.To && (w.Cues[n] & AnyVerbForm) == 0 && (w.Cues[n + 1] & (Cue.Actor | Cue.Crowd)) != 0); // "tres civiles"
    }

    /// <summary>A reflexive verb group at <paramref name="groupStart"/> with a name, an article or a noun for people right after
    /// its verb (past adverbs and times): "donde se concentraban los manifestantes", "dove si sono radunati migliaia di giovani" —
    /// its subject comes after it.</summary>
    private static bool PostposedReflexiveSubject(Work w, int groupStart)
    {
        if ((w.Cues[groupStart] & Cue.Reflexive) == 0) return false;
        int n = SkipAdverbsAndTimes(w, GroupVerb(w, groupStart + 1) + 1);
        return n < w.To && (w.MentionAt[n] >= 0 || w.Doc.Tokens[n].Kind == TokenKind.Number || (w.Cues[n] & (Cue.Det | Cue.Prep)) == Cue.Det
                            || (w.Cues[n] & (Cue.Actor | Cue.Crowd)) != 0);
    }

    /// <summary>A meeting noun (a CONSULT trigger that is no verb) as the object of the hosting verb at <paramref name="last"/>,
    /// past times, places and articles: "ospiterà la prossima settimana al Cairo una conferenza", "will host a summit".</summary>
    private static bool HostedMeetingAfter(Work w, int last)
    {
        foreach (var x in w.Matches)
            if (x.Pattern.Type == "CONSULT" && x.First > last && x.First - last <= 8 && IsNominal(w, x.First) && !BoundaryBetween(w, last, x.First)
                && !AnyBetween(w, last, x.First, static (w, k) => w.Doc.Tokens[k].Kind == TokenKind.Punctuation || (w.Cues[k] & AnyVerbForm) != 0 && !w.InTime[k]))
                return true;
        return false;
    }

    /// <summary>The source of the sentence's latest event outside a relative clause that a comma closed before
    /// <paramref name="groupStart"/>: "se concentraron frente a la sede, donde los jefes celebran una cumbre, para protestar" —
    /// the crowd protests, not the leaders.</summary>
    // (Not an event in an adjunct that opens the sentence, "Tras … la brutal represión del régimen de Gadafi, el Gobierno español
    // ha iniciado los trámites para suspender": the government suspends.)
    private static EventArgument? MainClauseSource(Work w, int groupStart) =>
        w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Source is not null && !InOpeningAdjunct(w, TokenAt(w.Doc.Tokens, e.Start), groupStart)
                                   && !InClosedAside(w, TokenAt(w.Doc.Tokens, e.Start), groupStart))?.Source;

    /// <summary>The token at <paramref name="t"/> lies in the adjunct that opens the sentence with a temporal preposition and ends
    /// at its first comma, before <paramref name="groupStart"/> ("Tras las últimas revueltas …,", "Dopo gli scontri di ieri,").</summary>
    private static bool InOpeningAdjunct(Work w, int t, int groupStart)
    {
        // (A temporal one: not "Cerca de 2.000 soldados …, como fuerzas especiales para combatir", nor a partitive article.)
        if ((w.Cues[w.From] & Cue.Temporal) == 0 || (w.Cues[w.From] & Cue.Det) != 0) return false;
        for (int k = w.From; k < groupStart; k++)
            if (IsPunct(w, k, ',')) return t < k;
        return false;
    }

    /// <summary>The token at <paramref name="t"/> lies in a relative clause opened after a comma (", donde", ", which"), or is an
    /// apposed participle after a comma and its adverbs (", violentamente disuelta por la policía"), that a comma closes before
    /// <paramref name="groupStart"/>.</summary>
    private static bool InClosedAside(Work w, int t, int groupStart)
    {
        int r = t - 1;
        while (r > w.From && !IsPunct(w, r, ',') && (w.Cues[r] & Cue.Relative) == 0) r--;
        bool opens = r > w.From && (w.Cues[r] & Cue.Relative) != 0 && IsPunct(w, r - 1, ',')
                     || IsPunct(w, r, ',') && BareParticiple(w, t) && !AnyBetween(w, r, t, static (w, k) => !IsAdverb(w, k));
        return opens && AnyBetween(w, t, groupStart, static (w, k) => IsPunct(w, k, ','));
    }

    /// <summary>The sources of the sentence's latest event trigger that has any (one per coordinated subject).</summary>
    private static List<EventArgument> EarlierSources(Work w)
    {
        var result = new List<EventArgument>();
        var latest = w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Source is not null);
        if (latest is null) return result;
        foreach (var e in w.Doc.Events)
            if (e.Sentence == w.SentenceIndex && e.Start == latest.Start && e.Source is { } s && !result.Exists(r => SameArgument(r, s))) result.Add(s);
        return result;
    }

    /// <summary>Between the verb group start and the noun trigger <paramref name="m"/> stands a trigger of a stance toward
    /// something (condemn, demand, support): the noun is its object; that trigger's type, or null. (Not a denial: "Mosca e
    /// Pyongyang negano il commercio di armi" — the deniers are the traders.)</summary>
    private static string? StanceGoverning(Work w, int groupStart, LexiconMatch m)
    {
        foreach (var x in w.Matches)
            // (What is discussed is a topic: "would discuss the war in Ukraine".)
            if (x.Pattern.Type is "DISAPPROVE" or "DEMAND" or "SUPPORT" or "REJECT" or "COERCE" or "SANCTION" or "ASSAULT" or "CONCEDE" or "CONSULT"
                && x.Pattern.Mode is not ("deny" or "suspend" or "visit" or "host") && x.First >= groupStart && x.Last < m.First
                // (Approving a recognition, sanctions or aid is giving them: "el Consejo de Ministros aprobó el reconocimiento".)
                && !(x.Pattern is { Type: "CONCEDE", Mode: null } && m.Pattern.Type is "SUPPORT" or "SANCTION" or "AID" or "COOPERATE"))
                return x.Pattern is { Type: "SANCTION", Mode: null } ? "SANCTION/ban" : x.Pattern.Type; // bans, closures, restrictions
        return null;
    }

    /// <summary>A causative verb in the verb group that governs the noun trigger at <paramref name="noun"/> (before the noun's
    /// phrase: "la provocativa protesta" has an adjective, not a causative).</summary>
    private static bool GovernedByCause(Work w, int groupStart, int noun)
    {
        for (int t = groupStart; t < noun && (w.Cues[t] & (Cue.Det | Cue.Prep | Cue.Genitive)) == 0; t++)
            if ((w.Cues[t] & Cue.Cause) != 0) return true;
        return false;
    }

    /// <summary>An English noun in the plural ("talks", "sanctions"; not "discuss", "focus", "this").</summary>
    private static bool EnglishPlural(Work w, int t) =>
        w.Lex.SubjectFirst && w.Doc.TokenText(w.Doc.Tokens[t]) is [.., not ('s' or 'u' or 'i'), 's'];

    /// <summary>A trigger preceded by an article, demonstrative, possessive or preposition (possibly with an adjective in
    /// between: "il prossimo incontro") is a noun, unless it has an infinitive ending ("per approfondire").</summary>
    private static bool IsNominal(Work w, int t)
    {
        if ((w.Cues[t] & Cue.Infinitive) != 0) return false;
        if ((w.Cues[t] & Cue.Aux) != 0 && (w.Cues[t] & Cue.Det) == 0) return false; // a trigger opening with a clitic: "se enfrentaron"
        if ((w.Marks[t] & Mark.Nominal) != 0) return true; // "Zagreb solicita a Argentina extradición de Dinko Sakic"
        // A counted word is a noun: "Dos atentados sorprenden", "Los tres disturbios se cobraron", "Deux attentats ont fait" (not
        // a verb whose subject is the count).
        // (Not a finite verb the quantity tagger took for its unit: "los Veintisiete exigieron".)
        if (t > w.From && CountedNoun(w, t, exact: true) && w.Doc.Tokens[t - 1].Kind == TokenKind.Word && (w.Cues[t] & (Cue.Actor | Cue.Verb | Cue.Past | Cue.Gerund | Cue.Infinitive | Cue.Speech)) == 0) return true;
        int prev = PrevWordAcrossQuote(w, t); // 'un "coup d'État constitutionnel"'
        // An auxiliary before adverbs makes a verb: "Le JNIM a de son côté exigé".
        int beforeAdverbs = prev;
        while (beforeAdverbs >= 0 && IsAdverb(w, beforeAdverbs)) beforeAdverbs = PrevWord(w, beforeAdverbs);
        // An existential verb (an auxiliary too) before a word that is no participle makes a noun: "hubo combates entre los
        // rebeldes y el ejército", "ci sono stati scontri" (not "había atacado"; nor, after one that is also a perfect
        // auxiliary, a word in -o, which may be an irregular participle: "se había opuesto a").
        if (beforeAdverbs >= 0 && (w.Marks[beforeAdverbs] & Mark.Exist) != 0)
            return (w.Cues[t] & (Cue.Participle | Cue.Gerund | Cue.Infinitive)) == 0
                   && !((w.Cues[beforeAdverbs] & Cue.Aux) != 0 && w.Doc.Text[w.Doc.Tokens[t].End - 1] == 'o');
        if (beforeAdverbs != prev && beforeAdverbs >= 0 && (w.Cues[beforeAdverbs] & (Cue.Aux | Cue.Det)) == Cue.Aux) return false;
        // A sentence that opens with an event word and its "de" is a noun phrase: "Movilizaciones de funcionarios en Madrid",
        // "Manifestazioni di studenti a Roma", "Grève des cheminots".
        // (Or its "between": "Talks between the United States and Iran were called off".)
        // (Where subjects are never left out, any word of a trigger that opens the sentence is a noun: "Negotiations on a second
        // phase … are due to start".)
        // (Past its adjectives: "Scontri molto violenti tra i ribelli e i soldati"; or before a nationality: "Bombardeos rusos
        // dejan al menos 43 muertos".)
        if (prev < 0) return t == w.From && (w.Cues[t] & (VerbForms | Cue.Gerund | Cue.Participle | Cue.Aux)) == 0
                             && (!w.Lex.NullSubject || PastAdjectives(w, t + 1) is int next && next < w.To && (w.Cues[next] & (Cue.Genitive | Cue.Between)) != 0
                                 || t + 1 < w.To && w.MentionAt[t + 1] is var nationality and >= 0 && w.Doc.Mentions[nationality].Rule == "demonym");
        // An infinitive particle makes a verb: "wants to attack", "agreed to help" ("to" is both particle and preposition).
        // (Not an English plural, which no infinitive is: "urged both sides to return to talks".)
        if ((w.Cues[prev] & (Cue.Infinitive | Cue.Prep)) == (Cue.Infinitive | Cue.Prep) && (w.Cues[t] & Cue.Det) == 0 && !EnglishPlural(w, t)) return false;
        // (A clitic object between a subject and its verb of saying is no article: "Le parquet les accuse", "Pekín lo acusó" —
        // nor before a finite verb: "Trump lo criticó".)
        if ((w.Cues[prev] & (Cue.Aux | Cue.Det | Cue.Prep)) == (Cue.Aux | Cue.Det) && (w.Cues[t] & Cue.Noun) == 0 && (w.Cues[t] & (Cue.Speech | Cue.Verb | Cue.Past)) != 0
            && prev - 1 >= w.From && (IsPunct(w, prev - 1, ',') ? prev - 2 : PrevWord(w, prev)) is int subject and >= 0
            && (w.MentionAt[subject] >= 0 || (w.Cues[subject] & Cue.Actor) != 0 // (after an apposition too: "…, Donald Trump, lo felicitó")
                || (w.Cues[subject] & (Cue.Coord | Cue.Relative)) == Cue.Coord && w.Doc.Tokens[subject].Kind == TokenKind.Word)) return false; // "derribaron el muro y lo asaltaron"
        if ((w.Cues[t] & Cue.Gerund) != 0 && (w.Cues[prev] & (Cue.Aux | Cue.Det | Cue.Prep)) == (Cue.Aux | Cue.Det)) return false; // a clitic: "les accusant"
        // (A word that is both a preposition and a clitic makes one too: the French "en bombardant Homs" is a verb, whichever "en" it is.)
        if ((w.Cues[t] & (Cue.Gerund | Cue.Noun)) == Cue.Gerund && (w.Cues[prev] & (Cue.Aux | Cue.Det | Cue.Prep)) == (Cue.Aux | Cue.Prep)) return false;
        // (A possessive before a date before it: "Hamas' Oct. 7, 2023 attack".)
        if (w.InTime[prev])
        {
            int q = prev;
            while (q >= w.From && (w.InTime[q] || IsPunct(w, q, ',') && q > w.From && w.InTime[q - 1])) q--;
            if (q >= w.From && IsPossessive(w, q)) return true;
            // (… or an article: "an April 22 attack", not "Hamas il 7 ottobre attaccò".)
            if (q >= w.From && (w.Cues[q] & (Cue.Det | Cue.Aux | Cue.Prep)) == Cue.Det && (w.Cues[t] & AnyVerbForm) == 0) return true;
        }
        // A gerund after "by" with its object right after it is a verb of the clause's subject: "retaliated by attacking
        // Pakistani border posts". (Not after "from" or "of", whose gerund has a subject of its own: "prevented pirates from
        // attacking a vessel", "was charged with murdering".)
        if ((w.Cues[t] & (Cue.Gerund | Cue.Noun)) == Cue.Gerund && (w.Cues[prev] & (Cue.Agent | Cue.Genitive | Cue.Det | Cue.TargetPrep)) == Cue.Agent && t + 1 < w.To
            && ((w.Cues[t + 1] & (Cue.Det | Cue.Prep)) == Cue.Det || w.MentionAt[t + 1] >= 0)) return false;
        if ((w.Cues[t] & (Cue.Gerund | Cue.Noun)) == Cue.Gerund && (w.Marks[prev] & Mark.Without) != 0) return false; // "without signing the deal"
        if ((w.Cues[t] & Cue.Gerund) != 0 && (w.Marks[prev] & Mark.Frame) != 0) return true; // "to halt fighting between …": what is halted
        // A word between "where" and a verb is the clause's subject, a noun: "where clashes have killed more than 300 people".
        if ((w.Cues[prev] & Cue.Where) != 0 && (w.Cues[t] & Cue.Infinitive) == 0 && t + 1 < w.To && w.MentionAt[t + 1] < 0
            && (w.Cues[t + 1] & (Cue.Aux | Cue.Verb | Cue.Past)) != 0 && (w.Cues[t + 1] & Cue.Det) == 0) return true;
        if ((w.Cues[prev] & (Cue.Det | Cue.Prep | Cue.Genitive)) != 0 || IsPossessive(w, prev)) return true; // "la visita" (an article before a clitic reading), "Russia's invasion"
        if ((w.Marks[prev] & Mark.Upcoming) != 0 && (w.Cues[t] & AnyVerbForm) == 0) return true; // "La próxima cumbre", after a clitic-like article
        // A weapon before a word that a finite verb or a relative follows names the weapon's kind: "Missile attacks killed",
        // "drone attacks that killed" (not "Drones attack Kyiv").
        if ((w.Cues[prev] & Cue.Instrument) != 0 && w.MentionAt[prev] < 0 && t + 1 < w.To && (w.Cues[t + 1] & (Cue.Relative | Cue.Verb | Cue.Past)) != 0
            && (w.Cues[t] & AnyVerbForm) == 0) return true;
        if ((w.Cues[prev] & Cue.Aux) != 0) return false;
        // An article, then a nationality or a name that leads: "the Russian attack", "the Hamas-led attack".
        if (w.MentionAt[prev] is var pm and >= 0 && w.Doc.Mentions[pm].Rule is "demonym" or "compound-lead" && PrevWord(w, NameStart(w, prev)) is int pd and >= 0
            && (w.Cues[pd] & (Cue.Det | Cue.Aux)) == Cue.Det && (w.Cues[t] & AnyVerbForm) == 0) return true;
        // A word right after a temporal preposition is its noun: "following talks", "after clashes".
        if ((w.Cues[prev] & Cue.Temporal) != 0 && (w.Cues[t] & AnyVerbForm) == 0) return true;
        // A word coordinated with a bare noun after a preposition is a noun too: "una ola de extorsiones y asesinatos".
        if ((w.Cues[prev] & Cue.Coord) != 0 && (w.Cues[t] & AnyVerbForm) == 0
            && PrevWord(w, prev) is int conjunct and >= 0 && IsLowerContentWord(w, conjunct) && (w.Cues[conjunct] & AnyVerbForm) == 0
            && !w.InTime[conjunct] && w.Doc.Text[w.Doc.Tokens[conjunct].End - 1] == w.Doc.Text[w.Doc.Tokens[t].End - 1] // (alike in number: not "de julio y exigen")
            && PrevWord(w, conjunct) is int pp and >= 0 && (w.Cues[pp] & (Cue.Prep | Cue.Genitive)) != 0 && (w.Cues[pp] & (Cue.Det | Cue.Infinitive)) == 0) return true;
        // A word right after "including" is a noun of the list it closes: "apoyo militar, incluyendo transferencias de tecnología".
        if ((w.Cues[prev] & Cue.Including) != 0 && (w.Cues[t] & (VerbForms | Cue.Gerund | Cue.Participle)) == 0) return true;
        // … and a word that closes a list opened by an event noun, with no object after it: "buscar envíos de alimentos,
        // energía y ayuda militar" (not "condenó los ataques y ayuda a Siria").
        if ((w.Cues[prev] & Cue.Coord) != 0 && (t + 1 >= w.To || w.Doc.Tokens[t + 1].Kind == TokenKind.Punctuation && !IsQuoteMark(w, t + 1)
                                                 || IsLowerContentWord(w, t + 1) && (w.Cues[t + 1] & (Cue.Det | Cue.Prep | Cue.Genitive | AnyVerbForm)) == 0)
            && ListHead(w, t) is not null) return true;
        // … and one coordinated with a verb's bare object, with no object of its own: "recibiendo tecnologías militares clave y
        // ayuda para desarrollar" (not "condenó los ataques y ayuda a Siria").
        if ((w.Cues[prev] & Cue.Coord) != 0 && (w.Cues[t] & AnyVerbForm) == 0 && BareObjectVerb(w, prev) is not null
            && (t + 1 >= w.To || w.MentionAt[t + 1] < 0 && (w.Cues[t + 1] & (Cue.Det | AnyVerbForm)) == 0
                && !((w.Cues[t + 1] & Cue.TargetPrep) != 0 && (w.Cues[t + 1] & Cue.Purpose) == 0))) return true;
        // … and a word after "to" and its verb is that verb's object: "to improve cooperation" (after a modal too: "would
        // consider sanctions", "will impose curfews").
        // (Past one modifier: "to open accession negotiations".)
        if ((w.Cues[t] & (VerbForms | Cue.Gerund | Cue.Participle | Cue.Past | Cue.Prep)) == 0 && IsLowerContentWord(w, prev))
            for (int verb = prev, n = 0; n < 2 && verb >= 0 && IsLowerContentWord(w, verb) && !IsAdverb(w, verb) && (w.Cues[verb] & (Cue.Negation | Cue.Aux | Cue.Det)) == 0; n++, verb = PrevWord(w, verb))
                if (PrevWord(w, verb) is int particle and >= 0
                    && ((w.Cues[particle] & (Cue.Infinitive | Cue.Prep)) == (Cue.Infinitive | Cue.Prep) && (w.Cues[particle] & Cue.Det) == 0
                        || (w.Cues[particle] & Cue.Aux) != 0 && (w.Cues[particle] & (Cue.Conditional | Cue.Future | Cue.Modal)) != 0)) return true;
        // Right after a finite verb (or a compound past: "ha ottenuto asilo") a word is its object, not a second verb: "rejected
        // calls for a cease-fire".
        if (((w.Cues[prev] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[prev] & Cue.Noun) == 0 && w.MentionAt[prev] < 0 || CompoundPast(w, prev))
            && (w.Cues[t] & (Cue.Infinitive | Cue.Gerund | Cue.Participle | Cue.Verb | Cue.Past | Cue.Prep)) == 0) return true;
        if ((w.Cues[prev] & Cue.Cause) != 0 && (w.Cues[t] & (VerbForms | Cue.Gerund)) == 0) return true; // "provocó protestas"
        // (Past an adverb: 'mencionó asimismo "combates feroces"'.)
        if (IsAdverb(w, prev) && PrevWord(w, prev) is int pv and >= 0 && (w.Cues[pv] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[pv] & Cue.Noun) == 0 && w.MentionAt[pv] < 0
            && (w.Cues[t] & (Cue.Infinitive | Cue.Gerund | Cue.Participle | Cue.Verb | Cue.Past | Cue.Prep)) == 0) return true;
        if ((w.Cues[t] & (Cue.Verb | Cue.Past)) != 0) return false; // a finite ending after a noun: "miles de personas protestaron", "The police arrested"
        // … and after an infinitive coordinated with another: "to end the violence and join talks".
        if (IsLowerContentWord(w, prev) && (w.Cues[t] & (Cue.Infinitive | Cue.Gerund | Cue.Participle)) == 0 && PrevWord(w, prev) is int co and >= 0
            && (w.Cues[co] & Cue.Coord) != 0 && CoordinatedInfinitiveBefore(w, prev) is not null) return true;
        // After an article and up to three modifiers: 'un "orribile massacro"', "a social media ban".
        int prev2 = PrevWordAcrossQuote(w, prev);
        for (int n = 0; n < 2 && prev2 >= 0 && IsLowerContentWord(w, prev2) && IsLowerContentWord(w, prev) && !TimeNoModifier(w, prev2) && !TimeNoModifier(w, prev)
                        && (w.Cues[prev2] & (VerbForms | Cue.Actor | Cue.Participle)) == 0 && (w.Cues[prev] & (VerbForms | Cue.Actor | Cue.Participle)) == 0; n++) { prev = prev2; prev2 = PrevWord(w, prev2); }
        // (Not a verb with its object after it: "le groupe attaque les convois"; nor a participle right after a noun for people,
        // which it qualifies: "i militari liberati saranno trasferiti".)
        if ((w.Cues[t] & (Cue.Participle | Cue.Noun)) == Cue.Participle && prev == t - 1 && (w.Cues[prev] & Cue.Actor) != 0) return false;
        // (An article that is also a clitic is one after a preposition: "después de la multitudinaria protesta" — not "La
        // federación protesta", a subject and its verb.)
        return prev2 >= 0 && IsLowerContentWord(w, prev) && ((w.Cues[prev2] & (Cue.Det | Cue.Genitive)) != 0 && (w.Cues[prev2] & Cue.Aux) == 0 || IsPossessive(w, prev2)
                                                             || (w.Cues[prev2] & Cue.Det) != 0 && PrevWord(w, prev2) is int pp2 and >= 0 && (w.Cues[pp2] & (Cue.Prep | Cue.Genitive)) != 0 && (w.Cues[pp2] & (Cue.Det | Cue.Aux)) == 0)
               && !(t + 1 < w.To && IsArticle(w, t + 1) && (w.Cues[t + 1] & Cue.Genitive) == 0 && !w.InTime[t + 1]);
    }

    /// <summary>
    /// One sentence, one event per type and source: "realizaron una manifestación" and a later "manifestaron" with the same
    /// (or no) participants are one event, kept at its first, better-argued mention. A verb with no participant at all is
    /// dropped when the sentence has events with participants (it is then most likely part of one of them).
    /// </summary>
    private static void MergeWithinSentence(List<Event> events, int first, HashSet<Event> inPhrase, HashSet<Event> told, string text)
    {
        bool anyArgued = false;
        for (int i = first; i < events.Count; i++) anyArgued |= events[i].Source is not null || events[i].Target is not null;
        for (int i = events.Count - 1; i >= first; i--)
        {
            var e = events[i];
            // (One with a place keeps it: "Tre persone sono state uccise a Sana'a, mentre un altro è stato ucciso a Mukalla".)
            bool bare = e.Source is null && e.Target is null && e.Location is null;
            bool drop = bare && anyArgued && !told.Contains(e);
            Event? replaced = null;
            for (int j = first; j < events.Count && !drop; j++)
            {
                if (j == i) continue;
                var o = events[j];
                if (o.Type != e.Type || o.Denies is not null || e.Denies is not null) continue;
                // (Aid of two kinds is two gifts: "envíos de alimentos, energía y apoyo militar".)
                if (e.Type == "AID" && o.Mode is not null && e.Mode is not null && o.Mode != e.Mode) continue;
                // Two modes on two dates are two acts: "había llamado a consultas a su embajadora la semana pasada, anunció que
                // prohibirá …" (a recall, then a ban); "met … to discuss", "bombarded …, killing" are one.
                // (So are two acts of one mode on two dates given in the text: "que habían marchado en septiembre …, volvieron a
                // concentrarse".)
                // (And a threatened act and one done: "threatened to impose sanctions …, and last week he doubled tariffs".)
                if (o.Date?.Start != e.Date?.Start && (o.Mode != e.Mode || o.Date is { FromDocumentDate: false } && e.Date is { FromDocumentDate: false }
                                                       || o.Modality != e.Modality && (o.Modality == Modality.Hypothetical || e.Modality == Modality.Hypothetical))) continue;
                bool sameSource = SameArgument(o.Source, e.Source) || e.Source is null;
                // (The people a strike killed are its toll, not another party: "struck Beirut's suburbs, killing at least 10 people".)
                bool killAfter = j < i && e.Mode == "kill" && o.Mode != "kill";
                bool toll = killAfter && o.Target is not null && e.Target is { Id: null };
                bool sameTarget = SameArgument(o.Target, e.Target) || e.Target is null || toll;
                bool richer = (o.Source is not null ? 1 : 0) + (o.Target is not null ? 1 : 0) > (e.Source is not null ? 1 : 0) + (e.Target is not null ? 1 : 0);
                // (Two places are two events: "uccise a Sana'a, mentre un altro è stato ucciso a Mukalla".)
                bool samePlace = e.Location is null || o.Location is null || SameArgument(o.Location, e.Location);
                if (sameSource && sameTarget && samePlace && (richer || j < i))
                {
                    drop = true;
                    // (The one kept keeps the place of one told before it in its clause: "A Pakistani airstrike in Paktika killed 10
                    // civilians".)
                    if (o.Location is null && e.Location is not null && e.End <= o.Start && text.AsSpan(e.End, o.Start - e.End).IndexOfAny(',', ';') < 0)
                        o.Location = e.Location;
                    // (A killing with its count says more than fire at people who are no named party: "abrieron fuego contra los
                    // manifestantes, matando al menos a 22" — the killing stays, in the attack's place and with its actor.)
                    // (A clash keeps its parties and takes the count: "Clashes between police and protesters killed three people" names
                    // no killer.)
                    if (killAfter && o.Mode == "clash" && e.Source is null) o.Quantity ??= e.Quantity;
                    else if (killAfter && e.Quantity is not null && e.Target is not { Id: not null } && o.Target is not { Id: not null })
                    {
                        replaced = o;
                        e.Source ??= o.Source;
                        e.Location ??= o.Location;
                        events[j] = e;
                    }
                    // (A toll merged into a strike on a named party is its toll, where it was counted: "launched nearly 600 drones … at
                    // Ukraine overnight, killing at least 23 people in Kyiv".)
                    else if (toll && e.Quantity is not null)
                    {
                        (o.Quantity, o.QuantityUnit) = (e.Quantity, e.QuantityUnit);
                        o.Location ??= e.Location;
                    }
                    // (So is a count of those killed told before the attack that killed them: "Almeno dodici palestinesi sono stati
                    // uccisi … in una serie di raid aerei israeliani".)
                    else if (j > i && e.Mode == "kill" && o.Mode != "kill" && e.Quantity is not null && o.Quantity is null)
                        (o.Quantity, o.QuantityUnit) = (e.Quantity, e.QuantityUnit);
                }
            }
            if (!drop) continue;
            var removed = replaced ?? e;
            foreach (var o in events) if (o.Denies == removed.Id) o.Denies = null;
            inPhrase.Remove(removed);
            events.RemoveAt(i);
        }
    }

    private static bool SameArgument(EventArgument? a, EventArgument? b) =>
        a is null ? b is null : b is not null && (a.Id is not null ? a.Id == b.Id : a.Start == b.Start && a.End == b.End);

    /// <summary>A noun after a preposition, possibly with an article and an adjective between: "por la visita", "en protesta".</summary>
    private static bool InPrepositionalPhrase(Work w, int t)
    {
        for (int p = PrevWord(w, t), steps = 0; p >= 0 && steps < 3; p = PrevWord(w, p), steps++)
        {
            if ((w.Cues[p] & (Cue.Prep | Cue.Genitive)) != 0) return true; // "por", "del", "nella"
            if ((w.Cues[p] & (Cue.Det | Cue.Prep | Cue.Genitive)) == 0 && !IsLowerContentWord(w, p)) return false;
        }
        return false;
    }

    /// <summary>A verb of refusal right before the infinitive at <paramref name="trigger"/>, past its particle or preposition
    /// ("refused to", "se negó a", "si è rifiutato di", "a refusé de").</summary>
    private static bool RefusedBefore(Work w, int trigger)
    {
        int particle = PrevWord(w, trigger);
        if (particle < w.From || (w.Cues[particle] & (Cue.Prep | Cue.Genitive | Cue.Infinitive)) == 0 || (w.Cues[particle] & Cue.Det) != 0) return false;
        // (The particle may close the refusal's own trigger: "se negó a condenar".)
        if (TriggerAt(w, particle, last: true) is { Pattern.Type: "REJECT" } within && within.First < particle && !IsNominal(w, within.First)) return true;
        int p = PrevWord(w, particle);
        return p >= w.From && TriggerAt(w, p, last: true) is { Pattern.Type: "REJECT" } refusal && !IsNominal(w, refusal.First);
    }

    /// <summary>Among tokens (from, to) a comma and a noun that sums up a claim ("…, una acusación que", "…, a charge").</summary>
    private static bool SummaryBetween(Work w, int from, int to)
    {
        for (int t = from + 1; t + 1 < to; t++)
            if (IsPunct(w, t, ',') && ((w.Cues[t + 1] & Cue.Det) != 0 && t + 2 < to && (w.Cues[t + 2] & Cue.Summary) != 0 || (w.Cues[t + 1] & Cue.Summary) != 0))
                return true; // (or with no article: "…, accusations the RSF rejected", "…, algo que la organización negó")
        return false;
    }

    /// <summary>The subject of a relative clause that opens after <paramref name="earlier"/> and runs, with no comma, up to
    /// <paramref name="groupStart"/> ("…, où la police a fait usage de gaz lacrymogène pour"), or null.</summary>
    private EventArgument? RelativeSubjectBefore(Work w, int groupStart, EventArgument earlier)
    {
        for (int r = groupStart - 1; r > w.From && w.Doc.Tokens[r].Start >= earlier.End; r--)
        {
            if (IsPunct(w, r, ',') || (w.Cues[r] & Cue.Boundary) != 0) return null;
            if (w.Doc.Tokens[r].Kind != TokenKind.Word || (w.Cues[r] & Cue.Relative) == 0) continue;
            int s = ClauseOpensAt(w, r + 1);
            if (!OwnSubjectAt(w, s, groupStart)) return null;
            for (int k = s + 1; k < groupStart; k++)
                if ((w.Cues[k] & (VerbForms | Cue.Aux)) != 0 && w.MentionAt[k] < 0)
                    return FindSubject(w, k, null) is [var subject, ..] && subject.Start >= w.Doc.Tokens[s].Start ? subject : null;
            return null;
        }
        return null;
    }

    /// <summary>A unit of time or measure at <paramref name="t"/> or as the noun of its modifiers ("la troisième nuit
    /// consécutive", "a third straight night"): a time or quantity, no party.</summary>
    private static bool MeasureHead(Work w, int t, int end)
    {
        for (int k = t; k < end && k < t + 3 && IsContent(w, k); k++)
            if ((w.Cues[k] & Cue.Measure) != 0) return true;
        return false;
    }

    /// <summary>Among tokens [from, to) a clause boundary ("since", "cuando") whose clause opens with a subject of its own.</summary>
    private static bool OwnClauseBetween(Work w, int from, int to)
    {
        for (int t = to - 1; t >= from; t--)
            // (A clause of place too: "in Sweida, where clashes have killed".)
            if ((w.Cues[t] & (Cue.Boundary | Cue.Where)) != 0 && w.Doc.Tokens[t].Kind == TokenKind.Word) return OwnSubjectAt(w, ClauseOpensAt(w, t + 1), to);
        return false;
    }

    /// <summary>The first token of a quantity that opens up to six tokens before <paramref name="np"/> and covers the noun at
    /// <paramref name="head"/> ("At least nine people", "una docena de manifestantes"); else <paramref name="np"/>.</summary>
    private static int CountStart(Work w, int np, int head)
    {
        var tokens = w.Doc.Tokens;
        var quantities = w.Doc.Quantities; // in text order
        int from = tokens[Math.Max(w.From, np - 6)].Start, before = tokens[np].Start, e = tokens[head].End;
        for (int i = FirstFrom(quantities, from, static q => q.Start); i < quantities.Count && quantities[i].Start < before; i++)
            if (quantities[i].End >= e && TokenAt(tokens, quantities[i].Start) is int qs and >= 0) return qs;
        return np;
    }

    /// <summary>A relative pronoun among tokens (from, to) opens a clause that runs to <paramref name="to"/> with no comma.</summary>
    private static bool RelativeClauseHolds(Work w, int from, int to)
    {
        for (int t = to - 1; t > from; t--)
        {
            if (IsPunct(w, t, ',') || IsPunct(w, t, ';')) return false;
            if (w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & (Cue.Relative | Cue.Where)) == Cue.Relative && !Complementizer(w, t)) return true;
        }
        return false;
    }

    /// <summary>A quantity starts at the token <paramref name="t"/> ("tres periodistas", "10 civilians").</summary>
    private static bool QuantityStartsAt(Work w, int t)
    {
        int s = w.Doc.Tokens[t].Start, i = FirstFrom(w.Doc.Quantities, s, static q => q.Start);
        return i < w.Doc.Quantities.Count && w.Doc.Quantities[i].Start == s;
    }

    /// <summary>A quantity ends with the noun at <paramref name="t"/> ("10 civilians", "three soldiers"); with
    /// <paramref name="exact"/>, an exact one ("Dos atentados", not "Miles protestan", whose word is a verb).</summary>
    private static bool CountedNoun(Work w, int t, bool exact = false) => CountOf(w, t, exact) is not null;

    /// <summary>The first quantity (an exact one with <paramref name="exact"/>) that ends with the noun at <paramref name="t"/>, or null.</summary>
    private static Quantity? CountOf(Work w, int t, bool exact)
    {
        var quantities = w.Doc.Quantities; // in text order: those that start between the sentence's start and the noun
        int e = w.Doc.Tokens[t].End;
        for (int i = FirstFrom(quantities, w.Doc.Tokens[w.From].Start, static q => q.Start); i < quantities.Count && quantities[i].Start < e; i++)
            if (quantities[i].End == e && !(exact && quantities[i].Approx)) return quantities[i];
        return null;
    }

    /// <summary>An exact count of the noun at <paramref name="t"/> opens its sentence (after articles: "Dos marchas …
    /// convergieron", "Los tres disturbios se cobraron") or follows a verb of occurring ("se produjeron ocho detenciones"): the
    /// events counted are what the clause tells — not a figure in passing ("(7.000 manifestaciones en lo que va de año)").</summary>
    private static bool CountOpensClause(Work w, int t)
    {
        if (CountOf(w, t, exact: true) is not { } count) return false;
        int s = TokenAt(w.Doc.Tokens, count.Start);
        while (s - 1 >= w.From && (w.Cues[s - 1] & (Cue.Det | Cue.Prep)) == Cue.Det && w.MentionAt[s - 1] < 0) s--;
        return s == w.From || PrevWord(w, s) is int v and >= 0 && (w.Marks[v] & Mark.Occur) != 0;
    }

    /// <summary>For an infinitive whose particle follows a conjunction ("… et à libérer", "… e di liberare", "… and to free"), the
    /// infinitive coordinated before it (at most eight words back, no punctuation but a comma), or null.</summary>
    private static int? CoordinatedInfinitiveBefore(Work w, int infinitive)
    {
        int p = PrevWord(w, infinitive);
        if (p >= w.From && InfinitiveParticle(w, p)) p = PrevWord(w, p);
        if (p < w.From || (w.Cues[p] & Cue.Coord) == 0) return null;
        for (int t = p - 1; t >= w.From && p - t <= 8; t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation && !IsPunct(w, t, ',') && !IsQuote(w.Doc.Text[w.Doc.Tokens[t].Start])) return null;
            if ((w.Cues[t] & Cue.Infinitive) != 0 && (w.Cues[t] & Cue.Prep) == 0 && w.Doc.Tokens[t].Kind == TokenKind.Word) return t;
            // (English: the particle, then the verb: "to end the violence and join".)
            if ((w.Cues[t] & (Cue.Infinitive | Cue.Prep | Cue.Det)) == (Cue.Infinitive | Cue.Prep) && t + 1 < p && IsLowerContentWord(w, t + 1)) return t + 1;
        }
        return null;
    }

    /// <summary>The first word of the title or description before the name at <paramref name="first"/> ("il presidente
    /// statunitense Donald Trump", "Chancellor Olaf Scholz", "el movimiento islamista Hamás"): lower-case words, nouns for
    /// people and demonyms, at most three (with <paramref name="stopAtVerbs"/>, no verb form among them).</summary>
    private static int DescriptorStart(Work w, int first, int floor, bool stopAtVerbs = true)
    {
        int t = first;
        for (int steps = 0; steps < 3 && t - 1 >= Math.Max(w.From, floor); steps++)
        {
            int p = t - 1;
            bool demonym = w.MentionAt[p] >= 0 && w.Doc.Mentions[w.MentionAt[p]].Rule == "demonym";
            bool title = w.MentionAt[p] < 0 && (IsLowerContentWord(w, p) || (w.Cues[p] & Cue.Actor) != 0 && w.Doc.Tokens[p].Kind == TokenKind.Word);
            if (!demonym && !title) break;
            if (stopAtVerbs && !demonym && (w.Cues[p] & (VerbForms | Cue.Past | Cue.Participle | Cue.Speech)) != 0 && (w.Cues[p] & Cue.Actor) == 0) break;
            t = p;
        }
        return t;
    }

    /// <summary>A comma among tokens (from, to).</summary>
    private static bool CommaAmong(Work w, int from, int to)
    {
        for (int t = from + 1; t < to; t++) if (IsPunct(w, t, ',')) return true;
        return false;
    }

    /// <summary>A name (or a relative and a name) right after <paramref name="from"/> and then a verb of denial: the noun
    /// before is what that name denies.</summary>
    private static bool DeniedAfter(Work w, int from)
    {
        int t = from;
        if (t < w.To && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Relative) != 0) t++;
        if (t >= w.To || w.MentionAt[t] < 0) return false;
        int mi = w.MentionAt[t];
        while (t < w.To && w.MentionAt[t] == mi) t++;
        while (t < w.To && (w.Cues[t] & (Cue.Aux | Cue.Det)) == Cue.Aux) t++; // "has", "ha"
        return DenialBetween(w, t, t + 1);
    }

    /// <summary>The noun trigger opens its sentence with its article ("Il raid", "The attack") and a passive stance verb follows
    /// it ("è stato condannato", "was condemned").</summary>
    private static bool PassiveStanceAfter(Work w, LexiconMatch m)
    {
        int first = m.First;
        while (first - 1 >= w.From && (w.Cues[first - 1] & Cue.Det) != 0 && (w.Cues[first - 1] & Cue.Prep) == 0) first--;
        if (first != w.From) return false;
        int t = m.Last + 1, aux = 0;
        while (t < w.To && (w.Cues[t] & (Cue.Aux | Cue.Passive)) != 0 && (w.Cues[t] & Cue.Det) == 0) { if ((w.Cues[t] & Cue.Passive) != 0) aux++; t++; }
        return aux > 0 && t < w.To && (w.Cues[t] & Cue.Participle) != 0
               && TriggerAt(w, t, first: true)?.Pattern.Type is "DISAPPROVE" or "SUPPORT" or "REJECT";
    }

    /// <summary>
    /// Who carried out or claimed the event noun of <paramref name="m"/> when the noun's phrase opens its clause (at the sentence's
    /// start or after "que"/"che") as the subject of a passive of a <see cref="Mark.Perform"/> verb: past the noun's modifiers
    /// (at most ten words, no verb) or one aside between commas, dashes or parentheses, the passive auxiliaries, the participle, then the agent — a name,
    /// a noun for people, or an unrecognised capitalised name. "El ataque, cuyo primer balance era de cinco muertos, fue lanzado
    /// por tropas leales", "Dos de los ataques, perpetrados en Bayaa, fueron reivindicados por Estado Islámico", "la plupart de
    /// ces attentats ont été revendiqués par les jihadistes". Else null.
    /// </summary>
    private static EventArgument? PerformerAfter(Work w, LexiconMatch m)
    {
        // The phrase opens the clause: articles, counts and modifiers before the noun ("Dos de los", "todos los", "el supuesto").
        int b = m.First - 1;
        for (int k = 0; k < 4 && b >= w.From && w.MentionAt[b] < 0 && ((w.Cues[b] & (Cue.Det | Cue.Genitive)) != 0 && (w.Cues[b] & (Cue.Relative | Cue.Boundary)) == 0
                 || w.Doc.Tokens[b].Kind == TokenKind.Number || QuantityStartsAt(w, b) || IsLowerContentWord(w, b) && (w.Cues[b] & AnyVerbForm) == 0); k++) b--;
        if (b >= w.From && !((w.Cues[b] & Cue.Relative) != 0 && w.Doc.Tokens[b].Kind == TokenKind.Word)) return null;
        int t = m.Last + 1;
        for (int words = 0; t < w.To; t++, words++)
        {
            // (An aside between commas, dashes or parentheses: "Gli attentati - un'autobomba e due attentati suicidi - sono stati
            // rivendicati".)
            char open = w.Doc.Tokens[t].Kind == TokenKind.Punctuation ? w.Doc.Text[w.Doc.Tokens[t].Start] : '\0';
            if (open is ',' or '-' or '–' or '—' or '(')
            {
                char closing = open == '(' ? ')' : open;
                int close = t + 1;
                while (close < w.To && close - t <= 15 && !IsPunct(w, close, closing)) close++;
                if (close >= w.To || close - t > 15) return null;
                t = close + 1;
                if (closing == ')' && t < w.To && IsPunct(w, t, ',')) t++; // "El ataque (…), fue lanzado"
                break;
            }
            if (w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Passive | Cue.Aux)) != 0 && (w.Cues[t] & (Cue.Det | Cue.Prep)) == 0) break;
            if (words == 10 || w.Doc.Tokens[t].Kind == TokenKind.Punctuation && !IsQuoteMark(w, t)
                || w.MentionAt[t] < 0 && (w.Cues[t] & (VerbForms | Cue.Gerund | Cue.Relative | Cue.Boundary | Cue.Coord)) != 0 && (w.Cues[t] & Cue.Noun) == 0) return null;
        }
        // The passive: auxiliaries (one of them passive), adverbs, then the participle of carrying out ("llevados a cabo").
        int passives = 0;
        while (t < w.To && w.MentionAt[t] < 0 && ((w.Cues[t] & (Cue.Passive | Cue.Aux)) != 0 && (w.Cues[t] & (Cue.Det | Cue.Prep)) == 0 || IsAdverb(w, t)))
        {
            if ((w.Cues[t] & Cue.Passive) != 0 && (w.Marks[t] & Mark.Perform) == 0) passives++;
            else if ((w.Marks[t] & Mark.Perform) != 0) break;
            t++;
        }
        if (passives == 0 || t >= w.To || (w.Marks[t] & Mark.Perform) == 0) return null;
        while (t < w.To && (w.Marks[t] & Mark.Perform) != 0) t++;
        while (t < w.To && IsAdverb(w, t)) t++;
        if (t >= w.To || (w.Cues[t] & Cue.Agent) == 0 || (w.Cues[t] & Cue.TargetPrep) != 0) return null;
        int a = t + 1;
        while (a < w.To && w.MentionAt[a] < 0 && (w.Cues[a] & (Cue.Det | Cue.Genitive)) != 0 && (w.Cues[a] & Cue.Actor) == 0) a++;
        if (a < w.To && w.MentionAt[a] >= 0) return Argument(w, w.MentionAt[a], a, NameEnd(w, a));
        // A noun for people, after a count ("por cuatro cazas de combate" is no person; "da un team di 14 Navy Seals").
        for (int k = a; k < w.To && k <= a + 2; k++)
            if (w.MentionAt[k] < 0 && (w.Cues[k] & Cue.Actor) != 0)
                return DescriptionAround(w, k, Math.Min(w.To, k + 10), inPhrase: true) is { } by ? PersonNamedLast(w, by) : null;
        return DescribedAgentAfter(w, t);
    }

    /// <summary>The argument names a state or its rulers: a country or government entity, or a phrase whose first word is a
    /// <see cref="Mark.Ruler"/> ("regime di Assad", "Gobierno", "régime syrien").</summary>
    private static bool Rules(Work w, EventArgument a)
    {
        if (a.Id is { } id) return IsState(id);
        int head = SkipDets(w, TokenAt(w.Doc.Tokens, a.Start));
        return head < w.To && (w.Marks[head] & Mark.Ruler) != 0;
    }

    /// <summary>The agent found after an event noun is that of a participle of another event between them: "Las protestas de
    /// ayer fueron reprimidas por la policía" — the police repressed, they did not protest (a verb of carrying out passes:
    /// "el ataque fue llevado a cabo por").</summary>
    private static bool AgentOfOtherVerb(Work w, LexiconMatch m, EventArgument agent)
    {
        for (int t = m.Last + 1; t < w.To && w.Doc.Tokens[t].Start < agent.Start; t++)
            // (An irregular participle the suffixes miss too: "la manifestazione fu dispersa dalla polizia".)
            if (((w.Cues[t] & Cue.Participle) != 0 || (w.Cues[t] & Cue.Infinitive) == 0 && !IsNominal(w, t)) && (w.Marks[t] & Mark.Perform) == 0 && w.MentionAt[t] < 0
                && TriggerAt(w, t, first: true) is { Pattern.Type: { } other } && other != m.Pattern.Type) return true;
        return false;
    }

    /// <summary>The opening comma of an aside of saying that ends with a comma right before <paramref name="groupStart"/>: at
    /// most nine tokens, one of them a verb of saying, no other punctuation, no relative or clause opener, and words before
    /// it ("L'UA, hanno precisato le fonti, si riunisce"); else null.</summary>
    private static int? SpeechAsideBefore(Work w, int groupStart)
    {
        int close = groupStart - 1;
        if (close - 2 <= w.From || !IsPunct(w, close, ',')) return null;
        bool speech = false;
        for (int t = close - 1; t > w.From && t >= close - 9; t--)
        {
            if (IsPunct(w, t, ',')) return speech && t - 1 >= w.From && w.Doc.Tokens[t - 1].Kind == TokenKind.Word ? t : null;
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (Cue.Relative | Cue.Boundary | Cue.Report)) != 0 && w.MentionAt[t] < 0) return null;
            speech |= (w.Cues[t] & Cue.Speech) != 0 && w.MentionAt[t] < 0;
        }
        return null;
    }

    private static bool DenialBetween(Work w, int from, int to)
    {
        foreach (var m in w.Matches) if (m.Pattern.Mode == "deny" && m.First >= from && m.First < to) return true;
        return false;
    }

    private static bool HasPassiveAux(Work w, int t)
    {
        // (A predicate of stance after a copula is its subject's stance, "El sindicato es crítico con el gobierno", "La Russie est
        // opposée à toute intervention" — unless its agent follows: "the plan was opposed by Russia".)
        if ((w.Marks[t] & Mark.Predicate) != 0 && !(t + 1 < w.To && (w.Cues[t + 1] & (Cue.Agent | Cue.TargetPrep)) == Cue.Agent)) return false;
        // "fueron reprimidos por", "è stato inviato da": a passive auxiliary right before, and an agent after (checked later).
        int prev = PrevWord(w, t);
        // (Past adverbs: "a été grièvement blessé", "was badly hurt".)
        // (… an irregular participle's too: "fu immediatamente dispersa".)
        while (prev >= 0 && IsAdverb(w, prev) && ((w.Cues[t] & Cue.Participle) != 0 || !IsNominal(w, t))) prev = PrevWord(w, prev);
        // (Not before a gerund: "it was suspending an agreement" is progressive.)
        if (prev >= 0 && (w.Cues[prev] & Cue.Passive) != 0) return (w.Cues[t] & (Cue.Gerund | Cue.Participle)) != Cue.Gerund;
        // A participle coordinated with a passive one shares its auxiliary: "ont été déclarés « persona non grata » et sommés de
        // quitter le territoire" — the diplomats are summoned, they summon nobody.
        if (prev < 0 || (w.Cues[prev] & Cue.Coord) == 0 || (w.Cues[t] & Cue.Participle) == 0) return false;
        // (Not one with a name for its object: "said that the sites had been destroyed and warned Tehran".)
        if (t + 1 < w.To && w.MentionAt[t + 1] >= 0) return false;
        // (Nor one with an article or a quantifier for its object: "said he was alarmed by the strikes and urged both sides".)
        if (t + 1 < w.To && (w.Cues[t + 1] & (Cue.Det | Cue.Prep | Cue.Genitive | Cue.Aux)) == Cue.Det) return false;
        for (int k = prev - 1; k >= w.From && k >= prev - 8; k--)
        {
            if (w.Doc.Tokens[k].Kind == TokenKind.Punctuation && !IsQuote(w.Doc.Text[w.Doc.Tokens[k].Start])) return false;
            if ((w.Cues[k] & Cue.Participle) != 0 && PrevWord(w, k) is int pk and >= 0 && (w.Cues[pk] & Cue.Passive) != 0) return true;
            if ((w.Cues[k] & (Cue.Verb | Cue.Past | Cue.Boundary)) != 0) return false;
        }
        return false;
    }

    /// <summary>A reflexive clitic before the auxiliary of the participle at t: a pronominal verb in a compound tense, not a
    /// passive — "le truppe si sono ritirate dalla città" (the troops withdrew; "dalla città" is no agent), "se sont retirées".</summary>
    private static bool ReflexiveBefore(Work w, int t)
    {
        int aux = PrevWord(w, t);
        while (aux >= 0 && IsAdverb(w, aux)) aux = PrevWord(w, aux); // "s'est toujours défendu", "si è poi ritirato"
        return aux >= 0 && (w.Cues[aux] & (Cue.Passive | Cue.Aux)) != 0 && PrevWord(w, aux) is int clitic and >= 0 && (w.Cues[clitic] & Cue.Reflexive) != 0;
    }

    /// <summary>Whether the event noun at <paramref name="noun"/>, right after the verb of the group at <paramref name="groupStart"/>,
    /// is that verb's subject: after a reflexive or impersonal clitic, a passive or a verb of occurring, with no subject of the
    /// verb's own before it.</summary>
    private static bool NounIsPostposedSubject(Work w, int groupStart, int noun)
    {
        if ((w.Cues[noun] & Cue.Prep) != 0) return false; // "se fotografiaron en solidaridad con": a phrase, no subject
        // (Not after a subject of its own: "Una facción de los talibanes se atribuyó el ataque" — the noun is its object.)
        // (An adjunct a preposition opens may stand there: "En Trípoli se habían extendido las protestas", "nelle ultime settimane".)
        int before = groupStart - 1;
        while (before >= w.From && w.InTime[before]) before--;
        if (before >= w.From && w.Doc.Tokens[before].Kind == TokenKind.Word && (w.Cues[before] & (Cue.Relative | Cue.Coord | Cue.Boundary | Cue.Where | Cue.Prep | Cue.Locative)) == 0
            && !IsAdverb(w, before))
        {
            int k = before;
            for (int words = 0; k >= w.From && words < 6 && (w.MentionAt[k] >= 0 || IsArticle(w, k) || IsContent(w, k) && (w.Cues[k] & AnyVerbForm) == 0); words++) k--;
            if (!(k >= w.From && (w.Cues[k] & (Cue.Prep | Cue.Locative)) != 0 && (w.Cues[k] & Cue.Genitive) == 0)) return false;
        }
        // The verb right before the noun with its modifiers ("i presunti attacchi", "ocho ejecuciones") — or before the bare noun,
        // where a participle reads as a modifier ("si sono svolte manifestazioni").
        int verb = VerbRightBefore(NounPhraseStart(w, ModifiedNounStart(w, noun)));
        if (verb < 0) verb = VerbRightBefore(NounPhraseStart(w, noun));
        if (verb < 0) return false;
        // (… and a verb of occurring: "la zona donde ocurrió un presunto ataque", "dove è avvenuto l'attacco".)
        return (w.Cues[groupStart] & Cue.Reflexive) != 0 || PostposedPassiveSubject(w, groupStart) || (w.Marks[verb] & Mark.Occur) != 0;

        int VerbRightBefore(int phrase)
        {
            int v = phrase - 1;
            while (v > groupStart && (IsAdverb(w, v) || IsCountOrArticle(w, v) || QuantityStartsAt(w, v))) v--;
            return v >= groupStart && ((w.Cues[v] & (Cue.Verb | Cue.Participle | Cue.Past)) != 0 || (w.Marks[v] & Mark.Occur) != 0) && (w.Cues[v] & Cue.Noun) == 0 && w.MentionAt[v] < 0 ? v : -1;
        }
    }

    /// <summary>The first token of the verb group ending at the trigger (for a noun: of the verb that governs it).</summary>
    private static int VerbGroupStart(Work w, int trigger, bool nominal, int depth = 0)
    {
        int t = trigger;
        // A later noun of a list has the list's verb: "buscar envíos de alimentos, energía y apoyo militar".
        if (nominal && depth < 3 && ListHead(w, trigger) is int head) return VerbGroupStart(w, head, nominal: true, depth + 1);
        // … and a noun coordinated with the bare object of a verb of receiving, that verb's: "podría estar recibiendo tecnologías
        // militares clave y ayuda" — the receiver undergoes it, in the verb's mood. (Other verbs' subjects may be no actor of the
        // noun: "se estarían registrando incidentes y quemas".)
        if (nominal && depth < 3 && PrevWordAcrossQuote(w, trigger) is int coord and >= 0 && (w.Cues[coord] & Cue.Coord) != 0
            && BareObjectVerb(w, coord) is int objectOf && (w.Cues[objectOf] & Cue.Undergo) != 0) return VerbGroupStart(w, objectOf, nominal: false, depth + 1);
        if (nominal)
        {
            // The verb that governs the noun as its object: "effettuerà una visita", "realizar un viaje"; through a
            // preposition only after a verb of intention ("se prepara para una visita") — "vietato dalle sanzioni" is not.
            int prev = PrevWordAcrossQuote(w, t);
            if (prev >= 0 && NationalityModifier(w, prev)) { t = prev; prev = PrevWordAcrossQuote(w, prev); } // "denied Western accusations"
            // Weapons naming its kind, coordinated too: "missile and drone attacks".
            while (prev >= 0 && (w.Cues[prev] & Cue.Instrument) != 0 && w.MentionAt[prev] < 0 && IsLowerContentWord(w, prev))
            {
                t = prev;
                prev = PrevWordAcrossQuote(w, prev);
                if (prev >= 0 && (w.Cues[prev] & Cue.Coord) != 0 && PrevWordAcrossQuote(w, prev) is int other and >= 0 && (w.Cues[other] & Cue.Instrument) != 0) prev = other;
            }
            // Adjectives and modifiers after an article ("a social media ban").
            if (prev >= 0 && IsLowerContentWord(w, prev))
            {
                int a = prev, q = PrevWordAcrossQuote(w, prev);
                for (int n = 0; n < 2 && q >= 0 && IsLowerContentWord(w, q) && (w.Cues[q] & (VerbForms | Cue.Actor | Cue.Participle)) == 0 && (w.Cues[prev] & (VerbForms | Cue.Actor | Cue.Participle)) == 0
                                 && !TimeNoModifier(w, q) && !TimeNoModifier(w, prev); n++) { a = q; q = PrevWordAcrossQuote(w, q); }
                // (… or after a preposition, when a genitive follows the noun: "amid reports of mass killings of civilians" — "mass"
                // governs nothing; not "to improve cooperation", nor "Familiares de reos exigen mejorar", a verb and its object.)
                if (q >= 0 && ((w.Cues[q] & Cue.Det) != 0 || (w.Cues[q] & (Cue.Prep | Cue.Genitive)) != 0 && (w.Cues[q] & (Cue.Infinitive | Cue.Aux)) == 0
                                                             && (w.Cues[a] & AnyVerbForm) == 0
                                                             && trigger + 1 < w.To && (w.Cues[trigger + 1] & Cue.Genitive) != 0)) { t = a; prev = q; }
                // (After "to" or an auxiliary the first of them is the verb: "would not seek to open accession negotiations".)
                else if (q >= 0 && a != prev && (w.Cues[q] & (Cue.Infinitive | Cue.Aux)) != 0 && (w.Cues[q] & Cue.Det) == 0) { t = a + 1; prev = a; }
            }
            // "forniranno all'Ucraina 40 miliardi di euro di aiuti militari", "$300 million in military aid": the verb governs the
            // amount of the noun, and the recipient may stand before it.
            if (AmountBefore(w, t) is int amount) { t = amount; prev = PrevWordAcrossQuote(w, t); if (RecipientBefore(w, t) is int r) { t = r; prev = PrevWordAcrossQuote(w, t); } }
            // A count of the noun itself: "a mené plus d'une vingtaine de frappes" (the count's words are no modifiers to walk).
            else if (CountOfNoun(w, trigger) is int count && count < t) { t = count; prev = PrevWordAcrossQuote(w, t); }
            bool throughPrep = false, genitiveOnly = true, throughAgent = false;
            for (int round = 0; round < 2; round++)
            {
                while (prev >= 0 && (w.Cues[prev] & (Cue.Det | Cue.Prep | Cue.Genitive)) != 0 && ((w.Cues[prev] & Cue.Aux) == 0 || (w.Cues[prev] & Cue.Det) != 0))
                {
                    // French partitive before an adjective after a verb, "a imposé de nouvelles sanctions": an article, not a preposition.
                    bool partitive = (w.Cues[prev] & Cue.Partitive) != 0 && t != trigger && (w.Cues[t] & Cue.Det) != 0
                                     && PrevWordAcrossQuote(w, prev) is int v and >= 0 && (w.Cues[v] & (VerbForms | Cue.Participle)) != 0;
                    // (A locative article is a preposition too: "nel primo giorno del cessate il fuoco" is no object; so is a genitive
                    // article after a noun: "le début des émeutes", not "a annoncé des sanctions".)
                    if ((w.Cues[prev] & Cue.Det) == 0 && !partitive || (w.Cues[prev] & (Cue.Locative | Cue.Det | Cue.Genitive)) == (Cue.Locative | Cue.Det)
                        || (w.Cues[prev] & (Cue.Det | Cue.Genitive)) == (Cue.Det | Cue.Genitive) && NounBefore(w, prev))
                    { throughPrep = true; genitiveOnly &= (w.Cues[prev] & Cue.Genitive) != 0; throughAgent |= (w.Cues[prev] & (Cue.Agent | Cue.TargetPrep)) == Cue.Agent; }
                    t = prev;
                    prev = PrevWordAcrossQuote(w, prev);
                }
                // Time expressions and adverbs between the verb and its object: "ha condenado vehementemente el ataque", "a annoncé
                // dans la nuit la rupture" (with their preposition).
                // (… and a place with its preposition: "iniciaron este miércoles en Ginebra una ronda de conversaciones".)
                // (Not a time the noun qualifies through its genitive, which no verb governs: "after four days of attacks".)
                if (throughPrep && genitiveOnly && prev >= 0 && w.InTime[prev] && (w.Cues[t] & Cue.Genitive) != 0) return -1;
                while (prev >= 0)
                {
                    if (w.InTime[prev] || IsAdverb(w, prev) || (w.Cues[prev] & Cue.Prep) != 0 && prev + 1 < w.To && w.InTime[prev + 1] && prev + 1 < t)
                        prev = PrevWordAcrossQuote(w, prev);
                    // (… and a phrase of manner: "ha condannato con la massima fermezza l'attacco", "condenó con firmeza el ataque".)
                    else if (!throughPrep && MannerPhraseStart(w, prev) is int manner and >= 0)
                        prev = PrevWordAcrossQuote(w, manner);
                    else if (w.MentionAt[prev] >= 0 && w.Doc.Mentions[w.MentionAt[prev]].Type == EntityType.Loc && PrevWord(w, NameStart(w, prev)) is int lp and >= 0
                             && (w.Cues[lp] & (Cue.Locative | Cue.Genitive | Cue.Det)) == Cue.Locative && PrevWord(w, lp) is int beforePlace and >= 0
                             && (w.InTime[beforePlace] || (w.Cues[beforePlace] & (VerbForms | Cue.Past | Cue.Participle)) != 0))
                        prev = PrevWord(w, lp);
                    // (… and to whom, right after the verb: "a offert à la Syrie une aide humanitaire", "ha inviato alla Libia aiuti".)
                    // (A dative "a"/"à" only, after no verb of saying: "recordó a los bahreiníes el asesinato" tells it, "evaluar con El Asad
                    // el acuerdo" weighs it.)
                    else if (!throughPrep && w.MentionAt[prev] >= 0 && RecipientBefore(w, prev + 1) is int rp && rp < prev
                             && (w.Cues[rp] & (Cue.TargetPrep | Cue.Locative | Cue.Comitative)) == (Cue.TargetPrep | Cue.Locative)
                             && PrevWord(w, rp) is int giver and >= 0 && (w.Cues[giver] & (VerbForms | Cue.Past | Cue.Participle)) != 0 && (w.Cues[giver] & Cue.Speech) == 0
                             && w.MentionAt[giver] < 0)
                        prev = giver;
                    else break;
                }
                // A noun about the event ("seguirà l'attuazione dell'intesa", "marked the anniversary of the attack"): its verb
                // does not do the event.
                if (throughPrep && genitiveOnly && prev >= 0 && (w.Marks[prev] & Mark.Frame) != 0) return -1;
                // "un movimiento de protesta", "su segundo día de huelga": the trigger qualifies a noun through "de"; the verb
                // governs that noun.
                if (round > 0 || !throughPrep || !genitiveOnly || prev < 0 || !IsLowerContentWord(w, prev) || (w.Cues[prev] & (Cue.Plan | VerbForms)) != 0) break;
                int q = prev;
                for (int words = 0; words < 2 && q >= 0 && IsLowerContentWord(w, q) && (w.Cues[q] & VerbForms) == 0; words++) q = PrevWordAcrossQuote(w, q);
                if (q < 0 || (w.Cues[q] & Cue.Det) == 0 || (w.Cues[q] & (Cue.Prep | Cue.Aux)) != 0) break;
                throughPrep = false;
                prev = q;
            }
            // (A temporal word that looks like a verb governs nothing: "following talks mediated by Washington"; nor does a verb that
            // ends or breaks what it names: "accusando Hamas di aver violato l'accordo", "to halt fighting between …" — unless the
            // event is its subject's own: "Israel ended its offensive".)
            // (A light verb's participle after its auxiliary governs too: "ha avuto colloqui", "ha fatto visita".)
            // (Nor does "including": "apoyo militar, incluyendo transferencias de tecnología" names a part of what was told.)
            if (prev < 0 || w.MentionAt[prev] >= 0 || (w.Cues[prev] & (Cue.Temporal | Cue.Including)) != 0
                || (w.Marks[prev] & Mark.Frame) != 0 && !(prev + 1 < w.To && (w.Cues[prev + 1] & Cue.Own) != 0)
                || !(IsLowerContentWord(w, prev) || (w.Cues[prev] & Cue.Plan) != 0 || CompoundPast(w, prev))) return -1;
            // (Not a participle's agent: "lo scambio previsto dall'accordo" — the agreement plans nothing, it is no plan.)
            // (Nor through a preposition, but after a verb of intention or of taking part: "se prepara para una visita", "participar
            // en bombardeos".)
            if (throughPrep && ((w.Cues[prev] & Cue.Plan) == 0 && (w.Marks[prev] & Mark.Partake) == 0 || throughAgent)) return -1;
            t = prev;
            while (t - 1 >= w.From && (w.Marks[t] & Mark.Partake) != 0 && (w.Marks[t - 1] & Mark.Partake) != 0) t--; // "took part", "prendere parte"

        }
        for (int steps = 0; steps < 6; steps++)
        {
            int prev = PrevWord(w, t);
            if (prev < 0) break;
            var c = w.Cues[prev];
            bool groupWord = (c & (Cue.Aux | Cue.Negation | Cue.Modal | Cue.Plan | Cue.Volition | Cue.Conditional | Cue.Future)) != 0
                             || IsAdverb(w, prev)
                             || ((c & (Cue.Prep | Cue.Genitive | Cue.TargetPrep)) != 0 && PrevWord(w, prev) is int pp and >= 0
                                 && ((w.Cues[pp] & (Cue.Plan | Cue.Modal | Cue.Volition)) != 0
                                     // (… or an auxiliary verb's "a": "no volverá a negociar", "non tornerà a negoziare".)
                                     || (c & (Cue.Genitive | Cue.Comitative)) == 0 && (w.Cues[pp] & (Cue.Aux | Cue.Det)) == Cue.Aux && IsLowerContentWord(w, pp)));
            if (!groupWord || w.MentionAt[prev] >= 0) break;
            t = prev;
        }
        return t;
    }

    /// <summary>The state a weapon right after a verb belongs to, by a nationality before or after it, past articles and counts:
    /// "five Indian jets", "un drone russo" (or right after a trigger that ends on the weapon); else null.</summary>
    private static EventArgument? WeaponOwnerAfter(Work w, int t)
    {
        int first = SkipCountsAndArticles(w, t);
        if (first + 1 >= w.To) return null;
        int nationality = t - 1 >= w.From && (w.Cues[t - 1] & Cue.Instrument) != 0 && w.MentionAt[t - 1] < 0 ? t // a trigger that ends on it: "derribó 40 drones rusos"
                          : (w.Cues[first] & Cue.Instrument) != 0 && w.MentionAt[first] < 0 ? first + 1
                          : (w.Cues[first + 1] & Cue.Instrument) != 0 && w.MentionAt[first + 1] < 0 ? first : -1;
        if (nationality < 0 || w.MentionAt[nationality] is not (var mi and >= 0) || NameStart(w, nationality) != nationality || NameEnd(w, nationality) != nationality) return null;
        return Argument(w, mi, nationality, nationality) is { Id: { } id } owner && IsState(id) ? owner : null;
    }

    /// <summary>A noun right before <paramref name="t"/>: a lower-case word that is no verb form, after an article or a genitive
    /// preposition (and at most one more word): "le début", "au septième jour", "di monitoraggio". (Present-tense verbs carry no
    /// verb cue in every language; the article tells.)</summary>
    private static bool NounBefore(Work w, int t)
    {
        int n = PrevWordAcrossQuote(w, t);
        if (n < w.From || !IsLowerContentWord(w, n) || (w.Cues[n] & (VerbForms | Cue.Participle | Cue.Aux | Cue.Plan | Cue.Speech)) != 0) return false;
        int d = PrevWordAcrossQuote(w, n);
        if (d >= w.From && IsLowerContentWord(w, d) && (w.Cues[d] & (VerbForms | Cue.Participle)) == 0) d = PrevWordAcrossQuote(w, d);
        // (… or after a preposition: "il meccanismo di monitoraggio della tregua".)
        return d >= w.From && ((w.Cues[d] & Cue.Det) != 0 || (w.Cues[d] & (Cue.Genitive | Cue.Infinitive)) == Cue.Genitive);
    }

    /// <summary>The first token of an amount right before <paramref name="noun"/> and the preposition that joins them ("40 miliardi
    /// di euro di", "300 millones de dólares en", "$300 million in"), or null.</summary>
    private static int? AmountBefore(Work w, int noun)
    {
        int prep = PrevWord(w, noun);
        if (prep < 0 || (w.Cues[prep] & (Cue.Prep | Cue.Genitive)) == 0 || prep - 1 < w.From) return null;
        int end = w.Doc.Tokens[prep - 1].End;
        foreach (var q in w.Doc.Quantities)
            if (q.End == end && q.Unit is not null && q.Start >= w.Doc.Tokens[w.From].Start && (w.Cues[prep - 1] & Cue.Measure) == 0) // (not "il primo giorno del")
                return TokenAt(w.Doc.Tokens, q.Start);
        return null;
    }

    /// <summary>The first token of a quantity whose unit is the noun at <paramref name="noun"/> ("plus d'une vingtaine de
    /// frappes", "30 raids"), or null.</summary>
    private static int? CountOfNoun(Work w, int noun) =>
        CountOf(w, noun, exact: false) is { } q && q.Start < w.Doc.Tokens[noun].Start ? TokenAt(w.Doc.Tokens, q.Start) : null;

    /// <summary>A recipient right before <paramref name="t"/>: a name after a target preposition ("all'Ucraina", "a Ucrania") or
    /// a bare name right after the verb (English double object: "give Ukraine $300 million"); its first token (with the
    /// preposition), or null.</summary>
    private static int? RecipientBefore(Work w, int t)
    {
        int last = t - 1;
        if (last < w.From || w.MentionAt[last] < 0) return null;
        int first = last;
        while (first - 1 >= w.From && w.MentionAt[first - 1] == w.MentionAt[last]) first--;
        int before = first - 1;
        while (before >= w.From && (w.Cues[before] & Cue.Det) != 0 && (w.Cues[before] & (Cue.TargetPrep | Cue.Prep)) == 0) before--;
        if (before < w.From) return null;
        if ((w.Cues[before] & Cue.TargetPrep) != 0) return before;
        return IsLowerContentWord(w, before) ? first : null; // right after the verb
    }

    /// <summary>The recipient between a governing verb and its noun ("ha inviato all'Ucraina aiuti militari", "enviará a Ucrania
    /// 300 millones de dólares en ayuda militar", "give Ukraine $300 million in military aid"), or null.</summary>
    private static EventArgument? RecipientBetween(Work w, int verb, int noun)
    {
        for (int t = verb + 1; t < noun; t++)
        {
            if (w.MentionAt[t] < 0) continue;
            int last = t;
            while (last + 1 < noun && w.MentionAt[last + 1] == w.MentionAt[t]) last++;
            if (RecipientBefore(w, last + 1) is int r && r <= t && r > verb) return Argument(w, w.MentionAt[t], t, last);
            t = last;
        }
        return null;
    }

    /// <summary>The count of the event's participants in their own phrase: a crowd that demonstrates or protests ("Environ 3000
    /// manifestants ont défilé", "Miles de venezolanos salieron a las calles"), the victims of an event done to people ("Almeno
    /// 12 persone sono state uccise … e decine ferite": 12, not the dozens wounded after the verb).</summary>
    private static Quantity? ParticipantCount(Work w, string type, string? mode, EventArgument? source, EventArgument? target)
    {
        var phrase = type is "MOBILIZE" or "PROTEST" ? source : EventOntology.PatientGenitive(type, mode) ? target : null;
        if (phrase is null) return null;
        foreach (var q in w.Doc.Quantities)
            if (q.End > phrase.Start && q.Start < phrase.End && q.Unit is not null && q.Unit != "%") return q; // "Environ 3000 manifestants": the hedge is outside the phrase
        return null;
    }

    /// <summary>An amount between a governing verb and its noun ("forniranno … 40 miliardi di euro di aiuti militari").</summary>
    private static Quantity? QuantityBetween(Work w, int verb, int noun) =>
        CountIn(w, w.Doc.Tokens[verb].End, w.Doc.Tokens[noun].Start, endBy: w.Doc.Tokens[noun].Start);

    /// <summary>An adverb (the language's <c>adverb</c> cues: "-mente", "-ly", listed French forms), not a name.</summary>
    private static bool IsAdverb(Work w, int t) => (w.Cues[t] & Cue.Adverb) != 0 && w.MentionAt[t] < 0;

    /// <summary>A word of a time expression that is no modifier of a noun: "ieri", "domenica" — not a compound duration, "a
    /// three-month humanitarian truce".</summary>
    private static bool TimeNoModifier(Work w, int t) => w.InTime[t] && !w.Doc.TokenText(w.Doc.Tokens[t]).Contains('-');

    /// <summary>1 when the word at <paramref name="t"/> is a partitive article (an article that is also a genitive) right after a
    /// preposition that is none ("sur des", "par des"), else 0.</summary>
    private static int PartitiveAfterPreposition(Work w, int t, int floor) =>
        t - 1 >= Math.Max(floor, w.From) && (w.Cues[t] & (Cue.Det | Cue.Genitive)) == (Cue.Det | Cue.Genitive) && (w.Cues[t - 1] & (Cue.Prep | Cue.Genitive | Cue.Det)) == Cue.Prep ? 1 : 0;

    /// <summary>The preposition opening a phrase of manner that ends at <paramref name="last"/> right after a verb: "con la massima
    /// fermezza", "avec la plus grande fermeté", "par la force" (a comitative or agent preposition, then at most five words, no name,
    /// preposition or noun for people, ending on a noun of manner, <see cref="Mark.Manner"/>); else -1.</summary>
    private static int MannerPhraseStart(Work w, int last)
    {
        int q = last;
        for (int n = 0; n < 5 && q >= w.From && w.Doc.Tokens[q].Kind == TokenKind.Word && w.MentionAt[q] < 0 && !w.InTime[q]
                        && (w.Cues[q] & (Cue.Prep | Cue.Relative | Cue.Boundary | Cue.Coord | Cue.Actor | Cue.Negation)) == 0; n++) q--;
        return q < last && q > w.From && (w.Marks[last] & Mark.Manner) != 0 && (w.Cues[q] & Cue.Prep) != 0 && (w.Cues[q] & (Cue.Comitative | Cue.Agent)) != 0
               && PrevWord(w, q) is int verb and >= 0 && (w.Cues[verb] & (Cue.Participle | Cue.Verb | Cue.Past)) != 0 && w.MentionAt[verb] < 0 ? q : -1;
    }

    /// <summary>A participle right after its auxiliary: "ha ottenuto", "ha avuto", "had met".</summary>
    private static bool CompoundPast(Work w, int t) =>
        (w.Cues[t] & (Cue.Participle | Cue.Noun | Cue.Actor)) == Cue.Participle && w.MentionAt[t] < 0 && w.Doc.Tokens[t].Kind == TokenKind.Word
        && PrevWord(w, t) is int aux and >= 0 && (w.Cues[aux] & (Cue.Aux | Cue.Det)) == Cue.Aux;

    private static bool IsLowerContentWord(Work w, int t)
    {
        var tok = w.Doc.Tokens[t];
        if (tok.Kind != TokenKind.Word || char.IsUpper(w.Doc.Text[tok.Start]) && !(w.Capitals && w.MentionAt[t] < 0)) return false;
        return !w.Stop.Contains(w.Doc.TokenText(tok)) && (w.Cues[t] & (Cue.Prep | Cue.Det | Cue.Relative | Cue.Boundary | Cue.Coord)) == 0;
    }

    /// <summary>A lower-case noun that is no part of a prepositional phrase stands right before the verb group: the verb has
    /// a subject of its own, only not an actor ("The Ebola outbreak killed 11,000 people", "la guerra ha ucciso migliaia di
    /// persone"), so the words after it are its object, not a subject put after it ("Ayer protestaron en Lima miles de …").</summary>
    private static bool NounSubjectBefore(Work w, int groupStart)
    {
        int v = PrevWord(w, groupStart);
        if (v < 0 || w.InTime[v] || IsAdverb(w, v) || w.MentionAt[v] >= 0 || !IsLowerContentWord(w, v)) return false;
        if ((w.Cues[v] & (VerbForms | Cue.Participle | Cue.Aux)) != 0 && (w.Cues[v] & Cue.Noun) == 0) return false;
        int np = NounPhraseStart(w, v);
        while (np - 1 >= w.From && IsLowerContentWord(w, np - 1) && (w.Cues[np - 1] & (VerbForms | Cue.Aux)) == 0) np = NounPhraseStart(w, np - 1); // "Ebola outbreak"
        return !(np - 1 >= w.From && (w.Cues[np - 1] & (Cue.Prep | Cue.Locative | Cue.TargetPrep)) != 0);
    }

    /// <summary>A participle coordinated right after a passive one shares its auxiliary: "dove è stato catturato e ucciso il
    /// leader di al-Qaeda", "fue arrastrado y golpeado" (not a form that is also a simple past: "had been destroyed and warned
    /// Tehran").</summary>
    private static bool CoordinatedAfterPassive(Work w, int t) =>
        (w.Cues[t] & (Cue.Participle | Cue.Det | Cue.Past)) == Cue.Participle && PrevWord(w, t) is int conj and >= 0 && (w.Cues[conj] & Cue.Coord) != 0
        && w.Doc.Tokens[conj].Kind == TokenKind.Word && PrevWord(w, conj) is int first and >= 0 && (w.Cues[first] & Cue.Participle) != 0 && HasPassiveAux(w, first);

    /// <summary>What may put a subject after its verb opens the verb's clause, past clitics and negation: the sentence's start, a
    /// punctuation mark, a relative or "where", "comme" ("Comme l'ont dénoncé plusieurs médias", "où vivent les réfugiés").</summary>
    private static bool InversionBefore(Work w, int groupStart)
    {
        int t = WordBeforeClitics(w, groupStart, Cue.Relative | Cue.Where);
        return t < w.From || w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (Cue.Relative | Cue.Where)) != 0 || (w.Marks[t] & Mark.Capacity) != 0;
    }

    /// <summary>An infinitive after a preposition (not one fused with an article): "à attaquer", "para atacar", "per colpire" —
    /// no subject follows it ("al llegar los soldados" may have one).</summary>
    private static bool InfinitiveAfterPreposition(Work w, int t) =>
        (w.Cues[t] & Cue.Infinitive) != 0 && PrevWord(w, t) is int prep and >= 0 && (w.Cues[prep] & (Cue.Prep | Cue.Det)) == Cue.Prep;

    /// <summary>A subject pronoun right before the verb group, past its clitics and negation: "Ils ont attaqué les forces de
    /// l'ordre", "Ils n'hésitent pas à attaquer" — the words after the verb are its object, whoever the pronoun is.</summary>
    private static bool PronounSubjectBefore(Work w, int groupStart)
    {
        int t = WordBeforeClitics(w, groupStart, Cue.Pronoun);
        return t >= w.From && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Pronoun) != 0;
    }

    /// <summary>The token before the verb group past at most three clitics and negations ("n'", "l'", "ne", "se"), stopping at a
    /// word with a cue of <paramref name="stop"/>; below <c>w.From</c> at the sentence's start.</summary>
    private static int WordBeforeClitics(Work w, int groupStart, Cue stop)
    {
        int t = groupStart - 1;
        while (t >= w.From && t >= groupStart - 3 && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & (Cue.Aux | Cue.Negation)) != 0 && (w.Cues[t] & stop) == 0) t--;
        return t;
    }

    /// <summary>The object right after the verb at <paramref name="verb"/> (past adverbs and times) is a thing: an article, counts
    /// and a lower-case noun that names no people ("los bombardeos", "la producción"), not a name or "a los …" — where persons
    /// as objects have no preposition of their own, only an event noun ("les combats", "le pilonnage"; not "plusieurs cadres").</summary>
    private static bool ThingObjectAfter(Work w, int verb)
    {
        int t = SkipAdverbsAndTimes(w, verb + 1);
        if (t >= w.To || w.Doc.Tokens[t].Kind != TokenKind.Word || (w.Cues[t] & (Cue.Det | Cue.Prep)) != Cue.Det || w.MentionAt[t] >= 0) return false;
        while (t < w.To && IsCountOrArticle(w, t)) t++;
        return t < w.To && w.MentionAt[t] < 0 && IsLowerContentWord(w, t) && (w.Cues[t] & (Cue.Actor | Cue.Crowd)) == 0
               && (w.Lex.PersonalObject || TriggerAt(w, t, first: true) is not null);
    }

    /// <summary>What the verb at <paramref name="verb"/> states follows it (past adverbs and times): an article or a possessive
    /// that opens its object ("su apoyo", "la voluntad"), or "que" opening a clause.</summary>
    private static bool StatedAfter(Work w, int verb)
    {
        int t = SkipAdverbsAndTimes(w, verb + 1);
        return t < w.To && w.Doc.Tokens[t].Kind == TokenKind.Word && w.MentionAt[t] < 0
               && ((w.Cues[t] & (Cue.Det | Cue.Prep)) == Cue.Det || (w.Cues[t] & (Cue.Relative | Cue.Det)) == Cue.Relative);
    }

    /// <summary>A relative right before the verb group at <paramref name="groupStart"/> is the verb's object, its subject a name or
    /// an article and a noun for people after the verb: after a pronoun standing for the clause before ("…, ce que dément Ankara",
    /// "lo que rechazan el régimen y sus aliados"; not after a preposition, "tras lo cual se retiró": the main clause's subject
    /// acts) or an object relative after a thing ("la extradición que han solicitado las autoridades turcas") — not when the
    /// relative is the subject itself ("lo que mató a 20 personas").</summary>
    private static bool ObjectRelativeBefore(Work w, int groupStart)
    {
        if (RelativeOpening(w, groupStart) is not int rel || rel != groupStart - 1 || PrevWord(w, rel) is not (int before and >= 0)) return false;
        bool clause = (w.Marks[before] & Mark.ClauseRelative) != 0 && !(PrevWord(w, before) is int prep and >= 0 && (w.Cues[prep] & Cue.Prep) != 0);
        // (A thing: no name, no noun for people or time, no complementizer — "anunció el mes pasado que planea retirar".)
        bool thing = (w.Marks[rel] & Mark.ObjectRelative) != 0 && w.MentionAt[before] < 0 && IsLowerContentWord(w, before) && !w.InTime[before] && !Complementizer(w, rel)
                     && (w.Cues[before] & (Cue.Actor | Cue.Crowd | Cue.Title | Cue.Measure | AnyVerbForm)) == 0 && (w.Marks[before] & (Mark.Ruler | Mark.ClauseRelative)) == 0;
        if (!clause && !thing) return false;
        int verb = GroupVerb(w, groupStart), n = SkipAdverbsAndTimes(w, verb + 1);
        // (After a thing, an article — no possessive — or a person's name right after the verb: not a count, "que mató 20 civiles",
        // nor a country that may be the object, "la coalición aliada que invadió Irak".)
        return verb < w.To && (clause || n < w.To && (PersonAt(w, n) || w.MentionAt[n] < 0 && (w.Cues[n] & (Cue.Det | Cue.Prep | Cue.Own)) == Cue.Det))
               && PostposedSubject(w, verb + 1, null) is not null;
    }

    /// <summary>A quotation and its comma end right before <paramref name="t"/>: '"…", denuncia', '«…», critica'.</summary>
    private static bool QuotationBefore(Work w, int t) =>
        t - 2 >= w.From && (IsPunct(w, t - 1, ',') && IsQuoteMark(w, t - 2) || IsQuoteMark(w, t - 1) && IsPunct(w, t - 2, ','));

    /// <summary>The word before <paramref name="t"/>, across one quotation mark: "anunció una \"jornada de protesta\"".</summary>
    private static int PrevWordAcrossQuote(Work w, int t)
    {
        int p = t - 1;
        if (p > w.From && IsQuoteMark(w, p)) t = p;
        return PrevWord(w, t);
    }

    private static int PrevWord(Work w, int t)
    {
        int p = t - 1;
        return p >= w.From && w.Doc.Tokens[p].Kind is TokenKind.Word or TokenKind.Number ? p : -1;
    }

    // ---------------------------------------------------------------- arguments

    private readonly record struct RightArgs(EventArgument? Target, EventArgument? Location, EventArgument? Agent, EventArgument? Genitive, EventArgument? Between, EventArgument? Object = null);

    /// <summary>Actors after the trigger, up to the end of its clause: target, location, passive agent, and (for a noun) the
    /// genitive right after it. The trigger's type and mode say how: a visit's destination, a host's place, the people an
    /// arrest, a killing or an accusation is done to, talks that take no topic as a party.</summary>
    /// <summary>The noun at <paramref name="t"/> is in an adjunct of time or place that opens at or after <paramref name="from"/>
    /// ("in the strikes on Hodeidah", "dopo l'attacco").</summary>
    private static bool InAdjunct(Work w, int t, int from) =>
        DatedNounPhraseStart(w, t) - 1 is int p && p >= from && (w.Cues[p] & (Cue.Locative | Cue.Temporal)) != 0 && (w.Cues[p] & Cue.Genitive) == 0;

    private RightArgs ScanRight(Work w, int start, int afterTrigger, bool nominal, LexiconPattern p)
    {
        bool visit = p.Mode == "visit", host = p.Mode == "host", consult = p.Type == "CONSULT";
        // (And whom a demand is made of, as its object: "urged the demonstrators to show restraint".)
        bool patientObject = !nominal && (EventOntology.PatientGenitive(p.Type!, p.Mode) || p.Mode == "accuse" || p.Type == "DEMAND");
        int genitiveAt = FirstAfterDet(w, afterTrigger); // where "di Putin" / "de los estudiantes" must start
        EventArgument? target = null, location = null, agent = null, genitive = null, between = null, addressee = null, directObject = null;
        var tokens = w.Doc.Tokens;
        int end = Math.Min(w.To, afterTrigger + TargetWindow);
        bool inPurpose = false;
        int objectAfterPlace = -1; // "hanno arrestato a Palermo Calogero Occhipinti": the object after a place right after the verb
        // (The words of a trigger without a gap are no arguments: "accolta con favore da Washington".)
        int inTrigger = afterTrigger - start == p.Words - 1 ? afterTrigger - 1 : -1;
        for (int t = start; t < end; t++)
        {
            if (t <= inTrigger) continue;
            // What is asked of the addressee follows it: "ha chiesto alla comunità internazionale di fare pressione su Israele".
            // (English marks it on its particle: "urged the international community to intervene to stop Israel's attacks on Lebanon".)
            if (p.Type == "DEMAND" && !nominal && addressee is not null && target is null && (w.Cues[t] & Cue.Infinitive) != 0
                && ((w.Cues[t] & Cue.Prep) == 0 || (w.Cues[t] & Cue.Aux) != 0 && t + 1 < w.To && IsLowerContentWord(w, t + 1))) break;
            // … and so do the arguments of the event asked for, with or without an addressee: "ont appelé à manifester dimanche à
            // Dakar" (Dakar is where to demonstrate, not whom they call on).
            if (p.Type == "DEMAND" && !nominal && t > start && (w.Cues[t] & (Cue.Infinitive | Cue.Prep)) == Cue.Infinitive
                && TriggerAt(w, t, first: true) is { Pattern.Type: { } asked } && asked != "DEMAND") break;
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Punctuation && w.Doc.Text[tok.Start] is var pc && pc != '-' && !IsQuote(pc))
            {
                // "killed at least 10 civilians, including three cricketers, in Paktika": the clause goes on after the aside.
                if (pc == ',' && t + 1 < w.To && (w.Cues[t + 1] & Cue.Including) != 0 && IncludingClose(w, t + 1) is int closing) { t = closing; continue; }
                // "al líder de Hezbolá, Hasán Nasralá": the name in apposition is still the object.
                if (pc == ',' && !nominal && t + 1 < w.To && w.MentionAt[t + 1] >= 0 && TitleOfBodyBefore(w, t + 1, start)) continue;
                // "con el secretario de Estado, Antony Blinken": a described target named right after it is that person.
                if (pc == ',' && !nominal && t + 1 < w.To && TitleBefore(w, t, Math.Max(start, afterTrigger)) is int title
                    && (target is null || target.Start >= w.Doc.Tokens[title].Start) && PersonAfterComma(w, t, out int nameEnd) is { } named)
                {
                    target = named;
                    t = nameEnd < w.To - 1 && IsPunct(w, nameEnd + 1, ',') ? nameEnd + 1 : nameEnd; // the clause goes on after the apposition
                    continue;
                }
                break;
            }
            // Whom a demand is made of may be the subject of its "that" clause: "Baku chiede tuttavia che l'Armenia modifichi la
            // sua Costituzione", "exige que Israel se retire".
            if (p.Type == "DEMAND" && !nominal && target is null && addressee is null && (w.Cues[t] & (Cue.Relative | Cue.Det)) == Cue.Relative
                && !AnyBetween(w, afterTrigger - 1, t, static (w, u) => !IsAdverb(w, u) && !w.InTime[u]) && SkipDets(w, t + 1) is int subject && subject < w.To
                && w.MentionAt[subject] >= 0 && NameEnd(w, subject) is int subjectEnd && subjectEnd + 1 < w.To && w.MentionAt[subjectEnd + 1] < 0
                && (w.Cues[subjectEnd + 1] & (Cue.Prep | Cue.Genitive | Cue.Det | Cue.Coord)) == 0)
                target = Argument(w, w.MentionAt[subject], subject, subjectEnd);
            // (A boundary right after the trigger ends it too: "a blockade after Tsai met McCarthy in California".)
            if ((w.Cues[t] & Cue.Relative) != 0 && t > start || (w.Cues[t] & Cue.Boundary) != 0) break;
            // (Right after a noun too, when the relative clause tells an event of its own: "l'attacco missilistico russo che
            // all'alba ha colpito due palazzi" — what it hit is the clause's.)
            if (nominal && t == start && t >= afterTrigger && (w.Cues[t] & (Cue.Relative | Cue.Where)) == Cue.Relative && VerbTriggerWithin(w, t + 1, 6)) break;
            // "warned that Israel would respond": the complement clause's subject is no party to the saying.
            if (t == start && !nominal && (w.Cues[t] & Cue.Relative) != 0 && Complementizer(w, t)) break;
            // (Right after a noun too: "ha interrotto il viaggio e ha chiesto agli alleati"; a verb shares its object with the next.)
            if ((t > start || nominal) && CoordinatedVerbGroup(w, t)) break; // "… e ha accusato la Nato": the next clause's object
            // (A noun in the sentence's subject has its verb there: "gli scontri tra l'esercito e i rivoluzionari erano durissimi".)
            if ((t > start || nominal) && CoordinatedClauseWithSubject(w, t) && (!nominal || VerbIn(w, w.From, afterTrigger - 1))) break; // "l'attacco e il primo ministro Shehbaz Sharif ha promesso"
            // (… and at one that opens with an auxiliary before a verb English marks with no ending — the finite verbs are
            // CoordinatedVerbGroup's, above: "signed the agreement and will meet again in Istanbul".)
            if (t >= afterTrigger && t > start && !nominal && (w.Cues[t] & Cue.Coord) != 0 && w.Doc.Tokens[t].Kind == TokenKind.Word && t + 1 < w.To && w.MentionAt[t + 1] < 0
                && (w.Cues[t + 1] & Cue.Aux) != 0 && (w.Cues[t + 1] & (Cue.Det | Cue.Noun | Cue.Prep)) == 0) break;
            // A copula and its predicate noun ("La cooperazione militare è diventata un tema di preoccupazione per le nazioni
            // occidentali"): what follows is the predicate's, not the noun's.
            if (t > start && nominal && CopulaPredicateAfter(w, t)) break;
            // A verb group of its own ("talks would have to take into account"): the noun's arguments ended before it.
            // (A verb's complement clause goes on: "advirtió que querellará a Chile".)
            if (t > start && nominal && w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Modal | Cue.Conditional | Cue.Future)) != 0 && (w.Cues[t] & (Cue.Det | Cue.Noun)) == 0) break;
            // "si riuniranno a Bruxelles per discutere nuovi aiuti a Kiev": a place in a purpose clause is not where the event
            // happens (its target still is: "una rebelión para protestar contra las condiciones").
            if (t > start && (w.Cues[t] & Cue.Purpose) != 0 && t + 1 < w.To && (w.Cues[t + 1] & Cue.Infinitive) != 0) inPurpose = true;
            // Another event noun in an adjunct of place or time has the arguments after it: "were killed in the strikes on
            // Hodeidah" — the port is the strikes' target, not the people's.
            // (A noun's arguments end at another event noun past a verb or conjunction: "n'est pas partie à l'accord et poursuit
            // des négociations avec Kinshasa" — Kinshasa is the talks'.)
            // (… and at one after the noun's own party: "in support of Hamas in its war with Israel" — Israel is the war's.)
            if (t > start && nominal && w.MentionAt[t] < 0 && TriggerAt(w, t, first: true) is { } next && next.Pattern.Type != p.Type && IsNominal(w, t)
                && (CueAmong(w, afterTrigger, t, Cue.Coord | Cue.Verb) || genitive is not null || target is not null
                    // (… or in an adjunct of time or place: "le hanno ritirato l'appoggio dopo l'attacco … contro un concerto".)
                    || InAdjunct(w, t, afterTrigger))) break;
            // (An excluded match counts: "the strikes on" is an attack the English lexicon cannot tell from a walkout alone.)
            // (Not a noun for people that the lexicon also knows as an event word: "detuvo a los manifestantes".)
            if (t > start && !nominal && w.MentionAt[t] < 0 && w.Matches.Exists(x => x.First == t && x.Pattern.Type is not null) && IsNominal(w, t)
                && InAdjunct(w, t, start) && !NamesPeople(w, t)) break;
            // A violent act as a condemnation's object has the arguments after it: 'ha condannato "l'ennesimo attacco contro i
            // civili"' — the civilians are the attack's, not the condemnation's.
            if (!nominal && t > afterTrigger && w.MentionAt[t] < 0 && p.Type == "DISAPPROVE"
                && TriggerAt(w, t, first: true) is { Pattern.Type: "ASSAULT" or "COERCE" } && IsNominal(w, t) && ObjectStartsAt(w, afterTrigger, t)) break;
            int mi = w.MentionAt[t];
            if (mi < 0)
            {
                // "las manifestaciones de los estudiantes": a described group as the agent of a noun.
                if ((w.Cues[t] & Cue.Actor) != 0)
                {
                    int np = NounPhraseStart(w, CountStart(w, NounPhraseStart(w, t), t));
                    // Two described parties after "between": "affrontements entre les forces gouvernementales et des combattants druzes",
                    // "clashes between police and protesters".
                    int link = np - 1 >= start && (w.Cues[np - 1] & (Cue.Det | Cue.Coord)) == Cue.Det ? np - 2 : np - 1; // (past a partitive: "et des combattants")
                    // (The noun's own phrase, right after it: not "El asesinato … provocó … enfrentamientos entre policías y manifestantes".)
                    // (… or past a short adjunct, for parties the text does not name: "una telefonata oggi tra il Segretario di Stato
                    // John Kerry e …" is left to the names.)
                    if (target is null && addressee is null && link >= start
                        && (between is null && (link == afterTrigger || link > afterTrigger && AdjunctOnly(w, afterTrigger, link) && !NamedInParty(w, np, end)) && (w.Cues[link] & Cue.Between) != 0
                            || between is not null && (w.Cues[link] & Cue.Coord) != 0 && w.Doc.Tokens[link].Kind == TokenKind.Word && w.Doc.Tokens[link - 1].End == between.End)
                        && DescriptionAround(w, t, end, inPhrase: true) is { } party)
                    {
                        if (between is null) between = PersonNamedLast(w, party); else target = PersonNamedLast(w, party);
                        continue;
                    }
                    // (A quoted noun, after its count too: 'acusó a "grupos violentos"', 'mataron a once "narcoterroristas"'.)
                    if (np - 2 >= start && IsQuoteMark(w, np - 1) && w.MentionAt[np - 2] < 0) { int q = CountStart(w, np - 1, np - 2); np = q < np - 1 ? NounPhraseStart(w, q) : np - 1; }
                    // "bloqueados … por los pesqueros de atún": a described agent of a passive.
                    // (Past one modifier where modifiers come first: "beaten by masked officers".)
                    int byAt = w.Lex.ModifierFirst && np - 1 > start && np == t && IsLowerContentWord(w, np - 1) && (w.Cues[np - 1] & (VerbForms | Cue.Prep | Cue.Actor)) == 0 ? np - 2 : np - 1;
                    // (… and a French partitive article: "enlevés par des hommes armés".)
                    if (byAt - 1 > start && (w.Cues[byAt] & (Cue.Det | Cue.Genitive | Cue.Agent)) == (Cue.Det | Cue.Genitive) && (w.Cues[byAt - 1] & Cue.Agent) != 0) byAt--;
                    if (agent is null && byAt >= w.From && (w.Cues[byAt] & Cue.Agent) != 0 && (w.Cues[byAt] & Cue.TargetPrep) == 0
                        && DescriptionAround(w, t, end, inPhrase: true) is { } by) agent = PersonNamedLast(w, by);
                    // (Not after a target preposition with its article: "in sostegno al governo".)
                    else if (nominal && genitive is null && !(np - 1 >= w.From && (w.Cues[np - 1] & (Cue.TargetPrep | Cue.Genitive)) == Cue.TargetPrep)
                             && (np == genitiveAt || SkipDets(w, np) == genitiveAt && np - 1 >= w.From && (w.Cues[np - 1] & Cue.Genitive) != 0 || SkipDets(w, np) == AfterGenitive(w, afterTrigger))
                             && DescriptionAround(w, t, end, inPhrase: true) is { } group) genitive = PersonNamedLast(w, group);
                    // "protestan contra el gobierno", "ha chiesto al governo", "called on the international community": people
                    // after a target preposition are the addressee.
                    // The people an arrest or a killing is done to, right after its verb: "The police arrested ten people".
                    // (Past a counted phrase: "killing at least 12 people".)
                    else if (patientObject && addressee is null && target is null && (SkipCountsAndArticles(w, afterTrigger) == t || np == afterTrigger)
                             && DescriptionAround(w, t, end, inPhrase: true) is { } patients)
                    {
                        int ps = Math.Max(patients.Start, tokens[afterTrigger].Start); // the object only, not the verb and its subject
                        addressee = patients with { Name = w.Doc.Text[ps..patients.End], Start = ps };
                    }
                    // (Not after a locative phrase, "frente al Congreso"; a name found later, "mató al líder de Hezbolá, Hasán
                    // Nasralá", is the better target.)
                    // (Not what an attack is made with: "un attacco con droni contro un ospedale".)
                    // (Past a French partitive article: "a tiré sur des milliers de manifestants".)
                    else if (addressee is null && (np - 1 - PartitiveAfterPreposition(w, np - 1, start)) is var tp && tp >= start
                             && (w.Cues[tp] & Cue.TargetPrep) != 0 && (w.Cues[tp] & (Cue.Genitive | Cue.Agent)) == 0
                             && ((w.Cues[tp] & Cue.Comitative) == 0 || p.Type != "ASSAULT" || p.Mode == "clash")
                             && ((w.Cues[tp] & Cue.Locative) == 0 || tp == afterTrigger || tp - 1 >= w.From && (w.InTime[tp - 1] || IsAdverb(w, tp - 1)))
                             && !w.InTime[t] && DescriptionAround(w, t, end, inPhrase: true) is { } people) addressee = PersonNamedLast(w, people);
                    // People right after a verb (past a time) and no preposition: its object, or in Spanish and Italian its subject
                    // ("atacaron los rebeldes") — the caller knows which.
                    else if (!nominal && directObject is null && addressee is null && target is null && np == SkipTimesAndPlaces(w, afterTrigger)
                             && DescriptionAround(w, t, Math.Max(end, Math.Min(w.To, t + 8)), inPhrase: true) is { } obj)
                    {
                        int os = Math.Max(obj.Start, tokens[np].Start);
                        directObject = PersonNamedLast(w, obj with { Name = w.Doc.Text[os..obj.End], Start = os });
                    }
                }
                // "protestan contra el gobierno", "exigir al gobierno": a described target after a target preposition that is
                // not also locative.
                // (Talks are held with people: "un colloquio incentrato … sulla cooperazione energetica" names their topic.)
                else if (target is null && addressee is null && !consult && !w.InTime[t] && IsContent(w, t) && (w.Cues[t] & VerbForms) == 0 && !IsAdverb(w, t)) // (not "su larga scala")
                {
                    int np = NounPhraseStart(w, t);
                    // (An infinitive right after the preposition says what for: "proteste locali per opporsi al coinvolgimento".)
                    if (np == t && (w.Cues[t] & (Cue.Infinitive | Cue.Noun)) == Cue.Infinitive && t - 1 >= start && (w.Cues[t - 1] & Cue.Prep) != 0) continue;
                    // (An arrest's "per" names the charge: "arrestato due uomini per spaccio di droga".)
                    if (p.Type == "COERCE" && np - 1 >= start && (w.Cues[np - 1] & Cue.Purpose) != 0 && IsLowerContentWord(w, t)) continue;
                    // (Not the particle of "have to take", "wants to meet": a verb follows it.)
                    // (Nor "agree to curb its enrichment": an infinitive particle before a word without an article.)
                    // (Nor what an agreement is about, "d'accord sur l'ensemble" — unless an event, which stays its target and is held
                    // by it: "accordi sulle forniture di armi".)
                    // (Nor a thing after "with": "ha criticato l'attacco con un messaggio insolitamente duro" is how — unless one
                    // agrees, cooperates, sides or clashes with it, or gives it: "estar de acuerdo con la votación", "solidaridad con
                    // la causa", "provided the rebels with weapons".)
                    if (np - 1 >= start && (w.Cues[np - 1] & Cue.TargetPrep) != 0 && (w.Cues[np - 1] & (Cue.Locative | Cue.Genitive | Cue.Agent | Cue.Modal | Cue.Plan | Cue.Volition)) == 0
                        && ((w.Cues[np - 1] & Cue.Comitative) == 0 || p.Type is "AGREE" or "COOPERATE" or "SUPPORT" or "AID" || p.Mode == "clash")
                        && !((w.Cues[np - 1] & Cue.Infinitive) != 0 && (w.Cues[np] & Cue.Det) == 0)
                        && !InstrumentIn(w, np, t) && !MeasureHead(w, t, end) && !(p.Type == "AGREE" && TopicBefore(w, np, start) && TriggerAt(w, t, first: true) is null))
                    {
                        // (An event noun is no party, and what follows it is its own: "alcanzado con la mediación de Catar".)
                        if (p.Type is "AGREE" or "CONSULT" && (w.Cues[np - 1] & Cue.Comitative) != 0 && TriggerAt(w, t, first: true) is { Pattern.Type: "CONSULT" }) break;
                        if (DescriptionAround(w, t, end, inPhrase: true) is { } described) target = described;
                    }
                }
                continue;
            }
            var mention = w.Doc.Mentions[mi];
            int first = t;
            t = NameEnd(w, t);
            // (Whom forces are loyal to is no party here: "bombardeada por las fuerzas leales a Gadafi" — see LinkPatrons.)
            if (LoyalTo(w, first) >= 0) continue;
            var arg = Argument(w, mi, first, t);
            if (arg is null) continue;
            // A demonym stands for its noun phrase ("ont expulsé les troupes françaises"): the phrase is what follows the verb.
            if (mention.Rule == "demonym" && TokenAt(tokens, arg.Start) is var phrase && phrase < first && phrase >= start) first = phrase;
            // (… unless its noun is a weapon or a means — "con armi nordcoreane", "in una limousine russa" say how, not with or
            // to whom; what an attack or a seizure strikes may be one: "hanno distrutto i carri armati russi".)
            // (English puts the noun after: "in a Russian limousine".)
            // (An attack's weapon after "with" says how too: "Bashar mata con armas rusas".)
            if (mention.Rule == "demonym" && (p.Type is not ("ASSAULT" or "COERCE") || ComitativeBefore(w, first, start))
                && (first < t && MeansIn(w, first, TokenAt(tokens, mention.Start) - 1) || w.Lex.ModifierFirst && t + 1 < w.To && MeansIn(w, t + 1, t + 1))) continue;
            var marker = MarkerBefore(w, first, start);
            // "Hezbollah leader Hassan Nasrallah": a body or country before a title and a name qualifies the name.
            if (mention.Type != EntityType.Per && PersonAfterTitle(w, t + 1) is (int pf, int pl) && Argument(w, w.MentionAt[pf], pf, pl) is { } person)
            {
                arg = person;
                t = pl;
            }
            // "bombardeó la ciudad de Rafah", "ha colpito la città di Kharkiv": a place noun and its name are the object.
            // (Or the noun that ends the trigger: "took full control of El Fasher".)
            bool placeNoun = !nominal && (marker & Cue.Genitive) != 0 && IsPlainPlace(w, arg) && PlaceNounObject(w, first, inTrigger >= 0 ? Math.Max(start, inTrigger - 1) : start);
            // "criticó la injerencia de Estados Unidos", "ha condannato le ingerenze di Mosca": whose deed a disapproval names is
            // its target (a refusal's too: "rechazaron la propuesta del presidente Daniel Noboa").
            // (Not whom the deed is done to: "han denunciado la detención de Rima".)
            placeNoun |= !nominal && p.Type is "DISAPPROVE" or "REJECT" && (marker & Cue.Genitive) != 0 && !IsPlainPlace(w, arg) && PlaceNounObject(w, first, start)
                         && !w.Matches.Exists(x => x.First <= first - 2 && first - 2 <= x.Last && x.Pattern.Type is { } deed && EventOntology.PatientGenitive(deed, x.Pattern.Mode));
            // (… and a place right after an attack's trigger that ends on its preposition: "se sont emparées d'El-Facher".)
            // (… past a noun for the place and its genitive: "ha preso il controllo della città di Babanusa".)
            placeNoun |= !nominal && p.Type == "ASSAULT" && inTrigger >= 0 && (w.Cues[inTrigger] & (Cue.Prep | Cue.Genitive)) != 0 && IsPlainPlace(w, arg)
                         && (first - 1 == inTrigger || PlaceNounBetween(w, inTrigger, first));
            // (… and whose things an attack hits: "ha colpito le postazioni di Hezbollah", "a frappé des infrastructures du Hamas".)
            placeNoun |= !nominal && p.Type == "ASSAULT" && (marker & Cue.Genitive) != 0 && !IsPlainPlace(w, arg) && PlaceNounObject(w, first, start, loose: true);
            if (placeNoun) marker = Cue.None;
            // (Not the agent of a participle after the noun: "la revoca delle sanzioni … nelle zone controllate da Damasco".)
            if ((marker & Cue.Agent) != 0) { if (!ParticipleBeforeMarker(w, first, afterTrigger)) agent ??= arg; continue; }
            // Who acts alongside is no party to it: "hanno mediato l'accordo insieme agli Stati Uniti".
            if ((marker & Cue.With) != 0) continue;
            // (Not places: "cortaron la carretera entre Jerusalén y Jericó" names the road, not two parties.)
            if ((marker & Cue.Between) != 0 && between is null && target is null && !IsPlainPlace(w, arg)) { between = arg; continue; }
            if (between is not null && target is null && CoordinatedBefore(w, first)) { target = arg; continue; }
            if (nominal && first == genitiveAt && (marker & Cue.Genitive) != 0) { genitive ??= arg; continue; }
            // A visit's visitor named after its destination: "la visita a Pechino del presidente sudcoreano Lee Jae-myung".
            if (nominal && visit && genitive is null && target is not null && (marker & (Cue.Genitive | Cue.Locative | Cue.TargetPrep)) == Cue.Genitive
                && SkipTimes(w, TokenAt(tokens, target.End - 1) + 1) is int afterPlace && afterPlace < first && (w.Cues[afterPlace] & Cue.Genitive) != 0 && TitleStart(w, first, start) - afterPlace <= 6
                && mention.Type is EntityType.Per or EntityType.Org && !(arg.Id?.StartsWith("gov:", StringComparison.Ordinal) ?? false)) { genitive = arg; continue; }
            bool place = IsPlainPlace(w, arg);
            // "killing at least 26 people in the western city of Ternopil", "nella città di Kharkiv": a place after a locative, its
            // noun (and an adjective) and a genitive is where.
            if (place && (marker & (Cue.Genitive | Cue.Locative)) == Cue.Genitive && LocativeNounBefore(w, first - 1, start)) marker = Cue.Locative;
            // A visit's destination: "visita in Corea del Nord", "viaje a Rusia".
            if (visit && target is null && (marker & (Cue.Locative | Cue.TargetPrep)) != 0) { target = arg; continue; }
            // What talks or an agreement are about is no party to them: "il vertice sulla crisi libica", "talks on Syria", "d'accord sur
            // l'ensemble".
            if ((consult && !visit && !host || p.Type == "AGREE") && TopicBefore(w, first, start)) continue;
            // Where talks are held is no party to them: "se sont rencontrées vendredi à Istanbul".
            // (So is where an agreement is signed or a crowd gathers: "ont signé vendredi à Washington un accord".)
            if ((consult && !visit || !nominal && p.Type is "AGREE" or "MOBILIZE" or "PROTEST") && place && (marker & Cue.Locative) != 0) { if (!inPurpose) location ??= arg; continue; }
            // Hosting at a place is hosting there: the guest is the object ("ha ricevuto a Palazzo Chigi il generale Haftar").
            if (host && place && (marker & Cue.Locative) != 0) { location ??= arg; continue; }
            // (French "à", Italian "a" before a town say where, but to whom for what is given or asked: "geler l'aide au Caire",
            // "adresser un message fort à Damas".)
            if (place && (marker & Cue.Locative) != 0 && ((marker & Cue.TargetPrep) == 0 || !nominal && w.Lex.DativePlaceIsWhere && p.Type is not ("AID" or "SANCTION" or "DEMAND")))
            {
                if (!nominal && location is null && first - 2 <= afterTrigger) objectAfterPlace = t + 1;
                if (!inPurpose) location ??= arg;
                continue;
            }
            // A direct object follows the trigger, an article or a time ("negano il commercio"), not another noun
            // ("sanzioni Onu" is a modifier).
            // (Past a title of address: "a félicité M. Biya".)
            int head = AddressTitleStart(w, TitleStart(w, first, start));
            // (Across the genitives of a long title: "ha incontrato il primo ministro del Governo di unità nazionale Abdul Hamid Dbeibah".)
            // (Only a title right after the trigger and its articles: "Nei raid sono morti il capo …" is no object of the raids.)
            if (mention.Type == EntityType.Per && head - 1 >= w.From && (w.Cues[head - 1] & Cue.Genitive) != 0 && TitleOfGenitiveChain(w, head - 1, start) is int chainTitle
                && SkipDets(w, afterTrigger) == chainTitle && !TitledBetween(w, head, first, Cue.Title)) head = chainTitle;
            // "ha ucciso il leader di Hezbollah Hassan Nasrallah", "mató al líder de Hezbolá, Hasán Nasralá": a title of a body,
            // then the name, right after the verb.
            bool titled = !nominal && mention.Type == EntityType.Per && TitleOfBodyBefore(w, first, start);
            if (titled) marker = Cue.None;
            // (Past a count too, when the name qualifies the people counted: "killed three Hamas fighters".)
            bool adjacent = placeNoun || titled || head == start || head == objectAfterPlace || head - 1 >= w.From && ((w.Cues[head - 1] & Cue.Det) != 0 || w.InTime[head - 1])
                            || !nominal && SkipCountsAndArticles(w, start) == head && t + 1 < w.To && (w.Cues[t + 1] & Cue.Actor) != 0 && w.MentionAt[t + 1] < 0;
            // (A name before an event noun of another kind qualifies that noun: "brokered by Egypt with U.S. backing".)
            // (Not a gerund with its own object after it: "el fundo Yuquesis golpeando a los rehenes".)
            if (w.Lex.ModifierFirst && t + 1 < w.To && IsLowerContentWord(w, t + 1) && TriggerAt(w, t + 1, first: true) is { Pattern.Type: { } otherType } && otherType != p.Type
                && (t + 2 >= w.To || w.Doc.Tokens[t + 2].Kind == TokenKind.Punctuation || (w.Cues[t + 2] & Cue.Genitive) != 0)) continue;
            // A body's or a state's name right after a noun, without a preposition, is its owner where modifiers follow their
            // noun: "le sanzioni Usa", "il vertice Nato", "las sanciones ONU" (who imposes, who meets) — read as a genitive.
            // (Not after a word that may be a verb: "ha colpito".)
            if (nominal && !w.Lex.ModifierFirst && mi >= 0 && first == afterTrigger && mention.Rule != "demonym" && marker == Cue.None && !place && genitive is null && target is null
                && (mention.Type == EntityType.Org || arg.Id is { } ownerId && IsState(ownerId)) && (w.Cues[afterTrigger - 1] & VerbForms) == 0) { genitive = arg; continue; }
            if (target is null && ((marker & Cue.TargetPrep) != 0 || (marker & (Cue.Prep | Cue.Genitive)) == 0 && adjacent)) { target = arg; continue; }
            if (place && (marker & Cue.Locative) != 0 && !inPurpose) location ??= arg;
        }
        // (The people a killing or an arrest is done to, right after its verb, before any later party: "hanged a man convicted
        // of spying for Israel".)
        // (Not a person named after the title: "mató al líder de Hezbolá, Hasán Nasralá" — only a state or a place: "ha ucciso
        // tre miliziani di Hamas a Rafah".)
        bool placeTarget = target is not null && IsPlainPlace(w, target);
        if (patientObject && addressee is not null && target is not null && addressee.Start < target.Start && p.Type is "ASSAULT" or "COERCE"
            && (placeTarget || target.Id is { } tid && IsState(tid)))
        {
            if (placeTarget) location ??= target;
            target = null;
        }
        return new RightArgs(target ?? addressee, location, agent, genitive, between, directObject);
    }

    /// <summary>A modal noun phrase ("possibilità di", "posibilidad de", "possibility of": <see cref="Cue.Modal"/> on a word that
    /// is no verb) governs the noun at <paramref name="noun"/>, past at most eight articles, adjectives, nouns and genitives, and a
    /// conjunction of genitives ("… e di accordi") — no punctuation, name or verb between.</summary>
    private static bool ModalNounBefore(Work w, int noun)
    {
        for (int p = noun - 1, n = 0; p >= w.From && n < 8; p--, n++)
        {
            if (w.Doc.Tokens[p].Kind != TokenKind.Word || w.MentionAt[p] >= 0 || w.InTime[p]) return false;
            var c = w.Cues[p];
            if ((c & Cue.Modal) != 0) return (c & (VerbForms | Cue.Aux)) == 0 && (c & (Cue.Genitive | Cue.Relative)) != 0; // "possibilità di|che": the particle ends the phrase
            if ((c & (AnyVerbForm | Cue.Aux | Cue.Relative | Cue.Boundary)) != 0 && (c & (Cue.Det | Cue.Genitive)) == 0) return false;
        }
        return false;
    }

    /// <summary>A copula (<see cref="Mark.Copula"/>: "è diventata", "se ha convertido en", "est devenue") starts at
    /// <paramref name="t"/> and an article follows it: a predicate noun (not a date: "l'incontro è previsto il 18 a Ginevra").</summary>
    private static bool CopulaPredicateAfter(Work w, int t)
    {
        if ((w.Marks[t] & Mark.Copula) == 0 || w.MentionAt[t] >= 0 || t > w.From && (w.Marks[t - 1] & Mark.Copula) != 0) return false;
        int end = t;
        while (end + 1 < w.To && (w.Marks[end + 1] & Mark.Copula) != 0) end++;
        return end + 1 < w.To && !w.InTime[end + 1] && w.MentionAt[end + 1] < 0 && IsArticle(w, end + 1) && (w.Cues[end + 1] & (Cue.Prep | Cue.Genitive)) == 0;
    }

    /// <summary>The first finite verb after <paramref name="t"/> (no noun, article or relative reading), or −1.</summary>
    private static int FiniteVerbAfter(Work w, int t)
    {
        for (int k = t + 1; k < w.To; k++)
            if (w.MentionAt[k] < 0 && w.Doc.Tokens[k].Kind == TokenKind.Word && (w.Cues[k] & (Cue.Aux | Cue.Verb | Cue.Past)) != 0
                && (w.Cues[k] & (Cue.Noun | Cue.Actor | Cue.Det | Cue.Relative)) == 0) return k;
        return -1;
    }

    /// <summary>A temporal preposition right before the noun at <paramref name="t"/> (its articles between): "après la visite",
    /// "dopo il vertice", "tras la reunión", "after the talks".</summary>
    private static bool TemporalBefore(Work w, int t)
    {
        int p = PrevWordAcrossQuote(w, t);
        // (Past a measure of time: "après un mois de violences", "dopo tre giorni di scontri".)
        for (int words = 0; p >= 0 && words < 5 && (w.Cues[p] & Cue.Temporal) == 0
             && ((w.Cues[p] & (Cue.Det | Cue.Genitive | Cue.Measure)) != 0 || w.InTime[p] || w.Doc.Tokens[p].Kind == TokenKind.Number); words++) p = PrevWordAcrossQuote(w, p);
        return p >= 0 && (w.Cues[p] & Cue.Temporal) != 0;
    }

    /// <summary>", en visite", ", in visita", ", on a visit": the name right before that comma, or null.</summary>
    private static EventArgument? AppositiveVisitor(Work w, int noun)
    {
        int p = noun - 1;
        while (p >= w.From && (w.Cues[p] & Cue.Det) != 0 && (w.Cues[p] & Cue.Prep) == 0) p--;
        if (p - 2 < w.From || (w.Cues[p] & (Cue.Prep | Cue.Locative | Cue.TargetPrep)) == 0 || !IsPunct(w, p - 1, ',') || w.MentionAt[p - 2] is not (var mi and >= 0)) return null;
        int first = NameStart(w, p - 2);
        return w.Doc.Mentions[mi].Type is EntityType.Per or EntityType.Org || w.Doc.Mentions[mi].EntityId.StartsWith("country:", StringComparison.Ordinal)
            ? Argument(w, mi, first, p - 2) : null;
    }

    /// <summary>A description whose every content word only points back ("este país", "il Paese", "the country"), with no
    /// name or country inside.</summary>
    private static bool PointsBackOnly(Work w, EventArgument a)
    {
        if (a.Id is not null || a.Country is not null) return false;
        bool any = false;
        for (int t = TokenAt(w.Doc.Tokens, a.Start); t >= 0 && t < w.Doc.Tokens.Count && w.Doc.Tokens[t].Start < a.End; t++)
        {
            if (w.MentionAt[t] >= 0) return false;
            if (!IsContent(w, t)) continue;
            if ((w.Cues[t] & Cue.Anaphoric) == 0) return false;
            any = true;
        }
        return any;
    }

    /// <summary>A title phrase that ends on a person's name is that person: "(la visite) du ministre français des Affaires
    /// étrangères Jean-Noël Barrot", "(attaccato) dal leader del partito Mario Rossi" (titles: the lexicons' "title" cue).</summary>
    private static EventArgument PersonNamedLast(Work w, EventArgument described)
    {
        int last = TokenAt(w.Doc.Tokens, described.End - 1);
        if (last < w.From || w.MentionAt[last] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Per) return described;
        int first = NameStart(w, last);
        // The phrase opens with a title ("le secrétaire d'État américain Antony Blinken"), not any noun for people: "les
        // adversaires du président Morsi" are his opponents.
        int head = TokenAt(w.Doc.Tokens, described.Start);
        while (head < first && (w.Cues[head] & Cue.Det) != 0 && w.MentionAt[head] < 0) head++;
        if (head >= first || (w.Cues[head] & Cue.Title) == 0) return described;
        int before = first - 1;
        while (before >= w.From && w.Doc.Tokens[before].Start >= described.Start && w.Doc.Tokens[before].Length <= 4
               && char.IsUpper(w.Doc.Text[w.Doc.Tokens[before].Start]) && w.Doc.Text[w.Doc.Tokens[before].End - 1] == '.') before--; // "M.", "Mr."
        if (before >= w.From && (w.Cues[before] & (Cue.Genitive | Cue.Prep)) != 0 && (w.Cues[before] & Cue.Det) == 0) return described;
        return w.Doc.Tokens[first].Start > described.Start && Argument(w, mi, first, last) is { } person ? person : described;
    }

    /// <summary>A participle right before the preposition (and articles) that introduce the name at <paramref name="first"/>,
    /// after the trigger's own words: the name is that participle's agent.</summary>
    private static bool ParticipleBeforeMarker(Work w, int first, int afterTrigger)
    {
        int p = first - 1;
        while (p > afterTrigger && (w.Cues[p] & Cue.Det) != 0 && (w.Cues[p] & Cue.Agent) == 0) p--;
        p--; // the preposition
        // (A participle right after the event noun is the event's own: "la jornada de lucha organizada por Jarrai" — unless it
        // names an event of its own: "l'accordo di cessate il fuoco mediato dagli Stati Uniti" — the mediator made no truce.)
        return p >= afterTrigger && (w.Cues[p] & Cue.Participle) != 0 && (w.Cues[p] & (Cue.Noun | Cue.Actor)) == 0 && (p > afterTrigger + 1 || TriggerAt(w, p) is not null);
    }

    /// <summary>The first token from <paramref name="t"/> past adverbs and times ("detuvo el domingo a", "ha manifestado hoy su").</summary>
    private static int SkipAdverbsAndTimes(Work w, int t)
    {
        while (t < w.To && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.InTime[t] || IsAdverb(w, t))) t++;
        return t;
    }

    /// <summary>The verb of the group at <paramref name="groupStart"/>: its first word past auxiliaries and clitics (no articles).</summary>
    private static int GroupVerb(Work w, int groupStart)
    {
        int verb = groupStart;
        while (verb < w.To && w.Doc.Tokens[verb].Kind == TokenKind.Word && (w.Cues[verb] & (Cue.Aux | Cue.Passive)) != 0 && (w.Cues[verb] & Cue.Det) == 0) verb++;
        return verb;
    }

    /// <summary>The first token from <paramref name="t"/> past a time expression ("atacara el miércoles una patrulla").</summary>
    private static int SkipTimes(Work w, int t)
    {
        // (With a preposition the time expression leaves out: "exécutés en 1996 par le régime".)
        while (t < w.To && (w.InTime[t] || (w.Cues[t] & (Cue.Prep | Cue.Agent)) == Cue.Prep && t + 1 < w.To && w.InTime[t + 1])) t++;
        return t;
    }

    /// <summary>The first token from <paramref name="t"/> past times and phrases of place that end on a place's name ("sabato
    /// nella località costiera di Wonsan"): where a verb's object starts.</summary>
    private static int SkipTimesAndPlaces(Work w, int t)
    {
        while (true)
        {
            t = SkipTimes(w, t);
            if (t >= w.To || (w.Cues[t] & Cue.Locative) == 0 || w.MentionAt[t] >= 0) return t;
            int u = t + 1;
            while (u < w.To && u - t < 8 && w.MentionAt[u] < 0 && (IsLowerContentWord(w, u) && (w.Cues[u] & (VerbForms | Cue.Actor)) == 0 || (w.Cues[u] & (Cue.Det | Cue.Genitive)) != 0)) u++;
            if (u >= w.To || w.MentionAt[u] < 0 || w.Doc.Mentions[w.MentionAt[u]].Type != EntityType.Loc) return t;
            t = NameEnd(w, u) + 1;
        }
    }

    /// <summary>The first token from <paramref name="t"/> past articles, counts and adjectives (at most four words).</summary>
    private static int SkipCountsAndArticles(Work w, int t)
    {
        for (int n = 0; n < 4 && t < w.To && w.MentionAt[t] < 0 && (w.Cues[t] & Cue.Actor) == 0
             && (IsCountOrArticle(w, t) || (w.Cues[t] & Cue.Det) != 0 || IsContent(w, t) && (w.Cues[t] & VerbForms) == 0); n++) t++;
        return t;
    }

    /// <summary>From <paramref name="start"/>: an article (or "al"), a noun for people, "di/de" and a name (a comma may follow),
    /// then the person at <paramref name="first"/>.</summary>
    private static bool TitleOfBodyBefore(Work w, int first, int start)
    {
        int t = start;
        while (t < first && (w.Cues[t] & Cue.Det) != 0 && w.MentionAt[t] < 0) t++;
        if (t >= first || (w.Cues[t] & Cue.Actor) == 0 || w.MentionAt[t] >= 0) return false;
        t++;
        if (t >= first || (w.Cues[t] & Cue.Genitive) == 0) return false;
        t++;
        while (t < first && (w.Cues[t] & Cue.Det) != 0 && w.MentionAt[t] < 0) t++;
        if (t >= first || w.MentionAt[t] < 0) return false;
        int body = w.MentionAt[t];
        while (t < first && w.MentionAt[t] == body) t++;
        if (t < first && IsPunct(w, t, ',')) t++;
        return t == first;
    }

    /// <summary>A title right before the comma at <paramref name="comma"/>: articles, nouns for people, nationalities and the
    /// words of an office ("el secretario de Estado", "il presidente ucraino"), at most seven, with a noun for people, that is
    /// the verb's object (right after it, or after a target preposition). Its first token, or null.</summary>
    private static int? TitleBefore(Work w, int comma, int start)
    {
        int p = comma;
        bool person = false;
        while (p - 1 >= start && comma - (p - 1) <= 7)
        {
            int t = p - 1;
            var c = w.Cues[t];
            bool word = w.MentionAt[t] >= 0 ? w.Doc.Mentions[w.MentionAt[t]].Rule == "demonym"
                : (c & Cue.Actor) != 0 || (c & (Cue.Det | Cue.Genitive)) != 0 && (c & Cue.TargetPrep) == 0
                  || w.Doc.Tokens[t].Kind == TokenKind.Word && char.IsUpper(w.Doc.Text[w.Doc.Tokens[t].Start]);
            if (!word) break;
            person |= w.MentionAt[t] < 0 && (c & Cue.Actor) != 0;
            p = t;
        }
        if (!person || p == comma) return null;
        return p == start || p - 1 >= start && (w.Cues[p - 1] & Cue.TargetPrep) != 0 ? p : null;
    }

    /// <summary>One to three title words (nouns for people: "leader", "Foreign Minister") at <paramref name="t"/>, then a
    /// person's name: its first and last token, or null.</summary>
    private static (int First, int Last)? PersonAfterTitle(Work w, int t)
    {
        if (NameAfterTitles(w, t, 3, out int titles) is not (var mi and >= 0) || titles == 0 || w.Doc.Mentions[mi].Type != EntityType.Per) return null;
        int first = t + titles;
        return (first, NameEnd(w, first));
    }

    /// <summary>After up to <paramref name="maxTitles"/> nouns for people from <paramref name="t"/> ("Foreign Minister",
    /// "leader"; their number in <paramref name="titles"/>), the mention that follows, or -1.</summary>
    private static int NameAfterTitles(Work w, int t, int maxTitles, out int titles)
    {
        int n = t;
        while (n < w.To && n - t < maxTitles && w.MentionAt[n] < 0 && (w.Cues[n] & Cue.Actor) != 0) n++;
        titles = n - t;
        return n < w.To ? w.MentionAt[n] : -1;
    }

    /// <summary>Right after the verb (<paramref name="start"/>), an optional article, one lower-case noun and "de/di/of" before
    /// the name at <paramref name="first"/>: "la ciudad de Rafah", "the city of Kharkiv".</summary>
    private static bool PlaceNounObject(Work w, int first, int start, bool loose = false)
    {
        while (start < first && w.InTime[start]) start++; // "bombardeó este martes la ciudad de Rafah"
        int noun = first - 2;
        if (noun < start || !PlainNoun(noun)) return false;
        if (noun == start || noun - 1 == start && Article(start)) return true;
        // (With loose, a noun and its adjective: "ha colpito infrastrutture terroristiche di Hamas" — not for places, where the
        // noun may be a person from there: "uccidere l'imprenditore originario di Sommatino".)
        noun--;
        return loose && noun >= start && PlainNoun(noun) && (noun == start || noun - 1 == start && Article(start));

        bool PlainNoun(int t) => w.MentionAt[t] < 0 && IsLowerContentWord(w, t) && (w.Cues[t] & (VerbForms | Cue.Actor)) == 0;
        // (With loose, a partitive article right after the verb too: "a frappé des positions du Hezbollah", "ha colpito delle
        // postazioni di Hezbollah".)
        bool Article(int t) => (w.Cues[t] & Cue.Det) != 0 && ((w.Cues[t] & Cue.Prep) == 0 || (w.Cues[t] & Cue.Partitive) != 0)
                               || loose && (w.Cues[t] & Cue.Genitive) != 0 && (w.Cues[t] & Cue.Agent) == 0;
    }

    /// <summary>An unrecognised name after an agent preposition right after a passive participle (adverbs between): "soccorsi
    /// dalla Guardia costiera" → "Guardia costiera" (the scan takes recognised names and nouns for people; a lower-case noun
    /// there is as often a manner or a cause: "desalojados por la fuerza", "detenidos por robo").</summary>
    private static EventArgument? DescribedAgentAfter(Work w, int t)
    {
        while (t < w.To && IsAdverb(w, t)) t++;
        if (t >= w.To || (w.Cues[t] & Cue.Agent) == 0 || (w.Cues[t] & Cue.TargetPrep) != 0) return null;
        while (t < w.To && (w.Cues[t] & (Cue.Agent | Cue.Det | Cue.Genitive)) != 0 && w.Doc.Tokens[t].Kind == TokenKind.Word) t++;
        if (t >= w.To || w.MentionAt[t] >= 0 || w.InTime[t] || !IsContent(w, t) || (w.Cues[t] & (Cue.Measure | VerbForms | Cue.Adverb)) != 0
            || !char.IsUpper(w.Doc.Text[w.Doc.Tokens[t].Start]) || w.Capitals) return null;
        // The name and its lower-case words and genitives ("Guardia costiera", "Comando provinciale dei carabinieri"), up to
        // the next other preposition ("al largo di Lampedusa" is where).
        int last = t;
        for (int r = t + 1; r < w.To && r - t < 8; r++)
        {
            if (w.Doc.Tokens[r].Kind != TokenKind.Word || w.InTime[r] || (w.Cues[r] & VerbForms) != 0) break;
            if ((w.Cues[r] & (Cue.Prep | Cue.Locative | Cue.TargetPrep | Cue.Agent)) != 0 && (w.Cues[r] & Cue.Genitive) == 0) break;
            if (IsContent(w, r) || w.MentionAt[r] >= 0) { last = r; continue; }
            if ((w.Cues[r] & (Cue.Genitive | Cue.Det)) != 0) continue;
            break;
        }
        int s = w.Doc.Tokens[t].Start, e = w.Doc.Tokens[last].End;
        return new EventArgument(null, w.Doc.Text[s..e], s, e, CountryInside(w, t, last));
    }

    /// <summary>The first token after "de" and its article right at <paramref name="t"/> ("de los" → "defensores"), or -1.</summary>
    private static int AfterGenitive(Work w, int t)
    {
        if (t >= w.To || (w.Cues[t] & Cue.Genitive) == 0) return -1;
        int i = t + 1;
        while (i < w.To && (w.Cues[i] & Cue.Det) != 0 && (w.Cues[i] & Cue.Genitive) == 0) i++;
        return i;
    }

    /// <summary>An infinitive or an event noun follows the preposition after <paramref name="t"/>: "a entregar", "a las demandas".</summary>
    private static bool ConsentsToAct(Work w, int t)
    {
        int prep = t + 1;
        if (prep + 1 >= w.To || (w.Cues[prep] & (Cue.Prep | Cue.TargetPrep | Cue.Dative)) == 0) return false;
        if ((w.Cues[prep] & Cue.Det) == 0 && (w.Cues[prep + 1] & (Cue.Infinitive | Cue.Det)) == Cue.Infinitive) return true; // (not "al poder")
        int noun = SkipDets(w, prep + 1);
        return noun < w.To && w.MentionAt[noun] < 0 && TriggerAt(w, noun) is not null;
    }

    private static int SkipDets(Work w, int t)
    {
        while (t < w.To && (w.Cues[t] & Cue.Det) != 0) t++;
        return t;
    }

    private static int FirstAfterDet(Work w, int t)
    {
        // "la visita di Putin": the genitive must come right after the trigger (or after its adjective, or a phrase of manner:
        // "un'invasione su vasta scala dell'Ucraina", "un ataque a gran escala del Ejército").
        int i = t;
        if (i < w.To && (w.Cues[i] & (Cue.Prep | Cue.Genitive)) == Cue.Prep)
            for (int k = i + 1; k < Math.Min(w.To - 1, i + 4) && w.MentionAt[k] < 0 && w.Doc.Tokens[k].Kind == TokenKind.Word; k++)
                if ((w.Marks[k] & Mark.Manner) != 0 && (w.Cues[k + 1] & Cue.Genitive) != 0) { i = k + 1; break; }
        while (i < w.To && (w.Cues[i] & (Cue.Genitive | Cue.Det)) != 0) i++;
        if (i < w.To && w.MentionAt[i] < 0 && IsLowerContentWord(w, i) && i + 1 < w.To && (w.Cues[i + 1] & Cue.Genitive) != 0)
        {
            i++;
            while (i < w.To && (w.Cues[i] & (Cue.Genitive | Cue.Det)) != 0) i++;
        }
        return i;
    }

    /// <summary>The cue flags of the function words right before a mention ("dalla", "da parte di", "a").</summary>
    private static bool CoordinatedBefore(Work w, int first)
    {
        int t = NounPhraseStart(w, first) - 1;
        return t >= w.From && (w.Cues[t] & Cue.Coord) != 0;
    }

    /// <summary>Where a person's name phrase starts, with its title: "il presidente russo Vladimir Putin".</summary>
    private static int TitleStart(Work w, int first, int floor) =>
        w.MentionAt[first] < 0 || w.Doc.Mentions[w.MentionAt[first]].Type != EntityType.Per ? first : DescriptorStart(w, first, floor, stopAtVerbs: false);

    /// <summary>The first token of a title of address right before <paramref name="name"/> ("M. Morsi", "del Sr. Pérez",
    /// "Mr. Putin": the language's title abbreviations), else <paramref name="name"/>.</summary>
    private static int AddressTitleStart(Work w, int name)
    {
        int t = name - 1;
        var abbreviations = w.Abbreviations ??= TextLanguageData.For(w.Doc.Language).Abbreviations;
        var tokens = w.Doc.Tokens;
        if (t - 1 >= w.From && tokens[t].Kind == TokenKind.Punctuation && w.Doc.Text[tokens[t].Start] == '.'
            && tokens[t - 1].Kind == TokenKind.Word && abbreviations.Lookup(w.Doc.TokenText(tokens[t - 1])) == AbbreviationKind.Title) return t - 1;
        if (t >= w.From && tokens[t].Kind == TokenKind.Word && abbreviations.Lookup(w.Doc.TokenText(tokens[t]).TrimEnd('.')) == AbbreviationKind.Title) return t;
        return name;
    }

    /// <summary>A word that says what something is about ("sulla", "sobre", "sur", "on") before the phrase at
    /// <paramref name="first"/>, past its articles.</summary>
    private static bool TopicBefore(Work w, int first, int floor)
    {
        int t = first - 1;
        while (t >= floor && t >= w.From && (w.Marks[t] & Mark.Topic) == 0 && (w.Cues[t] & (Cue.Det | Cue.Prep)) == Cue.Det) t--;
        return t >= floor && t >= w.From && (w.Marks[t] & Mark.Topic) != 0;
    }

    /// <summary>The phrase at <paramref name="first"/> opens its sentence or follows punctuation (past its articles and titles): a
    /// headline's or an aside's subject ("Syrie: le journaliste français Gilles Jacquier tué à Homs"), not one inside a clause ("quello
    /// che la Merkel rifiuta per l'Euro").</summary>
    private static bool StartsAfterPunctuation(Work w, int first)
    {
        int b = first - 1;
        // (Past a demonym of the title too: "le journaliste français".)
        while (b >= w.From && (w.MentionAt[b] < 0 ? (w.Cues[b] & (Cue.Det | Cue.Title | Cue.Actor)) != 0 && (w.Cues[b] & (Cue.Prep | Cue.Relative)) == 0
                                                  : w.Doc.Mentions[w.MentionAt[b]].Rule == "demonym")) b--;
        return b < w.From || w.Doc.Tokens[b].Kind == TokenKind.Punctuation;
    }

    /// <summary>Nothing an active verb would take as its object follows <paramref name="t"/>: the sentence ends, or punctuation, a
    /// preposition, an adverb, a conjunction or a time follows ("ucciso a Sirte", "ferito ma catturato vivo") — not an article, a
    /// name or a bare noun ("Kadhafi attaque encore les civils", "Assad promette riforme": verbs whose endings look like participles).</summary>
    private static bool NoObjectAfter(Work w, int t)
    {
        int n = t + 1;
        while (n < w.To && IsAdverb(w, n) && w.MentionAt[n] < 0) n++;
        if (n >= w.To || w.Doc.Tokens[n].Kind == TokenKind.Punctuation || w.InTime[n]) return true;
        if (w.MentionAt[n] >= 0) return false;
        var c = w.Cues[n];
        return (c & (Cue.Prep | Cue.Locative | Cue.Agent | Cue.Genitive | Cue.TargetPrep)) != 0 && (c & Cue.Det) == 0 || (c & (Cue.Coord | Cue.Boundary)) != 0;
    }

    /// <summary>"con"/"with"/"avec" before the phrase at <paramref name="first"/>, past its articles.</summary>
    private static bool ComitativeBefore(Work w, int first, int floor)
    {
        int t = first - 1;
        while (t >= floor && t >= w.From && (w.Cues[t] & (Cue.Det | Cue.Comitative)) == Cue.Det) t--;
        return t >= floor && t >= w.From && (w.Cues[t] & Cue.Comitative) != 0;
    }

    private static Cue MarkerBefore(Work w, int first, int floor = 0)
    {
        Cue c = Cue.None;
        int titleStart = TitleStart(w, first, floor), t = AddressTitleStart(w, titleStart) - 1;
        // (A name's owner before it shares its marker: "in Russia's Saratov region", "with Russia's Vladimir Putin".)
        if (t - 1 >= w.From && IsPossessive(w, t) && w.MentionAt[t - 1] >= 0) t = NameStart(w, t - 1) - 1;
        // Articles between the preposition and the name: "a la", "de la", "to the".
        while (t >= w.From && (w.Cues[t] & Cue.Det) != 0 && (w.Cues[t] & (Cue.Prep | Cue.Genitive | Cue.Agent)) == 0) t--;
        if (t < w.From) return c;
        // An article that is also a genitive after a preposition is that preposition's article: "soutenus par des troupes".
        if ((w.Cues[t] & (Cue.Det | Cue.Genitive)) == (Cue.Det | Cue.Genitive) && t - 1 >= w.From && (w.Cues[t - 1] & (Cue.Prep | Cue.Genitive | Cue.Det)) == Cue.Prep) t--;
        c = w.Cues[t] & (Cue.Prep | Cue.Genitive | Cue.TargetPrep | Cue.Locative | Cue.Agent | Cue.Report | Cue.Between | Cue.With);
        // A genitive inside a person's title is no marker of the name; the title's is: "il segretario di Stato Marco Rubio", "il
        // capo di stato maggiore Mohammad Bagheri" (not "il portavoce del ministro Lavrov": a title of its own after it).
        // (Across a chain of genitives: "il primo ministro del Governo di unità nazionale Abdul Hamid Dbeibah".)
        if ((c & (Cue.Genitive | Cue.Agent | Cue.TargetPrep | Cue.Report)) == Cue.Genitive && titleStart < first && TitleOfGenitiveChain(w, t, floor) is int title
            && PersonAt(w, first) && !TitledBetween(w, t + 1, first, Cue.Title))
            return MarkerBefore(w, title, floor);
        return c;
    }

    /// <summary>The title a genitive at <paramref name="g"/> belongs to, back across lower-case words, bodies and other genitives
    /// (at most eight tokens, no name or punctuation): "ministro" for "il primo ministro del Governo di unità nazionale".</summary>
    private static int? TitleOfGenitiveChain(Work w, int g, int floor)
    {
        for (int p = g - 1; p > floor && p >= w.From && g - p <= 8; p--)
        {
            if ((w.Cues[p] & Cue.Title) != 0) return p;
            if (w.MentionAt[p] >= 0 || w.Doc.Tokens[p].Kind != TokenKind.Word
                || !(IsLowerContentWord(w, p) || (w.Cues[p] & (Cue.Actor | Cue.Genitive | Cue.Det)) != 0)) return null;
        }
        return null;
    }


    /// <summary>The noun phrase a relative pronoun at <paramref name="rel"/> refers to: the phrase right before it (across a
    /// comma), with its "de" chain, names and numbers; a single name is that entity.</summary>
    private static EventArgument? AntecedentOf(Work w, int rel)
    {
        var tokens = w.Doc.Tokens;
        int last = rel - 1;
        if (IsPunct(w, last, ',')) last--;
        // (Past a parenthesis that glosses the antecedent: "le Groupe de soutien … (GSIM, lié à Al-Qaïda), qui affirme".)
        if (IsPunct(w, last, ')') && ParenthesisOpening(w, last, w.From) is int po) last = po - 1;
        // Names in a phrase of place after a noun for people modify it: "I giovani manifestanti in Siria e in Yemen, che …".
        if (last >= w.From && w.MentionAt[last] >= 0 && PeopleBeforePlaces(w, NameStart(w, last)) is int people
            && DescriptionAround(w, people, people + 1, inPhrase: true) is { } described) return described;
        int t = last, content = 0, named = -1;
        bool actor = false;
        while (t >= w.From && last - t < 10)
        {
            int mi = w.MentionAt[t];
            if (mi >= 0)
            {
                int s0 = NameStart(w, t);
                if (content == 0) named = mi;
                content++;
                t = s0 - 1;
                continue;
            }
            if (tokens[t].Kind == TokenKind.Number && content > 0
                || IsContent(w, t) && (w.Cues[t] & (VerbForms | Cue.Speech | Cue.Plan)) == 0 && (w.Cues[t] & (Cue.Gerund | Cue.Noun)) != Cue.Gerund && !w.InTime[t]
                   && !(content > 0 && AfterAuxiliary(w, t))
                   // (nor a verb the lexicon knows as a trigger only, right after its subject: "Poutine soutient Assad, que l'Occident
                   // accuse" — not a noun: "con poco respaldo popular, que …")
                   && !(content > 0 && TriggerAt(w, t, first: true) is { } verb && verb.First == verb.Last && !IsNominal(w, t)
                        && PrevWord(w, t) is int subject and >= 0 && (w.MentionAt[subject] >= 0 || (w.Cues[subject] & Cue.Actor) != 0)))
            { actor |= (w.Cues[t] & Cue.Actor) != 0; content++; t--; continue; } // (not a gerund: "of harbouring militants who …")
            // "la cólera de los aficionados que …": the people, not what the phrase says of them.
            if (actor && (w.Cues[t] & Cue.Genitive) != 0) break;
            // An article opens the phrase unless a preposition joins it to the one before: "ont signé samedi à Doha un
            // accord-cadre qui prévoit" (not "l'accord de la capitale qui …").
            if (content > 0 && IsArticle(w, t) && (w.Cues[t] & (Cue.Genitive | Cue.Prep)) == 0 && !(t - 1 >= w.From && (w.Cues[t - 1] & (Cue.Genitive | Cue.Prep)) != 0)) { t--; break; }
            if (PhraseLink(w, t, afterContent: content > 0, atStart: false)) { t--; continue; }
            break;
        }
        int first = SkipBareGenitives(w, t + 1, last + 1);
        if (content == 0 || first > last) return null;
        if (named >= 0 && content == 1 && TokenAt(tokens, w.Doc.Mentions[named].Start) is var mf && mf >= first
            && Argument(w, named, mf, last) is { } arg) return arg;
        int s = tokens[first].Start, e = tokens[last].End;
        // "French President Emmanuel Macron, who spoke to Biden": the titled name is the person.
        return PersonNamedLast(w, new EventArgument(null, w.Doc.Text[s..e], s, e, CountryInside(w, first, last)));
    }

    /// <summary>A name coordinated right before the description <paramref name="described"/>, no preposition's object: "El
    /// Gobierno de Colombia y la guerrilla del ELN", "La Turquie et les pays arabes du Golfe"; or null.</summary>
    private static EventArgument? NamedConjunctBefore(Work w, EventArgument described)
    {
        int and0 = TokenAt(w.Doc.Tokens, described.Start) - 1;
        // (English puts names and articles before the head: "Turkey and the Gulf states".)
        for (int steps = 0; steps < 3 && w.Lex.ModifierFirst && and0 > w.From && (w.Cues[and0] & Cue.Coord) == 0
                            && (w.MentionAt[and0] >= 0 || (w.Cues[and0] & (Cue.Det | Cue.Prep)) == Cue.Det); steps++) and0--;
        if (and0 - 1 < w.From || (w.Cues[and0] & Cue.Coord) == 0 || w.MentionAt[and0 - 1] is not (var cm and >= 0)) return null;
        // (Not a name coordinated with a nationality that opens the description: "US and British activists".)
        if (SkipDets(w, and0 + 1) is int head && head < w.To && w.MentionAt[head] >= 0 && w.Doc.Mentions[w.MentionAt[head]].Rule == "demonym") return null;
        int cf = NameStart(w, and0 - 1);
        return (MarkerBefore(w, cf) & (Cue.Prep | Cue.Genitive | Cue.Agent)) == 0 ? Argument(w, cm, cf, and0 - 1) : null;
    }

    /// <summary>A participle right after an auxiliary is a verb, no modifier of the phrase after it: "s'est rapproché de la
    /// Russie, qui" — the antecedent is Russia.</summary>
    private static bool AfterAuxiliary(Work w, int t) =>
        (w.Cues[t] & (Cue.Participle | Cue.Actor | Cue.Noun)) == Cue.Participle && t - 1 >= w.From && (w.Cues[t - 1] & (Cue.Aux | Cue.Det)) == Cue.Aux
        && w.Doc.Tokens[t - 1].Kind == TokenKind.Word;

    /// <summary>A noun for people right before the phrases of place (and their coordinated names) that end with the name at
    /// <paramref name="first"/>: "manifestanti in Siria e in Yemen"; or null.</summary>
    private static int? PeopleBeforePlaces(Work w, int first)
    {
        int k = first - 1;
        for (int names = 0; names < 3 && k > w.From; names++)
        {
            if ((w.Cues[k] & Cue.Locative) == 0 || (w.Cues[k] & Cue.Det) != 0 && (w.Cues[k] & Cue.Prep) == 0) return null;
            k--;
            if (k >= w.From && w.MentionAt[k] < 0 && (w.Cues[k] & Cue.Actor) != 0) return k;
            if (k - 1 < w.From || (w.Cues[k] & Cue.Coord) == 0 || w.MentionAt[k - 1] < 0) return null;
            k = NameStart(w, k - 1) - 1;
        }
        return null;
    }

    /// <summary>The argument after a preposition of the object ("a", "contra") that follows the name <paramref name="named"/>,
    /// itself right after the trigger ending at <paramref name="last"/> with nothing but adverbs and times between; else null.</summary>
    private static EventArgument? MarkedObjectAfter(Work w, int last, EventArgument named)
    {
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, named.Start);
        if (w.MentionAt[first] < 0) return null;
        for (int t = last + 1; t < first; t++)
            if (!(w.InTime[t] || tokens[t].Kind == TokenKind.Word && IsAdverb(w, t))) return null;
        int after = TokenAt(tokens, named.End - 1) + 1;
        if (after + 1 >= w.To || (w.Cues[after] & Cue.TargetPrep) == 0 || (w.Marks[after] & Mark.Topic) != 0) return null;
        if (PostposedSubject(w, after + 1, null) is not { } marked || IsPlainPlace(w, marked)) return null;
        // ("se queja Mohamed al Usta": an Arabic article inside a person's name, no object.)
        bool person = w.Entities.TryGetValue(named.Id!, out var ne) && ne.Type == EntityType.Per;
        if (person && (w.Cues[after] & Cue.Det) != 0 && char.IsUpper(w.Doc.Text[tokens[after + 1].Start])
            && !(marked.Id is { } mid && IsState(mid))) return null;
        return marked;
    }

    /// <summary>The name or described group right after the verb — across times, adverbs, clitics and places after a
    /// locative ("en París") only — that is not <paramref name="target"/>; null if anything else comes first.</summary>
    private static EventArgument? PostposedSubject(Work w, int start, EventArgument? target)
    {
        var tokens = w.Doc.Tokens;
        int end = Math.Min(w.To, start + TargetWindow);
        for (int t = start; t < end; t++)
        {
            var tok = tokens[t];
            if (w.InTime[t] || (w.Cues[t] & (Cue.Aux | Cue.Det)) == Cue.Aux || tok.Kind == TokenKind.Word && IsAdverb(w, t)) continue;
            if (tok.Kind == TokenKind.Punctuation && IsQuote(w.Doc.Text[tok.Start])) continue;
            int mi = w.MentionAt[t];
            // "en París": a place after a locative.
            if ((w.Cues[t] & Cue.Locative) != 0 && (w.Cues[t] & Cue.TargetPrep) == 0)
            {
                int p = t + 1;
                while (p < end && (w.Cues[p] & Cue.Det) != 0 && w.MentionAt[p] < 0) p++;
                // "en la provincia de Córdoba": a place noun and its name.
                if (p + 2 < end && w.MentionAt[p] < 0 && IsLowerContentWord(w, p) && AfterGenitive(w, p + 1) is int pn and > 0 && pn < end && w.MentionAt[pn] >= 0) p = pn;
                if (p >= end || w.MentionAt[p] < 0) return null;
                int pm = w.MentionAt[p];
                p = NameEnd(w, p);
                if (Argument(w, pm, p, p) is not { } place || !IsPlainPlace(w, place)) return null;
                t = p;
                continue;
            }
            int first = t;
            while (first < end && IsCountOrArticle(w, first)) first++;
            if (first >= end) return null;
            if (w.MentionAt[first] is var m0 and >= 0)
            {
                int last = NameEnd(w, first);
                var arg = Argument(w, m0, first, last);
                return arg is null || target is not null && arg.Start == target.Start || IsPlainPlace(w, arg) ? null : arg;
            }
            if ((w.Cues[first] & Cue.Actor) != 0)
            {
                // A title and its genitive before the name: "sono morti il capo di stato maggiore Mohammad Bagheri e …".
                if ((w.Cues[first] & Cue.Title) != 0 && TitledPersonAfter(w, first, end) is { } person) return target is not null && person.Start == target.Start ? null : person;
                var d = DescriptionAround(w, first, end, inPhrase: true);
                if (d is null || target is not null && d.Start == target.Start) return null;
                // (… and the name in apposition after it: "s'est félicité le Premier ministre qatari, Mohammed ben Abdelrahmane Al-Thani".)
                if (PersonAfterComma(w, TokenAt(tokens, d.End - 1) + 1, out _) is { } apposed) return apposed;
                int s0 = tokens[t].Start; // with its article and count
                return d with { Name = w.Doc.Text[s0..d.End], Start = s0 };
            }
            return null;
        }
        return null;
    }

    /// <summary>The person named after the title at <paramref name="title"/> and its words (genitives, nouns, no conjunction or
    /// comma): "capo di stato maggiore Mohammad Bagheri"; else null.</summary>
    private static EventArgument? TitledPersonAfter(Work w, int title, int end)
    {
        int n = title + 1;
        bool genitive = false;
        while (n < end && n - title < 6 && w.MentionAt[n] < 0 && w.Doc.Tokens[n].Kind == TokenKind.Word && (w.Cues[n] & Cue.Coord) == 0
               && ((w.Cues[n] & (Cue.Title | Cue.Actor | Cue.Genitive | Cue.Det)) != 0 || IsLowerContentWord(w, n)))
        {
            // (A title after a genitive names another person: "il consigliere del presidente Obama".)
            if (genitive && (w.Cues[n] & Cue.Title) != 0) return null;
            genitive |= (w.Cues[n] & Cue.Genitive) != 0;
            n++;
        }
        if (n >= end || w.MentionAt[n] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Per) return null;
        return Argument(w, mi, n, NameEnd(w, n));
    }

    /// <summary>A later conjunct of a prepositional phrase: "en Moscú y Vladivostok", "de Francia e Italia".</summary>
    private static bool ConjunctInPhrase(Work w, int first)
    {
        int np = NounPhraseStart(w, first);
        // (An emphatic before the name introduces a party of its own: "las acusaciones de tortura y el propio Asad se ha reunido".)
        for (int k = np; k < first; k++) if ((w.Marks[k] & Mark.Emphatic) != 0) return false;
        int c = np - 1;
        for (int hops = 0; hops < 3 && c > w.From && w.Doc.Tokens[c].Kind == TokenKind.Word && (w.Cues[c] & Cue.Coord) != 0; hops++)
        {
            int pf = c - 1, pm = w.MentionAt[pf];
            if (pm >= 0) pf = NameStart(w, pf);
            else if (!IsContent(w, pf)) return false;
            if ((MarkerBefore(w, pf) & (Cue.Prep | Cue.Genitive | Cue.Agent)) != 0) return true;
            c = NounPhraseStart(w, pf) - 1;
        }
        return false;
    }

    /// <summary>A passive participle with no auxiliary right after a lower-case noun or adjective modifies that noun ("le
    /// esecuzioni sommarie denunciate da testimoni"): the sentence's subject is not its patient.</summary>
    private static bool ModifiesNounBefore(Work w, int participle) =>
        !HasPassiveAux(w, participle) && PrevWord(w, participle) is int p and >= 0 && IsLowerContentWord(w, p) && (w.MentionAt[p] < 0 || NationalityModifier(w, p)) && !IsAdverb(w, p)
        && (w.Cues[p] & (VerbForms | Cue.Gerund | Cue.Participle | Cue.Past | Cue.Speech)) == 0;

    /// <summary>The relative pronoun that opens the verb group at <paramref name="groupStart"/>: right before it, or before an
    /// adjunct that opens with a preposition ("las bandas, que en lo que va de año han asesinado"); or null.</summary>
    private static int? RelativeOpening(Work w, int groupStart)
    {
        int r = groupStart - 1;
        if (r < w.From || w.Doc.Tokens[r].Kind != TokenKind.Word) return null;
        if ((w.Cues[r] & Cue.Relative) != 0) return r;
        for (int k = r; k >= w.From && k >= groupStart - 8; k--)
        {
            if (w.Doc.Tokens[k].Kind == TokenKind.Punctuation || w.MentionAt[k] >= 0 || (w.Cues[k] & (Cue.Verb | Cue.Past | Cue.Participle | Cue.Boundary)) != 0) return null;
            if ((w.Cues[k] & Cue.Relative) != 0 && k + 1 < groupStart && (w.Cues[k + 1] & Cue.Prep) != 0 && (w.Cues[k + 1] & Cue.Det) == 0 && k - 1 >= w.From && IsPunct(w, k - 1, ','))
                return k;
        }
        return null;
    }

    /// <summary>The person (or body) named last before <paramref name="t"/> in the sentence, or null.</summary>
    private static EventArgument? LatterBefore(Work w, int t)
    {
        for (int k = t; k >= w.From; k--)
        {
            if (w.MentionAt[k] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type is not (EntityType.Per or EntityType.Org)) continue;
            return Argument(w, mi, NameStart(w, k), k);
        }
        return null;
    }

    /// <summary>The relative pronoun after a conjunction that opens the verb group at <paramref name="groupStart"/>, past at
    /// most three words of time or degree ("y que días antes indultó", "and who later said"); or null.</summary>
    private static int? CoordinatedRelative(Work w, int groupStart)
    {
        for (int k = groupStart - 1; k >= w.From + 1 && k >= groupStart - 4; k--)
        {
            if (w.Doc.Tokens[k].Kind != TokenKind.Word || w.MentionAt[k] >= 0 || (w.Cues[k] & (Cue.Verb | Cue.Past | Cue.Participle | Cue.Det | Cue.Prep)) != 0) return null;
            if ((w.Cues[k] & Cue.Relative) != 0) return (w.Cues[k - 1] & Cue.Coord) != 0 ? k : null;
        }
        return null;
    }

    /// <summary>The nearest relative pronoun before <paramref name="t"/> in the sentence that follows a comma or a name (it opens
    /// a relative clause of that antecedent); or null.</summary>
    private static int? EarlierRelative(Work w, int t)
    {
        for (int k = t; k > w.From; k--)
        {
            if (IsPunct(w, k, ';') || IsPunct(w, k, ':')) return null;
            if ((w.Cues[k] & Cue.Relative) != 0 && (IsPunct(w, k - 1, ',') || w.MentionAt[k - 1] >= 0) && (w.Cues[k] & Cue.Coord) == 0) return k;
        }
        return null;
    }

    /// <summary>The party thanked right before "for"/"per"/"por"/"pour" and the phrase at <paramref name="start"/>: a name or a noun
    /// for people after a verb of thanking (<see cref="Mark.Thank"/>); else null.</summary>
    private static EventArgument? ThankedFor(Work w, int start)
    {
        int p = PrevWord(w, start);
        while (p >= w.From && IsArticle(w, p) && (w.Cues[p] & Cue.Prep) == 0) p = PrevWord(w, p);
        if (p < w.From) return null;
        // (… or right before the deed, as the verb's indirect object: "agradeció a Corea del Norte el envío de tropas".)
        int q = w.MentionAt[p] >= 0 ? p : (w.Cues[p] & Cue.Prep) != 0 ? PrevWord(w, p) : -1;
        if (q < 0) return null;
        int first = w.MentionAt[q] >= 0 ? NameStart(w, q) : (w.Cues[q] & Cue.Actor) != 0 ? NounPhraseStart(w, q) : -1;
        if (first < 0) return null;
        if (q == p && (first - 1 < w.From || (w.Cues[first - 1] & Cue.TargetPrep) == 0)) return null;
        for (int t = first - 1; t >= w.From && t >= first - 3; t--)
            if ((w.Marks[t] & Mark.Thank) != 0)
                return w.MentionAt[q] >= 0 ? Argument(w, w.MentionAt[q], first, q) : DescriptionAround(w, q, p, inPhrase: true);
        return null;
    }

    /// <summary>"first", "primo", "primer", "premier" (<see cref="Mark.First"/>) within three words before the trigger.</summary>
    private static bool FirstBefore(Work w, int trigger) => MarkAmong(w, Math.Max(w.From, trigger - 3), trigger, Mark.First);

    /// <summary>"without", "sin", "sans", "senza" (<see cref="Mark.Without"/>) right before an infinitive or gerund trigger (or its
    /// particle): the act did not happen. (Not before a noun: "Reporteros sin Fronteras", "los Sin Tierra".)</summary>
    private static bool WithoutBefore(Work w, int groupStart, int trigger)
    {
        if ((w.Cues[trigger] & (Cue.Infinitive | Cue.Gerund)) == 0 && !ParticleInfinitive(w, groupStart, trigger)) return false;
        int p = PrevWord(w, groupStart);
        return p >= 0 && (w.Marks[p] & Mark.Without) != 0;
    }

    /// <summary>The guest is what a hosting verb receives first, past times and places, a personal "a" and titles: not a thing
    /// received before it ("recibió una protesta del gobierno … acusando al teniente").</summary>
    private static bool GuestRightAfter(Work w, int afterTrigger, EventArgument guest)
    {
        int first = TokenAt(w.Doc.Tokens, guest.Start);
        for (int t = SkipTimesAndPlaces(w, afterTrigger); t < first && t < w.To; t++)
            if (IsLowerContentWord(w, t) && (w.Cues[t] & (Cue.Det | Cue.TargetPrep | Cue.Title | Cue.Actor)) == 0 && w.MentionAt[t] < 0) return false;
        return true;
    }

    /// <summary>A verb that breaks what it names (<see cref="Mark.Frame"/>: "violated", "violato") right before the noun phrase at
    /// <paramref name="start"/>, past its articles.</summary>
    private static bool BrokenBy(Work w, int start)
    {
        int p = start - 1;
        while (p >= w.From && (IsArticle(w, p) || IsLowerContentWord(w, p) && (w.Marks[p] & Mark.Frame) == 0 && (w.Cues[p] & AnyVerbForm) == 0) && p > start - 4) p--;
        return p >= w.From && (w.Marks[p] & Mark.Frame) != 0 && (w.Cues[p] & Cue.Det) == 0;
    }

    /// <summary>"from", "da", "de" (<see cref="Mark.From"/>) before the argument, past its articles.</summary>
    private static bool FromBefore(Work w, EventArgument arg)
    {
        int p = TokenAt(w.Doc.Tokens, arg.Start) - 1;
        while (p >= w.From && IsArticle(w, p) && (w.Marks[p] & Mark.From) == 0) p--;
        return p >= w.From && (w.Marks[p] & Mark.From) != 0;
    }

    /// <summary>A word for the sea (<see cref="Mark.Sea"/>) heads the argument: "the sea", "il Mar del Giappone", "East Sea".</summary>
    private static bool SeaIn(Work w, EventArgument arg) =>
        MarkAmong(w, TokenAt(w.Doc.Tokens, arg.Start), Math.Min(w.To, TokenAt(w.Doc.Tokens, arg.End - 1) + 1), Mark.Sea);

    /// <summary>A relative pronoun that opens the clause ending at the comma <paramref name="comma"/>, with a verb in it and no
    /// other clause opening between: its token, else null.</summary>
    private static int? RelativeClauseBefore(Work w, int comma)
    {
        bool verb = false;
        for (int t = comma - 1; t >= w.From && t >= comma - 10; t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation && !IsQuoteMark(w, t)) return null;
            // ("that" is a determiner too, unless a verb follows: "a plane that crashed".)
            if ((w.Cues[t] & Cue.Relative) != 0 && (w.Cues[t] & Cue.Where) == 0
                && ((w.Cues[t] & Cue.Det) == 0 || t + 1 < comma && (w.Cues[t + 1] & (Cue.Verb | Cue.Past | Cue.Aux)) != 0)) return verb ? t : null;
            if ((w.Cues[t] & Cue.Boundary) != 0) return null;
            verb |= w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Verb | Cue.Past | Cue.Aux)) != 0 && (w.Cues[t] & Cue.Noun) == 0;
        }
        return null;
    }

    /// <summary>The word right before <paramref name="t"/> names people: a noun for people or a person's or body's name.</summary>
    private static bool ActorBefore(Work w, int t)
    {
        int p = PrevWord(w, t);
        return p >= 0 && ((w.Cues[p] & Cue.Actor) != 0 || w.MentionAt[p] >= 0 && w.Doc.Mentions[w.MentionAt[p]].Type is EntityType.Per or EntityType.Org);
    }

    /// <summary>A gerund at <paramref name="g"/> after a comma or a bare preposition: it shares its clause's subject.</summary>
    /// <summary>The word before <paramref name="t"/> when <paramref name="t"/> is a plain article ("the", not "del"), else
    /// <paramref name="t"/> (−1 stays −1).</summary>
    private static int BeforeArticle(Work w, int t) =>
        t >= 0 && (w.Cues[t] & (Cue.Det | Cue.Prep | Cue.Genitive)) == Cue.Det && PrevWord(w, t) is int before and >= 0 ? before : t;

    /// <summary>A genitive at <paramref name="genitive"/> after a noun (and an adjective), an article and a locative, all after
    /// <paramref name="floor"/>: "in the western city of", "nella città di", "en la ciudad de".</summary>
    private static bool LocativeNounBefore(Work w, int genitive, int floor)
    {
        if (genitive <= floor || (w.Cues[genitive] & Cue.Genitive) == 0 || (w.Cues[genitive] & Cue.Det) != 0) return false;
        int t = genitive - 1, words = 0;
        while (t >= floor && words < 2 && w.MentionAt[t] < 0 && IsLowerContentWord(w, t) && (w.Cues[t] & (VerbForms | Cue.Actor | Cue.Locative | Cue.Prep)) == 0) { t--; words++; }
        if (words == 0) return false;
        if (t >= floor && (w.Cues[t] & (Cue.Det | Cue.Locative)) == Cue.Det) t--;
        // (Not a preposition that also marks whom: "derrocó al sha de Persia".)
        return t >= floor && (w.Cues[t] & (Cue.Locative | Cue.TargetPrep)) == Cue.Locative;
    }

    /// <summary>Between <paramref name="prep"/> and <paramref name="first"/> stand only an article, one or two lower-case nouns
    /// (no verb, no people) and a genitive right before <paramref name="first"/>: "della [città di] Babanusa", "de [la ciudad de] Goma".</summary>
    private static bool PlaceNounBetween(Work w, int prep, int first)
    {
        int g = first - 1;
        if (g - prep < 2 || g - prep > 4 || (w.Cues[g] & Cue.Genitive) == 0 || (w.Cues[g] & Cue.Det) != 0 && (w.Cues[g] & Cue.Prep) == 0) return false;
        int nouns = 0;
        for (int t = prep + 1; t < g; t++)
        {
            if ((w.Cues[t] & (Cue.Det | Cue.Prep)) == Cue.Det && nouns == 0) continue;
            if (w.MentionAt[t] >= 0 || !IsLowerContentWord(w, t) || (w.Cues[t] & (AnyVerbForm | Cue.Actor)) != 0) return false;
            nouns++;
        }
        return nouns is 1 or 2;
    }

    /// <summary>The word before <paramref name="t"/> is a modal, an auxiliary or an infinitive particle (not an article that looks
    /// like one): <paramref name="t"/> is a verb ("would reward").</summary>
    private static bool AfterModal(Work w, int t) =>
        t - 1 >= w.From && (w.Cues[t - 1] & (Cue.Modal | Cue.Aux | Cue.Infinitive)) != 0 && (w.Cues[t - 1] & Cue.Det) == 0;

    /// <summary>The first finite verb (simple or past form, no name) among tokens [from, to), or null.</summary>
    private static int? FirstFiniteVerb(Work w, int from, int to)
    {
        for (int t = Math.Max(from, w.From); t < to; t++)
            if ((w.Cues[t] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[t] & (Cue.Gerund | Cue.Infinitive | Cue.Noun)) == 0 && w.MentionAt[t] < 0) return t;
        return null;
    }

    private static bool GerundOpens(Work w, int g) =>
        IsPunct(w, g - 1, ',') || PrevWord(w, g) is int p and >= 0 && (w.Cues[p] & Cue.Prep) != 0 && (w.Cues[p] & Cue.Det) == 0;

    /// <summary>The nearest gerund (no noun) before the conjunction at <paramref name="coord"/> within its phrase, if any.</summary>
    private static int? GerundBefore(Work w, int coord)
    {
        for (int t = coord - 1; t >= w.From && t >= coord - 10; t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (Cue.Verb | Cue.Past | Cue.Boundary)) != 0 && (w.Cues[t] & Cue.Gerund) == 0) return null;
            if ((w.Cues[t] & Cue.Gerund) != 0 && (w.Cues[t] & Cue.Noun) == 0) return t;
        }
        return null;
    }

    /// <summary>The words right before the verb group are an event noun with its article and at most two adjectives, opening a
    /// clause: after "where", a relative, a comma or the sentence's start — not after a preposition ("dopo l'attacco ha
    /// arrestato"). A bare noun only after "where" ("where clashes have killed").</summary>
    private static bool EventNounSubject(Work w, int groupStart)
    {
        if (PrevWord(w, groupStart) is not (int noun and >= 0) || w.MentionAt[noun] >= 0) return false;
        bool PlainArticle(int q) => q >= 0 && (w.Cues[q] & (Cue.Det | Cue.Prep | Cue.Genitive | Cue.Aux)) == Cue.Det;
        int p = PrevWord(w, noun);
        // (An ordinal that is also a preposition counts as an adjective after its article: "il secondo attacco".)
        for (int words = 0; words < 2 && p >= 0 && (IsLowerContentWord(w, p) && (w.Cues[p] & (Cue.Det | AnyVerbForm)) == 0 || PlainArticle(PrevWord(w, p))); words++)
            p = PrevWord(w, p);
        bool article = PlainArticle(p);
        if (article) p = PrevWord(w, p);
        bool opens = article ? p < 0 || (w.Cues[p] & (Cue.Where | Cue.Relative)) != 0 : p >= 0 && (w.Cues[p] & Cue.Where) != 0;
        return opens && TriggerAt(w, noun) is not null; // (the trigger look-up last: it walks the sentence's matches)
    }

    /// <summary>The description starting at <paramref name="first"/> is a party in the "between" phrase of an event noun: "Clashes
    /// between police and protesters", "affrontements entre les forces gouvernementales et des combattants druzes".</summary>
    private static bool InBetweenPhrase(Work w, int first)
    {
        int p = PrevWord(w, first);
        while (p >= w.From && (IsArticle(w, p) || (w.Cues[p] & (Cue.Det | Cue.Coord)) == Cue.Det)) p = PrevWord(w, p); // (a partitive too: "et des combattants")
        if (p >= w.From && (w.Cues[p] & Cue.Coord) != 0 && w.Doc.Tokens[p].Kind == TokenKind.Word)
            for (int n = 0; n < 5 && (p = PrevWord(w, p)) >= w.From && (w.Cues[p] & Cue.Between) == 0; n++) { }
        if (p < w.From || (w.Cues[p] & Cue.Between) == 0) return false;
        int noun = PrevWord(w, p);
        return noun >= w.From && TriggerAt(w, noun, last: true) is { } k && IsNominal(w, k.First);
    }

    /// <summary>A verb group in the first person ("condanniamo", "abbiamo chiesto", "nous avons condamné", "hemos pedido") or
    /// right after a first-person subject pronoun ("we", "noi", "nosotros", "je", "yo").</summary>
    private static bool FirstPersonGroup(Work w, int groupStart)
    {
        int prev = PrevWord(w, groupStart);
        if (prev >= 0 && (w.Marks[prev] & Mark.We) != 0 && w.MentionAt[prev] < 0) return !(PrevWord(w, prev) is int before and >= 0 && (w.Cues[before] & Cue.Prep) != 0);
        // (A first-person word the group leaves out before it: an auxiliary — "nous avions tué", where "avions" is also a noun —,
        // a verb of wanting or duty that governs it — "Quiero hacer un llamado", "Dobbiamo aiutare" —, or one opening the sentence.)
        if (prev >= 0 && (w.Marks[prev] & Mark.Person1) != 0 && w.MentionAt[prev] < 0
            && ((w.Cues[prev] & (Cue.Aux | Cue.Volition | Cue.Modal)) != 0 || PrevWord(w, prev) is not (int nous and >= 0) || (w.Marks[nous] & Mark.Person1) != 0)) return true;
        // (A subject written before it is who "we" are: "los manifestantes protestamos".)
        if (prev >= 0 && (w.MentionAt[prev] >= 0 || (w.Cues[prev] & Cue.Actor) != 0)) return false;
        // The group's words up to its verb: auxiliaries, clitics, negation and adverbs, then the verb.
        for (int t = groupStart; t < w.To && t <= groupStart + 4; t++)
        {
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || w.MentionAt[t] >= 0) return false;
            // (Both words of "nous avions" carry the mark: after "nous" the verb is no noun. After an article the word is no verb:
            // "Estos últimos", "los próximos".)
            bool word = (w.Cues[t] & (Cue.Det | Cue.Noun | Cue.Prep)) == 0;
            bool afterMarked = t > w.From && (w.Marks[t - 1] & Mark.Person1) != 0;
            if ((w.Marks[t] & Mark.Person1) != 0 && (afterMarked || word && !(t > w.From && (w.Cues[t - 1] & Cue.Det) != 0))) return true;
            if (!word) return false;
            if ((w.Cues[t] & (Cue.Aux | Cue.Negation | Cue.Adverb | Cue.Reflexive)) == 0) return false;
        }
        return false;
    }

    /// <summary>Subjects: the nearest actor mention left of <paramref name="groupStart"/> that heads a noun phrase (not
    /// after a preposition, not inside the attribution), plus those coordinated with it; else the noun phrase before the verb.</summary>
    private List<EventArgument> FindSubject(Work w, int groupStart, Attribution? attribution)
    {
        // A speech aside right before the verb ("L'UA, hanno detto le fonti, ha condannato", "The AU, the sources said,
        // condemned"): the subject stands before it, the speakers are no party.
        if (SpeechAsideBefore(w, groupStart) is int asideOpen) return FindSubject(w, asideOpen, attribution);
        var result = new List<EventArgument>();
        // A verb in the first person is the speakers' act ("«Condanniamo l'attacco», ha detto il ministro"): who says the
        // sentence when it is told, else nobody the text names — not the names listed before it ("esprimiamo solidarietà a
        // Vella, Caruana e Cipolla, e condanniamo …").
        if (FirstPersonGroup(w, groupStart))
        {
            if (attribution is { SpeechToken: >= 0 } quoted && quoted.SpeechToken >= w.From && quoted.SpeechToken < w.To) result.Add(quoted.Argument);
            // (A headline's speaker before its colon: "Juppé: «Vogliamo aiutare il popolo libico»", "Mosca: «Così combattiamo
            // jihadisti»".)
            else if (OpeningSubject(w, groupStart) is { } headline && IsPunct(w, TokenAt(w.Doc.Tokens, headline.End - 1) + 1, ':')) result.Add(headline);
            return result;
        }
        var tokens = w.Doc.Tokens;
        // An infinitive after people charged with it and "de"/"di" has them as its subject: "34 sospechosos de participar en los
        // disturbios", "tre sospettati di aver partecipato agli scontri" — not the sentence's subject. (A noun after its article or count, not a
        // participle: "fue acusado de matar" has its clause's subject.)
        if ((w.Cues[groupStart] & Cue.Infinitive) != 0 && PrevWord(w, groupStart) is int de and >= 0 && (w.Cues[de] & (Cue.Genitive | Cue.Det)) == Cue.Genitive
            && PrevWord(w, de) is int people and >= 0 && (w.Marks[people] & Mark.Charged) != 0 && w.MentionAt[people] < 0
            && PrevWord(w, people) is int counted and >= 0 && ((w.Cues[counted] & (Cue.Det | Cue.Prep)) == Cue.Det || w.Doc.Tokens[counted].Kind == TokenKind.Number || QuantityStartsAt(w, counted)))
        {
            result.Add(ArgumentInside(w, NounPhraseStart(w, CountStart(w, NounPhraseStart(w, people), people)), people));
            return result;
        }
        // A relative clause's verb: its subject is the antecedent ("los aficionados de ambos equipos que se manifestaron").
        // (Of place, the clause's: "González Urrutia llegó a Madrid, donde solicitó asilo" — he asked, not Madrid.)
        if (groupStart - 1 >= w.From && (w.Cues[groupStart - 1] & Cue.Where) != 0 && tokens[groupStart - 1].Kind == TokenKind.Word)
        {
            // (Not a passive's or a reflexive verb's subject told after it: "El Fasher, dove sono state uccise 1.500 persone", "la
            // plaza Tahrir, en donde se concentraban los manifestantes".)
            if (PostposedPassiveSubject(w, groupStart) || PostposedReflexiveSubject(w, groupStart)) return result;
            if (OpeningSubject(w, groupStart - 1, upToVerb: true) is { } opening) result.Add(opening);
            return result;
        }
        // An event noun that opens the verb's clause is its subject: "the province of Sweida, where clashes have killed more than 300
        // people", "secondo cui il secondo attacco ha colpito i soccorritori" — no actor, and neither the place nor a name further back.
        if (EventNounSubject(w, groupStart)) return result;
        // A quantifier standing alone for people right before the verb: "said several had been arrested", "dijo que varios
        // fueron detenidos" — an unnamed subject, not the speaker.
        if (PrevWord(w, groupStart) is int quantifier and >= 0 && (w.Cues[quantifier] & (Cue.Det | Cue.Aux | Cue.Prep | Cue.Genitive | Cue.Relative | Cue.Demonstrative | Cue.Own)) == Cue.Det
            && w.MentionAt[quantifier] < 0 && !Complementizer(w, quantifier) && tokens[quantifier].Length >= 4 && char.IsLower(w.Doc.Text[tokens[quantifier].Start])
            && (PrevWord(w, quantifier) is not (int before and >= 0) || (w.Cues[before] & (Cue.Speech | Cue.Relative | Cue.Coord)) != 0) && !IsPunct(w, quantifier - 1, ':'))
        {
            result.Add(new EventArgument(null, w.Doc.TokenText(tokens[quantifier]).ToString(), tokens[quantifier].Start, tokens[quantifier].End));
            return result;
        }
        // ("por primera vez que desplegó tropas": "que" after a word for an occasion completes the verb of saying before it.)
        // (An infinitive right after "que" opens no relative clause: it is itself the subject of what follows, said of nobody —
        // "nous apprend que réprimer ne fait que radicaliser".)
        if (RelativeOpening(w, groupStart) is int rel && !(PrevWord(w, rel) is int occasion and >= 0 && (w.Marks[occasion] & Mark.Times) != 0))
        {
            // A relative that stands for the clause before ("ce que dément Ankara", "lo que niega Moscú") is the verb's object: its
            // subject follows the verb, if any.
            if (ObjectRelativeBefore(w, groupStart)) return result;
            if (rel == groupStart - 1 && BareInfinitive(w, groupStart)) return result;
            // A relative after a preposition ("con cui ha discusso", "with whom", "con quien") names a partner; the clause's
            // subject is the sentence's.
            if (PrevWord(w, rel) is int rp and >= 0 && (w.Cues[rp] & (Cue.Prep | Cue.Det)) == Cue.Prep && rp + 1 == rel)
            {
                if (OpeningSubject(w, rp, upToVerb: true) is { } main) result.Add(main);
                return result;
            }
            if (AntecedentOf(w, rel) is { } antecedent)
            {
                // An event noun as the antecedent ("il bilancio dell'attacco missilistico russo che all'alba ha colpito"): the
                // clause tells that event, whose source acts.
                if (antecedent.Id is null && w.Doc.Events.FindLast(e => e.Sentence == w.SentenceIndex && e.Start >= antecedent.Start && e.End <= antecedent.End)
                        is { Source: { } eventSource }) antecedent = eventSource;
                result.Add(antecedent);
                return result;
            }
        }
        // A relative coordinated with an earlier one shares its antecedent: "Trump, quien había amenazado con … y que días antes
        // indultó al expresidente" — Trump pardoned, not a name inside the first relative.
        if (CoordinatedRelative(w, groupStart) is int second && EarlierRelative(w, second - 1) is int first && AntecedentOf(w, first) is { } shared)
        {
            result.Add(shared);
            return result;
        }
        // A subject pronoun is who speaks in the sentence or spoke in the one before ("Pachinian a annoncé … l'OTSC, qu'il
        // accuse", "He accused the delegation"), never a name further back.
        // (A person who is the subject of an earlier clause of the sentence first: "Sushila Karki was sworn in …, and she pledged".)
        if (groupStart - 1 >= w.From && (w.Cues[groupStart - 1] & Cue.Pronoun) != 0
            && (EarlierPersonSubject(w, groupStart - 1) ?? (attribution is { SpeechToken: >= 0 } said && said.SpeechToken < groupStart ? said.Argument : null) ?? w.Speaker
                ?? PreviousPersonSource(w) ?? SayerBefore(w, groupStart - 1)) is { } speaker)
        {
            result.Add(speaker);
            return result;
        }
        // A demonstrative standing for a subject is the latter, the person named last before it: "Jara se reunió con Franco
        // Parisi …, pero este se negó a respaldarla", "celui-ci a refusé".
        if (groupStart - 1 > w.From && (w.Cues[groupStart - 1] & (Cue.Det | Cue.Demonstrative)) == (Cue.Det | Cue.Demonstrative)
            && ((w.Cues[groupStart - 2] & (Cue.Boundary | Cue.Coord)) != 0 || IsPunct(w, groupStart - 2, ','))
            && LatterBefore(w, groupStart - 2) is { } latter)
        {
            result.Add(latter);
            return result;
        }
        // A title in apposition between the name and its verb: "Le général Abdel Fattah al-Burhane, chef de l'armée soudanaise,
        // a refusé" — the name is the subject, not the army of the title.
        if (AppositionHead(w, groupStart) is { } named)
        {
            // (A name coordinated before the title that opens the clause acts too: "Trump y su homólogo turco, Erdogan, acordaron".)
            int titleFirst = TokenAt(tokens, named.Start);
            while (titleFirst - 1 >= w.From && (w.Cues[titleFirst - 1] & Cue.Det) != 0 && (w.Cues[titleFirst - 1] & Cue.Prep) == 0) titleFirst--;
            if (PrevWord(w, titleFirst) is int and0 and >= 0 && NameOpeningBefore(w, and0) is { } conjunct) result.Add(conjunct);
            result.Add(named);
            return result;
        }
        int limit = Math.Max(w.From, groupStart - SubjectWindow);
        bool aside = false;
        for (int t = groupStart - 1; t >= limit; t--)
        {
            var tok = tokens[t];
            // A parenthesis between the subject and its verb is an aside: "Los conductores de la compañía (TEC) realizaron",
            // "El Movimiento de los Trabajadores Argentinos (MTA) anunció" — the subject is before it.
            // (Only right before the verb: elsewhere a parenthesis glosses a place in a list, "Santander (Cantabria) y Gijón".)
            if (t == groupStart - 1 && IsPunct(w, t, ')') && ParenthesisOpening(w, t, limit) is int po) { t = po; aside = true; continue; }
            // An acronym in parentheses after a name, before a participle's aside, is part of the name: "Le comité de l'Union africaine
            // (UA), réuni sur la Libye, rejette".
            if (OneWordInParentheses(w, t) && t - 3 >= limit && w.MentionAt[t - 3] >= 0 && IsPunct(w, t + 1, ',') && t + 2 < groupStart
                && (w.Cues[t + 2] & Cue.Participle) != 0 && w.Doc.TokenText(tokens[t - 1]) is { Length: >= 2 } acronym && !acronym.ContainsAnyExceptInRange('A', 'Z')) { t -= 2; continue; }
            if (tok.Kind == TokenKind.Punctuation && w.Doc.Text[tok.Start] is ';' or ':' or '(' or ')' or '?' or '!') break;
            if ((w.Cues[t] & Cue.Boundary) != 0) break;
            // (Nor before a clause of place: "un règlement de compte entre voyous où un délinquant avait été tué" — unless its subject
            // is a pronoun that points back: "M. Cameron … est arrivé en Jordanie, où il s'entretiendra".)
            if ((w.Cues[t] & Cue.Where) != 0 && tok.Kind == TokenKind.Word && !CueAmong(w, t + 1, groupStart, Cue.Pronoun)) break;
            // "El portavoz anunció que … los guaymíes realizarán una marcha": a verb in the complement of a verb of saying has
            // its subject inside that clause, never the speaker.
            // With no subject of its own ("La oposición anunció que el 7 de junio realizará una marcha") it is the speaker's.
            if (Complementizer(w, t))
            {
                if (OwnSubjectAt(w, ClauseOpensAt(w, t + 1), groupStart)) break;
                // (Nor a passive whose subject follows it: "anuncian que fue lanzada una bomba", "dicono che è stato bombardato il
                // villaggio" — what was done, not who says so.)
                if (PostposedPassiveSubject(w, groupStart)) return result;
                return FindSubject(w, VerbGroupStart(w, SpeechVerbBefore(w, t), nominal: false), attribution);
            }
            // A relative clause between commas stands between the subject and its verb: "Decenas de jóvenes, que gritaban
            // contra la detención de Pérez, levantaron barricadas" — the subject is before it, not the name inside it.
            if (IsPunct(w, t, ',') && RelativeClauseOpening(w, t, limit) is int open) { t = open; continue; }
            // So does a descriptive aside right before the verb, named people before it: "tre extracomunitari, presunti scafisti
            // dell'imbarcazione approdata a Lampedusa con a bordo 494 migranti, sono stati arrestati" — not the migrants.
            // (Before a finite verb only: "mostra alcune donne, riunitesi per protestare" qualifies the women.)
            if (t == groupStart - 1 && IsPunct(w, t, ',') && (w.Cues[groupStart] & (Cue.Participle | Cue.Gerund | Cue.Infinitive)) == 0
                && AsideOpening(w, t, limit) is int descriptiveOpen) { t = descriptiveOpen; continue; }
            if (attribution is { } a && t >= a.First && t <= a.Last) continue;
            int mi = w.MentionAt[t];
            if (mi < 0)
            {
                // A description naming people or a group ("los manifestantes de Patria Libre", "COLONOS JUDIOS").
                // (Not when a verb opens it: "tomó partido" is a verb and its object.)
                // (Not a participle of the verb group: "fue detenido … tras encabezar la movilización".)
                if ((w.Cues[t] & Cue.Actor) != 0 && !w.InTime[t] && !((w.Cues[t] & Cue.Participle) != 0 && t > w.From && (w.Cues[t - 1] & (Cue.Aux | Cue.Passive)) != 0 && (w.Cues[t - 1] & Cue.Det) == 0)
                    && DescriptionAround(w, t, groupStart) is { } described
                    && (w.Cues[TokenAt(tokens, described.Start)] & VerbForms) == 0
                    // (Nor an agent's phrase in quotation marks: 'financiados por "grupos criminales" y anunció'.)
                    && !(TokenAt(tokens, described.Start) - 1 is int q and > 0 && IsQuoteMark(w, q) && (w.Cues[q - 1] & (Cue.Agent | Cue.Det)) == Cue.Agent)
                    // (Not the role a subject takes: "ha giurato come capo dello Stato … e ha promesso", "a prêté serment vendredi comme
                    // président" — not a conjunction: "VMRO y DPMNE así como el Partido democrático".)
                    && !(PrevWord(w, TokenAt(tokens, described.Start)) is int capacity and >= 0 && (w.Marks[capacity] & Mark.Capacity) != 0 && (w.Cues[capacity] & Cue.Coord) == 0))
                {
                    // A party named in an event noun's "between" phrase is no subject: the event is ("Clashes between police and protesters
                    // killed three people").
                    // (Not before a phrase that qualifies the party: "negociación entre gobierno y médicos en huelga".)
                    if (PrevWord(w, groupStart) is int beforeVerb and >= 0 && described.End == tokens[beforeVerb].End && (w.Cues[groupStart] & Cue.Prep) == 0
                        && InBetweenPhrase(w, TokenAt(tokens, described.Start))) return result;
                    if (SubjectOfVerbBeforeObject(w, TokenAt(tokens, described.Start), groupStart, attribution) is { Count: > 0 } describedShared) return describedShared;
                    // A group noun naming a body in its genitive is that body ("la guerrilla del ELN"), and a name coordinated before
                    // it acts with it: "El Gobierno de Colombia y la guerrilla del ELN firmaron".
                    if (BodyNamedIn(w, PersonNamedLast(w, described)) is not { } body)
                    {
                        // (A country's or body's name coordinated before the description is a subject of its own: "La Turquie et
                        // les pays arabes du Golfe ont condamné".)
                        if (NamedConjunctBefore(w, described) is { Id: { } cid } conjunct && (IsState(cid) || cid.StartsWith("org:", StringComparison.Ordinal)))
                        {
                            result.Add(conjunct);
                            result.Add(WithApposition(w, PersonNamedLast(w, described)));
                            return result;
                        }
                        result.Add(WithApposition(w, WithConjunctBefore(w, PersonNamedLast(w, described))));
                        return result;
                    }
                    result.Add(body);
                    if (NamedConjunctBefore(w, described) is { } coordinated && !result.Exists(r => SameArgument(r, coordinated))) result.Insert(0, coordinated);
                    return result;
                }
                continue;
            }
            int last = t;
            t = NameStart(w, t);
            // (A name's possessive before another name qualifies it: "but not Hasina's Awami League, and promised".)
            if (last + 2 < groupStart && IsPossessive(w, last + 1) && (w.MentionAt[last + 2] >= 0 || char.IsUpper(w.Doc.Text[w.Doc.Tokens[last + 2].Start]))) continue;
            var marker = MarkerBefore(w, t);
            // A conjunction that is also a preposition opens the verb's clause: "a blockade after Tsai met McCarthy", "since Russia
            // invaded" — the name right before the verb is its subject.
            // (Past its article: "after the UN imposed sanctions".)
            bool opensClause = (marker & (Cue.Genitive | Cue.Report | Cue.Agent)) == 0 && last + 1 == groupStart
                               && BeforeArticle(w, PrevWord(w, TitleStart(w, t, limit))) is int conj and >= 0 && (w.Cues[conj] & Cue.Boundary) != 0;
            // A name right before the verb after an adjunct's noun that is no title: "A margine dei lavori Zelensky incontrerà".
            opensClause |= last + 1 == groupStart && w.Doc.Mentions[mi].Type == EntityType.Per && TitleStart(w, t, limit) is int ts && ts < t
                           && !TitledBetween(w, ts, t) && (w.Cues[ts] & Cue.Det) == 0 && PrevWord(w, ts) is int pts and >= 0 && (w.Cues[pts] & (Cue.Genitive | Cue.Prep)) != 0;
            if (!opensClause && (marker & (Cue.Prep | Cue.Genitive | Cue.Report | Cue.Agent)) != 0) continue; // "in Russia", Spanish object "a Corea"
            // (Nor a name whose descriptor is a genitive: "Un bloque sindical disociado de la matriz Central Obrera Boliviana".)
            // (Not a genitive inside a title: "il segretario di Stato Marco Rubio" — only one a participle governs.)
            if (!opensClause && DescriptorStart(w, t, limit) is int ds && ds < t && NounPhraseStart(w, ds) - 1 is int gen && gen - 1 >= w.From
                && (w.Cues[gen] & (Cue.Genitive | Cue.Agent)) == Cue.Genitive && (w.Cues[gen - 1] & Cue.Participle) != 0 && (w.Cues[gen - 1] & (Cue.Title | Cue.Actor | Cue.Noun)) == 0) continue;
            if (ConjunctInPhrase(w, t)) continue; // "en Moscú y Vladivostok"
            var arg = Argument(w, mi, t, last);
            if (arg is null) continue;
            if (aside && IsPlainPlace(w, arg)) break; // "Córdoba (norte) ocuparon": a place and its gloss, in a list of places
            // (Nor a place right after a verb, its object: "M. Saleh quitte Sanaa et se rend à Oman".)
            if (IsPlainPlace(w, arg) && PrevWord(w, t) is int pv and >= 0 && IsLowerContentWord(w, pv) && (w.Cues[pv] & (Cue.Actor | Cue.Noun | Cue.Title)) == 0) continue;
            // An adjective's phrase ("capitale siriana") after a preposition is no subject either: "Sulla capitale siriana fu sferrato".
            // (… nor one with its article after a preposition other than "de": "en guerre contre l'armée soudanaise depuis avril 2023,
            // ont affirmé" — "miembros de la oposición siria se negaron" is the opposition's.)
            if (arg.Start < tokens[t].Start && TokenAt(tokens, arg.Start) is int ps && ps >= w.From && tokens[ps].Kind == TokenKind.Word
                && (IsContent(w, ps) && (w.Cues[ps] & Cue.Det) == 0 && (MarkerBefore(w, ps) & (Cue.Prep | Cue.Genitive | Cue.Report | Cue.Agent)) != 0
                    || IsArticle(w, ps) && MarkerBefore(w, ps) is var articleMarker && (articleMarker & (Cue.Prep | Cue.Report | Cue.Agent)) != 0 && (articleMarker & Cue.Genitive) == 0)) continue;
            // The object of an earlier verb is no subject of a later one: "I militari sciolgono il parlamento, sospendono la
            // costituzione", "hanno assalito i manifestanti … e confiscato" — the earlier verb's subject acts.
            if (SubjectOfVerbBeforeObject(w, NounPhraseStart(w, t), groupStart, attribution) is { Count: > 0 } objectShared) return objectShared;
            result.Add(arg);
            // Coordinated subjects: "Mosca e Pyongyang negano", "tanto Moscú como Pionyang", and lists before the last
            // conjunction: "Estados Unidos, Rusia y Suiza se reunieron", "The US, Russia, and Switzerland met" — past a title
            // ("Zelensky e il presidente statunitense Donald Trump si sono incontrati").
            int c = NounPhraseStart(w, DescriptorStart(w, t, limit)) - 1;
            // "Israel and Lebanon's Hezbollah": a possessive name qualifies this one; the conjunction is before it.
            if (c - 1 >= w.From && w.MentionAt[c - 1] is var owner and >= 0 && w.Doc.TokenText(tokens[c]) is "'s" or "’s")
            {
                int q = NameStart(w, c - 1);
                c = NounPhraseStart(w, q) - 1;
            }
            bool list = false;
            while (c >= w.From && ((w.Cues[c] & Cue.Coord) != 0 || list && IsPunct(w, c, ',')))
            {
                list = true;
                int prev = c - 1;
                if (prev >= w.From && (w.Cues[c] & Cue.Coord) != 0 && IsPunct(w, prev, ',')) prev--; // serial comma
                // An acronym in parentheses after the name: "La Organización de Estados Americanos (OEA), la Unión Europea y …".
                if (OneWordInParentheses(w, prev) && w.MentionAt[prev - 3] >= 0) prev -= 3;
                if (prev < w.From || w.MentionAt[prev] < 0) break;
                int pm = w.MentionAt[prev], pf = NameStart(w, prev);
                // People named after a comma are in apposition to what comes before, not more of the list: "Los líderes de
                // Armenia y Azerbaiyán, Nikol Pashinián e Ilham Alíyev, firmaron" — the leaders sign, once each.
                if (IsPunct(w, c, ',') && w.Doc.Mentions[mi].Type == EntityType.Per && w.Doc.Mentions[pm].Type != EntityType.Per) break;
                // "… y los gobiernos de Brasil, Argentina y Chile condenaron": the list's head noun for people, then on before it.
                int head = -1;
                if ((MarkerBefore(w, pf) & (Cue.Prep | Cue.Genitive)) != 0)
                {
                    int g = pf - 1;
                    while (g >= w.From && (w.Cues[g] & Cue.Det) != 0 && (w.Cues[g] & Cue.Genitive) == 0) g--;
                    head = g - 1;
                    if (g < w.From || (w.Cues[g] & Cue.Genitive) == 0 || head < w.From || (w.Cues[head] & Cue.Actor) == 0 || w.MentionAt[head] >= 0) break;
                }
                if (Argument(w, pm, pf, prev) is { } other && !result.Exists(r => r.Id == other.Id)) result.Insert(0, other);
                c = NounPhraseStart(w, head >= 0 ? head : pf) - 1;
            }
            if (result.Count == 1) result[0] = WithApposition(w, result[0]);
            return result;
        }
        if (PlainSubjectBefore(w, groupStart) is { } plain)
        {
            if (SubjectOfVerbBeforeObject(w, TokenAt(tokens, plain.Start), groupStart, attribution) is { Count: > 0 } objectShared) return objectShared;
            result.Add(plain);
        }
        return result;
    }

    /// <summary>The last person named before <paramref name="pronoun"/> in its sentence as the subject of a verb (an auxiliary or
    /// a verb right after the name, no preposition before it); else null.</summary>
    private static EventArgument? EarlierPersonSubject(Work w, int pronoun)
    {
        for (int t = pronoun - 1; t >= w.From; t--)
        {
            if (w.MentionAt[t] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Per) continue;
            int first = NameStart(w, t);
            if (t + 1 < pronoun && (w.Cues[t + 1] & (Cue.Aux | Cue.Verb | Cue.Past | Cue.Speech)) != 0 && (w.Cues[t + 1] & (Cue.Det | Cue.Prep)) == 0
                && (MarkerBefore(w, first) & (Cue.Prep | Cue.Genitive | Cue.Agent | Cue.Report)) == 0)
                return Argument(w, mi, first, t);
            t = first;
        }
        return null;
    }

    /// <summary>The head of a description that names an event, not people: its first word after articles and counts is an
    /// event trigger ("La toma", "Las protestas", "El paro general"), not a noun for people; else null.</summary>
    private static int? EventNounHead(Work w, EventArgument s)
    {
        // (A description linked through its demonym is one too: "Los ataques rusos" is Russia's, but no actor.)
        int t = TokenAt(w.Doc.Tokens, s.Start);
        if (t < 0) return null;
        while (t < w.To && (w.Cues[t] & Cue.Det) != 0 && w.Doc.Tokens[t].End <= s.End) t++;
        // (Past the weapons that name its kind: "Missile attacks", "missile and drone strikes".)
        while (t + 1 < w.To && w.MentionAt[t] < 0 && ((w.Cues[t] & Cue.Instrument) != 0 || (w.Cues[t] & Cue.Coord) != 0 && t > w.From && (w.Cues[t - 1] & Cue.Instrument) != 0)
               && w.Doc.Tokens[t + 1].End <= s.End) t++;
        // (A demonym that ends the description before its noun: "An Israeli airstrike … killed", the description "An Israeli".)
        // (Past an adjective before the noun: "La crescente cooperazione militare … richiedendo".)
        // (Not a participle after its noun, "La monarquía expulsada", nor a count, "seis bombarderos".)
        if (t + 1 < w.To && w.MentionAt[t] < 0 && IsLowerContentWord(w, t) && (w.Cues[t] & (Cue.Actor | VerbForms)) == 0 && w.Doc.Tokens[t + 1].End <= s.End
            && TriggerAt(w, t + 1, first: true) is not null && IsNominal(w, t + 1) && (w.Cues[t + 1] & (VerbForms | Cue.Participle)) == 0
            && !w.Doc.Quantities.Exists(q => q.Start == w.Doc.Tokens[t].Start)) t++;
        if (w.Lex.ModifierFirst && t < w.To && w.MentionAt[t] >= 0 && w.Doc.Mentions[w.MentionAt[t]].Rule == "demonym" && NameEnd(w, t) + 1 is int noun && noun < w.To
            && w.Doc.Tokens[noun].Start >= s.End && TriggerAt(w, noun, first: true) is not null && IsNominal(w, noun)) return noun;
        if (t >= w.To || w.Doc.Tokens[t].Start >= s.End || w.MentionAt[t] >= 0 || (w.Cues[t] & (Cue.Actor | Cue.Exclude)) != 0) return null;
        foreach (var m in w.Taken)
            if (m.First == t) return t;
        return null;
    }

    /// <summary>A description that opens with a possessive (after its article) and names no person, body or place: "su
    /// participación", "la sua guerra".</summary>
    private static bool OwnThing(Work w, EventArgument a)
    {
        if (a.Id is not null) return false;
        int t = TokenAt(w.Doc.Tokens, a.Start), last = TokenAt(w.Doc.Tokens, Math.Max(a.Start, a.End - 1));
        if (t < 0 || last < t) return false;
        if ((w.Cues[t] & (Cue.Det | Cue.Own)) == Cue.Det && t < last) t++;
        if ((w.Cues[t] & Cue.Own) == 0) return false;
        for (int u = t + 1; u <= last; u++)
            if (w.MentionAt[u] >= 0 || (w.Cues[u] & (Cue.Actor | Cue.Title)) != 0) return false;
        return t < last;
    }

    /// <summary>A description opening with a connective and a comma ("No obstante, campesinos de Atenco"), or with an adjunct
    /// that a comma closes ("Au même moment, l'armée"): the rest of it.</summary>
    private static EventArgument AfterConnective(Work w, EventArgument s)
    {
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, s.Start), t = first;
        // An adjunct of time before a comma, with no actor in it: "Horas antes de la reunión, la aviación israelí".
        if (w.MentionAt[first] < 0 && (w.Cues[first] & Cue.Actor) == 0)
        {
            int k = first;
            while (k < tokens.Count && tokens[k].End <= s.End && !IsPunct(w, k, ',') && w.MentionAt[k] < 0 && (w.Cues[k] & Cue.Actor) == 0) k++;
            if (k > first && k + 1 < tokens.Count && IsPunct(w, k, ',') && tokens[k + 1].End <= s.End && ((w.Cues[first] & Cue.Adverb) != 0 || TimeWordsIn(first, k)))
                return From(k + 1);
        }
        if (s.Id is not null) return s;
        // An adjunct before a comma ("Même athée, le Président Auriol", "même moment, l'armée"): the part after the last comma.
        if ((w.Cues[first] & (Cue.Adverb | Cue.Aux | Cue.Boundary)) != 0 && (w.Cues[first] & Cue.Det) == 0)
        {
            int comma = -1;
            for (int k = first + 1; k < tokens.Count && tokens[k].End <= s.End; k++) if (IsPunct(w, k, ',')) comma = k;
            if (comma > 0 && comma + 1 < tokens.Count && tokens[comma + 1].End <= s.End) return From(comma + 1);
        }
        while (t < tokens.Count && tokens[t].End <= s.End && tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Adverb) != 0 && w.MentionAt[t] < 0) t++;
        if (t == first || t + 1 >= tokens.Count || !IsPunct(w, t, ',') || tokens[t + 1].End > s.End) return s;
        return From(t + 1);

        EventArgument From(int token) => s with { Name = w.Doc.Text[tokens[token].Start..s.End], Start = tokens[token].Start };
        bool TimeWordsIn(int from, int to)
        {
            for (int i = from; i < to; i++) if (w.InTime[i] || (w.Cues[i] & Cue.Temporal) != 0) return true;
            return false;
        }
    }

    /// <summary>People named after a body, with no article between, are that body's: "Hamas fighters", "Taliban fighters",
    /// "Hezbollah militants" (a country's too: "Thai forces").</summary>
    private static EventArgument BodyBeforePeople(Work w, EventArgument s)
    {
        if (s.Id is not null) return s;
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, s.Start), p = first - 1;
        if ((w.Cues[first] & Cue.Actor) == 0 || p < w.From || w.MentionAt[p] < 0 || w.Doc.Tokens[p].End > s.Start) return s;
        var mention = w.Doc.Mentions[w.MentionAt[p]];
        if (mention.Type != EntityType.Org && !CountryModifier(w, p)) return s;
        // (Not a name inside a phrase of its own: "En Siria decenas de miles de personas se echaron a las calles".)
        if (PrevWord(w, NameStart(w, p)) is int before and >= 0 && (w.Cues[before] & (Cue.Prep | Cue.Genitive | Cue.Locative)) != 0) return s;
        if (Argument(w, w.MentionAt[p], NameStart(w, p), p) is not { Id: not null } body) return s;
        return new EventArgument(body.Id, w.Doc.Text[body.Start..s.End], body.Start, s.End, body.Country);
    }

    /// <summary>Whether a source can name an actor: an entity always; a description not when its first word is an adverb,
    /// connective or auxiliary ("Tuttavia", "stati letti"), nor when it ends right before the noun trigger at
    /// <paramref name="nounTrigger"/> (its own modifiers: "Gli sporadici lanci").</summary>
    private static bool ActorPhrase(Work w, EventArgument s, int nounTrigger)
    {
        if (s.Id is not null) return true;
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, s.Start), last = TokenAt(tokens, Math.Max(s.Start, s.End - 1));
        if (first < 0 || last < 0) return true;
        if (tokens[first].Kind == TokenKind.Word && w.MentionAt[first] < 0 && (w.Cues[first] & (Cue.Adverb | Cue.Aux | Cue.Passive | Cue.Boundary)) != 0
            && (w.Cues[first] & Cue.Det) == 0 && ((w.Cues[first] & Cue.Actor) == 0 || char.IsLower(w.Doc.Text[tokens[first].Start]))) return false;
        if (nounTrigger >= 0 && last + 1 == nounTrigger && (w.Cues[last] & Cue.Actor) == 0 && w.MentionAt[last] < 0) return false;
        return true;
    }

    /// <summary>When the noun phrase starting at token <paramref name="first"/> directly follows a finite verb or an active
    /// past participle (its object: "sciolgono il parlamento", "hanno assalito i manifestanti"), the subject of that verb;
    /// else null. A phrase right after a verb is not the subject of a later verb of its sentence.</summary>
    private List<EventArgument>? SubjectOfVerbBeforeObject(Work w, int first, int groupStart, Attribution? attribution)
    {
        var tokens = w.Doc.Tokens;
        // An infinitive a finite verb governs through a preposition stands in that verb's place: "atacaron Libia y se
        // concentraron en destruir tanques", "e insistieron en bombardear" — the aircraft destroy, not Libya.
        if ((w.Cues[groupStart] & Cue.Infinitive) != 0 && PrevWord(w, groupStart) is int governing and > 0 && (w.Cues[governing] & (Cue.Prep | Cue.Det)) == Cue.Prep
            && (w.Cues[governing - 1] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[governing - 1] & (Cue.Noun | Cue.Actor | Cue.Infinitive)) == 0 && w.MentionAt[governing - 1] < 0
            && w.Doc.Tokens[governing - 1].Kind == TokenKind.Word)
            groupStart = VerbGroupStart(w, governing - 1, nominal: false);
        // Only for a verb coordinated with the earlier one (after a comma or a conjunction); the object of "appeler à", "chiedere
        // di", "exhorter à" is the subject of its complement ("a appelé les autorités à respecter leur promesse").
        // (Italian "e" folds like "è", an auxiliary, so the verb group may start at the conjunction.)
        if (groupStart - 1 < w.From || !IsPunct(w, groupStart - 1, ',') && (w.Cues[groupStart - 1] & Cue.Coord) == 0 && (w.Cues[groupStart] & Cue.Coord) == 0) return null;
        // (Not a gerund: "ont montré Khamis, 28 ans, visitant des victimes" — the object is the gerund's subject.)
        if ((w.Cues[groupStart] & Cue.Gerund) != 0) return null;
        int v = first - 1;
        // (A name apposed to the object: "llamó al secretario de Economía, Marcelo Ebrard, y rechazó".)
        if (v - 1 >= w.From && IsPunct(w, v, ',') && PersonAt(w, first))
        {
            int q = v - 1;
            while (q - 1 >= w.From && v - q < 8 && (IsContent(w, q - 1) && (w.Cues[q - 1] & (VerbForms | Cue.Participle)) == 0 || w.MentionAt[q - 1] >= 0
                                                    || (w.Cues[q - 1] & Cue.Genitive) != 0 || (w.Cues[q - 1] & (Cue.Det | Cue.Prep)) == Cue.Det)) q--;
            if (q < v - 1 && (w.Cues[q] & Cue.Actor) != 0 || q < v - 1 && (w.Cues[q] & Cue.Det) != 0) v = NounPhraseStart(w, q) - 1;
        }
        // (… and the object after Spanish "a": "ordenó al secretario".)
        if (v - 1 >= w.From && (w.Cues[v] & (Cue.TargetPrep | Cue.Locative)) == (Cue.TargetPrep | Cue.Locative) && tokens[v].Kind == TokenKind.Word
            && (w.Cues[v - 1] & (Cue.Verb | Cue.Participle)) != 0 && w.MentionAt[v - 1] < 0) v--;
        // (Past a phrase of place and a time between the verb and its object: "interceptó este miércoles en aguas internacionales la
        // Flotilla …, y detuvo".)
        int place = v;
        for (int words = 0; words < 3 && place > w.From && IsLowerContentWord(w, place) && (w.Cues[place] & (Cue.Locative | AnyVerbForm)) == 0; words++) place--;
        if (place < v && place > w.From && (w.Cues[place] & (Cue.Locative | Cue.Det | Cue.TargetPrep)) == Cue.Locative) v = place - 1;
        while (v > w.From && w.InTime[v]) v--;
        if (v < w.From || tokens[v].Kind != TokenKind.Word || w.MentionAt[v] >= 0 || w.InTime[v]) return null;
        var c = w.Cues[v];
        // (An accusation's object too: "ha accusato gli Emirati di fornire armi … e ha annunciato la rottura" — the accuser acts.)
        bool accusation = TriggerAt(w, v, last: true)?.Pattern.Mode == "accuse" && (c & (Cue.Participle | Cue.Verb)) != 0;
        // (… and a verb whose trigger spans the object too: "declaró el estado de emergencia y ordenó", not "dijo el portavoz y".)
        bool spansObject = TriggerAt(w, v, first: true) is { } spanning && spanning.Last >= first && (c & (Cue.Verb | Cue.Past | Cue.Participle)) != 0;
        if (!accusation && !spansObject && (c & (Cue.Noun | Cue.Actor | Cue.Prep | Cue.Det | Cue.Speech | Cue.Gerund | Cue.Relative | Cue.Coord)) != 0) return null;
        if (char.IsUpper(w.Doc.Text[tokens[v].Start])) return null;
        // (An infinitive too: "continuerà a sostenere Kiev e ha annunciato" — Kiev is the object, not the next verb's subject.)
        bool finite = (c & (Cue.Verb | Cue.Infinitive)) != 0;
        // A participle after an active auxiliary ("hanno assalito"), not a passive one ("sono stati uccisi tre soldati").
        bool participle = (c & Cue.Participle) != 0 && v - 1 >= w.From && (w.Cues[v - 1] & Cue.Aux) != 0 && (w.Cues[v - 1] & Cue.Passive) == 0
                          && (w.Cues[v - 1] & Cue.Det) == 0;
        if (!finite && !participle) return null;
        var subject = FindSubject(w, VerbGroupStart(w, v, nominal: false), attribution);
        return subject.Count > 0 ? subject : null;
    }

    /// <summary>For a closing parenthesis at <paramref name="close"/>: the opening one, when the aside is short (at most eight
    /// tokens, no sentence punctuation) and follows a word; else null.</summary>
    private static int? ParenthesisOpening(Work w, int close, int limit)
    {
        for (int p = close - 1; p > limit && close - p <= 9; p--)
        {
            var tok = w.Doc.Tokens[p];
            if (tok.Kind != TokenKind.Punctuation) continue;
            char c = w.Doc.Text[tok.Start];
            if (c == '(') return p - 1 >= w.From && w.Doc.Tokens[p - 1].Kind is TokenKind.Word or TokenKind.Number && p + 1 < close ? p : null;
            if (c is ')' or ';' or ':' or '.' or '?' or '!') return null;
        }
        return null;
    }

    /// <summary>The comma that opens a descriptive aside closed by the comma at <paramref name="close"/>: at least three words, no
    /// finite verb, conjunction or relative among them, opening on neither a name nor an article (an apposed name or description
    /// is the subject's own: "il ministro, Antony Blinken, ha detto"; "…, estos países socios del imperio, retiraron" may be the
    /// subject itself), no person named in it unless a person precedes it (a title and name stay the subject: "el ministro de
    /// Exteriores saudí, príncipe Saud al Faisal, advirtió"), no article after its first word, and people or a name right
    /// before it.</summary>
    private static int? AsideOpening(Work w, int close, int limit)
    {
        bool person = false;
        for (int p = close - 1; p > limit; p--)
        {
            if (w.Doc.Tokens[p].Kind == TokenKind.Punctuation)
            {
                if (!IsPunct(w, p, ',') || close - p < 4 || w.MentionAt[p + 1] >= 0 || (w.Cues[p + 1] & (Cue.Coord | Cue.Relative)) != 0
                    || (w.Cues[p + 1] & (Cue.Det | Cue.Prep)) == Cue.Det || p - 1 < w.From
                    // (Nor on a word an article follows, a verb and its object: "…, mostra alcune donne, riunitesi per protestare".)
                    || (w.Cues[p + 2] & (Cue.Det | Cue.Prep | Cue.Genitive)) == Cue.Det && w.MentionAt[p + 2] < 0) return null;
                if (w.MentionAt[p - 1] >= 0) return !person || PersonAt(w, p - 1) ? p : null;
                return (w.Cues[p - 1] & Cue.Actor) != 0 && !person ? p : null;
            }
            if (w.MentionAt[p] < 0 && (w.Cues[p] & (Cue.Verb | Cue.Past | Cue.Speech | Cue.Relative | Cue.Boundary)) != 0 && (w.Cues[p] & (Cue.Participle | Cue.Noun)) == 0) return null;
            if (PersonAt(w, p)) person = true;
        }
        return null;
    }

    /// <summary>For a comma at <paramref name="close"/>: the comma that opens a relative clause ending there (", que …,"), or null.</summary>
    private static int? RelativeClauseOpening(Work w, int close, int limit)
    {
        int skipped = -1; // the first comma passed inside the clause
        int segmentEnd = close; // the comma after the one at hand
        for (int p = close - 1; p > limit; p--)
        {
            var tok = w.Doc.Tokens[p];
            if (tok.Kind != TokenKind.Punctuation || IsQuote(w.Doc.Text[tok.Start])) continue; // "contra la entrega de 'Josu Ternera',"
            if (w.Doc.Text[tok.Start] != ',') return null;
            int segmentLast = segmentEnd - 1;
            segmentEnd = p;
            // A name or a time between commas inside the clause goes on with it: ", que ya había llamado a consultas a su
            // embajadora en Madrid, Rodica Radian-Gordon, la semana pasada, anunció".
            // (So does a list of names: ", qui réunit le Mali, le Burkina Faso et le Niger, a apporté"; and the tail of a list of
            // words: ", qui regroupe divers mouvements libéraux, laïques et chrétiens notamment, proteste".)
            // (Only once the clause has its verb: "donde el nuevo alcalde, Fanor Nava, ordenó" is the clause's own subject.)
            if ((p + 1 < close && (w.MentionAt[p + 1] >= 0 || w.InTime[p + 1] || IsArticle(w, p + 1) && p + 2 < close && w.MentionAt[p + 2] >= 0) || ListTail(w, p + 1, segmentLast))
                && p - 1 > limit && !IsPunct(w, p - 1, ','))
            {
                if (close - p > 30) return null;
                skipped = skipped < 0 ? p : skipped;
                continue;
            }
            // … or a participle's phrase: "Gli Emirati, accusati di armare le RSF, hanno respinto", "Los militares, apoyados por …,".
            // (… unless the word after a relative pronoun is its verb, whether the lexicon knows it or not: "qui réunit le Mali, le
            // Burkina Faso et le Niger,".)
            if (skipped >= 0 && !VerbIn(w, p + 1, skipped - 1)
                && !((w.Cues[p + 1] & (Cue.Relative | Cue.Det)) == Cue.Relative && p + 2 < close && (w.Cues[p + 2] & (Cue.Det | Cue.Prep | Cue.Actor | Cue.Title | Cue.Noun)) == 0 && w.MentionAt[p + 2] < 0)) return null;
            // (A parenthesised acronym may close the antecedent: "Il Partito popolare repubblicano (Chp), che …".)
            return p + 1 < close && w.Doc.Tokens[p + 1].Kind == TokenKind.Word && p - 1 >= w.From && (w.MentionAt[p - 1] >= 0 || IsContent(w, p - 1) || IsPunct(w, p - 1, ')'))
                   && ((w.Cues[p + 1] & (Cue.Relative | Cue.Including)) != 0 || p + 2 < close && IsArticle(w, p + 1) && (w.Cues[p + 2] & Cue.Relative) != 0 // "il cui", "including"
                       // (a relative after its preposition: "El presidente Bashar Asad, al que EEUU acusó …, accedió", "a cui", "con el que")
                       || p + 2 < close && (w.Cues[p + 1] & (Cue.Prep | Cue.Genitive)) != 0
                          && ((w.Cues[p + 2] & Cue.Relative) != 0 || p + 3 < close && IsArticle(w, p + 2) && (w.Cues[p + 3] & Cue.Relative) != 0)
                       || (w.Cues[p + 1] & Cue.Participle) != 0
                       && ((w.Cues[p + 1] & (Cue.Noun | Cue.Actor)) == 0 || p + 2 < close && (w.Cues[p + 2] & (Cue.Genitive | Cue.Prep | Cue.Agent)) != 0)
                       // (a participle the lexicon reads as a noun, before its preposition: "La junte, arrivée au pouvoir en 2022,")
                       || (w.Cues[p + 1] & (Cue.Noun | Cue.Actor | Cue.Det)) == Cue.Noun && w.MentionAt[p + 1] < 0 && p + 2 < close
                          && (w.Cues[p + 2] & (Cue.Prep | Cue.Agent)) != 0 && (w.Cues[p + 2] & Cue.Genitive) == 0) ? p : null;
        }
        return null;
    }

    /// <summary>The tail of a list of lower-case words between two commas: at most four words, one of them a conjunction, no
    /// finite verb or auxiliary, no name ("laïques et chrétiens notamment", "laicos y cristianos"; adjectives may end like
    /// participles).</summary>
    private static bool ListTail(Work w, int first, int last)
    {
        if (last < first || last - first > 3) return false;
        bool coord = false;
        for (int t = first; t <= last; t++)
        {
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || w.MentionAt[t] >= 0 || !char.IsLower(w.Doc.Text[w.Doc.Tokens[t].Start])
                || (w.Cues[t] & (Cue.Relative | Cue.Boundary | Cue.Prep | Cue.Verb | Cue.Past | Cue.Gerund)) != 0 || (w.Cues[t] & (Cue.Aux | Cue.Adverb)) == Cue.Aux) return false;
            coord |= (w.Cues[t] & Cue.Coord) != 0;
        }
        return coord;
    }

    /// <summary>A noun phrase of lower-case content words (with numbers and articles) right before the verb group that
    /// starts its clause — "unos 1.000 alumnos se manifestaron", ", abogados laboralistas manifestaron" — when no name or
    /// known noun for people is the subject. The clause start (sentence start, comma, conjunction) stands in for a parse.</summary>
    private static EventArgument? PlainSubjectBefore(Work w, int groupStart)
    {
        var tokens = w.Doc.Tokens;
        int last = groupStart - 1;
        while (last >= w.From && tokens[last].Kind == TokenKind.Word && (w.Cues[last] & Cue.Aux) != 0) last--; // "se", "ya"
        // A simple past (and its adverb) that governs the infinitive is no part of its subject: "after parliament voted
        // (unanimously) to reject it".
        int particle = groupStart;
        while (particle + 1 < w.To && IsAdverb(w, particle)) particle++;
        if (last >= w.From && (w.Cues[particle] & Cue.Infinitive) != 0) // (not at the sentence's start: "Atacar a Rusia sería …")
        {
            int verb = last;
            while (verb > w.From && IsAdverb(w, verb)) verb--;
            if ((w.Cues[verb] & (Cue.Past | Cue.Participle | Cue.Actor | Cue.Noun)) == (Cue.Past | Cue.Participle) && w.MentionAt[verb] < 0) last = verb - 1;
        }
        int t = last, content = 0, nominalWords = 0;
        while (t >= w.From && last - t < 10)
        {
            var tok = tokens[t];
            bool number = tok.Kind == TokenKind.Number;
            // A name after "de (la)" is the complement of a noun further left: "Los pilotos de Iberia", "Organizaciones
            // sociales de Guatemala".
            if (tok.Kind == TokenKind.Word && !w.InTime[t] && (w.MentionAt[t] >= 0 || char.IsUpper(w.Doc.Text[tok.Start])) && t > w.From
                && NameStart(w, t) is var ns && ns > w.From && GenitiveBefore(w, ns) is var g and >= 0)
            { t = g - 1; continue; }
            if (!number && (tok.Kind != TokenKind.Word || w.InTime[t] || w.MentionAt[t] >= 0)) break;
            // Capitalised only as the sentence's first word ("Tres municipios mantienen …").
            // (A simple past is the phrase's end: "European Union leaders agreed … to open negotiations".)
            if ((w.Cues[t] & Cue.Past) != 0 && (w.Cues[t] & (Cue.Participle | Cue.Actor | Cue.Noun)) == Cue.Participle && content > 0) break;
            if (IsContent(w, t) && (w.Cues[t] & (VerbForms | Cue.Speech | Cue.Plan)) == 0
                && (!char.IsUpper(w.Doc.Text[tok.Start]) || t == w.From || AfterColon(w, t)))
            {
                content++;
                if ((w.Cues[t] & (Cue.Participle | Cue.Past | Cue.Gerund)) == 0 || (w.Cues[t] & (Cue.Actor | Cue.Noun)) != 0) nominalWords++;
                t--;
                continue;
            }
            if (PhraseLink(w, t, afterContent: content > 0, atStart: false)) { t--; continue; }
            break;
        }
        int first = SkipBareGenitives(w, t + 1, last + 1);
        // (Participles alone name nobody: "fue detenido … tras encabezar la movilización".)
        if (content == 0 || nominalWords == 0 || first > last) return null;
        // The phrase must open its clause: nothing before it, a comma, or a coordinating/subordinating word (a dangling
        // "de" before it does not).
        t = first - 1;
        if (t >= w.From && !IsPunct(w, t, ',') && !IsPunct(w, t, ':') && (w.Cues[t] & (Cue.Coord | Cue.Boundary)) == 0 && !Complementizer(w, t)) return null;
        // (Nor the complementizer that opens it: "announced … and that troops had been withdrawn".)
        while (first < last && tokens[first].Kind == TokenKind.Word && !IsContent(w, first) && ((w.Cues[first] & Cue.Det) == 0 || (w.Cues[first] & Cue.Relative) != 0)) first++;
        int s = tokens[first].Start, e = tokens[last].End;
        return new EventArgument(null, w.Doc.Text[s..e], s, e, null);
    }

    /// <summary>
    /// A described subject with the conjunct before it that opens the clause: "Policías y grupos de jóvenes se enfrentaron",
    /// "Un centenar de dirigentes obreros y dos centenares de estudiantes desfilaron" — one description of both.
    /// </summary>
    private static EventArgument WithConjunctBefore(Work w, EventArgument described)
    {
        var tokens = w.Doc.Tokens;
        int c = TokenAt(tokens, described.Start) - 1;
        if (c < w.From || tokens[c].Kind != TokenKind.Word || (w.Cues[c] & Cue.Coord) == 0) return described;
        int t = c - 1, content = 0;
        while (t >= w.From && c - t <= 8)
        {
            // (Not past a simple past: "Russia condemned the attack and the army said" — that is a clause of its own.)
            if (w.MentionAt[t] >= 0 || IsContent(w, t) && (w.Cues[t] & (VerbForms | Cue.Speech | Cue.Plan | Cue.Past)) == 0 && !w.InTime[t]) { content++; t--; continue; }
            if (PhraseLink(w, t, afterContent: content > 0, atStart: t == w.From)) { t--; continue; }
            break;
        }
        if (content == 0) return described;
        // (With the hedge of its count: "More than 460 patients and their companions".)
        if (t + 1 < c && CountStart(w, t + 1, c - 1) is int counted && counted <= t) t = counted - 1;
        // The conjunct must open its clause (sentence start, comma, subordinator): "contra X y Y" is no subject.
        if (t >= w.From && !IsPunct(w, t, ',') && (w.Cues[t] & Cue.Boundary) == 0) return described;
        int first = SkipBareGenitives(w, t + 1, c);
        int s = tokens[first].Start;
        return described with { Name = w.Doc.Text[s..described.End], Start = s };
    }

    /// <summary>
    /// A subject in apposition to the noun phrase that opens the clause — "El jefe del Gobierno italiano, Silvio Berlusconi,
    /// defendió", "La Confederación de Nacionalidades Indígenas (Conaie), la principal organización de aborígenes, expresó" —
    /// is one subject: its span covers both; its entity is the apposition's, else the opening name's.
    /// </summary>
    private static EventArgument WithApposition(Work w, EventArgument subject)
    {
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, subject.Start);
        int comma = first - 1;
        if (comma - 1 <= w.From || !IsPunct(w, comma, ',') || comma - w.From > 15) return subject;
        // The opening phrase: from the clause start to the comma, no verb, no time, not a prepositional phrase ("En Madrid,").
        // (A preposition fused with its article is one too, "Nel suo discorso,"; a partitive article is not, "Des milliers".)
        if ((w.Cues[w.From] & (Cue.Prep | Cue.Genitive)) != 0 && ((w.Cues[w.From] & Cue.Det) == 0 || (w.Cues[w.From] & (Cue.Locative | Cue.TargetPrep | Cue.Agent)) != 0)) return subject;
        int named = -1, content = 0;
        for (int t = w.From; t < comma; t++)
        {
            // (Nor an attribution: "Secondo fonti diplomatiche, Mosca avrebbe chiesto" — the sources are not Moscow.)
            // (Nor a time, one the tagger left out too: "Antes de su arresto, el general aseguró", "Horas después, un grupo de
            // hombres armados irrumpió".)
            if ((w.Cues[t] & (VerbForms | Cue.Speech | Cue.Relative | Cue.Boundary | Cue.Report | Cue.Temporal | Cue.Measure)) != 0 || w.InTime[t] || IsPunct(w, t, ',')) return subject;
            if (w.MentionAt[t] >= 0 && named < 0) named = w.MentionAt[t];
            if (IsContent(w, t) || w.MentionAt[t] >= 0) content++;
            // (Nor a clause whose verb no cue marks: a name, a lower-case word, an article — "Ukraine hit a refinery overnight,
            // the army said".)
            if (w.MentionAt[t] >= 0 && t + 2 < comma && w.MentionAt[t + 1] < 0 && IsLowerContentWord(w, t + 1)
                && (w.Cues[t + 1] & (Cue.Actor | Cue.Noun)) == 0 && IsArticle(w, t + 2)) return subject;
        }
        if (content == 0) return subject;
        int start = tokens[SkipDets(w, w.From)].Start;
        if (subject.Id is not null) return subject with { Start = start }; // the entity's name stays; the span is the evidence
        if (named >= 0 && w.Entities.TryGetValue(w.Doc.Mentions[named].EntityId, out var entity) && entity.Type != EntityType.Misc)
            return new EventArgument(entity.Id, entity.Name, start, subject.End, entity.Country);
        return subject with { Name = w.Doc.Text[start..subject.End], Start = start };
    }

    /// <summary>The first token of the name (mention, or run of capitalised words) ending at <paramref name="t"/>.</summary>
    private static int NameStart(Work w, int t)
    {
        int mi = w.MentionAt[t];
        while (t - 1 >= w.From && (mi >= 0 ? w.MentionAt[t - 1] == mi
                   : w.Doc.Tokens[t - 1].Kind == TokenKind.Word && w.MentionAt[t - 1] < 0 && char.IsUpper(w.Doc.Text[w.Doc.Tokens[t - 1].Start]) && (w.Cues[t - 1] & (Cue.Genitive | Cue.Det)) == 0))
            t--;
        return t;
    }

    /// <summary>The last token of the mention at <paramref name="t"/>.</summary>
    private static int NameEnd(Work w, int t)
    {
        int mi = w.MentionAt[t];
        while (t + 1 < w.To && w.MentionAt[t + 1] == mi) t++;
        return t;
    }

    /// <summary>A person's name right after the comma at <paramref name="comma"/> ("…, Antony Blinken", "…, Volker Türk"): its
    /// argument, and its last token in <paramref name="last"/>; else null.</summary>
    private static EventArgument? PersonAfterComma(Work w, int comma, out int last)
    {
        last = -1;
        if (comma + 1 >= w.To || !IsPunct(w, comma, ',') || w.MentionAt[comma + 1] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Per) return null;
        last = NameEnd(w, comma + 1);
        return Argument(w, mi, comma + 1, last);
    }

    /// <summary>The "de" (or "de" + article) right before token <paramref name="t"/>, after a lower-case content word: its index, else -1.</summary>
    private static int GenitiveBefore(Work w, int t)
    {
        int g = PrevWord(w, t);
        if (g >= 0 && (w.Cues[g] & Cue.Det) != 0 && (w.Cues[g] & Cue.Genitive) == 0) g = PrevWord(w, g);
        if (g < 0 || (w.Cues[g] & Cue.Genitive) == 0) return -1;
        int head = PrevWord(w, g);
        return head >= 0 && IsContent(w, head) && w.MentionAt[head] < 0 ? g : -1;
    }

    /// <summary>Token <paramref name="t"/> follows a colon: it starts a clause as a sentence's first word does ("Bolivia: Tres
    /// municipios mantienen …").</summary>
    private static bool AfterColon(Work w, int t) => IsPunct(w, t - 1, ':');

    /// <summary>Token <paramref name="t"/> is in the sentence and is the punctuation mark <paramref name="c"/>.</summary>
    private static bool IsPunct(Work w, int t, char c) =>
        t >= w.From && t < w.To && w.Doc.Tokens[t].Kind == TokenKind.Punctuation && w.Doc.Text[w.Doc.Tokens[t].Start] == c;

    /// <summary>Token <paramref name="t"/> of the sentence is a quotation mark.</summary>
    private static bool IsQuoteMark(Work w, int t) =>
        t >= w.From && t < w.To && w.Doc.Tokens[t].Kind == TokenKind.Punctuation && IsQuote(w.Doc.Text[w.Doc.Tokens[t].Start]);

    /// <summary>The purpose marker right before a noun phrase that starts at <paramref name="first"/>, its article between
    /// ("per una visita", "para una visita", "for a visit"), else null.</summary>
    private static int? PurposeBefore(Work w, int first)
    {
        int t = NounPhraseStart(w, first) - 1;
        return t >= w.From && (w.Cues[t] & Cue.Purpose) != 0 ? t : null;
    }

    /// <summary>The last place named after a locative preposition in tokens [from, to) ("è arrivato a Pyongyang"), else null.</summary>
    private static EventArgument? PlaceBetween(Work w, int from, int to)
    {
        for (int t = to - 1; t > from; t--)
        {
            if (w.MentionAt[t] < 0 || w.MentionAt[t - 1] == w.MentionAt[t]) continue;
            if ((w.Cues[t - 1] & Cue.Locative) == 0) continue;
            int mi = w.MentionAt[t], last = t;
            while (last + 1 < to && w.MentionAt[last + 1] == mi) last++;
            if (Argument(w, mi, t, last) is { } place && w.Entities.TryGetValue(w.Doc.Mentions[mi].EntityId, out var e) && e.Type == EntityType.Loc)
                return place;
        }
        return null;
    }

    /// <summary>The first word of the purpose cue of a clause with a finite verb of its own whose verb group opens at
    /// <paramref name="groupStart"/> ("para que venda", "pour que …"), else null.</summary>
    /// <param name="ownSubject">Words other than clitics stand between the cue and the verb group ("pour que l'armée se retire").</param>
    private static int? PurposeClauseBefore(Work w, int groupStart, out bool ownSubject)
    {
        ownSubject = false;
        int q = (w.Marks[groupStart] & Mark.PurposeThat) != 0 ? groupStart : PrevWordAcrossQuote(w, groupStart); // ('affinché "impedisca')
        // (Past a subject of its own: at most four words, no verb — a word after an article is a noun: "el ejército".)
        for (int words = 0; q >= 0 && (w.Marks[q] & Mark.PurposeThat) == 0; words++)
        {
            if (words == 4 || (w.Cues[q] & AnyVerbForm) != 0 && !(PrevWord(w, q) is int det and >= 0 && (w.Cues[det] & Cue.Det) != 0)) return null;
            ownSubject |= (w.Cues[q] & (Cue.Det | Cue.Aux | Cue.Reflexive | Cue.Negation)) == 0; // (not a clitic: "para que les proporcionen")
            q = PrevWordAcrossQuote(w, q);
        }
        while (q > w.From && (w.Marks[q - 1] & Mark.PurposeThat) != 0) q--; // the cue's first word
        return q >= 0 ? q : null;
    }

    /// <summary>The name (or the people) right before a purpose word when it is a verb's object or after "a"/"à" ("persuadir a
    /// Corea del Norte para que", "envió armas a Siria para que"), else null.</summary>
    private static EventArgument? ObjectBeforePurpose(Work w, int purpose)
    {
        int last = PrevWord(w, purpose);
        if (last < 0) return null;
        // A name, or a noun for people with its articles ("si appella ai cittadini affinché collaborino").
        bool named = w.MentionAt[last] >= 0;
        if (!named && (w.Cues[last] & (Cue.Actor | AnyVerbForm)) != Cue.Actor) return null;
        int first = named ? NameStart(w, last) : last;
        while (!named && first - 1 >= w.From && (w.Cues[first - 1] & (Cue.Det | Cue.TargetPrep)) == Cue.Det) first--;
        int v = first - 1;
        bool to = false;
        while (v >= w.From && (w.Cues[v] & (Cue.Det | Cue.TargetPrep)) != 0 && (w.Cues[v] & AnyVerbForm) == 0) to |= (w.Cues[v--] & Cue.TargetPrep) != 0;
        // (Not the object of a relative clause's verb: "a los países que apoyan al ELS para que les proporcionen armas".)
        if (v < w.From || !to && (w.Cues[v] & AnyVerbForm) == 0 || PrevWord(w, v) is int rel and >= 0 && (w.Cues[rel] & Cue.Relative) != 0) return null;
        return named ? Argument(w, w.MentionAt[last], first, last) : DescribedArgument(w, first, last);
    }

    /// <summary>A purpose marker opens the verb group at <paramref name="groupStart"/> or stands right before it ("para", "per", "pour").</summary>
    private static bool PurposeOpens(Work w, int groupStart) =>
        (w.Cues[groupStart] & Cue.Purpose) != 0 || PrevWord(w, groupStart) is int p and >= 0 && (w.Cues[p] & Cue.Purpose) != 0;

    /// <summary>Quotation marks, which arguments may sit in or span.</summary>
    private static bool IsQuote(char c) => c is '\'' or '"' or '“' or '”' or '«' or '»';

    /// <summary>A word between the content words of a plain noun phrase: a number; an article ("los" is also a clitic, so
    /// only inside the phrase or at the sentence start when it is one); after a content word, "de (la)", which chains nouns
    /// ("los conductores de autobuses de la compañía").</summary>
    private static bool PhraseLink(Work w, int t, bool afterContent, bool atStart)
    {
        var cue = w.Cues[t];
        return w.Doc.Tokens[t].Kind == TokenKind.Number
            || (cue & Cue.Det) != 0 && (cue & Cue.Prep) == 0 && (afterContent || atStart || (cue & Cue.Aux) == 0)
            || afterContent && (cue & Cue.Genitive) != 0;
    }

    /// <summary>A verb of saying before <paramref name="before"/> whose complement clause opens within three words after it ("told
    /// reporters that", "dijo que"), and no other verb of saying between.</summary>
    private static int? SayingWithComplementBefore(Work w, int before)
    {
        for (int t = before - 1; t >= w.From; t--)
        {
            if ((w.Cues[t] & Cue.Speech) == 0 || w.MentionAt[t] >= 0 || (w.Cues[t] & (Cue.Verb | Cue.Past | Cue.Participle)) == 0 || (w.Cues[t] & (Cue.Noun | Cue.Actor)) != 0) continue;
            for (int k = t + 1; k < before && k <= t + 3; k++) if (Complementizer(w, k)) return t;
            return null;
        }
        return null;
    }

    /// <summary>The subject of the sentence's first finite verb (a verb after an auxiliary, a simple past or a present), if the
    /// subject search finds one.</summary>
    private EventArgument? MainSubject(Work w)
    {
        for (int t = FiniteVerbAfter(w, w.From - 1); t >= 0; t = FiniteVerbAfter(w, t))
        {
            int group = VerbGroupStart(w, t, nominal: false);
            if (PrevWord(w, group) is int rel and >= 0 && (w.Cues[rel] & Cue.Relative) != 0) continue; // a relative clause's: "M. Annan, qui a réclamé"
            return FindSubject(w, group, null) is [var subject, ..] ? subject : null;
        }
        return null;
    }

    /// <summary>The noun phrase that opens the sentence, when it does not start with a preposition or adverbial: a name
    /// ("Rusia"), a description with its "de" chain ("Los pilotos de Iberia", "El ex cantante"), ending at the first verb,
    /// punctuation or lower-case word after a name; null if it reaches <paramref name="before"/>. Headlines in capitals count
    /// ("TRABAJADORES REALIZAN NOVEDOSA MOVILIZACION").</summary>
    private static EventArgument? OpeningSubject(Work w, int before, bool upToVerb = false)
    {
        var tokens = w.Doc.Tokens;
        int from = ClauseStart(w, before);
        // (A gerund opening the clause is an adjunct, no noun phrase: "Évoquant la théorie des dominos, il a déclaré".)
        if (from < before && w.MentionAt[from] < 0 && (w.Cues[from] & (Cue.Gerund | Cue.Noun | Cue.Actor)) == Cue.Gerund) return null;
        int t = from, last = -1, content = 0, named = -1;
        bool afterName = false, actor = false;
        while (t < before && t - w.From < 12)
        {
            var tok = tokens[t];
            int mi = w.MentionAt[t];
            if (mi >= 0)
            {
                if (named < 0) named = mi;
                while (t + 1 < before && w.MentionAt[t + 1] == mi) t++;
                last = t++; content++; afterName = true;
                continue;
            }
            if (PhraseLink(w, t, afterContent: content > 0, atStart: t == from)) { t++; continue; }
            // A word followed by an article is a verb with its object, not part of the phrase ("realizan este martes").
            // (Not a unit: "Horas antes de su desaparición, …" opens with a time, not an actor.)
            if (tok.Kind == TokenKind.Word && !afterName && !w.InTime[t] && IsContent(w, t)
                && (w.Cues[t] & (VerbForms | Cue.Speech | Cue.Plan | Cue.Report | Cue.Measure)) == 0
                // (Nor a verb in the first person that opens the clause: "Quiero establecer la realidad y …", "Hago un llamado".)
                && !(t == from && (w.Marks[t] & Mark.Person1) != 0)
                && !(content > 0 && t + 1 < w.To && (w.Cues[t + 1] & Cue.Det) != 0 && (w.Cues[t + 1] & (Cue.Prep | Cue.Genitive)) == 0)
                // (Nor, after a name or a noun for people, another event's verb spelt like a noun: "L'Alliance atlantique réclame".)
                && !((named >= 0 || actor) && VerbTriggerAt(w, t))
                // (A simple past ends the phrase: "Lawmakers defied troops and voted to block".)
                && !(content > 0 && (w.Cues[t] & (Cue.Past | Cue.Participle | Cue.Actor | Cue.Noun)) == (Cue.Past | Cue.Participle)))
            { actor |= (w.Cues[t] & Cue.Actor) != 0; last = t++; content++; continue; }
            break;
        }
        // (With upToVerb, a phrase that runs right up to the verb is its subject when nothing else was found: "La Coces organizó
        // una manifestación", "Un bloque sindical disociado de la matriz Central Obrera Boliviana convocó a una movilización".)
        if (content == 0 || last < 0 || t > before || t == before && !upToVerb) return null;
        if (t < w.To && tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Prep) != 0 && (w.Cues[t] & Cue.Genitive) == 0 && content == 1 && named < 0) return null;
        // (A section label before a colon is no actor: "Opinión: Retirada de tropas de EE. UU.", "Reacción: se opone al ataque".)
        if (content == 1 && named < 0 && last == from && IsPunct(w, last + 1, ':') && (w.Marks[last] & Mark.Rubric) != 0) return null;
        int e = tokens[last].End;
        // A single name is that entity ("Rusia"); a longer phrase is a description.
        if (named >= 0 && content == 1 && Argument(w, named, TokenAt(tokens, w.Doc.Mentions[named].Start), last) is { } arg) return arg;
        int first = from;
        while (first < last && (w.Cues[first] & Cue.Det) != 0) first++;
        first = NounPhraseStart(w, first);
        return new EventArgument(null, w.Doc.Text[tokens[first].Start..e], tokens[first].Start, e, CountryInside(w, first, last));
    }

    /// <summary>A complementizer after a verb of saying (past times and adverbs): "anunció (el jueves) que", "ha detto che",
    /// "said that", "a déclaré que" — it opens a clause with its own subject.</summary>
    private static bool Complementizer(Work w, int t) =>
        w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Relative) != 0 && SpeechVerbBefore(w, t) >= 0;

    /// <summary>The verb of saying right before the word at <paramref name="t"/>, past times and adverbs, or -1.</summary>
    private static int SpeechVerbBefore(Work w, int t)
    {
        int p = PrevWord(w, t);
        // (… and a time's preposition: "announced on Tuesday that".)
        for (int skip = 0; skip < 6 && p >= 0 && (w.InTime[p] || IsAdverb(w, p) || (w.Cues[p] & Cue.Prep) != 0 && p + 1 < w.To && w.InTime[p + 1]); skip++)
            p = PrevWord(w, p);
        // (… and the addressee: "told parliament that", "ha detto ai giornalisti che".)
        if (p >= 0 && (w.Cues[p] & Cue.Speech) == 0 && (w.MentionAt[p] >= 0 || (w.Cues[p] & Cue.Actor) != 0))
        {
            int q = PrevWord(w, w.MentionAt[p] >= 0 ? NameStart(w, p) : p);
            for (int k = 0; k < 2 && q >= 0 && (w.Cues[q] & (Cue.Det | Cue.TargetPrep)) != 0 && (w.Cues[q] & Cue.Speech) == 0; k++) q = PrevWord(w, q);
            if (q >= 0 && (w.Cues[q] & Cue.Speech) != 0 && w.MentionAt[q] < 0) return q;
        }
        return p >= 0 && (w.Cues[p] & Cue.Speech) != 0 && w.MentionAt[p] < 0 ? p : -1;
    }

    /// <summary>The first token from <paramref name="s"/> past the times that open a clause ("el próximo 21 de agosto", "on
    /// August 21").</summary>
    private static int ClauseOpensAt(Work w, int s)
    {
        while (s < w.To && (w.InTime[s] || IsPunct(w, s, ',') || (w.Cues[s] & (Cue.Det | Cue.Prep)) != 0 && s + 1 < w.To && w.InTime[s + 1])) s++;
        return s;
    }

    /// <summary>A clause opening at <paramref name="s"/> starts with a noun phrase of its own before <paramref name="before"/>
    /// (a name, a number, an article or a content word), not with a verb, a clitic, a negation or a pronoun ("que convocó al
    /// embajador", "que no permitirían", "claimed that they had attacked": the speaker's).</summary>
    private static bool OwnSubjectAt(Work w, int s, int before) =>
        s < before && (w.Cues[s] & (VerbForms | Cue.Negation | Cue.Plan | Cue.Speech | Cue.Modal)) == 0
        && (w.MentionAt[s] >= 0 || w.Doc.Tokens[s].Kind == TokenKind.Number || (w.Cues[s] & Cue.Det) != 0 || IsContent(w, s)); // "los": an article as well as a clitic

    /// <summary>Where the clause of <paramref name="before"/> opens: after the last complementizer of a verb of saying before it
    /// and the times that follow it ("que el próximo 21 de agosto los guaymíes …"), when the clause has words of its own before
    /// <paramref name="before"/>; else at the sentence start.</summary>
    private static int ClauseStart(Work w, int before)
    {
        for (int t = before - 1; t > w.From; t--)
        {
            if (!Complementizer(w, t)) continue;
            int s = ClauseOpensAt(w, t + 1);
            return OwnSubjectAt(w, s, before) ? s : w.From;
        }
        return w.From;
    }

    /// <summary>The place a sentence opens with, after a preposition of place (with its article) and before a comma: "En Taiz,",
    /// "Au Caire,"; else null.</summary>
    private static EventArgument? OpeningPlace(Work w)
    {
        int t = w.From, k = t + 1;
        if (k >= w.To || (w.Cues[t] & (Cue.Locative | Cue.Prep)) != (Cue.Locative | Cue.Prep) || w.MentionAt[t] >= 0) return null;
        if (IsArticle(w, k) && k + 1 < w.To) k++;
        if (w.MentionAt[k] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Loc) return null;
        int end = k;
        while (end + 1 < w.To && w.MentionAt[end + 1] == mi) end++;
        return IsPunct(w, end + 1, ',') ? Argument(w, mi, k, end) : null;
    }

    /// <summary>A verb trigger of the sentence starts at token <paramref name="t"/>.</summary>
    private static bool VerbTriggerAt(Work w, int t)
    {
        foreach (var m in w.Taken)
            if (m.First == t) return w.MentionAt[t] < 0 && !IsNominal(w, t);
        return false;
    }

    /// <summary>The noun phrase around an actor noun at <paramref name="head"/>, ending before <paramref name="end"/>: content
    /// words, "de/di/of" (+ article) and names to the right, content words and one article to the left; null when the
    /// phrase is inside a prepositional phrase ("contra los manifestantes"). Named by its text; its country is that of a
    /// name or demonym inside it.</summary>
    private static EventArgument? DescriptionAround(Work w, int head, int end, bool inPhrase = false)
    {
        // A count of money or of a measure is no people: "une aide humanitaire de deux millions de dollars", "miles de millones de
        // dólares".
        for (int k = head + 1; k < end && k <= head + 4 && w.MentionAt[k] < 0; k++)
        {
            if ((w.Cues[k] & Cue.Measure) != 0 || (w.Marks[k] & Mark.Money) != 0) return null;
            // (Past the genitives of a count, "de millones de", not past people: "miles de manifestantes de 20 años".)
            if ((w.Cues[k] & (Cue.Genitive | Cue.Det)) != Cue.Genitive
                && !((w.Cues[k - 1] & Cue.Genitive) != 0 && IsLowerContentWord(w, k) && (w.Cues[k] & (Cue.Actor | AnyVerbForm)) == 0)) break;
        }
        int last = head;
        for (int r = head + 1; r < end && r - head < 8; r++)
        {
            if ((w.Cues[r] & (VerbForms | Cue.Gerund)) != 0 && (w.Cues[r] & Cue.Noun) == 0 && w.MentionAt[r] < 0 || w.InTime[r]) break; // (not "the rebels of firing")
            // Another event's verb right after a name or a noun for people ends it, even one spelt like a noun: "L'Alliance atlantique
            // réclame", "Les rebelles réclament" (not a noun after its adjective: "le possibili minacce").
            if ((w.MentionAt[r - 1] >= 0 || (w.Cues[r - 1] & Cue.Actor) != 0) && VerbTriggerAt(w, r)) break;
            if (IsAdverb(w, r) && (w.Cues[r] & (Cue.Actor | Cue.Noun)) == 0) break; // "stormed her residence shortly afterwards"
            // A simple past ends the group: "European Union leaders agreed …" (not a participle that modifies it in Romance).
            if ((w.Cues[r] & (Cue.Past | Cue.Participle | Cue.Actor | Cue.Noun)) == (Cue.Past | Cue.Participle) && w.MentionAt[r] < 0) break;
            // An article right after a name opens the next phrase: "réclamer au gouvernement de Benyamin Nétanyahou un accord".
            // (So does one right after the noun for people: "ha chiesto agli alleati una risposta".)
            // (Not one inside a noun for people of several words: "entrambe le parti".)
            if ((w.Cues[r] & (Cue.Det | Cue.Actor)) == (Cue.Det | Cue.Actor) && (w.Cues[r - 1] & Cue.Actor) != 0) continue;
            if ((w.Cues[r] & Cue.Det) != 0 && (w.Cues[r] & (Cue.Genitive | Cue.Prep)) == 0 && w.MentionAt[r] < 0 && (w.MentionAt[r - 1] >= 0 || r - 1 == head && (w.Cues[head] & Cue.Actor) != 0)) break;
            // A word followed by an article is a verb with its object ("realizan este martes", "cortaron la carretera").
            // (Not a noun before an article that opens a time: "les forces de sécurité ces derniers jours" — a participle there is
            // still a verb, "un convoy de ayuda ocurrido el lunes".)
            if (w.MentionAt[r] < 0 && IsContent(w, r) && r + 1 < end && (w.Cues[r + 1] & Cue.Det) != 0 && (w.Cues[r + 1] & (Cue.Prep | Cue.Genitive)) == 0
                && (!w.InTime[r + 1] || (w.Cues[r] & AnyVerbForm) != 0 && (w.Cues[r] & Cue.Noun) == 0)) break;
            if (IsContent(w, r) || w.MentionAt[r] >= 0) { last = r; continue; }
            // "de la Amazonía" ("la" is also a clitic: an article only after "de").
            // An article fused with another preposition ends it: "un connazionale alla stazione", "al gobierno".
            if ((w.Cues[r] & (Cue.Genitive | Cue.Det)) != 0 && ((w.Cues[r] & Cue.Aux) == 0 || (w.Cues[r - 1] & Cue.Genitive) != 0) && r + 1 < end
                && (w.Cues[r] & (Cue.Prep | Cue.Genitive)) != Cue.Prep) continue;
            break;
        }
        // (A name the window cuts keeps its end: "Les ministres … de la République démocratique du Congo".)
        while (w.MentionAt[last] >= 0 && last + 1 < end && w.MentionAt[last + 1] == w.MentionAt[last]) last++;
        if (last > head && (w.Cues[last] & (Cue.Plan | Cue.Modal | Cue.Speech)) != 0) last--;
        // (Nor a participle whose agent or complement follows: "Il governo di unità nazionale guidato da Dbeibah", "conductores
        // atribuida a bandas".)
        if (last > head && (w.Cues[last] & (Cue.Participle | Cue.Actor | Cue.Noun)) == Cue.Participle && last + 1 < w.To
            && ((w.Cues[last + 1] & Cue.Agent) != 0 || (w.Cues[last + 1] & Cue.TargetPrep) != 0 && (w.Cues[last - 1] & Cue.Genitive) == 0) // (not "forces de sécurité à")
            && (w.Cues[last + 1] & Cue.Genitive) == 0) last--;
        int first = head;
        // Modifiers before the noun, a nationality among them ("Russian forces", "US troops").
        // (Not the verb of saying before a complement clause, "Yoon said rebels attacked", nor a simple past after its subject,
        // "Lawmakers defied troops" — "the wounded soldiers" has its participle.)
        // (Nor a gerund with the phrase as its object: "accuses Kabul of harbouring militants".)
        while (first - 1 >= w.From && head - first < 4 && !w.InTime[first - 1]
               && (IsContent(w, first - 1) && w.MentionAt[first - 1] < 0 && (w.Cues[first - 1] & (Cue.Speech | Cue.Plan)) == 0 && (w.Cues[first - 1] & (Cue.Gerund | Cue.Noun)) != Cue.Gerund
                   && !((w.Cues[first - 1] & (Cue.Past | Cue.Participle | Cue.Actor | Cue.Noun)) == (Cue.Past | Cue.Participle)
                        && first - 2 >= w.From && (w.MentionAt[first - 2] >= 0 || (w.Cues[first - 2] & Cue.Actor) != 0))
                   || NationalityModifier(w, first - 1))) first--;
        // (Past the name of a weapon or a product among them, after a nationality: "Thai F-16 fighter jets".)
        if (first - 2 >= w.From && w.MentionAt[first - 1] is var made and >= 0 && w.Doc.Mentions[made].Type == EntityType.Misc && !NationalityModifier(w, first - 1)
            && NameStart(w, first - 1) - 1 is int before && before >= w.From && NationalityModifier(w, before)) first = before;
        // A country's possessive before them makes the group that country's: "Thailand's army".
        string? owner = null;
        if (first - 2 >= w.From && IsPossessive(w, first - 1) && w.MentionAt[first - 2] is var om and >= 0
            && w.Doc.Mentions[om].EntityId.StartsWith("country:", StringComparison.Ordinal))
        {
            owner = w.Doc.Mentions[om].EntityId;
            first = NameStart(w, first - 2);
        }
        // (With the quantity that counts it: "At least nine people", "una docena de manifestantes".)
        int np = NounPhraseStart(w, CountStart(w, NounPhraseStart(w, first), head));
        if (!inPhrase && np - 1 >= w.From && (w.Cues[np - 1] & (Cue.Prep | Cue.Genitive | Cue.Agent | Cue.Report)) != 0) return null;
        // With its count ("unos 20.000 aficionados"), unless the count is itself in a phrase ("más de 25.000 personas").
        int counted = np;
        while (counted - 1 >= w.From && IsCountOrArticle(w, counted - 1)) counted--;
        if (counted < np && !(counted - 1 >= w.From && (w.Cues[counted - 1] & (Cue.Prep | Cue.Genitive)) != 0)) np = counted;
        if (np < head && (w.Cues[np] & (Cue.Relative | Cue.Det)) == (Cue.Relative | Cue.Det)) np++; // "… and that troops had been withdrawn"
        int s = w.Doc.Tokens[np].Start, e = w.Doc.Tokens[last].End;
        // A nationality before the noun makes the group that country's, as one after it does ("le forze russe"): "Russian forces".
        string? id = owner;
        for (int t = np; t < head && id is null; t++)
            if (NationalityModifier(w, t)) id = w.Doc.Mentions[w.MentionAt[t]].EntityId;
        return new EventArgument(id, w.Doc.Text[s..e], s, e, CountryInside(w, np, last));
    }

    /// <summary>A person's name, then a comma, a title phrase (a noun for people among at most eight words, no verb) and a comma
    /// right before the verb group: the name, or null.</summary>
    private static EventArgument? AppositionHead(Work w, int groupStart)
    {
        int close = groupStart - 1;
        if (close - 2 < w.From || !IsPunct(w, close, ',')) return null;
        // "El líder del PP, Alberto Núñez Feijóo, aseguró": the title first, then the name between commas.
        if (w.MentionAt[close - 1] is var nm and >= 0 && w.Doc.Mentions[nm].Type == EntityType.Per)
        {
            int nf = NameStart(w, close - 1);
            // (Its span covers the title: the evidence of who speaks. Adjectives may follow the title: "El vocero presidencial,
            // Manuel Adorni, aseguró".)
            if (nf - 2 >= w.From && IsPunct(w, nf - 1, ',') && ((w.Cues[nf - 2] & (Cue.Actor | Cue.Title)) != 0 || w.MentionAt[nf - 2] >= 0 || IsLowerContentWord(w, nf - 2))
                && TitleOpensBefore(w, nf - 1) is int titleAt && Argument(w, nm, nf, close - 1) is { } named)
                return named with { Start = w.Doc.Tokens[titleAt].Start };
        }
        bool title = false;
        int floor = Math.Max(w.From + 1, close - 9);
        for (int t = close - 1; t >= floor; t--)
        {
            // (Past a body's acronym in parentheses: "Mountaga Tall, président du Congrès national d'initiative démocratique (CNID),".)
            if (OneWordInParentheses(w, t)) { t -= 2; floor = Math.Max(w.From + 1, floor - 3); continue; }
            if (IsPunct(w, t, ','))
            {
                int last = t - 1;
                if (!title || w.MentionAt[last] < 0) return null;
                // (Or a state or body opening the sentence: "Washington, Seoul's closest ally, said" — not "The US commander in Iraq,
                // General David Petraeus, held talks", the general's.)
                var named = w.Doc.Mentions[w.MentionAt[last]];
                bool state = named.Type == EntityType.Org || named.EntityId.StartsWith("country:", StringComparison.Ordinal);
                if (named.Type != EntityType.Per && !state) return null;
                int first = last;
                while (first - 1 >= w.From && w.MentionAt[first - 1] == w.MentionAt[last]) first--;
                if (state && PrevWord(w, first) >= 0) return null;
                return Argument(w, w.MentionAt[last], first, last);
            }
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (VerbForms | Cue.Relative | Cue.Boundary)) != 0 && (w.Cues[t] & Cue.Noun) == 0) return null;
            title |= (w.Cues[t] & Cue.Actor) != 0;
        }
        return null;
    }

    /// <summary>The gerund or infinitive before the coordinator at <paramref name="coord"/> whose bare object (one to three
    /// lower-case words with no article) the coordinator follows ("recibiendo tecnologías militares clave y"), else null.</summary>
    private static int? BareObjectVerb(Work w, int coord)
    {
        int t = PrevWord(w, coord);
        for (int n = 0; t >= 0 && n < 3 && IsLowerContentWord(w, t) && w.MentionAt[t] < 0 && (w.Cues[t] & (AnyVerbForm | Cue.Det | Cue.Prep | Cue.Genitive)) == 0; n++) t = PrevWord(w, t);
        // (A gerund or an infinitive, whose object is plain: after a finite verb the word may be a predicate, "se mantiene firme y advierte".)
        return t >= 0 && t < PrevWord(w, coord) && (w.Cues[t] & (Cue.Gerund | Cue.Infinitive)) != 0 && (w.Cues[t] & (Cue.Aux | Cue.Det | Cue.Noun | Cue.Prep)) == 0 && w.MentionAt[t] < 0 ? t : null;
    }

    /// <summary>The title of office that opens the phrase ending at the comma at <paramref name="comma"/>, when the phrase opens
    /// its clause ("El líder del PP,", "Il ministro degli Esteri,"); else null.</summary>
    private static int? TitleOpensBefore(Work w, int comma)
    {
        for (int t = comma - 1; t >= w.From && comma - t <= 8; t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Cues[t] & (VerbForms | Cue.Relative | Cue.Boundary)) != 0 && (w.Cues[t] & Cue.Noun) == 0) return null;
            // (A counterpart after a possessive is one too: "su homólogo turco, Erdogan,"; the phrase may follow a name it is
            // coordinated with: "Trump y su homólogo turco, Erdogan, acordaron".)
            if ((w.Cues[t] & Cue.Title) == 0 && !((w.Cues[t] & Cue.Actor) != 0 && t - 1 >= w.From && (w.Cues[t - 1] & Cue.Own) != 0)) continue;
            if (t == w.From) return t;
            int d = t - 1;
            if ((w.Cues[d] & Cue.Det) == 0) continue;
            while (d - 1 >= w.From && (w.Cues[d - 1] & Cue.Det) != 0 && (w.Cues[d - 1] & Cue.Prep) == 0) d--; // "il suo omologo"
            if (d == w.From || w.Doc.Tokens[d - 1].Kind == TokenKind.Punctuation || NameOpeningBefore(w, d - 1) is not null) return t;
        }
        return null;
    }

    /// <summary>The name of a person or state that opens the clause before the conjunction at <paramref name="coord"/> ("Trump y"),
    /// else null.</summary>
    private static EventArgument? NameOpeningBefore(Work w, int coord)
    {
        if (coord <= w.From || (w.Cues[coord] & Cue.Coord) == 0 || w.Doc.Tokens[coord].Kind != TokenKind.Word) return null;
        int end = coord - 1;
        if (w.MentionAt[end] is not (var mi and >= 0) || !(w.Doc.Mentions[mi].Type == EntityType.Per || IsState(w.Doc.Mentions[mi].EntityId))) return null;
        int start = NameStart(w, end);
        return PrevWord(w, start) < 0 && (start == w.From || w.Doc.Tokens[start - 1].Kind == TokenKind.Punctuation) ? Argument(w, mi, start, end) : null;
    }

    /// <summary>"accusa X di fornire", "acusado a X de suministrar", "accused X of supplying": the object controls the infinitive.</summary>
    /// <summary>The controller <see cref="ControllerBefore"/> finds when a pronoun names it: somebody, not the accuser.</summary>
    private static readonly EventArgument Unnamed = new(null, "", -1, -1);

    private EventArgument? ControllerBefore(Work w, int trigger, bool accusationOnly = false)
    {
        int prev = PrevWordAcrossQuote(w, trigger); // 'acusó a Sánchez de "ceder ante Marruecos"'
        // A perfect infinitive and its clitics: "accusant Israël de les avoir tués", "accusato Kiev di aver colpito".
        // (And a negation: "accusent l'organisation de ne pas les avoir soutenus".)
        for (int skip = 0; skip < 5 && prev >= 0 && (w.Cues[prev] & (Cue.Aux | Cue.Negation | Cue.Volition)) != 0 && (w.Cues[prev] & Cue.Genitive) == 0; skip++) prev = PrevWord(w, prev);
        if (prev < 0 || (w.Cues[prev] & Cue.Genitive) == 0) return null;
        int mEnd = prev - 1;
        // A relative object before its accusing verb: "le Rwanda, qu'il accuse d'avoir déployé", "Kiev, che accusa di aver colpito".
        if (mEnd >= w.From && w.MentionAt[mEnd] < 0 && (TriggerAt(w, mEnd)?.Pattern.Mode == "accuse" || (w.Cues[mEnd] & Cue.Speech) != 0))
        {
            if (accusationOnly) return null; // (a noun's accused is named before it)
            if (RelativeObjectBefore(w, TriggerAt(w, mEnd)?.First ?? mEnd) is { } accused) return accused;
            // A clitic object: "Le parquet les accuse d'avoir fomenté un coup d'État" — the accused act, whoever they are; never the
            // accuser (the pronoun names nobody and is dropped as a source).
            int clitic = PrevWord(w, TriggerAt(w, mEnd)?.First ?? mEnd);
            return clitic >= w.From && (w.Cues[clitic] & (Cue.Aux | Cue.Det)) == (Cue.Aux | Cue.Det) && w.MentionAt[clitic] < 0 ? Unnamed : null;
        }
        if (mEnd < w.From) return null;
        // A described object: "acusó a los rebeldes de atacar", "accused Cambodian troops of firing".
        if (w.MentionAt[mEnd] < 0)
        {
            if ((w.Cues[mEnd] & Cue.Actor) == 0) return null;
            int df = mEnd; // the noun with its modifiers and nationality, no verb
            while (df - 1 >= w.From && mEnd - df < 3 && (CountryModifier(w, df - 1)
                   || w.MentionAt[df - 1] < 0 && IsContent(w, df - 1) && (w.Cues[df - 1] & (VerbForms | Cue.Speech | Cue.Past | Cue.Participle)) == 0)) df--;
            int np = df;
            while (np - 1 >= w.From && (w.Cues[np - 1] & (Cue.Det | Cue.TargetPrep)) == Cue.Det) np--;
            int dv = np - 1;
            while (dv >= w.From && ((w.Cues[dv] & (Cue.Det | Cue.TargetPrep)) != 0 || w.InTime[dv])) dv--;
            return dv >= w.From && ((w.Cues[dv] & Cue.Speech) != 0 || TriggerAt(w, dv)?.Pattern.Mode == "accuse") ? DescribedArgument(w, np, mEnd) : null;
        }
        int mi = w.MentionAt[mEnd], first = NameStart(w, mEnd);
        // The verb before the object must be a speech/accusation verb (its trigger or cue), with an optional "a" and the
        // object's title ("acusó al presidente Pedro Sánchez de ceder").
        int v = first - 1;
        for (int titles = 0; titles < 3 && v >= w.From && w.MentionAt[v] < 0 && (w.Cues[v] & Cue.Actor) != 0; titles++) v--;
        // (Past a time between them: "acusó este miércoles a Estados Unidos de preparar".)
        while (v >= w.From && ((w.Cues[v] & (Cue.Det | Cue.TargetPrep)) != 0 || w.InTime[v])) v--;
        if (v < w.From || (w.Cues[v] & Cue.Speech) == 0 && TriggerAt(w, v)?.Pattern.Mode != "accuse") return null; // "accusant", a trigger
        if (accusationOnly && TriggerAt(w, v)?.Pattern.Mode != "accuse") return null; // "ha parlato con Xi della visita"
        return Argument(w, mi, first, mEnd);
    }

    /// <summary>A verb of mediating right before the noun at <paramref name="noun"/>, past its articles, times and adjectives (at
    /// most four words): "mediated the October truce".</summary>
    private static bool MediatedBefore(Work w, int noun)
    {
        int p = PrevWord(w, noun);
        for (int n = 0; n < 4 && p >= 0 && w.MentionAt[p] < 0 && ((w.Cues[p] & Cue.Det) != 0 || w.InTime[p] || IsLowerContentWord(w, p) && TriggerAt(w, p) is null); n++) p = PrevWord(w, p);
        return p >= 0 && TriggerAt(w, p) is { Pattern: { Type: "CONSULT", Mode: "negotiate" } };
    }

    /// <summary>The states or bodies in the genitive right after a gapped trigger's head (past two adjectives), coordinated ones
    /// too ("bloqueo conjunto de Rusia y China a los intentos"); empty when none or the genitive is not inside the trigger.</summary>
    private static List<EventArgument> GenitiveInGap(Work w, LexiconMatch m)
    {
        var found = new List<EventArgument>();
        int g = m.First + 1;
        while (g < m.Last && g - m.First <= 2 && IsLowerContentWord(w, g) && (w.Cues[g] & (Cue.Prep | Cue.Genitive | AnyVerbForm)) == 0) g++;
        if (g >= m.Last || (w.Cues[g] & Cue.Genitive) == 0) return found;
        for (int k = g + 1; k < m.Last; )
        {
            while (k < m.Last && w.MentionAt[k] < 0 && (w.Cues[k] & (Cue.Det | Cue.Genitive)) != 0) k++;
            if (k >= m.Last || w.MentionAt[k] < 0) break;
            int last = NameEnd(w, k);
            if (last >= m.Last || Argument(w, w.MentionAt[k], k, last) is not { Id: { } id } party || !IsState(id) && w.Doc.Mentions[w.MentionAt[k]].Type != EntityType.Org) break;
            found.Add(party);
            k = last + 1;
            if (k >= m.Last || (w.Cues[k] & Cue.Coord) == 0) break;
            k++;
        }
        return found;
    }

    /// <summary>A group of people from two parties coordinated in its genitive stands for both: "Delegaciones de Israel y de
    /// Siria acordaron", "Representantes de Marruecos y del Frente Polisario iniciaron" — the two names, not the first one's
    /// phrase.</summary>
    private static void SplitCoordinatedGenitive(Work w, List<EventArgument> sources)
    {
        if (sources.Count != 1) return;
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, sources[0].Start), last = TokenAt(tokens, sources[0].End - 1);
        if (IsArticle(w, first) && first < last) first++;
        if (w.MentionAt[first] >= 0 || (w.Cues[first] & Cue.Actor) == 0 || w.MentionAt[last] < 0) return;
        int nameStart = NameStart(w, last), g = nameStart - 1;
        while (g > first && (w.Cues[g] & (Cue.Det | Cue.Genitive)) == Cue.Det) g--;
        if (g <= first || (w.Cues[g] & Cue.Genitive) == 0) return;
        int k = last + 1;
        if (k >= w.To || (w.Cues[k] & Cue.Coord) == 0) return;
        for (k++; k < w.To && (w.Cues[k] & (Cue.Genitive | Cue.Det)) != 0 && w.MentionAt[k] < 0; k++) { }
        if (k >= w.To || w.MentionAt[k] < 0) return;
        if (Argument(w, w.MentionAt[last], nameStart, last) is not { } a || Argument(w, w.MentionAt[k], k, NameEnd(w, k)) is not { } b || SameArgument(a, b)) return;
        // (Two parties the catalogue knows, not places or unknown names: "i carabinieri della stazione di Montaperto e della
        // Compagnia di Agrigento" are one body.)
        static bool Party(EventArgument x) => x.Id is { } id && !id.StartsWith("name:", StringComparison.Ordinal) && !id.StartsWith("place:", StringComparison.Ordinal);
        if (!Party(a) || !Party(b)) return;
        sources.Clear();
        sources.Add(a);
        sources.Add(b);
    }

    /// <summary>The object of a verb of causing before the infinitive group at <paramref name="group"/> and its particle:
    /// "prompted Beijing to summon", "provocó a los vecinos a"; else null.</summary>
    private static EventArgument? CausedToAct(Work w, int group)
    {
        int particle = (w.Cues[group] & Cue.Prep) != 0 ? group : PrevWord(w, group);
        if (particle < 0 || (w.Cues[particle] & Cue.Prep) == 0 || (w.Cues[particle] & (Cue.Infinitive | Cue.TargetPrep)) == 0 || (w.Cues[particle] & Cue.Det) != 0) return null;
        int end = PrevWord(w, particle);
        if (end < 0) return null;
        EventArgument? arg;
        int start;
        if (w.MentionAt[end] >= 0) { start = NameStart(w, end); arg = Argument(w, w.MentionAt[end], start, end); }
        else if ((w.Cues[end] & Cue.Actor) != 0 && DescriptionAround(w, end, end + 1, inPhrase: true) is { } people) { arg = people; start = TokenAt(w.Doc.Tokens, people.Start); }
        else return null;
        int verb = PrevWord(w, start);
        while (verb >= 0 && (w.Cues[verb] & (Cue.Det | Cue.TargetPrep)) != 0 && (w.Cues[verb] & Cue.Cause) == 0) verb = PrevWord(w, verb);
        return verb >= 0 && (w.Cues[verb] & Cue.Cause) != 0 && TriggerAt(w, verb) is null ? arg : null;
    }

    /// <summary>The infinitive at <paramref name="governed"/>, or one that opens a phrase ending there ("llevar a cabo", "portare a
    /// termine"), or the perfect infinitive's auxiliary ("haber llevado a cabo"); else -1.</summary>
    private static int GoverningInfinitive(Work w, int governed)
    {
        for (int t = governed; t >= w.From && t > governed - 3; t--)
        {
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || w.MentionAt[t] >= 0 || (w.Cues[t] & (Cue.Det | Cue.Prep)) == Cue.Det) return -1;
            if ((w.Cues[t] & Cue.Infinitive) != 0) return t;
            if ((w.Cues[t] & Cue.Participle) != 0 && PrevWord(w, t) is int aux and >= 0 && (w.Cues[aux] & (Cue.Aux | Cue.Infinitive)) == (Cue.Aux | Cue.Infinitive)) return aux;
        }
        return -1;
    }

    /// <summary>The charge of an accusation — the phrase its "de"/"di" opens right after the verb — holds <paramref name="arg"/>.</summary>
    private static bool ChargeHolds(Work w, int verb, EventArgument arg) =>
        verb + 1 < w.To && (w.Cues[verb + 1] & (Cue.Genitive | Cue.Det)) == Cue.Genitive && arg.Start > w.Doc.Tokens[verb + 1].Start;

    /// <summary>The antecedent of a relative pronoun that is the object of the verb at <paramref name="verb"/> (a clitic or a
    /// subject pronoun between): "le Rwanda, qu'il accuse", "Kiev, che accusa"; else null.</summary>
    private static EventArgument? RelativeObjectBefore(Work w, int verb)
    {
        int r = PrevWord(w, verb);
        if (r >= 0 && w.MentionAt[r] < 0 && (w.Cues[r] & Cue.Aux) != 0 && (w.Cues[r] & Cue.Det) == 0) r = PrevWord(w, r); // a clitic
        // Past the clause's own subject — a name, a noun with its article and adjectives: "Vladimir Padrino, a quien Washington acusa
        // de narcotráfico", "Evo Morales, al que el Gobierno acusa", "le Rwanda, que le président congolais accuse".
        int k = r;
        for (int words = 0; k >= w.From && words < 6 && w.Doc.Tokens[k].Kind == TokenKind.Word && (w.Cues[k] & Cue.Relative) == 0
                            && (w.MentionAt[k] >= 0 || IsArticle(w, k) || IsContent(w, k) && (w.Cues[k] & AnyVerbForm) == 0); words++)
            k = w.MentionAt[k] >= 0 ? NameStart(w, k) - 1 : k - 1;
        if (k < r && k >= w.From && w.Doc.Tokens[k].Kind == TokenKind.Word && (w.Cues[k] & Cue.Relative) != 0) r = k;
        else if (r >= 0 && w.Doc.Tokens[r].Kind == TokenKind.Word && w.MentionAt[r] < 0 && (w.Cues[r] & Cue.Relative) == 0) r = PrevWord(w, r); // "il"
        if (r < 0 || (w.Cues[r] & Cue.Relative) == 0 || (w.Cues[r] & Cue.Where) != 0) return null;
        // (An object relative marked by its preposition: "la guerrilla del ELN, a la que acusó", "al que acusan".)
        int q = r - 1;
        if (q > w.From && IsArticle(w, q) && (w.Cues[q] & Cue.Prep) == 0) q--;
        bool marked = q >= w.From && q < r && (w.Cues[q] & Cue.TargetPrep) != 0;
        var antecedent = AntecedentOf(w, marked ? q : r);
        // That preposition marks a person: "la solicitud de extradición del clérigo Fethullah Gülen, al que Ankara acusa" — the
        // person the phrase ends on, not the request.
        if (marked && antecedent is not null && TokenAt(w.Doc.Tokens, antecedent.End - 1) is int end and >= 0 && w.MentionAt[end] is int mention and >= 0
            && w.Doc.Mentions[mention].Type == EntityType.Per && NameStart(w, end) is int nameStart && w.Doc.Tokens[nameStart].Start > antecedent.Start
            && Argument(w, mention, nameStart, end) is { } person) return person;
        return antecedent;
    }

    /// <summary>A free-choice determiner before the noun at <paramref name="noun"/>, past its modifiers ("qualsiasi aggressione",
    /// "any territorial concessions"): its token, else null.</summary>
    private static int? AnyBefore(Work w, int noun)
    {
        int start = ModifiedNounStart(w, noun);
        for (int t = Math.Max(w.From, start - 1); t < noun; t++)
            if ((w.Cues[t] & Cue.Any) != 0 && w.MentionAt[t] < 0) return t;
        return null;
    }

    /// <summary>The first word of the noun at <paramref name="noun"/> with its articles and lower-case modifiers (coordinated
    /// too, quotation marks passed over): "reckless and brutal military aggression", "la brutale aggressione".</summary>
    private static int ModifiedNounStart(Work w, int noun)
    {
        int t = noun;
        for (int n = 0; n < 5; n++)
        {
            int p = PrevWordAcrossQuote(w, t);
            if (p < w.From || w.MentionAt[p] >= 0 || (w.Cues[p] & (Cue.Prep | Cue.Genitive | Cue.Relative)) != 0) break;
            if (!IsArticle(w, p) && !((w.Cues[p] & Cue.Coord) != 0 && p > w.From && IsLowerContentWord(w, p - 1))
                && !(IsLowerContentWord(w, p) && (w.Cues[p] & VerbForms) == 0)) break;
            t = p;
        }
        return t;
    }

    private static bool IsContent(Work w, int t)
    {
        var tok = w.Doc.Tokens[t];
        if (tok.Kind != TokenKind.Word) return false;
        if ((w.Cues[t] & (Cue.Prep | Cue.Det | Cue.Relative | Cue.Boundary | Cue.Coord | Cue.Aux | Cue.Genitive | Cue.Negation)) != 0) return false;
        return !w.Stop.Contains(w.Doc.TokenText(tok));
    }

    /// <summary>A nationality used as a modifier: a demonym, or a country's acronym ("US troops", "UK forces").</summary>
    /// <summary>A nationality, or a country's name read as one before a noun for people ("accused Thai forces of shelling":
    /// "Thai" is also the language's name, so the linker keeps it as an alias, not a demonym).</summary>
    private static bool CountryModifier(Work w, int t) =>
        NationalityModifier(w, t) || w.MentionAt[t] >= 0 && w.Doc.Mentions[w.MentionAt[t]].EntityId.StartsWith("country:", StringComparison.Ordinal)
                                     && t + 1 < w.To && (w.Cues[t + 1] & Cue.Actor) != 0 && w.MentionAt[t + 1] < 0;

    private static bool NationalityModifier(Work w, int t)
    {
        if (w.MentionAt[t] < 0) return false;
        var m = w.Doc.Mentions[w.MentionAt[t]];
        if (m.Rule == "demonym") return true;
        var text = w.Doc.Text.AsSpan(m.Start, m.End - m.Start);
        if (!m.EntityId.StartsWith("country:", StringComparison.Ordinal) || text.Length > 3) return false;
        foreach (char c in text) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static string? CountryInside(Work w, int first, int last)
    {
        for (int t = first; t <= last; t++)
            if (w.MentionAt[t] >= 0 && w.Entities.TryGetValue(w.Doc.Mentions[w.MentionAt[t]].EntityId, out var e) && e.Country is not null) return e.Country;
        return null;
    }

    /// <summary>A phrase starts at a content word or article, never at a dangling "de": the first token from
    /// <paramref name="first"/> (before <paramref name="end"/>) that is not a bare genitive.</summary>
    private static int SkipBareGenitives(Work w, int first, int end)
    {
        while (first < end && (w.Cues[first] & Cue.Genitive) != 0 && (w.Cues[first] & Cue.Det) == 0) first++;
        return first;
    }

    /// <summary>A number or an article (not a preposition with an article, "del"): what can open a counted noun phrase.</summary>
    private static bool IsCountOrArticle(Work w, int t) =>
        w.Doc.Tokens[t].Kind == TokenKind.Number && !LineBreakAfter(w, t) || IsArticle(w, t); // (not a date's day on the line before: "2011-03-09\nun sostenitore")

    /// <summary>The text between token <paramref name="t"/> and the next one holds a line break.</summary>
    private static bool LineBreakAfter(Work w, int t) =>
        t + 1 < w.Doc.Tokens.Count && w.Doc.Text.AsSpan(w.Doc.Tokens[t].End, w.Doc.Tokens[t + 1].Start - w.Doc.Tokens[t].End).Contains('\n');

    /// <summary>The first event noun of a list the noun at <paramref name="trigger"/> ends ("envíos de alimentos, energía y
    /// apoyo militar", "sanzioni e blocchi"): after a conjunction or comma, back over lower-case words, articles, genitive
    /// prepositions and commas (at most ten tokens) to an event noun of the same type; else null.</summary>
    private static int? ListHead(Work w, int trigger)
    {
        int p = NounPhraseStart(w, trigger);
        int c = p - 1;
        if (c < w.From) return null;
        // (After "including", past names, places and times too: "los últimos ataques en Yemen, incluido el atentado del 3 de junio".)
        bool including = w.Doc.Tokens[c].Kind == TokenKind.Word && (w.Cues[c] & Cue.Including) != 0;
        if (!(including || IsPunct(w, c, ',') || w.Doc.Tokens[c].Kind == TokenKind.Word && (w.Cues[c] & Cue.Coord) != 0)) return null;
        while (including && c - 1 >= w.From && w.Doc.Tokens[c - 1].Kind == TokenKind.Word && (w.Cues[c - 1] & Cue.Including) != 0) c--; // "y compris"
        if (including && IsPunct(w, c - 1, ',')) c--;
        bool coordinated = including || !IsPunct(w, c, ',');
        // (Of the same type: "la suspensión de marchas y protestas" — the protests are what is suspended.)
        int? head = null;
        for (int t = c - 1; t >= Math.Max(w.From, c - 10); t--)
        {
            if (IsPunct(w, t, ',') && !including) continue;
            if (including && head is null && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.MentionAt[t] >= 0 || w.InTime[t] || (w.Cues[t] & (Cue.Prep | Cue.Locative)) != 0)) continue;
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || w.MentionAt[t] >= 0 || w.InTime[t]) break;
            if ((w.Cues[t] & Cue.Coord) != 0) { coordinated = true; continue; }
            if (TriggerAt(w, t, first: true) is { } h && SameTypeAt(w, trigger, h.Pattern.Type) && IsNominal(w, t)) head = t;
            else if ((w.Cues[t] & (Cue.Det | Cue.Genitive)) == 0 && !IsLowerContentWord(w, t)) break;
            if ((w.Cues[t] & (VerbForms | Cue.Participle | Cue.Aux | Cue.Relative | Cue.Speech)) != 0 && head != t) break;
        }
        return coordinated ? head : null;
    }

    /// <summary>Some trigger pattern matched at <paramref name="t"/> is of type <paramref name="type"/>.</summary>
    private static bool SameTypeAt(Work w, int t, string? type)
    {
        foreach (var x in w.Matches) if (x.First == t && x.Pattern.Type == type && type is not null) return true;
        return false;
    }

    /// <summary>The conjunction right before the verb group at <paramref name="groupStart"/>, or before adverbs or a phrase
    /// opening with a preposition (at most five words, no actor, verb or clause word in them: "e ad un certo punto ha
    /// brindato", "y luego firmó" — not "ed il proiettile ha colpito", whose phrase is its subject); else -1.</summary>
    private static int CoordinatorBefore(Work w, int groupStart)
    {
        bool adverbs = true;
        int first = -1; // the adjunct's first word
        for (int t = groupStart - 1, words = 0; t >= w.From && words <= 5; t--)
        {
            if (IsPunct(w, t, ',')) continue;
            if (w.Doc.Tokens[t].Kind != TokenKind.Word) return -1;
            if ((w.Cues[t] & Cue.Coord) != 0)
                return words == 0 || adverbs || (w.Cues[first] & (Cue.Prep | Cue.Infinitive | Cue.Genitive)) == Cue.Prep ? t : -1;
            if (w.MentionAt[t] >= 0 || (w.Cues[t] & (Cue.Actor | Cue.Relative | Cue.Speech | Cue.Boundary | Cue.Infinitive | VerbForms | Cue.Participle | Cue.Aux)) != 0) return -1;
            adverbs &= IsAdverb(w, t);
            first = t;
            words++;
        }
        return -1;
    }

    /// <summary>The argument is one word after a genitive preposition with no article in it or after it ("di truppe", "de
    /// tropas", "of troops"): an indefinite, generic phrase.</summary>
    private static bool BareGenitiveWord(Work w, EventArgument a)
    {
        int t = TokenAt(w.Doc.Tokens, a.Start);
        return t == TokenAt(w.Doc.Tokens, a.End - 1) && PrevWord(w, t) is int g and >= 0 && (w.Marks[g] & Mark.BareOf) != 0 && (w.Cues[t] & Cue.Det) == 0;
    }

    /// <summary>An article or determiner, not a complementizer that is also a demonstrative ("said that rebels attacked").</summary>
    private static bool IsArticle(Work w, int t) => (w.Cues[t] & Cue.Det) != 0 && (w.Cues[t] & (Cue.Prep | Cue.Coord)) == 0 && !Complementizer(w, t);

    private static int NounPhraseStart(Work w, int first)
    {
        int t = first;
        while (t - 1 >= w.From && IsArticle(w, t - 1)) t--;
        return t;
    }

    /// <summary>A finite verb, then a relative pronoun after a noun, among tokens [from, to): a relative clause on another verb's
    /// object.</summary>
    private static bool RelativeAfterVerb(Work w, int from, int to)
    {
        bool verb = false;
        for (int t = from; t < to && t < w.To; t++)
        {
            if (w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[t] & (Cue.Noun | Cue.Actor)) == 0) verb = true;
            else if (verb && (w.Cues[t] & Cue.Relative) != 0 && t - 1 >= from && IsLowerContentWord(w, t - 1)) return true;
        }
        return false;
    }

    /// <summary>Only articles, quotation marks and lower-case modifiers stand between <paramref name="from"/> and the noun at
    /// <paramref name="noun"/>: 'l'"ennesimo attacco"', "the latest attack".</summary>
    private static bool ObjectStartsAt(Work w, int from, int noun)
    {
        for (int t = from; t < noun; t++)
            if (!(IsArticle(w, t) || IsQuoteMark(w, t) || IsLowerContentWord(w, t) && (w.Cues[t] & (VerbForms | Cue.Participle | Cue.Past | Cue.Actor)) == 0 && w.MentionAt[t] < 0)) return false;
        return true;
    }

    /// <summary>The start of a noun phrase whose articles may hold a date: "an April 22 attack".</summary>
    private static int DatedNounPhraseStart(Work w, int first)
    {
        int t = first;
        while (t - 1 >= w.From && (IsArticle(w, t - 1) || w.InTime[t - 1])) t--;
        return t;
    }

    /// <summary>An event argument for a mention over tokens [first, last]; a demonym stands for its noun phrase
    /// ("fonti americane" → United States, named as written).</summary>
    private static EventArgument? Argument(Work w, int mi, int first, int last)
    {
        var mention = w.Doc.Mentions[mi];
        if (!w.Entities.TryGetValue(mention.EntityId, out var entity)) return null;
        if (mention.Rule == "demonym")
        {
            // The phrase around the adjective: "funzionari americani", "Funcionarios estadounidenses y surcoreanos".
            int f = first, l = last;
            while (f - 1 >= w.From && IsContent(w, f - 1) && w.MentionAt[f - 1] < 0 && first - f < 3 && !w.InTime[f - 1] // (not "oggi quattro soldatesse")
                   && ((w.Cues[f - 1] & AnyVerbForm) == 0 || (w.Cues[f - 1] & (Cue.Actor | Cue.Noun)) != 0) // not "met" in "met Chinese officials"; "armée" looks like a participle
                   && !AfterModal(w, f - 1)) f--; // nor a verb after its modal: "would reward Russian aggression"
            // "Campesinos e indígenas ecuatorianos": a noun for people coordinated before the phrase is part of it.
            if (f < first && f - 2 >= w.From && (w.Cues[f - 1] & Cue.Coord) != 0 && (w.Cues[f - 2] & Cue.Actor) != 0 && w.MentionAt[f - 2] < 0 && IsContent(w, f - 2)) f -= 2;
            while (l + 1 < w.To && (w.MentionAt[l + 1] >= 0 && w.Doc.Mentions[w.MentionAt[l + 1]].Rule == "demonym" || (w.Cues[l + 1] & Cue.Coord) != 0 && l + 2 < w.To && w.MentionAt[l + 2] >= 0 && w.Doc.Mentions[w.MentionAt[l + 2]].Rule == "demonym")) l++;
            // "Chinese officials", "US troops": a noun for people after the adjective (not before a name: "German Chancellor Olaf Scholz").
            int nounAfter = l;
            while (nounAfter + 1 < w.To && nounAfter < l + 2 && w.MentionAt[nounAfter + 1] < 0 && (w.Cues[nounAfter + 1] & Cue.Actor) != 0) nounAfter++;
            if (nounAfter > l && !(nounAfter + 1 < w.To && w.MentionAt[nounAfter + 1] >= 0)) { f = first; l = nounAfter; }
            else if (f == first)
            {
                // A bare adjective ("russo" in "il presidente russo Putin") is not an actor by itself, but after an article or
                // a count the demonym is a noun for people: "los palestinos", "30.000 israelíes".
                // (Before lower-case nouns, a bare adjective stands for its phrase: "attacking Pakistani border posts"; so before
                // its side's strikes: "Pakistani air strikes killed".)
                int nounEnd = l;
                while (nounEnd + 1 < w.To && nounEnd < l + 2 && w.MentionAt[nounEnd + 1] < 0 && IsLowerContentWord(w, nounEnd + 1) && !w.InTime[nounEnd + 1] && !IsAdverb(w, nounEnd + 1)
                       && (w.Cues[nounEnd + 1] & (VerbForms | Cue.Participle | Cue.Past | Cue.Gerund | Cue.Aux | Cue.Det | Cue.Prep | Cue.Speech | Cue.Plan)) == 0) nounEnd++;
                // (Only where the adjective opens its phrase, after a verb, a preposition or a comma — not after a noun it follows:
                // "La derecha italiana organiza".)
                // (A word after a modal is a verb: "would reward Russian aggression".)
                bool afterModal = AfterModal(w, f - 1) && IsLowerContentWord(w, f - 1);
                if (nounEnd > l && !w.Capitals && (f - 1 < w.From || w.Doc.Tokens[f - 1].Kind == TokenKind.Punctuation || afterModal
                                                    || (w.Cues[f - 1] & (Cue.Verb | Cue.Past | Cue.Gerund | Cue.Infinitive | Cue.Prep)) != 0 && (w.Cues[f - 1] & Cue.Det) == 0) && (nounEnd + 1 >= w.To || w.MentionAt[nounEnd + 1] < 0) && TriggerAt(w, l + 1) is null or { Pattern.Type: "ASSAULT" })
                    return Phrase(f, nounEnd);
                // (Right after a verb with no noun after it, the demonym is that verb's people: "helping Americans", "representing
                // Uzbeks".)
                if (nounEnd == l && f - 1 >= w.From && (w.Cues[f - 1] & (Cue.Verb | Cue.Past | Cue.Gerund)) != 0 && (w.Cues[f - 1] & (Cue.Aux | Cue.Det | Cue.Noun)) == 0
                    && w.MentionAt[f - 1] < 0 && (w.Cues[l] & Cue.Title) == 0 && (l + 1 >= w.To || w.MentionAt[l + 1] < 0))
                    return Phrase(f, l);
                if (f - 1 < w.From || !IsCountOrArticle(w, f - 1) || w.MentionAt[f - 1] >= 0) return null;
                while (f - 1 >= w.From && IsCountOrArticle(w, f - 1) && w.MentionAt[f - 1] < 0) f--;
                // (A count that opens with a preposition is whole: "a al menos 104 palestinos".)
                if (CountStart(w, f, l) is int cs && cs < f && (w.Cues[cs] & Cue.Prep) != 0) f = cs;
                return Phrase(f, l);
            }
            // "il leader nordcoreano Kim Jong-un", "German Chancellor Olaf Scholz": the name that follows (after a title) is the actor.
            if (NameAfterTitles(w, l + 1, 2, out _) is var named and >= 0 && w.Doc.Mentions[named].Type is EntityType.Per or EntityType.Org) return null;
            if (f - 1 >= w.From && (w.Cues[f - 1] & Cue.Det) != 0 && (w.Cues[f - 1] & Cue.Prep) == 0) f--;
            return Phrase(f, l);
        }
        if (entity.Type == EntityType.Misc) return null;
        return new EventArgument(entity.Id, entity.Name, mention.Start, mention.End, entity.Country);

        // The demonym's phrase over tokens [from, to], named as written, standing for the demonym's country.
        EventArgument Phrase(int from, int to)
        {
            int s = w.Doc.Tokens[from].Start, e = w.Doc.Tokens[to].End;
            return new EventArgument(entity.Id, w.Doc.Text[s..e], s, e, entity.Country);
        }
    }

    /// <summary>A person or a body (not a government), or a group of a country's people ("altos dirigentes palestinos",
    /// "Russian forces": a demonym's phrase with a noun for people).</summary>
    private static bool IsPersonLike(Work w, EventArgument a)
    {
        if (a.Id is null || !w.Entities.TryGetValue(a.Id, out var e)) return false;
        if (e.Type is EntityType.Per or EntityType.Org) return !a.Id.StartsWith("gov:", StringComparison.Ordinal);
        return a.Id.StartsWith("country:", StringComparison.Ordinal) && PeopleWordIn(w, a);
    }

    /// <summary>A word for people, no name, inside the argument's span: "le forze russe", "forze di Gheddafi".</summary>
    private static bool PeopleWordIn(Work w, EventArgument a)
    {
        for (int t = TokenAt(w.Doc.Tokens, a.Start); t < w.To && w.Doc.Tokens[t].Start < a.End; t++)
            if ((w.Cues[t] & Cue.Actor) != 0 && w.MentionAt[t] < 0) return true;
        return false;
    }

    /// <summary>A place that is neither a country nor a government acting (a city, a region).</summary>
    private static bool IsPlainPlace(Work w, EventArgument a) =>
        a.Id is not null && w.Entities.TryGetValue(a.Id, out var e) && e.Type == EntityType.Loc && !a.Id.StartsWith("country:", StringComparison.Ordinal);

    /// <summary>The capital whose name stood for its government in <paramref name="a"/> ("Damas" as Syria's government), as the
    /// place it is; else null.</summary>
    private static EventArgument? SeatPlace(Work w, EventArgument a)
    {
        const string Metonym = "metonym:";
        if (TokenAt(w.Doc.Tokens, a.Start) is not (int t and >= 0) || w.MentionAt[t] is not (int mi and >= 0)
            || !w.Doc.Mentions[mi].Rule.StartsWith(Metonym, StringComparison.Ordinal)) return null;
        string id = w.Doc.Mentions[mi].Rule[Metonym.Length..];
        return Entities.EntityCatalog.Default.Get(id) is { } city ? new EventArgument(id, city.Name, a.Start, a.End, a.Country) : null;
    }

    private static EventArgument CountryArgument(Work w, string country, EventArgument place)
    {
        string id = "country:" + country;
        // The document need not name the country itself ("si è recato a Mosca"): its catalogue name, not its code.
        string name = w.Entities.TryGetValue(id, out var e) ? e.Name : Entities.EntityCatalog.Default.Get(id)?.Name ?? country;
        return new EventArgument(id, name, place.Start, place.End, country);
    }

    private static bool SameParty(EventArgument speaker, EventArgument? source) =>
        source is not null && (speaker.Id is not null && speaker.Id == source.Id || speaker.Country is not null && speaker.Country == source.Country
                               || speaker.Start == source.Start && speaker.End == source.End); // one description: "El ejército anunció haber atacado"

    // ---------------------------------------------------------------- claims

    private sealed record Attribution(EventArgument Argument, int First, int Last, int SpeechToken, bool Postposed);

    /// <summary>Who the sentence's claims come from: "secondo/según/according to X", or the subject of a verb of saying
    /// (before it, "Kim ha affermato che", or after it, "…”, ha affermato il Cremlino").</summary>
    private Attribution? FindAttribution(Work w)
    {
        var tokens = w.Doc.Tokens;
        for (int t = w.From; t < w.To; t++)
        {
            if ((w.Cues[t] & Cue.Report) == 0) continue;
            if (PrevWord(w, t) is int pr and >= 0 && (w.Cues[pr] & Cue.Det) != 0) continue; // "il secondo", "del secondo scambio" (ordinal)
            int first = t;
            while (t + 1 < w.To && (w.Cues[t + 1] & Cue.Report) != 0) t++;
            if (t > first && AgreeingCue(w, first)) continue;
            int s = t + 1, e = s;
            // "…, secondo cui la Russia invierà truppe", "según el cual", "selon lequel": the source is the antecedent, and the
            // clause after the relative is the claim.
            int rel = s;
            while (rel < w.To && rel - s < 2 && (w.Cues[rel] & (Cue.Det | Cue.Relative)) == Cue.Det) rel++;
            if (rel < w.To && (w.Cues[rel] & Cue.Relative) != 0)
            {
                if (Antecedent(w, first) is { } antecedent) return new Attribution(antecedent, first, rel, -1, false);
                continue;
            }
            // "selon lui", "según él", "according to him": the speaker the text was quoting.
            if (s < w.To && (s + 1 == w.To || tokens[s + 1].Kind == TokenKind.Punctuation) && tokens[s].Kind == TokenKind.Word && w.MentionAt[s] < 0
                && !IsContent(w, s) && (w.Cues[s] & Cue.Det) == 0 && char.IsLower(w.Doc.Text[tokens[s].Start]))
            {
                if (w.Speaker is { } quoted) return new Attribution(quoted, first, s, -1, false);
                continue;
            }
            // "según informó el Ministerio … en un comunicado", "secondo quanto ha riferito X in una nota": the speaker, without
            // the verb of saying before it or the adjunct that says where it spoke.
            // ("según ha informado X": a participle after the auxiliary.)
            while (s < w.To && w.MentionAt[s] < 0 && ((w.Cues[s] & (Cue.Speech | Cue.Aux)) != 0 && (w.Cues[s] & Cue.Det) == 0
                                                       || s > t + 1 && (w.Cues[s - 1] & Cue.Aux) != 0 && (w.Cues[s] & Cue.Participle) != 0)) s++;
            // "secondo quanto riferito dallo Stato maggiore", "según lo informado por": the agent after the participle speaks.
            if (s + 2 < w.To && (w.Cues[s] & Cue.Participle) != 0 && (w.Cues[s + 1] & Cue.Agent) != 0 && w.MentionAt[s] < 0 && w.MentionAt[s + 1] < 0) s += 2;
            // (An agent right after a finite verb of saying is the participle's before it: "el ataque …, ejecutado según creemos por el
            // régimen sirio" — the regime did it, and the verb's subject says so.)
            else if (s > t + 1 && s < w.To && (w.Cues[s] & Cue.Agent) != 0 && (w.Cues[s - 1] & Cue.Participle) == 0) continue;
            // (… nor the time it spoke: "según ha explicado este sábado un portavoz".)
            while (s < w.To && w.InTime[s] && w.MentionAt[s] < 0) s++;
            e = s;
            // (It ends before a finite verb: "según los sindicatos paralizó el transporte" — the claim, not its source.)
            while (e < w.To && e - s < 16 && !(tokens[e].Kind == TokenKind.Punctuation && w.Doc.Text[tokens[e].Start] is not ('\'' or '-' or '.'))
                   && !(e > s && w.MentionAt[e] < 0 && (w.Cues[e] & (Cue.Verb | Cue.Past)) != 0 && (w.Cues[e] & (Cue.Noun | Cue.Participle)) == 0)
                   && !(e > s && w.MentionAt[e] < 0 && (w.Cues[e] & (Cue.Relative | Cue.Det)) == Cue.Relative) // "según un funcionario que pidió el anonimato"
                   && !(e > s && w.MentionAt[e] < 0 && (w.Cues[e] & Cue.Negation) != 0) // (nor its negation: "secondo gli analisti non serviranno")
                   // (Nor past an article that opens the claim's subject after a plain noun phrase: "Secondo il presidente turco i due
                   // Paesi hanno dato prova", "Según la ONU estos bombardeos … dejaron".)
                   && !(e > s + 1 && w.MentionAt[e] < 0 && (w.Cues[e] & (Cue.Det | Cue.Prep | Cue.Genitive | Cue.Relative | Cue.TargetPrep | Cue.Agent)) == Cue.Det && IsContent(w, e - 1) && !w.InTime[e - 1])
                   && !(e > s && w.MentionAt[e] < 0 && (w.Cues[e] & (Cue.Aux | Cue.Det)) == Cue.Aux && e + 1 < w.To && (w.Cues[e + 1] & Cue.Participle) != 0)
                   && !(e > s && (w.Cues[e] & (Cue.Locative | Cue.Genitive | Cue.Det | Cue.TargetPrep)) == Cue.Locative && e + 1 < w.To && (w.Cues[e + 1] & Cue.Det) != 0 && w.MentionAt[e] < 0)) e++;
            while (e > s && tokens[e - 1].Kind == TokenKind.Punctuation && w.Doc.Text[tokens[e - 1].Start] is '.' or '-' or '–' or '—') e--; // "según la Fiscalía." ends on its word
            // (Without the times that close it: "según han manifestado funcionarios estadounidenses este viernes".)
            if (e > s && w.InTime[e - 1] && w.MentionAt[e - 1] < 0)
            {
                while (e > s && w.InTime[e - 1] && w.MentionAt[e - 1] < 0) e--;
                while (e > s && w.MentionAt[e - 1] < 0 && (w.Cues[e - 1] & (Cue.Prep | Cue.Genitive | Cue.Det)) != 0) e--; // "… de 2009"
            }
            if (e == s) continue;
            // "Secondo l'Alto commissario dell'Onu per i diritti umani, Volker Türk, …": the name in apposition is the source,
            // and part of the attribution (no subject of the claim).
            if (e + 2 < w.To && PersonAfterComma(w, e, out int pe) is { } named && pe + 1 < w.To && IsPunct(w, pe + 1, ','))
                return new Attribution(named, first, pe, -1, false);
            var arg = ArgumentInside(w, s, e - 1);
            return new Attribution(arg, first, e - 1, -1, false);
        }
        for (int t = w.From; t < w.To; t++)
        {
            if ((w.Cues[t] & Cue.Speech) == 0 || InsideName(w, t)) continue; // "the United States" says nothing
            // (Nor a first person after "según" — "según creemos", inside a quote: whoever says the sentence, told by its own verb of saying.)
            if ((w.Marks[t] & Mark.Person1) != 0 && PrevWord(w, t) is int accordingTo and >= 0 && (w.Cues[accordingTo] & Cue.Report) != 0) continue;
            // (Nor a verb of saying that opens a longer trigger: "declaró … el estado de emergencia" declares no claim.)
            if (w.Matches.Exists(x => x.Pattern.Type is not null && x.First == t && x.Last > t)) continue;
            // (Nor a participle that qualifies a thing before its preposition: "The atrocities reported in El Fasher must stop".)
            if ((w.Cues[t] & Cue.Participle) != 0 && PrevWord(w, t) is int thing and >= 0 && IsLowerContentWord(w, thing) && (w.Cues[thing] & (Cue.Actor | VerbForms | Cue.Aux)) == 0
                && t + 1 < w.To && (w.Cues[t + 1] & (Cue.Prep | Cue.Det)) == Cue.Prep && w.MentionAt[thing] < 0) continue;
            int group = VerbGroupStart(w, t, nominal: false);
            // (Nor a thing that states in a relative clause: "firmó un decreto que declara la existencia de un conflicto" — the
            // decree is no speaker of what follows.)
            if (PrevWord(w, group) is int thatAt and >= 0 && (w.Cues[thatAt] & (Cue.Relative | Cue.Det)) == Cue.Relative && PrevWord(w, thatAt) is int stating and >= 0
                && IsLowerContentWord(w, stating) && (w.Cues[stating] & (Cue.Actor | VerbForms | Cue.Speech | Cue.Past | Cue.Participle)) == 0) continue;
            // (A denied verb of saying says nothing: "n'a pas commenté l'attaque", "did not comment on".)
            int sayStart = t;
            while (sayStart > w.From && (w.Cues[sayStart - 1] & Cue.Speech) != 0 && w.MentionAt[sayStart - 1] < 0) sayStart--;
            int sayGroup = sayStart == t ? group : VerbGroupStart(w, sayStart, nominal: false);
            if (CueAmong(w, sayGroup, sayStart, Cue.Negation) && !w.Matches.Exists(x => x.Pattern.Type is not null && x.First <= t && x.Last >= t)) continue;
            // "ha respinto le accuse, affermando che …", "denied the accusations, saying …": a gerund of saying after a comma is
            // said by the subject of the clause before it, never by a name after it.
            if ((w.Cues[t] & Cue.Gerund) != 0 && IsPunct(w, group - 1, ','))
            {
                if (OpeningSubject(w, group) is { } sayer) return new Attribution(sayer, -1, -1, t, false);
                continue;
            }
            // … and one right after a verb by that verb's subject: "Bashar al Assad, quien reaccionó señalando: …".
            if ((w.Cues[t] & Cue.Gerund) != 0 && PrevWord(w, group) is int saidAfter and >= 0 && (w.Cues[saidAfter] & (Cue.Verb | Cue.Past | Cue.Participle)) != 0)
            {
                if (FindSubject(w, VerbGroupStart(w, saidAfter, nominal: false), null) is [var reacting, ..]) return new Attribution(reacting, -1, -1, t, false);
                continue;
            }
            // "“…”, ha affermato il Cremlino": after a quote or a comma the speaker follows the verb — unless the comma closes a
            // name in apposition ("El líder del PP, Alberto Núñez Feijóo, aseguró").
            if (AppositionHead(w, group) is { Id: not null } apposed) return new Attribution(apposed, -1, -1, t, false);
            // … or the name in apposition after a description: "A spokesman for the junta, Colonel Amadou Abdramane, said".
            if (IsPunct(w, group - 1, ',') && ApposedNameBefore(w, group - 1) is { } apposedName) return new Attribution(apposedName, -1, -1, t, false);
            // (Not a comma that closes a relative clause after the subject: "Lai, who took office on Monday, said".)
            // (An aside after the sentence's object is no subject's: "… y detuvo a 400 activistas, entre ellos Greta Thunberg,
            // informó el Ministerio".)
            bool postposed = group - 1 >= w.From && tokens[group - 1].Kind == TokenKind.Punctuation
                             && !(IsPunct(w, group - 1, ',') && RelativeClauseOpening(w, group - 1, w.From) is int aside && !VerbIn(w, w.From, aside));
            // "… e ha accusato la Nato": a coordinated verb shares the first one's subject; what follows it is its object.
            int coord = (w.Cues[group] & Cue.Coord) != 0 ? group : group - 1;
            if (!postposed && coord >= w.From && CoordinatedVerbGroup(w, coord))
            {
                // … unless the subject before the first verb is found ("Pushilin ha proclamato … e ha detto: «…»") — that verb's
                // own, not its object's name ("Tajani … ha incontrato il suo omologo Badr Abdelatty e ha annunciato che …").
                int firstVerb = VerbBefore(w, coord);
                var shared = firstVerb >= w.From && FindSubject(w, VerbGroupStart(w, firstVerb, nominal: false), null) is [{ Id: not null }, ..] own ? own : FindSubject(w, group, null);
                if (shared.Count > 0 && shared[0].Id is not null && shared[0].End <= tokens[coord].Start) return new Attribution(shared[0], -1, -1, t, false);
                continue;
            }
            var subject = postposed ? [] : FindSubject(w, group, null);
            // "…, U.S. President Joe Biden said": a reporting clause after a comma closes the sentence and covers what came before.
            bool closing = subject.Count > 0 && ReportingClauseOpens(w, TokenAt(tokens, subject[0].Start)) && ClauseEndsAfter(w, t);
            if (subject.Count > 0 && subject[0].Id is not null) return new Attribution(subject[0], -1, -1, t, closing);
            // Postposed subject: "ha affermato il Cremlino", "dijo el portavoz" (after the whole verb: "ha denunciato la segretaria").
            int said = t;
            while (said + 1 < w.To && (w.Cues[said + 1] & Cue.Speech) != 0 && w.MentionAt[said + 1] < 0) said++;
            // (Past where it said so, when the speaker closes the sentence: "afirmó en un comunicado el portavoz", "a déclaré dans un
            // communiqué le ministère".)
            int anchor = postposed ? MediumAfter(w, said + 1) - 1 : said;
            for (int r = anchor + 1; r < Math.Min(w.To, anchor + 6); r++)
            {
                // (Not past "che"/"que"/"that": "afferma che oltre 39.000 palestinesi sono stati uccisi" — what is said.)
                if (tokens[r].Kind == TokenKind.Punctuation || (w.Cues[r] & (Cue.Relative | Cue.Det)) == Cue.Relative) break;
                // A described speaker closing the sentence: "…, acusó la policía al anochecer".
                if (postposed && r == anchor + 2 && w.MentionAt[r] < 0 && (w.Cues[r] & Cue.Actor) != 0 && !w.InTime[r] && (w.Cues[r - 1] & (Cue.Det | Cue.TargetPrep | Cue.Prep)) == Cue.Det
                    // (Not from the verb's own words: "ha dicho el portavoz" — "dicho" is a determiner too.)
                    && DescriptionAround(w, r, Math.Min(w.To, anchor + 8)) is { } around
                    && (TokenAt(tokens, around.Start) > said ? around : DescribedArgument(w, said + 1, TokenAt(tokens, around.End - 1))) is { } described
                    && !ObjectOfAccusation(w, r, TokenAt(tokens, described.End - 1)))
                {
                    // (… and the name apposed to it: "a annoncé la présidente de la Commission, Ursula von der Leyen".)
                    return new Attribution(PersonAfterComma(w, TokenAt(tokens, described.End - 1) + 1, out _) ?? PersonNamedLast(w, described), -1, -1, said, true);
                }
                if (w.MentionAt[r] >= 0)
                {
                    int mi = w.MentionAt[r], last = NameEnd(w, r);
                    // The object of an accusation is no speaker: "a accusé Paris de vouloir", "acusó a Machado de promover".
                    if (ObjectOfAccusation(w, r, last)) break;
                    if (last + 1 < w.To && IsPossessive(w, last + 1)) break; // "confirmed Navalny's arrest": an object's owner
                    if (Argument(w, mi, r, last) is { } arg)
                    {
                        // (A nationality that qualifies an event names what is said or denounced, not who says it: "han denunciado
                        // el apoyo militar saudí".)
                        if (w.Doc.Mentions[mi].Rule == "demonym" && TriggerAt(w, SkipDets(w, TokenAt(tokens, arg.Start))) is not null) break;
                        // (Past where it was said: "advirtió en Trípoli Peter Bouckaert".)
                        if (IsPlainPlace(w, arg) && (MarkerBefore(w, r) & Cue.Locative) != 0) { r = last; continue; }
                        return new Attribution(arg, -1, -1, said, true);
                    }
                }
            }
            if (subject.Count > 0) return new Attribution(subject[0], -1, -1, t, closing);
            // A verb of saying that opens the sentence with no subject goes on with the previous sentence's named speaker, where
            // the language leaves subject pronouns out: "Lavrov declaró que … Añadió que Rusia …", "Ha aggiunto che …" (as a
            // pronoun does in French or English: "Il a ajouté que …"). (Not an impersonal or passive one: "Se informó que",
            // "Fue anunciado que"; nor one in the first person.)
            if (!postposed && w.Lex.NullSubject && w.Speaker is { } previousSpeaker && OpensSentence(w, group) && !CueAmong(w, w.From, t, Cue.Reflexive)
                && !FirstPersonGroup(w, group) && (w.Marks[t] & Mark.Person1) == 0 && !HasPassiveAux(w, t))
                return new Attribution(previousSpeaker, -1, -1, t, false);
        }
        return null;
    }

    /// <summary>Tokens [<paramref name="from"/>, <paramref name="to"/>) are a short adjunct of the noun before them: at most four
    /// words, each an adverb, an adjective, a time, an article, a preposition of place with a place or a noun, or a verb of
    /// occurring — "los enfrentamientos en el sur entre el Ejército y …", "scontri molto violenti tra …", "des combats se
    /// déroulent toujours entre …" (no trigger, verb, name of an actor or punctuation: the "between" is still the noun's).</summary>
    private static bool AdjunctOnly(Work w, int from, int to)
    {
        if (to - from > 4) return false;
        for (int t = from; t < to; t++)
        {
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || (w.Cues[t] & (Cue.Coord | Cue.Relative | Cue.Between)) != 0) return false;
            if ((w.Marks[t] & Mark.Occur) != 0 || (w.Cues[t] & Cue.Reflexive) != 0) continue;
            if (TriggerAt(w, t) is not null) return false;
            if (w.MentionAt[t] >= 0) { if (w.Doc.Mentions[w.MentionAt[t]].Type == EntityType.Loc) continue; return false; }
            if (IsAdverb(w, t) || w.InTime[t] || (w.Cues[t] & (Cue.Locative | Cue.Det)) != 0) continue;
            if (!IsLowerContentWord(w, t) || (w.Cues[t] & (AnyVerbForm | Cue.Actor | Cue.Aux)) != 0) return false;
        }
        return true;
    }

    /// <summary>The first word at or after <paramref name="t"/> past at most two adjectives and their intensifiers (lower-case
    /// words that are no verb form, trigger, name or noun for people): "violenti", "molto violenti".</summary>
    private static int PastAdjectives(Work w, int t)
    {
        for (int n = 0; n < 2 && t < w.To && w.MentionAt[t] < 0 && TriggerAt(w, t) is null
             && (IsAdverb(w, t) || IsLowerContentWord(w, t) && (w.Cues[t] & (AnyVerbForm | Cue.Actor | Cue.Aux)) == 0); n++) t++;
        return t;
    }

    /// <summary>A name stands in the party that opens at <paramref name="from"/>, up to a conjunction or punctuation.</summary>
    private static bool NamedInParty(Work w, int from, int end)
    {
        for (int t = from; t < end && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & Cue.Coord) == 0; t++)
            if (w.MentionAt[t] >= 0) return true;
        return false;
    }

    /// <summary>The token after a short prepositional phrase of a common noun at <paramref name="t"/> that an article follows ("en un
    /// comunicado el …", "in una nota il …", "in a statement the …"); else <paramref name="t"/>.</summary>
    private static int MediumAfter(Work w, int t)
    {
        if (t >= w.To || (w.Cues[t] & (Cue.Prep | Cue.Agent | Cue.Genitive)) != Cue.Prep || w.Doc.Tokens[t].Kind != TokenKind.Word) return t;
        int k = t + 1;
        // (An article, no possessive: "ont accusé à leur tour le voisin irakien" — what follows is the object.)
        if (k < w.To && IsArticle(w, k) && (w.Cues[k] & Cue.Own) == 0) k++;
        // ("comunicado", "communiqué" are participles too.)
        if (k >= w.To || !IsLowerContentWord(w, k) || w.MentionAt[k] >= 0 || w.InTime[k] || (w.Cues[k] & (Cue.Actor | VerbForms | Cue.Gerund | Cue.Past)) != 0) return t;
        // ("en rueda de prensa el …", "lors d'une conférence de presse le …".)
        if (k + 2 < w.To && (w.Cues[k + 1] & (Cue.Genitive | Cue.Det)) == Cue.Genitive && IsLowerContentWord(w, k + 2) && w.MentionAt[k + 2] < 0
            && (w.Cues[k + 2] & (Cue.Actor | VerbForms | Cue.Gerund | Cue.Past)) == 0) k += 2;
        return k + 1 < w.To && IsArticle(w, k + 1) ? k + 1 : t;
    }

    /// <summary>A person's name (with its titles and their article) between two commas, the first after a description: the name, or null.</summary>
    private static EventArgument? ApposedNameBefore(Work w, int comma)
    {
        int last = comma - 1;
        if (last < w.From || w.MentionAt[last] is not (var mi and >= 0) || w.Doc.Mentions[mi].Type != EntityType.Per) return null;
        int first = NameStart(w, last), k = first - 1;
        int titles = 0;
        for (; titles < 3 && k >= w.From && w.MentionAt[k] < 0 && (w.Cues[k] & (Cue.Title | Cue.Actor)) != 0; titles++) k--;
        if (titles > 0 && k >= w.From && IsArticle(w, k)) k--; // "Il portavoce delle forze armate, il generale Ahmed Sharif Chaudhry,"
        if (k - 1 < w.From || !IsPunct(w, k, ',') || !(IsContent(w, k - 1) || w.MentionAt[k - 1] >= 0)) return null;
        return Argument(w, mi, first, last);
    }

    /// <summary>Only times (and their prepositions) between the verb at <paramref name="t"/> and the end of its sentence or the
    /// next punctuation: "…, officials said on Tuesday." (not "Feijóo, aseguró que …").</summary>
    private static bool ClauseEndsAfter(Work w, int t)
    {
        int k = t + 1;
        // (Past the people told: "…, the spy agency told lawmakers on Wednesday", "dijo a la prensa".)
        int told = k;
        while (told < w.To && told < k + 3 && (w.Cues[told] & (Cue.Det | Cue.TargetPrep)) != 0 && w.MentionAt[told] < 0) told++;
        if (told < w.To && (w.Cues[told] & Cue.Actor) != 0 && w.MentionAt[told] < 0) k = told + 1;
        // (… or the outlet or body named right after: "an Egyptian official told Reuters".)
        else if (told == k && told < w.To && w.MentionAt[told] >= 0 && w.Doc.Mentions[w.MentionAt[told]].Type == EntityType.Org) k = NameEnd(w, told) + 1;
        while (k < w.To && (w.InTime[k] || (w.Cues[k] & Cue.Prep) != 0 && k + 1 < w.To && w.InTime[k + 1])) k++;
        return k >= w.To || w.Doc.Tokens[k].Kind == TokenKind.Punctuation && !IsQuote(w.Doc.Text[w.Doc.Tokens[k].Start]);
    }

    /// <summary>A comma or a closing quote right before the speaker at <paramref name="first"/> and its title ("…, U.S.
    /// President Joe Biden said", "…,” the ministry said").</summary>
    private static bool ReportingClauseOpens(Work w, int first)
    {
        int b = first - 1;
        for (int words = 0; words < 5 && b > w.From && (w.MentionAt[b] >= 0 || (w.Cues[b] & (Cue.Actor | Cue.Det)) != 0); words++) b--;
        return b > w.From && w.Doc.Tokens[b].Kind == TokenKind.Punctuation && (w.Doc.Text[w.Doc.Tokens[b].Start] == ',' || IsQuote(w.Doc.Text[w.Doc.Tokens[b].Start]));
    }

    /// <summary>A name after a target preposition ("acusó a Machado"), or followed by "de/di" and an infinitive ("accusé Paris de
    /// vouloir"): the verb's object.</summary>
    private static bool ObjectOfAccusation(Work w, int first, int last)
    {
        int before = first - 1;
        while (before >= w.From && (w.Cues[before] & Cue.Det) != 0 && (w.Cues[before] & (Cue.TargetPrep | Cue.Agent)) == 0) before--;
        if (before >= w.From && (w.Cues[before] & Cue.Agent) != 0 && (w.Cues[before] & Cue.TargetPrep) == 0) return false; // "es acusado por Estados Unidos de": the accuser
        // A target preposition that is not also a locative article ("a", "à", "contro"; not "alla", "al": "al Cairo" is a place).
        if (before >= w.From && (w.Cues[before] & Cue.TargetPrep) != 0 && ((w.Cues[before] & Cue.Locative) == 0 || (w.Cues[before] & Cue.Det) == 0)) return true;
        while (last + 1 < w.To && w.MentionAt[last + 1] < 0 && (w.Cues[last + 1] & Cue.Actor) != 0) last++; // "accused Cambodian troops of"
        if (last + 3 < w.To && IsPunct(w, last + 1, '(') && IsPunct(w, last + 3, ')')) last += 3; // "acusa al Consejo Nacional Electoral (CNE) de"
        return last + 2 < w.To && (w.Cues[last + 1] & Cue.Genitive) != 0 && (w.Cues[last + 2] & (Cue.Infinitive | Cue.Aux | Cue.Gerund)) != 0; // "accused X of firing"
    }

    /// <summary>What a relative after <paramref name="t"/> refers to: the name or noun phrase right before it (a comma between).</summary>
    private static EventArgument? Antecedent(Work w, int t)
    {
        int b = t - 1;
        if (b >= w.From && w.Doc.Tokens[b].Kind == TokenKind.Punctuation && w.Doc.Text[w.Doc.Tokens[b].Start] == ',') b--;
        if (b < w.From || w.Doc.Tokens[b].Kind != TokenKind.Word) return null;
        if (w.MentionAt[b] >= 0)
        {
            int a = b;
            while (a - 1 >= w.From && w.MentionAt[a - 1] == w.MentionAt[b]) a--;
            return Argument(w, w.MentionAt[b], a, b);
        }
        if (!IsLowerContentWord(w, b)) return null;
        // (With the noun an adjective after it qualifies: "media locali, secondo cui".)
        int n = b;
        while (n - 1 >= w.From && b - n < 2 && IsLowerContentWord(w, n - 1) && (w.Cues[n - 1] & (VerbForms | Cue.Participle | Cue.Past | Cue.Hedge | Cue.Speech)) == 0) n--;
        return ArgumentInside(w, NounPhraseStart(w, n), b);
    }

    /// <summary>The named subject of the sentence's verb of saying, if any.</summary>
    private static EventArgument? NamedSpeaker(Attribution? attribution) =>
        attribution is { SpeechToken: >= 0, Argument.Id: not null } said ? said.Argument : null;

    /// <summary>The attribution phrase as an argument: the first actor mentioned in it, named by the phrase itself unless the
    /// phrase is just the name.</summary>
    private static EventArgument ArgumentInside(Work w, int first, int last)
    {
        var tokens = w.Doc.Tokens;
        int s = tokens[first].Start, e = tokens[last].End;
        string text = w.Doc.Text[s..e];
        for (int t = first; t <= last; t++)
        {
            int mi = w.MentionAt[t];
            if (mi < 0 || !w.Entities.TryGetValue(w.Doc.Mentions[mi].EntityId, out var entity) || entity.Type == EntityType.Misc) continue;
            var mention = w.Doc.Mentions[mi];
            bool whole = mention.Start <= s && mention.End >= e;
            return new EventArgument(entity.Id, whole ? entity.Name : text, s, e, entity.Country);
        }
        return new EventArgument(null, text, s, e, null);
    }

    /// <summary>A negation word that negates: not "non" in "non solo … ma anche", "not only", nor in "no descarta" (a possibility).</summary>
    private static bool IsNegation(Work w, int t) =>
        (w.Cues[t] & (Cue.Negation | Cue.Possible)) == Cue.Negation && !(t + 1 < w.To && (w.Cues[t + 1] & Cue.Only) != 0);

    /// <summary>A negation in the verb group (or, for a bare noun, before the verb that governs it: "would not provide support",
    /// "no brindó apoyo"); <paramref name="tense"/> gets the cues of that verb group (future, conditional …).</summary>
    private static bool Negated(Work w, int groupStart, int trigger, out Cue tense)
    {
        tense = Cue.None;
        bool negated = false;
        // (Past the auxiliaries before the group: "no ha querido liberar", "non ha voluto".)
        int from = Math.Max(w.From, groupStart - 1);
        while (from > w.From && w.Doc.Tokens[from].Kind == TokenKind.Word && (w.Cues[from] & (Cue.Aux | Cue.Det)) == Cue.Aux && (w.Cues[from - 1] & (Cue.Aux | Cue.Negation)) != 0) from--;
        for (int t = from; t <= trigger; t++) { tense |= w.Cues[t]; negated |= t < trigger && IsNegation(w, t); }
        if (negated) return true;
        int v = PrevWord(w, groupStart);
        if (groupStart == trigger && v >= 0 && IsLowerContentWord(w, v) && ((w.Cues[v] & VerbForms) != 0 || (w.Cues[trigger] & VerbForms) == 0))
        {
            Cue before = w.Cues[v];
            for (int t = v - 1, steps = 0; t >= w.From && steps < 3 && w.Doc.Tokens[t].Kind == TokenKind.Word && (w.Cues[t] & (Cue.Aux | Cue.Negation | Cue.Conditional | Cue.Modal)) != 0; t--, steps++)
                before |= IsNegation(w, t) ? w.Cues[t] : w.Cues[t] & ~Cue.Negation;
            if ((before & Cue.Negation) != 0) { tense = before; return true; }
        }
        return false;
    }

    /// <summary>The subject before the verb group opens its clause with a word of nobody ("Ningún país", "Nessuno", "No country",
    /// "Ni Rusia ni China"): that word's index, else -1. Only names, articles, people and plain words between, at most four, and
    /// the clause opens there: after the sentence's start, a punctuation mark, a conjunction or a relative.</summary>
    private static int NegativeSubjectStart(Work w, int groupStart)
    {
        bool OpensAfter(int b) => b < w.From || w.Doc.Tokens[b].Kind == TokenKind.Punctuation || (w.Cues[b] & (Cue.Coord | Cue.Relative)) != 0;
        // (The word may open the verb group itself, as its negation: "«Nessuno ha ucciso di più»".)
        if ((w.Marks[groupStart] & Mark.Nobody) != 0 && OpensAfter(groupStart - 1)) return groupStart;
        int first = -1, t = groupStart - 1;
        for (; t >= w.From && t >= groupStart - 5; t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation || (w.Marks[t] & Mark.Nobody) == 0 && (w.Cues[t] & (Cue.Coord | Cue.Relative)) != 0) break;
            if (w.MentionAt[t] < 0 && (w.Cues[t] & (VerbForms | Cue.Participle | Cue.Infinitive | Cue.Gerund | Cue.Aux | Cue.Speech | Cue.Adverb)) != 0 && (w.Marks[t] & Mark.Nobody) == 0) return -1;
            first = t;
        }
        return first >= 0 && (w.Marks[first] & Mark.Nobody) != 0 && OpensAfter(t) ? first : -1;
    }

    /// <summary>A verb of planning or announcing in the past right after the group's negation: "no había anunciado la liberación"
    /// (not "ha deciso di non prorogare il cessate il fuoco", whose negation is the decision's content).</summary>
    private static bool NegatedPastPlan(Work w, int groupStart, int trigger)
    {
        int t = trigger - 1;
        while (t >= Math.Max(w.From, groupStart - 3) && !IsNegation(w, t)) t--;
        return t >= w.From && IsNegation(w, t)
               && AnyBetween(w, t, trigger, static (w, k) => (w.Cues[k] & Cue.Plan) != 0 && (w.Cues[k] & (Cue.Past | Cue.Participle)) != 0);
    }

    /// <summary>"se/si/if" opening the clause of the trigger.</summary>
    private static bool IfClause(Work w, int trigger)
    {
        for (int t = trigger - 1; t >= Math.Max(w.From, trigger - 8); t--)
        {
            if (w.Doc.Tokens[t].Kind == TokenKind.Punctuation) return false;
            if ((w.Cues[t] & Cue.Conditional_If) != 0) return true;
            // (A relative coordinated after the condition opens a clause of its own: "… si Asfura no ganaba y que días antes indultó".)
            if ((w.Cues[t] & Cue.Relative) != 0 && t > w.From && (w.Cues[t - 1] & Cue.Coord) != 0) return false;
        }
        return false;
    }

    // ---------------------------------------------------------------- when, how many

    /// <summary>The index of the first item of <paramref name="items"/> (in text order) that starts at or after
    /// <paramref name="offset"/> (binary search).</summary>
    private static int FirstFrom<T>(List<T> items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (start(items[mid]) < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>The sentence's dates and times with an interval, found once per sentence (by binary search: the document's
    /// times are in text order — a long page has thousands of times and of events).</summary>
    private static void SentenceDates(Work w)
    {
        w.SentenceDates.Clear();
        w.DatelineDate = null;
        var times = w.Doc.Times;
        // The dateline's day dates what the sentence tells when nothing else does, as the document's date would: "CARACAS,
        // Feb 1 (AP) - Venezuela released six Americans on Friday" is Friday's news.
        int from = w.From < w.To ? w.Doc.Tokens[w.From].Start : w.Sentence.Start;
        for (int i = FirstFrom(times, w.Sentence.Start, static t => t.Start); i < times.Count && times[i].Start < w.Sentence.End; i++)
        {
            var t = times[i];
            if (t.End > w.Sentence.End || t.Type is not (TimexType.Date or TimexType.Time)) continue;
            if (t.Start < from)
            {
                if (t.Type == TimexType.Date && EventDates.Interval(t.Value) is { } day && day.Start == day.End) w.DatelineDate = (day.Start, day.End);
                continue;
            }
            if (EventDates.Interval(t.Value) is { } iv) w.SentenceDates.Add((t, iv.Start, iv.End));
        }
        // "Argelia retiró entonces a su embajador", "l'allora governo", "at the time": with no date of its own, the sentence's
        // "then" is the last date told in the two sentences before (not "desde entonces", "da allora": since then; nor
        // "all'epoca di Ben Ali", "à l'époque des maquis").
        if (w.SentenceDates.Count == 0 && w.LastDate is { } last && last.Sentence >= w.SentenceIndex - 2)
            for (int t = w.From; t < w.To; t++)
                if ((w.Cues[t] & Cue.Then) != 0 && (t == w.From || (w.Cues[t - 1] & (Cue.Prep | Cue.Det)) == 0 || (w.Cues[t - 1] & Cue.Then) != 0))
                {
                    int cueEnd = t;
                    while (cueEnd + 1 < w.To && (w.Cues[cueEnd + 1] & Cue.Then) != 0) cueEnd++;
                    if (cueEnd + 1 < w.To && (w.Cues[cueEnd + 1] & Cue.Genitive) != 0) { t = cueEnd; continue; } // "all'epoca di Ben Ali": a time of its own
                    var tok = w.Doc.Tokens[t];
                    w.SentenceDates.Add((last.Time with { Start = tok.Start, End = tok.End, Rule = "then" }, last.Start, last.End));
                    return;
                }
        if (w.SentenceDates.Count > 0 && w.SentenceDates[^1] is var (time, start, end)) w.LastDate = (time, start, end, w.SentenceIndex);
    }

    private static EventDate? EventDateFor(Work w, LexiconMatch m, bool past = false, bool nominal = true, bool ownClause = false)
    {
        var doc = w.Doc;
        int triggerPos = doc.Tokens[m.First].Start;
        (TimeExpression Time, string Start, string End)? best = null;
        string? reportDay = doc.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        bool bestSince = false;
        int bestDistance = int.MaxValue;
        string? reported = past ? reportDay : null;
        foreach (var x in w.SentenceDates)
        {
            var t = x.Time;
            if (reported is not null && string.CompareOrdinal(x.Start, reported) > 0) continue; // a past event is not dated after its report
            if (t.Rule == "then" && !past) continue; // "que respalda al Frente Polisario, retiró entonces": the verb told in the past
            int at = TokenAt(doc.Tokens, t.Start);
            bool after = t.Start > triggerPos;
            // "a prolongé le couvre-feu jusqu'au 17 juin", "hasta el 31 de marzo": when the event's state ends, not its date.
            if (UntilBefore(w, at)) continue;
            // … and a past time after "since" is when a period began: the event lasts from it to the report ("murieron en los
            // bombardeos desde el 18 de febrero"), or, the first since then, happened at the report ("il primo attacco sulla
            // capitale da giugno").
            // (So is a past time in a clause that "since" opens before the event: "Da quando la Russia ha lanciato un'invasione …
            // nel febbraio 2022, la Corea del Nord ha inviato alla Russia migliaia di container" — sent over the period since.)
            bool since = (t.Start > triggerPos && at - 1 >= w.From && (w.Marks[at - 1] & Mark.Since) != 0 || t.End <= triggerPos && SinceClauseTime(w, at, m.First))
                         && reportDay is not null && string.CompareOrdinal(x.End, reportDay) < 0;
            if (since && FirstBefore(w, m.First)) continue;
            // A clause of time after the event ("fue anunciada después de que el Congreso censurara el lunes al ministro", "after
            // Tsai met McCarthy in April") tells when something before it happened, not when this did.
            if (after && TemporalClauseBetween(w, m.First, at)) continue;
            // … nor does one after a conjunction that opens another clause ("ont été tuées …, alors que le Conseil constitutionnel
            // a proclamé lundi", "mientras los sindicatos convocaron una huelga para el viernes").
            if (after && AnyBetween(w, m.Last, at, static (w, t) => (w.Cues[t] & Cue.Boundary) != 0 && (w.Cues[t] & (Cue.Relative | Cue.Prep)) == 0 && w.Doc.Tokens[t].Kind == TokenKind.Word)) continue;
            // A coordinated clause after the event is another event's ("invierà aiuti e che parteciperà alla conferenza il 10
            // luglio", "respaldó las medidas y anunció que desembolsará … en enero"): its date is not this one's.
            if (after && SiblingClauseBetween(w, m.First, at)) continue;
            // (Nor is a date of the complement clause before: "recordó que su Gobierno entregó en agosto a 26 presuntos
            // narcotraficantes y que la cooperación nunca ha sido tan estrecha".)
            // (Not a date before the first complement, which dates the saying and all it says: "al día siguiente el portavoz …
            // aseguró que … y que la negaba".)
            if (!after && AnyBetween(w, at, m.First, static (w, t) => CoordinatedComplement(w, t))
                && AnyBetween(w, w.From - 1, at, static (w, t) => (w.Cues[t] & (Cue.Relative | Cue.Det)) == Cue.Relative && w.Doc.Tokens[t].Kind == TokenKind.Word)) continue;
            // (A clause that opens with its time after a comma and a conjunction too: "…, and last week he doubled tariffs".)
            if (after && at - 2 > m.Last && (w.Cues[at - 1] & Cue.Coord) != 0 && IsPunct(w, at - 2, ',')) continue;
            // A fronted clause of concession dates its own verb: "Aunque su último encuentro fue en 2019, las posibilidades de una
            // reunión …" (a clause of time, "cuando", dates the main clause too).
            if (!after && FrontedClauseTime(w, at, m.First)) continue;
            // A relative clause or participle phrase between commas says when its own verb happened: "Lai, who took office on
            // Monday, vowed to defend", "Los militares, llegados al poder en 2023, anunciaron" — never the sentence's event.
            if (t.End <= triggerPos && InAside(w, at, m.First)) continue;
            // … nor does a subordinate clause of the first verb for a verb coordinated with it: "said she would not step down when
            // her term ends this month and accused the government".
            if (!after && SubordinateClauseOfEarlierVerb(w, at, m.First)) continue;
            // A bare participle after a noun between the verb and the expression dates that noun ("exigió que retire el
            // proyecto enviado al Congreso el mes pasado", "ha criticato l'accordo firmato ieri"), not the verb's event.
            // (For a noun, one in apposition to a later noun: "il corteo … per le vittime del crollo …, avvenuto lo scorso novembre".)
            // (… and past a gerund or a relative, any participle: "ha ordinato attacchi accusando Hamas di aver violato l'accordo entrato
            // in vigore il 10 ottobre", "Israel's attacks, which he said violated the ceasefire brokered … a year ago".)
            if (after && (!nominal && ParticipleBetween(w, m.Last + 1, at) || nominal && ParticipleBetween(w, m.Last + 2, at, appositionOnly: !CueAmong(w, m.Last + 1, at, Cue.Gerund | Cue.Relative)))) continue;
            // (… before the verb too: "ha condannato la violazione del cessate il fuoco entrato in vigore nel novembre 2024 e ha
            // chiesto …" — the truce's date, not the request's.)
            if (!after && !InAside(w, at, m.First) && ParticipleBetween(w, Math.Max(w.From, at - 4), at) && !AnyBetween(w, Math.Max(w.From, at - 5), at, static (w, u) => w.Doc.Tokens[u].Kind == TokenKind.Punctuation)) continue;
            // The date of another event noun ("Depuis le coup d'État du 26 juillet 2023, les militaires ont rompu avec Paris",
            // "tras el ataque del lunes", "the 2015 nuclear deal") is that event's alone.
            if (DatesEventNoun(w, at, m)) continue;
            // A relative clause about a person after the event ("the release of Leonard Francis, a contractor who fled … in 2022")
            // tells that person's story, not the event's time.
            if (after && PersonRelativeBetween(w, m.Last + 1, at)) continue;
            // … nor one about a place after it: "ordenó el envío de militares a la zona, donde el Ejército ya había reforzado su
            // presencia el pasado diciembre".
            if (after && CueAmong(w, m.Last + 1, at, Cue.Where)) continue;
            // … nor one in a relative clause about the object of a later verb: "The ceasefire, brokered by Egypt and Qatar, halted
            // 15 months of fighting that began … on Oct. 7, 2023".
            if (after && RelativeAfterVerb(w, m.Last + 1, at)) continue;
            // … nor is a verb dated by the time of its infinitive complement: "acusa de obstruir unas elecciones el pasado 28 de
            // julio" (with the infinitive's object between: "a partire dall'ottobre 2024" is a preposition).
            if (after && !nominal && InfinitiveFrom(w, m.Last + 1, at) is int inf && ContentBetween(w, inf + 1, at)) continue;
            int d = t.Start >= triggerPos ? t.Start - triggerPos : triggerPos - t.End + 8; // ties go to the expression after the verb
            // An expression of another clause ("ha annunciato oggi che Putin visiterà … il 18 luglio") dates this one only
            // when its own clause has none; after the trigger, a relative clause describes the event ("un bombardamento che si
            // è verificato ieri sera"), a clause boundary still ends it.
            // (So is one right after a verb of saying before the event, with no complementizer: "said on Friday he would meet".)
            if (ClauseBetween(w, Math.Min(t.End, triggerPos), Math.Max(t.Start, triggerPos), relatives: t.Start < triggerPos) || !after && DatesSaying(w, at, m.First))
            {
                if (ownClause) continue;
                d += 100_000;
            }
            if (d < bestDistance) { best = x; bestDistance = d; bestSince = since; }
        }
        if (best is { } b) return new EventDate(b.Start, bestSince ? reportDay! : b.End, b.Time.Value, false);
        if (w.DatelineDate is { } dl) return new EventDate(dl.Start, dl.End, null, true);
        if (doc.ReferenceDate is { } rd)
        {
            string day = rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return new EventDate(day, day, null, true);
        }
        return null;
    }

    /// <summary>The time expression at <paramref name="at"/> follows a verb of saying (past its preposition) that is no event
    /// and comes before <paramref name="trigger"/>: "said on Friday he would meet".</summary>
    private static bool DatesSaying(Work w, int at, int trigger)
    {
        int sp = PrevWord(w, at);
        if (sp >= 0 && (w.Cues[sp] & Cue.Prep) != 0 && !w.InTime[sp]) sp = PrevWord(w, sp);
        return sp >= 0 && sp < trigger && (w.Cues[sp] & (Cue.Speech | Cue.Plan)) == Cue.Speech && TriggerAt(w, sp) is null;
    }

    /// <summary>Among tokens [from, to) a relative pronoun whose antecedent is a person or a group of people.</summary>
    private static bool PersonRelativeBetween(Work w, int from, int to)
    {
        for (int t = from; t < to; t++)
            if ((w.Cues[t] & Cue.Relative) != 0 && (w.Cues[t] & Cue.Where) == 0 && w.Doc.Tokens[t].Kind == TokenKind.Word && t > from
                && AntecedentOf(w, t) is { } antecedent && IsPersonLike(w, antecedent)) return true;
        return false;
    }

    /// <summary>The token <paramref name="time"/> stands in a clause that "since" opens (<see cref="Mark.Since"/> followed by
    /// a verb before the time: "Da quando la Russia ha lanciato …", "Desde que", "Since Russia launched …"), which a comma
    /// ends before <paramref name="trigger"/>.</summary>
    private static bool SinceClauseTime(Work w, int time, int trigger)
    {
        int b = ClauseOpener(w, time, Mark.Since, 16);
        if (b < 0 || !VerbIn(w, b + 1, time - 1)) return false;
        while (b > w.From && (w.Marks[b - 1] & Mark.Since) != 0) b--; // "fin da", "sin da"
        if (b > w.From && !IsPunct(w, b - 1, ',')) return false; // the clause opens the sentence or follows a comma
        return AnyBetween(w, time, trigger, static (w, t) => IsPunct(w, t, ','));
    }

    /// <summary>The token <paramref name="time"/> stands in a clause that opens with a concessive conjunction
    /// (<see cref="Mark.Concessive"/>: "aunque", "although", "anche se"), has a verb of its own and ends with a comma before
    /// <paramref name="trigger"/>.</summary>
    // (One comma only between the time and the trigger, not right after a conjunction: "Aunque el 6 de abril la Casa Blanca
    // sorprendió a muchos cuando, por primera vez, ordenó un ataque" — the attack is still the concession's.)
    private static bool FrontedClauseTime(Work w, int time, int trigger)
    {
        if (!InConcessiveClause(w, time, out int b)) return false;
        int comma = time + 1;
        while (comma < trigger && !IsPunct(w, comma, ',')) comma++;
        return comma < trigger && !AnyBetween(w, comma, trigger, static (w, t) => IsPunct(w, t, ','))
               && (w.Cues[comma - 1] & Cue.Boundary) == 0 && VerbIn(w, b + 1, comma - 1);
    }

    /// <summary>The token <paramref name="t"/> follows a concessive conjunction (<see cref="Mark.Concessive"/>) with no comma
    /// or other conjunction between: "Aunque su último encuentro".</summary>
    private static bool InConcessiveClause(Work w, int t) => InConcessiveClause(w, t, out _);

    private static bool InConcessiveClause(Work w, int t, out int conjunction) => (conjunction = ClauseOpener(w, t, Mark.Concessive, int.MaxValue)) >= 0;

    /// <summary>The word marked <paramref name="mark"/> that opens the clause of token <paramref name="t"/> (at most
    /// <paramref name="maxWords"/> back, no comma or other conjunction between; a conjunction right after it belongs to it:
    /// "da quando", "depuis que"), else -1.</summary>
    private static int ClauseOpener(Work w, int t, Mark mark, int maxWords)
    {
        int b = t - 1;
        while (b >= w.From && t - b <= maxWords && (w.Marks[b] & mark) == 0 && (w.Cues[b] & Cue.Boundary) == 0 && !IsPunct(w, b, ',')) b--;
        if (b > w.From && (w.Marks[b] & mark) == 0 && (w.Cues[b] & Cue.Boundary) != 0 && (w.Marks[b - 1] & mark) != 0) b--;
        return b >= w.From && (w.Marks[b] & mark) != 0 ? b : -1;
    }

    /// <summary>The token <paramref name="time"/> stands in a clause of time (<see cref="Mark.When"/>: "when", "cuando",
    /// "lorsque", at most eight words before it, no comma or relative between) that follows a verb, and a conjunction between it
    /// and <paramref name="trigger"/> joins the trigger to that verb.</summary>
    private static bool SubordinateClauseOfEarlierVerb(Work w, int time, int trigger)
    {
        int b = time - 1;
        while (b > w.From && time - b <= 8 && (w.Marks[b] & Mark.When) == 0 && (w.Cues[b] & (Cue.Relative | Cue.Boundary)) == 0 && !IsPunct(w, b, ',')) b--;
        if (b <= w.From || (w.Marks[b] & Mark.When) == 0 || !VerbIn(w, w.From, b - 1) || CueAmong(w, time + 1, trigger, Cue.Boundary)) return false;
        if (MarkAmong(w, time + 1, trigger, Mark.When)) return false; // (the trigger in a clause of time of its own)
        return CueAmong(w, time + 1, trigger, Cue.Coord);
    }

    /// <summary>Among tokens (from, to) a temporal conjunction: a temporal word that opens a clause ("después de que", "after"
    /// before a name and a verb), not a preposition before a noun ("tras el ataque").</summary>
    private static bool TemporalClauseBetween(Work w, int from, int to)
    {
        for (int t = from + 1; t < to; t++)
            if ((w.Cues[t] & Cue.Temporal) != 0 && (w.Cues[t] & Cue.Boundary) != 0
                && (VerbIn(w, t + 1, to - 1) || t + 2 < to && ((w.Cues[t + 1] & Cue.Relative) != 0 || (w.Cues[t + 2] & Cue.Relative) != 0))) return true;
        return false;
    }

    /// <summary>Among tokens [from, to) a name or a word with one of <paramref name="nouns"/> (titles and nouns for people unless said).</summary>
    private static bool TitledBetween(Work w, int from, int to, Cue nouns = Cue.Actor | Cue.Title)
    {
        for (int t = from; t < to; t++)
            // (A demonym is no title of its own: "il segretario di Stato americano Marco Rubio".)
            if ((w.Cues[t] & nouns) != 0 || w.MentionAt[t] >= 0 && !(nouns == Cue.Title && w.Doc.Mentions[w.MentionAt[t]].Rule == "demonym")) return true;
        return false;
    }

    /// <summary>A relative pronoun right before <paramref name="t"/> (a comma between allowed: "que según", "which, according
    /// to"), after <paramref name="after"/>.</summary>
    private static bool RelativeRightBefore(Work w, int t, int after)
    {
        int p = t - 1;
        if (p > after && IsPunct(w, p, ',')) p--;
        return p > after && w.Doc.Tokens[p].Kind == TokenKind.Word && (w.Cues[p] & Cue.Relative) != 0;
    }

    /// <summary>The token <paramref name="t"/> stands in a relative clause or participle phrase between commas that closes
    /// before <paramref name="trigger"/>.</summary>
    private static bool InAside(Work w, int t, int trigger) => AsideClosing(w, t, trigger) is not null;

    /// <summary>The comma that closes the "including …" aside opening at <paramref name="including"/> (within a dozen words, no
    /// other punctuation before it), or null.</summary>
    private static int? IncludingClose(Work w, int including)
    {
        for (int c = including + 1; c < w.To && c <= including + 12; c++)
        {
            if (w.Doc.Tokens[c].Kind != TokenKind.Punctuation || IsQuoteMark(w, c)) continue;
            return IsPunct(w, c, ',') ? c : null;
        }
        return null;
    }

    /// <summary>The comma that closes the relative clause or participle phrase the token <paramref name="t"/> stands in, when it
    /// closes before <paramref name="before"/>; else null.</summary>
    private static int? AsideClosing(Work w, int t, int before)
    {
        for (int c = t + 1; c < before; c++)
            if (IsPunct(w, c, ',') && !w.InTime[c])
                return RelativeClauseOpening(w, c, w.From) is int open && open < t || PrepositionalAsideOpening(w, c) is int po && po < t ? c : null;
        return null;
    }

    /// <summary>The token at <paramref name="close"/> closes a parenthesis around one word, after at least one word of the
    /// sentence: "(CNID)" in "… d'initiative démocratique (CNID),", "(OEA)" after "Estados Americanos".</summary>
    private static bool OneWordInParentheses(Work w, int close) => IsPunct(w, close, ')') && close - 2 > w.From && IsPunct(w, close - 2, '(');

    /// <summary>The comma that opens a prepositional phrase between commas after a name, closed by the comma at
    /// <paramref name="close"/> ("Les FSR, en guerre contre l'armée depuis avril 2023, ont affirmé"): no verb inside; else null.</summary>
    private static int? PrepositionalAsideOpening(Work w, int close)
    {
        for (int o = close - 2; o > w.From && close - o <= 12; o--)
        {
            if (w.Doc.Tokens[o].Kind != TokenKind.Punctuation) continue;
            if (!IsPunct(w, o, ',')) return null;
            // (After the clause's subject, not after an opening place: "En Alepo, a comienzos de febrero de 2012, 28 personas".)
            int name = OneWordInParentheses(w, o - 1) ? o - 4 : o - 1;
            bool afterName = w.MentionAt[name] >= 0 && (MarkerBefore(w, NameStart(w, name)) & (Cue.Prep | Cue.Genitive | Cue.Locative)) == 0;
            // (A word that reads as a verb form but is also a preposition or a noun is none: "depuis", "armée"; nor a clitic.)
            // (Not a time alone: "Quando hanno conquistato Idlib, a marzo, i ribelli".)
            return afterName && (w.Cues[o + 1] & (Cue.Prep | Cue.Genitive | Cue.Det)) == Cue.Prep && w.MentionAt[o + 1] < 0 && !w.InTime[o + 1]
                   && AnyBetween(w, o + 1, close, static (w, u) => !w.InTime[u] && (IsContent(w, u) || w.MentionAt[u] >= 0))
                   && !AnyBetween(w, o, close, static (w, u) => w.MentionAt[u] < 0 && (w.Cues[u] & (Cue.Verb | Cue.Past | Cue.Participle | Cue.Gerund)) != 0
                                                             && (w.Cues[u] & (Cue.Prep | Cue.Noun | Cue.Actor | Cue.Det)) == 0) ? o : null;
        }
        return null;
    }

    /// <summary>The time at token <paramref name="t"/> is the genitive of another trigger that is a noun ("le coup d'État du 26
    /// juillet", "el ataque del lunes", "the attack of June 3").</summary>
    private static bool DatesEventNoun(Work w, int t, LexiconMatch m)
    {
        // Before it, as its modifier: "the 2015 nuclear deal", "the 2021 coup", "the 2024 elections".
        int end = t;
        while (end + 1 < w.To && w.InTime[end + 1]) end++;
        for (int k = end + 1; k < w.To && k <= end + 2; k++)
        {
            if (OtherEventNoun(w, k, m, first: true) && (w.Cues[k] & (VerbForms | Cue.Past | Cue.Gerund)) == 0)
                return (w.Cues[t] & Cue.Det) != 0 || t > w.From && (w.Cues[t - 1] & Cue.Det) != 0 || w.Doc.Tokens[t].Kind == TokenKind.Number;
            if (!IsLowerContentWord(w, k)) break;
        }
        int p = (w.Cues[t] & Cue.Genitive) != 0 ? t : t - 1; // the expression may open with its "del"
        while (p >= w.From && (w.Cues[p] & (Cue.Det | Cue.Genitive)) == Cue.Det) p--; // "du", "del" are both; "de l'"
        // … or with "in" right after that noun, or after its place: "the start of the war in February 2022", "la guerre à Gaza
        // en octobre 2023".
        if (p >= w.From && (w.Cues[p] & (Cue.Locative | Cue.Genitive)) == Cue.Locative && p - 1 >= w.From)
        {
            int b = p - 1;
            if (w.MentionAt[b] >= 0 && NameStart(w, b) - 1 is int lb && lb > w.From && (w.Cues[lb] & Cue.Locative) != 0) b = lb - 1;
            return OtherEventNoun(w, b, m, first: false);
        }
        if (p < w.From || (w.Cues[p] & Cue.Genitive) == 0) return false;
        int q = p - 1;
        // … past the noun's own agent: "los atentados de Hamás del 7 de octubre", "l'attacco missilistico iraniano del primo ottobre".
        if (q >= w.From && w.MentionAt[q] >= 0)
        {
            int mq = w.MentionAt[q];
            bool demonym = w.Doc.Mentions[mq].Rule == "demonym";
            while (q >= w.From && w.MentionAt[q] == mq) q--;
            if (demonym)
                for (int adjectives = 0; adjectives < 2 && q >= w.From && IsLowerContentWord(w, q) && !OtherEventNoun(w, q, m, first: false); adjectives++) q--;
            else
            {
                if (q < w.From || (w.Cues[q] & Cue.Genitive) == 0) return false;
                q--;
            }
        }
        if (OtherEventNoun(w, q, m, first: false)) return true;
        // … past the noun's own complement: "l'accordo di disimpegno del 1974", "el acuerdo de paz de 2016".
        return q - 2 >= w.From && IsLowerContentWord(w, q) && (w.Cues[q - 1] & Cue.Genitive) != 0 && OtherEventNoun(w, q - 2, m, first: false);
    }

    /// <summary>An event noun at <paramref name="t"/> other than <paramref name="m"/> (its first or last token), or a dated
    /// occasion ("las elecciones", "the vote").</summary>
    private static bool OtherEventNoun(Work w, int t, LexiconMatch m, bool first)
    {
        if (t < w.From || t >= w.To) return false;
        if ((w.Cues[t] & Cue.Occasion) != 0 && (t < m.First || t > m.Last)) return true;
        return (first ? TriggerAt(w, t, first: true) : TriggerAt(w, t, last: true)) is { } other && other.First != m.First && (first || IsNominal(w, other.First));
    }

    /// <summary>Among tokens [from, to) a bare participle that modifies the noun before it ("el proyecto enviado").</summary>
    private static bool ParticipleBetween(Work w, int from, int to, bool appositionOnly = false)
    {
        for (int t = from; t < to; t++)
        {
            if (!appositionOnly && (w.Cues[t] & Cue.Participle) != 0 && AdjectivalParticiple(w, t, passive: false) is not null) return true;
            // (… in apposition after a comma too: "il crollo della pensilina della stazione di Novi Sad, avvenuto lo scorso novembre".)
            if ((w.Cues[t] & (Cue.Participle | Cue.Past | VerbForms | Cue.Noun)) == Cue.Participle && t - 2 >= from && IsPunct(w, t - 1, ',')
                && (IsContent(w, t - 2) || w.MentionAt[t - 2] >= 0) && !(t + 1 < w.To && IsArticle(w, t + 1) && (w.Cues[t + 1] & Cue.Genitive) == 0 && !w.InTime[t + 1])) return true;
        }
        return false;
    }

    /// <summary>A clause opens between the two character offsets: a relative or complementizer ("che", "que"; when
    /// <paramref name="relatives"/>), a clause boundary ("mentre", "while"), a semicolon or a conjunction with a verb group.</summary>
    private static bool ClauseBetween(Work w, int from, int to, bool relatives)
    {
        // "respaldó las medidas y anunció que desembolsará … en enero": January is the second clause's.
        int last = Math.Min(w.To, TokenAt(w.Doc.Tokens, to));
        return ClauseOpens(w, TokenAt(w.Doc.Tokens, from), last, relatives ? Cue.Relative | Cue.Boundary : Cue.Boundary, coordinationsBefore: last);
    }

    /// <summary>A token of [first, last] is a verb form: finite, future, conditional, infinitive, participle or past.</summary>
    private static bool VerbFormIn(Work w, int first, int last)
    {
        for (int t = first; t <= last; t++) if ((w.Cues[t] & (VerbForms | Cue.Participle | Cue.Past)) != 0) return true;
        return false;
    }

    /// <summary>Among tokens [first, last] a verb: an auxiliary that is no article ("había", "has") or a verb form that is no
    /// noun for people or title ("canciller" ends like an infinitive).</summary>
    private static bool VerbIn(Work w, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (w.Doc.Tokens[t].Kind != TokenKind.Word || w.MentionAt[t] >= 0 || (w.Cues[t] & (Cue.Actor | Cue.Title | Cue.Noun | Cue.Det)) != 0) continue;
            if ((w.Cues[t] & (Cue.Aux | VerbForms | Cue.Participle | Cue.Past)) != 0) return true;
        }
        return false;
    }

    /// <summary>An auxiliary in the verb group before the trigger ("ha denunciato", "has accused", "a dénoncé").</summary>
    private static bool AuxBefore(Work w, int groupStart, int trigger)
    {
        for (int t = Math.Max(w.From, groupStart); t < trigger; t++)
            if ((w.Cues[t] & Cue.Aux) != 0 && (w.Cues[t] & (Cue.Det | Cue.Adverb | Cue.Negation)) == 0) return true;
        return false;
    }

    private static bool IsAfterDocument(Document doc, EventDate date) =>
        doc.ReferenceDate is { } rd && string.CompareOrdinal(date.Start, rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) > 0;

    /// <summary>The count an event states within eight words of its trigger, in the trigger's own clause — not past another verb
    /// ("emprisonné depuis avril pour trahison, affirme que quelque 700 personnes": no 700 prisoners) — or the toll a verb reports
    /// of it further on ("los ataques contra supuestas narcolanchas, que desde septiembre han causado al menos 76 muertos").</summary>
    private static Quantity? QuantityFor(Work w, LexiconMatch m)
    {
        var tokens = w.Doc.Tokens;
        int end = Math.Min(w.To - 1, m.Last + 8);
        bool crossed = false; // another event's trigger between: the toll is that event's ("defendió los ataques …, que han causado …")
        for (int t = m.Last + 1; t < w.To && t <= m.Last + 14; t++)
        {
            crossed |= TriggerAt(w, t, first: true) is { } other && other.Pattern.Mode != "kill" && other.Pattern.Type != m.Pattern.Type; // ("un attentato con autobomba")
            bool violent = m.Pattern.Type is "ASSAULT" or "COERCE";
            // (A relative clause tells another event's count of a peaceful one: "protests in which at least 51 people were killed".)
            if (!violent && (w.Cues[t] & Cue.Relative) != 0 && w.Doc.Tokens[t].Kind == TokenKind.Word) { end = Math.Min(end, t - 1); break; }
            // (A participle is a verb after its auxiliary only: "contra supuestas narcolanchas" qualifies a noun.)
            bool verb = (w.Cues[t] & (Cue.Verb | Cue.Past | Cue.Speech)) != 0 || (w.Cues[t] & Cue.Participle) != 0 && PrevWord(w, t) is int aux and >= 0 && (w.Cues[aux] & (Cue.Aux | Cue.Det)) == Cue.Aux;
            // (A toll verb that is also an auxiliary is one: "ont fait plus de 300 morts".)
            if (!verb || (w.Cues[t] & Cue.Noun) != 0 || (w.Cues[t] & Cue.Aux) != 0 && (w.Marks[t] & Mark.Toll) == 0 || w.MentionAt[t] >= 0) continue;
            // (A verb reporting a toll: "ont fait au moins 22 morts", "ha provocato almeno 15 morti", "killed at least 22 people" —
            // of a violent act: "protests in which at least 51 people were killed" counts no protesters.)
            if (violent && ((w.Cues[t] & Cue.Cause) != 0 || (w.Marks[t] & Mark.Toll) != 0 || TriggerAt(w, t) is { Pattern.Mode: "kill" }))
            {
                // (Right after it, or after the words of its phrase: "costati la vita a migliaia di persone" — not "ha provocato la
                // reazione di milioni di volontari".)
                int from = t + 1;
                while (from < w.To && (w.Marks[from] & Mark.Toll) != 0) from++;
                if (!crossed && from < w.To && CountIn(w, tokens[from].Start, tokens[from].End) is { } toll) return toll;
                continue;
            }
            end = Math.Min(end, t - 1);
            break;
        }
        return (end <= m.Last ? null : CountIn(w, tokens[m.First].Start, tokens[end].End)) ?? (m.Pattern.Type == "ASSAULT" ? DeathsBefore(w, m) : null);
    }

    /// <summary>The count of those a verb of dying right before an attack's noun says died of it: "Al menos cinco palestinos
    /// murieron este martes por disparos del Ejército israelí", "sono morte 12 persone nei raid".</summary>
    private static Quantity? DeathsBefore(Work w, LexiconMatch m)
    {
        var tokens = w.Doc.Tokens;
        int die = PrevWord(w, m.First);
        bool through = false; // the noun is the verb's adjunct, after a preposition ("por disparos"), not its subject
        for (int steps = 0; die >= w.From && steps < 6 && (w.Cues[die] & Cue.Die) == 0
                            && ((w.Cues[die] & (Cue.Det | Cue.Prep | Cue.Genitive)) != 0 || w.InTime[die] || IsAdverb(w, die)
                                || w.MentionAt[die] >= 0 && w.Doc.Mentions[w.MentionAt[die]].Type == EntityType.Loc); steps++) // ("han muerto en Cisjordania por disparos")
        {
            through |= (w.Cues[die] & (Cue.Prep | Cue.Genitive)) != 0;
            die = PrevWord(w, die);
        }
        if (!through || die < w.From || (w.Cues[die] & Cue.Die) == 0 || (w.Cues[die] & (Cue.Verb | Cue.Past | Cue.Participle)) == 0) return null;
        int group = die;
        while (PrevWord(w, group) is int aux and >= 0 && (w.Cues[aux] & (Cue.Aux | Cue.Det)) == Cue.Aux) group = aux;
        // Its subject's count, right before the verb or right after it.
        int after = die + 1 < w.To ? die + 1 : die;
        foreach (var q in w.Doc.Quantities)
            if ((PrevWord(w, group) is int last and >= 0 && q.End == tokens[last].End || q.Start == tokens[after].Start) && Counts(w, q)) return q;
        return null;
    }

    /// <summary>The quantity counts something: a unit that is no percentage, no measure ("anni", "km") and no count of times
    /// ("si erano già incontrate tre volte").</summary>
    private static bool Counts(Work w, Quantity q) =>
        q.Unit is not null && q.Unit != "%" && TokenAt(w.Doc.Tokens, q.End - 1) is var unit && (w.Cues[unit] & Cue.Measure) == 0 && (w.Marks[unit] & Mark.Times) == 0;

    /// <summary>The first quantity that starts in [<paramref name="from"/>, <paramref name="to"/>) (and ends by
    /// <paramref name="endBy"/>) and counts something (<see cref="Counts"/>).</summary>
    private static Quantity? CountIn(Work w, int from, int to, int endBy = int.MaxValue)
    {
        var quantities = w.Doc.Quantities; // in text order
        for (int i = FirstFrom(quantities, from, static q => q.Start); i < quantities.Count && quantities[i].Start < to; i++)
        {
            var q = quantities[i];
            if (q.End <= endBy && Counts(w, q)) return q;
        }
        return null;
    }

    // ---------------------------------------------------------------- document level

    private readonly record struct Anaphor(int Sentence, string Type, string? Mode, EventDate Date);

    /// <summary>A trigger with no source and no target ("El encuentro, que se llevará a cabo el martes"): kept aside so it can
    /// date the event it refers to.</summary>
    private static void AddAnaphor(Work w, LexiconMatch m, LexiconPattern p, bool nominal)
    {
        // (Only a noun with its article or demonstrative points back: "el encuentro", "la riunione" — not a toll, "al menos 500
        // personas han muerto desde octubre".)
        if (!nominal || PrevWordAcrossQuote(w, m.First) is not (var det and >= 0) || (w.Cues[det] & Cue.Det) == 0) return;
        // (Nor one in a fronted clause of concession, which tells the background: "Aunque su último encuentro fue en 2019, …"
        // does not date the meeting planned in the sentence before.)
        if (InConcessiveClause(w, m.First)) return;
        // (Nor one after "since", the past start of a period: "Desde su reunión en Rusia en septiembre del año pasado, la
        // colaboración ha crecido" is not the talks announced two sentences before.)
        if ((w.Marks[det] & Mark.Since) != 0 || PrevWord(w, det) is int since and >= 0 && (w.Marks[since] & Mark.Since) != 0) return;
        // (Only a time of its own clause: "the first meeting … since Trump returned to the White House in January" is not dated
        // January.)
        var date = EventDateFor(w, m, ownClause: true);
        if (date is null || date.FromDocumentDate) return;
        // (Nor a period since a time: "Depuis le début des violences il y a deux ans".)
        if (date.Value is { } value && EventDates.Interval(value) is { } own && own.End != date.End) return;
        w.Anaphors.Add(new Anaphor(w.SentenceIndex, p.Type!, p.Mode, date));
    }

    /// <summary>An anaphoric mention dates the nearest earlier event of its type (within three sentences) when that event had
    /// only the document date, or a coarser period containing the new one ("questa settimana" → "martedì").</summary>
    private static void ResolveAnaphora(Work w)
    {
        foreach (var a in w.Anaphors)
        {
            int sentence = -1;
            for (int i = w.Doc.Events.Count - 1; i >= 0; i--)
            {
                var e = w.Doc.Events[i];
                // (A phone call is not what "la riunione" refers to.)
                if (e.Sentence > a.Sentence || e.Type != a.Type || w.BareKept.Contains(e) || (e.Mode == "call") != (a.Mode == "call")) continue;
                if (sentence >= 0 && e.Sentence != sentence) break;
                if (e.Sentence < a.Sentence - 3) break;
                // (A time years before the report names a past event of that type, not the one told sentences before: "ha
                // promesso che …" is not what "l'accordo di disimpegno del 1974" two sentences on refers to.)
                if (e.Sentence < a.Sentence && (e.Date is null || e.Date.FromDocumentDate) && Historical(w, a.Date)) break;
                sentence = e.Sentence;
                if (e.Date is null || e.Date.FromDocumentDate || EventDates.Contains(e.Date, a.Date)) e.Date = a.Date;
            }
            // Resolved: the bare mention was that event, not another one.
            if (sentence >= 0) w.Doc.Events.RemoveAll(e => e.Sentence == a.Sentence && e.Type == a.Type && w.BareKept.Contains(e));
        }
    }

    /// <summary>
    /// A bare "the regime" ("el régimen", "le régime", "il regime": only articles and the regime word) named as a party or a
    /// speaker is the government of the country the document is about — the one its mentions place most of its names in (at
    /// least <see cref="RegimeFocusShare"/> of at least <see cref="RegimeFocusMentions"/>): "el régimen" in a report on Homs is
    /// Syria's. A bare "the army" ("el ejército", "l'armée", "l'esercito") is that country's, as a qualified one ("el ejército
    /// sirio") is: the country's id, its own words kept. Left as a description when no country stands out (a roundup of several
    /// crises) or it has no government entry.
    /// (Tried: first the country the document's qualified regime words name, "el régimen sirio" — roundups then gave every bare
    /// "régimen" to one of their countries, and twice as many went to a country other than the crisis the article is filed under.)
    /// </summary>
    private static void LinkRegimes(Work w)
    {
        string? focus = null;
        Entities.Entity? government = null;
        bool looked = false;
        foreach (var e in w.Doc.Events)
        {
            e.Source = Linked(e.Source);
            e.Target = Linked(e.Target);
            e.AttributedTo = Linked(e.AttributedTo);
        }

        EventArgument? Linked(EventArgument? a)
        {
            if (a is not { Id: null }) return a;
            var body = BareBody(w, a);
            if (body == Mark.None) return a;
            if (!looked)
            {
                focus = FocusCountry(w);
                government = focus is null ? null : Entities.EntityCatalog.Default.Get("gov:" + focus);
                looked = true;
            }
            if (focus is null) return a;
            // The army keeps its words and stands for its country, as a qualified one does ("el ejército sirio" → Syria).
            if (body == Mark.Army) return a with { Id = "country:" + focus, Country = focus };
            return government is null ? a : new EventArgument(government.Id, government.Name, a.Start, a.End, focus);
        }
    }

    /// <summary>
    /// Forces loyal to someone act for that one: a described party with a loyal word and the name it is loyal to ("las fuerzas
    /// leales a Gadafi", "les forces loyales au colonel Kadhafi", "le forze fedeli ad Assad") is that name's side — the name,
    /// over the description's words — and the name is no target of the event ("fue bombardeada por las fuerzas leales a
    /// Gadafi" did not bomb Gaddafi: the argument scan passes over it).
    /// </summary>
    private static void LinkPatrons(Work w)
    {
        foreach (var e in w.Doc.Events)
        {
            e.Source = Patron(w, e.Source) ?? e.Source;
            e.Target = Patron(w, e.Target) ?? e.Target;
        }
    }

    /// <summary>The name a described argument is loyal to (a loyal word in it or right after it, then "a"/"à"/"to", articles and
    /// titles, then the name), spanning the description and the name; else null.</summary>
    private static EventArgument? Patron(Work w, EventArgument? a)
    {
        if (a is not { Id: null }) return null;
        var tokens = w.Doc.Tokens;
        int first = TokenAt(tokens, a.Start), last = TokenAt(tokens, a.End - 1);
        if (first < 0 || last < 0) return null;
        for (int t = first; t <= last + 1 && t < tokens.Count; t++)
        {
            if ((w.Marks[t] & Mark.Loyal) == 0 || w.MentionAt[t] >= 0) continue;
            // The first name past "to" that LoyalTo leads back to this word.
            int name = t + 2;
            while (name < tokens.Count && w.MentionAt[name] < 0 && name - t < 5) name++;
            if (name >= tokens.Count || w.MentionAt[name] < 0 || LoyalTo(w, name) != t) return null;
            return Argument(w, w.MentionAt[name], name, NameEnd(w, name)) is { } patron ? patron with { Start = a.Start, End = Math.Max(a.End, patron.End) } : null;
        }
        return null;
    }

    /// <summary>The loyal word before the name at <paramref name="name"/> ("leales a Gadafi", past "a", articles and titles);
    /// else −1.</summary>
    private static int LoyalTo(Work w, int name)
    {
        int t = name - 1;
        while (t >= 0 && w.MentionAt[t] < 0 && (w.Cues[t] & (Cue.Det | Cue.Title)) != 0 && (w.Cues[t] & Cue.TargetPrep) == 0 && name - t < 4) t--;
        if (t < 1 || (w.Cues[t] & Cue.TargetPrep) == 0) return -1;
        return (w.Marks[t - 1] & Mark.Loyal) != 0 ? t - 1 : -1;
    }

    private const double RegimeFocusShare = 0.4;
    private const int RegimeFocusMentions = 3;

    /// <summary>The body (<see cref="Mark.Regime"/> or <see cref="Mark.Army"/>) whose one word the argument holds besides
    /// articles, else <see cref="Mark.None"/>.</summary>
    private static Mark BareBody(Work w, EventArgument a)
    {
        int first = TokenAt(w.Doc.Tokens, a.Start), bodies = 0;
        var body = Mark.None;
        if (first < 0) return Mark.None;
        for (int t = first; t < w.Doc.Tokens.Count && w.Doc.Tokens[t].Start < a.End; t++)
        {
            if ((w.Marks[t] & (Mark.Regime | Mark.Army)) is var marked && marked != 0 && w.MentionAt[t] < 0) { body = marked; bodies++; }
            else if (!IsArticle(w, t)) return Mark.None;
        }
        return bodies == 1 ? body : Mark.None;
    }

    /// <summary>The country (ISO 2) most of the document's mentions are placed in; null when none stands out.</summary>
    private static string? FocusCountry(Work w)
    {
        var mix = new Entities.CountryMix();
        foreach (var m in w.Doc.Mentions)
            if (w.Entities.TryGetValue(m.EntityId, out var e)) mix.Add(Entities.CountryMix.Code(e.Country), 1);
        return mix.Tied || !mix.Focused(RegimeFocusMentions, RegimeFocusShare) ? null : Entities.CountryMix.Iso2(mix.Focus);
    }

    /// <summary>A date that ends more than a year before the document's date.</summary>
    private static bool Historical(Work w, EventDate date) =>
        w.Doc.ReferenceDate is { } rd
        && string.CompareOrdinal(date.End, rd.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) < 0;

    /// <summary>A denial with nothing to deny in its sentence ("han negado estas acusaciones") denies the latest claim of the
    /// previous two sentences that involves the denier (else the latest claim).</summary>
    private static void LinkDenials(Work w)
    {
        var events = w.Doc.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var d = events[i];
            if (d.Mode != "deny" || d.Denies is not null) continue;
            Event? pick = null, fallback = null;
            for (int j = i - 1; j >= 0; j--)
            {
                var e = events[j];
                if (e.Sentence < d.Sentence - 2) break;
                if (e.Sentence == d.Sentence || e.Type == "REJECT") continue;
                bool involves = d.Source?.Country is { } c && (e.Source?.Country == c || e.Target?.Country == c);
                // What is denied is a claim about the denier, preferably one somebody else made ("accusano … di fornire").
                if (involves && e.Type != "DISAPPROVE" && e.AttributedTo is not null) { pick = e; break; }
                if (involves && e.Type != "DISAPPROVE") fallback ??= e;
            }
            if ((pick ?? fallback ?? LatestClaimBefore(events, i)) is { } target) d.Denies = target.Id;
        }
    }

    /// <summary>Each token of a sentence with its cue flags (for tests and debugging the lexicon).</summary>
    public static IEnumerable<string> Explain(Document doc, int sentence)
    {
        if (EventLexicon.For(doc.Language) is not { } lex) yield break;
        var w = new Work { Doc = doc, Lex = lex, Stop = StopWords.For(doc.Language), Sentence = doc.Sentences[sentence], SentenceIndex = sentence };
        w.From = Datelines.End(doc, w.Sentence);
        w.MentionAt = new int[doc.Tokens.Count];
        Array.Fill(w.MentionAt, -1);
        for (int m = 0; m < doc.Mentions.Count; m++)
            for (int t = TokenAt(doc.Tokens, doc.Mentions[m].Start); t < doc.Tokens.Count && doc.Tokens[t].Start < doc.Mentions[m].End; t++) w.MentionAt[t] = m;
        w.Cues = new Cue[doc.Tokens.Count];
        w.Marks = new Mark[doc.Tokens.Count];
        w.InTime = new bool[doc.Tokens.Count];
        MatchSentence(w);
        for (int t = w.From; t < w.To; t++)
            yield return $"{doc.TokenText(doc.Tokens[t])}:{w.Cues[t]}" + string.Concat(w.Matches.Where(m => m.First == t && m.Pattern.Type is not null).Select(m => $" [{m.Pattern.Kind}]"));
    }

    private static Event? LatestClaimBefore(List<Event> events, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (events[j].Sentence < events[i].Sentence - 2) break;
            if (events[j].Sentence < events[i].Sentence && events[j].Type != "REJECT") return events[j];
        }
        return null;
    }

    // ---------------------------------------------------------------- tokens

    /// <summary>The first token ending after <paramref name="charPos"/>.</summary>
    internal static int TokenAt(List<Token> tokens, int charPos) => TokenSearch.At(tokens, charPos);
}
