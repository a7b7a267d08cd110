using System.Collections.Concurrent;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>Word classes the argument and claim rules read (cue kinds of <c>events.txt</c>).</summary>
[Flags]
public enum Cue : ulong
{
    None = 0,
    Negation = 1 << 0,     // "non", "no", "not"
    Conditional = 1 << 1,  // conditional mood: "-rebbe", "-ría", "would"
    Future = 1 << 2,       // future tense: "-rà", "-rá", "will"
    Modal = 1 << 3,        // possibility: "potrebbe", "podría", "could"
    Plan = 1 << 4,         // intention: "prevede di", "se prepara para", "plans to"
    Report = 1 << 5,       // attribution before its source: "secondo", "según", "according to"
    Speech = 1 << 6,       // verbs of saying/accusing whose subject is the source of the claim
    Hedge = 1 << 7,        // unattributed report: "presuntamente", "reportedly"
    Agent = 1 << 8,        // passive agent: "da parte di", "por parte de", "by"
    Genitive = 1 << 9,     // "di", "de", "of": the agent of a nominal event ("la visita di Putin")
    TargetPrep = 1 << 10,  // prepositions introducing a target: "a", "con", "contro", "hacia", "against"
    Locative = 1 << 11,    // "a", "in", "en", "at": a place
    Aux = 1 << 12,         // verb-group words between a subject and its verb: auxiliaries, clitics
    Relative = 1 << 13,    // relative pronouns: the subject is the antecedent ("che", "que", "who")
    Boundary = 1 << 14,    // words opening a new clause: "mentre", "mientras", "while", "ma"
    Coord = 1 << 15,       // "e", "y", "and", "tanto … como"
    Det = 1 << 16,         // articles, demonstratives, possessives: a following trigger is a noun
    Exclude = 1 << 17,     // words that are never triggers even when a trigger prefix matches ("negozi*")
    Prep = 1 << 18,        // any preposition: a mention after one is not a subject
    Conditional_If = 1 << 19, // "se", "si", "if": a hypothetical clause
    Infinitive = 1 << 20,  // infinitive endings ("*are", "*ar", "*arse"): a verb even after a preposition ("per approfondire")
    Between = 1 << 21,     // "tra", "entre", "between": "l'incontro tra Kim e Putin" names both parties
    Actor = 1 << 22,       // nouns naming people or groups: a description that can be a source ("i manifestanti", "los colonos")
    Verb = 1 << 23,        // finite verb endings ("*aron", "*arono"): where a described subject ends ("un obrero | intentó")
    Passive = 1 << 24,     // passive auxiliaries: "fueron reprimidos", "è stato inviato", "was sent"
    Participle = 1 << 25,  // past participle endings ("*ado", "*ato", "*ed"): an agent phrase after one makes a passive
    Measure = 1 << 26,     // units that measure rather than count participants ("anni", "días", "years", "per cento")
    Gerund = 1 << 27,      // gerund endings ("*ando", "*iendo", "*ing"): after a comma, the verb shares the clause's subject
    Noun = 1 << 28,        // nouns that look like verb forms ("mayoría", "policía" end like conditionals): never a verb
    Purpose = 1 << 30,     // purpose clauses: "para", "per", "in order to" + infinitive share the clause's subject
    Cause = 1 << 29,       // causative verbs ("provocó", "suscitò", "sparked"): their subject caused the event noun they govern, it did not act in it
    Instrument = 1ul << 31, // weapons and means ("armi", "misiles", "tanks"): after "con"/"with" they are how, not whom
    Adverb = 1ul << 32,     // adverbs ("*mente", "*ly", "fermement"): they stand inside a verb group or between a verb and its object
    Volition = 1ul << 33,   // wanting ("quiere", "vuole", "wants", "veut"): wanting to attack is a threat, wanting to help an offer
    Crowd = 1ul << 34,      // crowds ("miles", "manifestantes", "crowd"): a crowd that gathers demonstrates, it does not meet
    Partitive = 1ul << 35,  // a partitive article that looks like a preposition (French "de" before an adjective: "a imposé de nouvelles sanctions")
    Reflexive = 1ul << 36,  // reflexive clitics before "essere"/"être" ("si sono ritirate", "se sont retirées"): an active verb, no passive
    Past = 1ul << 37,       // simple past forms ("denunció", "attaccò", "attaquèrent"): the event happened before the report
    Only = 1ul << 38,       // "solo", "only": "non solo … ma anche" / "not only … but also" is no negation
    Possible = 1ul << 39,   // "no descarta", "non esclude", "does not rule out": its negation words state a possibility (listed as modal too)
    Temporal = 1ul << 40,   // temporal prepositions ("dopo", "tras", "après", "after"): an event named after them is background, not the claim
    Then = 1ul << 41,       // anaphoric "then" ("entonces", "allora", "at the time"): the time of the last date told before
    Title = 1ul << 42,      // titles of office ("presidente", "ministre", "secretary"): a phrase they open and a name ends is that person
    Until = 1ul << 43,      // "until", "fino a", "hasta", "jusqu'à": a time after them ends a state, it does not date the event
    Anaphoric = 1ul << 44,  // nouns that only point back ("este país", "il Paese", "the country"): no argument by themselves
    Label = 1ul << 45,      // labelling verbs ("calificó de", "qualifié de", "described as"): an event noun after them names, it is no event
    Undergo = 1ul << 47,    // verbs whose subject undergoes the event noun they govern ("recibió amenazas", "received aid"): the target
    Own = 1ul << 48,        // possessive determiners ("su", "suo", "son", "its"): "su Gobierno" after a speaker is the speaker's own
    Nature = 1ul << 49,     // natural forces ("terremoto", "storm", "séisme"): they hit places, they attack nobody
    Demonstrative = 1ul << 50, // "este", "questo", "ce", "this": a bare event noun after them points back, it tells no new event
    With = 1ul << 51,       // "insieme a", "junto con", "aux côtés de", "together with": who follows acts alongside, it is no target
    Comitative = 1ul << 52, // "con", "with", "avec": a person after it may be a party, a thing is a means ("criticado con un mensaje")
    Occasion = 1ul << 53,   // dated occasions that are no events of the ontology ("las elecciones del 28 de julio"): their date is theirs
    Pronoun = 1ul << 54,    // subject pronouns ("il", "he", "she"): the subject is who was speaking, never a name further back
    Dative = 1ul << 55,     // dative clitics ("lui", "gli", "les"): "lui a demandé de retirer" asks somebody, not the speaker, to act
    Summary = 1ul << 56,    // nouns summing up a claim ("…, una acusación que el Gobierno rechazó"): what follows is the reporter's
    Die = 1ul << 57,        // words for dying ("sono morti", "sont morts"): their subject is who died, no killer
    Any = 1ul << 58,        // free-choice determiners ("qualsiasi", "cualquier", "any"): "any aggression" names no event that happened
    Including = 1ul << 59,  // "including", "tra cui", "entre ellos": a phrase after a comma that lists members of the noun before it
    BackRef = 1ul << 60,    // a sentence-opening object pronoun before a verb of saying ("Lo ha riferito il sindaco"): the sentence before is the claim
    Mutual = 1ul << 61,     // "mutuamente", "a vicenda", "each other", "intercambiaron": two coordinated parties did it to each other
    Remit = 1ul << 62,      // "for", "per", "chargé de": after a title, the matter in its charge ("envoy for the dialogue" names an office)
    Avoid = 1ul << 63,      // "evitar", "evitare", "éviter", "avoid", "prevent": the event they govern is kept from happening
    Where = 1ul << 46,      // relatives of place ("donde", "dove", "où", "where"): their antecedent is a place, not the clause's subject
}

/// <summary>Word classes beyond <see cref="Cue"/>'s 64 bits, set from the lexicon the same way (a second flag per token).</summary>
[Flags]
public enum Mark : ulong
{
    None = 0,
    Frame = 1 << 0,         // nouns about an event in their genitive ("l'attuazione dell'intesa", "the anniversary of the attack") and
                            // verbs that break it ("violated the truce"): whoever carries out, marks, watches or breaks it did not do it
    Resolve = 1 << 1,       // nouns of a decision taken ("la decisión del Gobierno de suspender", "the government's decision to"): the
                            // infinitive after them is their owner's act
    Propose = 1 << 2,       // nouns of a proposal or intention ("la propuesta de Trump de enviar tropas"): the owner's act, still to come
    When = 1 << 3,          // conjunctions of time ("when", "cuando", "lorsque"): their clause dates its own verb
    Nominal = 1 << 4,       // endings only nouns have ("*ción", "*zione", "*tion" in French): a trigger so ending is a noun wherever it stands
    Since = 1 << 5,         // "since", "da", "desde", "depuis" before a time: the start of a period an event lasts through
    Sea = 1 << 6,           // "sea", "mare", "mar", "mer": missiles fired into it are a show of force, no attack
    Without = 1 << 7,       // "without", "sin", "sans", "senza" before an infinitive or gerund: the act did not happen
    First = 1 << 8,         // "first", "primo", "primer", "premier": "the first attack since June" happened at the report
    From = 1 << 9,          // "from", "da", "de": what one receives from someone makes no guest of them
    Times = 1 << 10,        // "vez", "volta", "fois", "time": "por primera vez que …" — the "que" is no relative on it
    Thank = 1 << 11,        // "thank", "ringraziare", "agradecer", "remercier": whom one thanks for a deed did it
    Obtain = 1 << 12,       // "obtained", "ottenuto", "obtuvo", "obtenu": who obtains aid or asylum receives it (the release of
                            // hostages one obtains is someone else's act)
    Manner = 1 << 13,       // "fermezza", "firmeza", "fermeté", "force": "con la massima fermezza" between a verb and its object is how
    Capacity = 1 << 14,     // "as", "come", "como", "comme": "ha giurato come capo dello Stato" — the role taken, no subject
    Toll = 1 << 15,         // "left", "dejaron", "ont fait": verbs that report the toll of the event noun before them ("ont fait au moins 22 morts")
    Unilateral = 1 << 16,   // "mediation", "promised": acts each of several coordinated subjects does towards others, not to each other
    Concessive = 1 << 17,   // "although", "aunque", "anche se", "bien que": a fronted clause they open dates its own verb only
    Vehicle = 1 << 18,      // "limousine", "tren", "voiture": "in una limousine russa" says how one travels, no party or destination
    Forbid = 1 << 19,       // "vietare", "prohibir", "interdire": whom one forbids an act ("vietano alla Russia di dotare …") is its subject
    Upcoming = 1 << 20,     // "next", "prossimo", "próxima", "prochain": the event noun after it is still to come
    BareOf = 1 << 21,       // "of", "di", "de": a genitive with no article in it — "nessun dispiegamento di truppe" names no deployer
    Copula = 1 << 22,       // "è", "es", "est", "is", "è diventata": before a predicate noun, what follows is the predicate's
    PurposeThat = 1 << 23,  // "para que", "pour que", "affinché", "so that": the clause after it says what is wanted, with a subject of its own
    Attempt = 1 << 24,      // "intentos", "tentativi", "attempts": the infinitive after them (and its owner's genitive) was tried, not done
    Emphatic = 1 << 25,     // "propio", "own" (also determiners): "y el propio Asad" names a new party, no conjunct of the phrase before
    Rubric = 1 << 26,       // "Opinión", "Analisi", "Editorial": a newspaper's section label before a colon opens a headline, it acts in nothing
    Occur = 1 << 27,        // "ocurrió", "è avvenuto", "a eu lieu", "took place": the event noun after them is their subject, no actor's deed
    Perform = 1 << 28,      // "llevado a cabo", "compiuto", "revendiqué", "carried out": a passive of them names, after its agent preposition, who did the event noun that is its subject
    Ruler = 1 << 29,        // "regime", "gobierno", "armée", "police": a repression "of" them is theirs ("la repressione del regime"), not done to them
    Partake = 1u << 30,     // "participar en", "partecipare a", "procéder à", "take part in": the event noun after their preposition is their subject's deed
    Charged = 1u << 31,     // "sospechosos", "accusati", "soupçonnés", "suspects": people who are charged with the act an infinitive after "de"/"di" names
    Person1 = 1ul << 32,    // first-person verbs ("condanniamo", "hemos pedido", "nous avons", "quiero"): the speakers act, no name of the text
    We = 1ul << 33,         // first-person subject pronouns ("we", "noi", "nosotros", "je", "yo"): a verb after them is in the first person
    Casualty = 1ul << 34,   // "muertos", "feriti", "victimes", "casualties": the dead and wounded of a violence are no party to it
    Topic = 1ul << 35,      // "sulla", "sobre", "sur", "on": after a meeting, what it is about, not with whom ("il vertice sulla crisi libica")
    Money = 1ul << 36,      // "dólares", "euro", "dollars": a count of them is an amount, no people ("deux millions de dollars")
    Nobody = 1ul << 37,     // "ningún", "nessuno", "aucun", "no": a subject they open did nothing ("Ningún país ha condenado el ataque")
    Departure = 1ul << 38,  // "marcha": of one person, a departure, no march ("tras la marcha de Mubarak")
    Halt = 1ul << 39,       // arresting verbs that also mean stopping ("detener", "arrêter"): with a thing as object, a halt ("detener los bombardeos")
    Express = 1ul << 40,    // demonstrating verbs that also mean stating ("manifestar"): with an object or after a quotation, no reflexive, a statement
    ClauseRelative = 1ul << 41, // pronouns before a relative that stand for the clause before ("ce que", "lo que", "cosa che"): the subject follows the verb
    Impute = 1ul << 42,     // verbs of imputing ("atribuir", "attribuer", "imputare"): the event noun they lay on someone after "a"/"à" is theirs
    ObjectRelative = 1ul << 43, // relatives that can be a verb's object (Spanish "que", French "que"; not "qui", nor Italian "che", mostly a subject): a subject may follow the verb
    Exist = 1ul << 44,      // existential verbs ("hubo", "ha habido", "ci sono stati"): the trigger after them is a noun ("hubo combates entre …"), not a verb after its auxiliary
    Regime = 1ul << 45,     // "régimen", "régime", "regime": alone, the government of the country the document is about ("el régimen bombardeó Homs")
    Loyal = 1ul << 46,      // "leales", "loyales", "fedeli", "loyal": forces loyal "to" someone act for that one, who is no target ("las fuerzas leales a Gadafi")
    Consent = 1ul << 47,    // "acceder": a verb of consenting that also means reaching concedes only an act after its "a" ("accedió a entregar"), no place ("acceder a la zona")
    Army = 1ul << 48,       // "ejército", "armée", "esercito", "army": alone, the armed forces of the country the document is about, which stand for that country as "el ejército sirio" does
    Predicate = 1ul << 49,  // "crítico", "opposée", "critical": after a copula, its subject's stance, no passive ("El sindicato es crítico con el gobierno")
}

/// <summary>A trigger or cue entry: its kind, and its slots of word alternatives (a gap slot matches 0–6 words).</summary>
internal sealed class LexiconPattern
{
    public required string Kind;
    public string? Type;      // PLOVER type for triggers
    public string? Mode;
    public Cue Cue;           // for cue entries
    public Mark Mark;         // for mark entries (word classes past the cue bits)
    public required int[][] Slots;   // alternative ids per slot; empty array = gap
    public required string Source;   // the line, for provenance ("events.txt:12")
    public int Words => Slots.Count(s => s.Length > 0);
}

/// <summary>A pattern match over tokens [First, Last] of a document.</summary>
internal readonly record struct LexiconMatch(LexiconPattern Pattern, int First, int Last);

/// <summary>
/// The per-language event lexicon (<c>Resources/Languages/&lt;lang&gt;/events.txt</c>): trigger entries (PLOVER type[/mode] →
/// word pattern) and cue entries (negation, modality, attribution, argument markers). Words match accent-folded and
/// lower-cased; <c>pre*</c> matches a prefix, <c>*suf</c> a suffix of the lower-cased word with its accents (morphology:
/// "*rà", "*ría"), <c>=word</c> the whole lower-cased word with its accents (where accents tell words apart: French "=a"
/// has, "=à" to), <c>~</c> a gap of up to six words within the clause; <c>|</c> separates alternative patterns
/// ("visita di stato|viaggio ufficiale").
/// Matching walks two character tries (forward over folded words, backward over lower-cased ones): no regex, no
/// per-token allocation.
/// </summary>
public sealed class EventLexicon
{
    private static readonly ConcurrentDictionary<string, EventLexicon?> Cache = new(StringComparer.Ordinal);
    private const int MaxGap = 6;

    private readonly CharTrie _forward = new();   // exact and prefix alternatives over folded words
    private readonly CharTrie _backward = new();  // suffix alternatives over lower-cased words, read right to left
    private readonly CharTrie _accented = new(fold: false); // "=word" alternatives: whole lower-cased words, accents kept
    private readonly List<LexiconPattern> _patterns = new();
    private readonly Dictionary<int, List<LexiconPattern>> _byFirst = new();
    /// <summary>Alternative ids of the one-word clause boundaries ("after", "mientras"): a pattern's gap does not cross them.</summary>
    private readonly HashSet<int> _gapStops = new();
    private int _alternatives;
    // The two above as arrays by alternative id, for matching (Freeze: every token probes them).
    private LexiconPattern[]?[] _firstOf = [];
    private bool[] _isGapStop = [];

    public string Language { get; }
    internal IReadOnlyList<LexiconPattern> Patterns => _patterns;

    private EventLexicon(string lang) => Language = lang;

    /// <summary>The language leaves out subject pronouns ("language null-subject": Italian, Spanish): a verb that opens its
    /// sentence without a subject goes on with the previous sentence's actor. English and French write a pronoun.</summary>
    public bool NullSubject { get; private set; }

    /// <summary>Nouns take their modifiers before them ("language modifier-first": English): a name right before another event
    /// noun qualifies it ("with U.S. backing"). In Italian, Spanish and French a name before a noun is no modifier of it.</summary>
    public bool ModifierFirst { get; private set; }
    /// <summary>No subject follows its verb outside quotations ("subject-first"): the words after a verb are its object.</summary>
    public bool SubjectFirst { get; private set; }
    /// <summary>A town after the preposition that also marks the indirect object says where ("language dative-place-is-where":
    /// French "à", Italian "a" — "a dispersé à Bamako une manifestation"); Spanish "a" marks a direct object too ("atacaron a
    /// Kiev").</summary>
    public bool DativePlaceIsWhere { get; private set; }
    /// <summary>A person as direct object takes a preposition ("language personal-object": Spanish "detuvo a los manifestantes"), so
    /// an object without it is a thing ("detuvo la producción").</summary>
    public bool PersonalObject { get; private set; }

    /// <summary>The lexicon of a language, or null when the language has none.</summary>
    public static EventLexicon? For(string lang) => Cache.GetOrAdd(lang, static l =>
    {
        var lines = LanguageResources.Lines(l, "events");
        return lines.Count == 0 ? null : Parse(l, lines, $"{l}/events.txt");
    });

    /// <summary>Builds a lexicon from lines in the file format (for tests and user lexicons).</summary>
    public static EventLexicon Parse(string lang, IEnumerable<string> lines, string name = "events.txt")
    {
        var lex = new EventLexicon(lang);
        var alternatives = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab < 0) throw new FormatException($"{name}:{n}: expected 'kind<TAB>pattern'");
            string kind = line[..tab].Trim(), pattern = line[(tab + 1)..].Trim();
            // A comment after the pattern ("  # …") is allowed.
            int hash = pattern.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0) pattern = pattern[..hash].Trim();
            if (pattern.Length == 0) throw new FormatException($"{name}:{n}: empty pattern");
            // "language<TAB>null-subject": a grammar fact of the language, not a pattern.
            if (kind == "language")
            {
                lex.NullSubject |= pattern == "null-subject";
                lex.ModifierFirst |= pattern == "modifier-first";
                lex.SubjectFirst |= pattern == "subject-first";
                lex.DativePlaceIsWhere |= pattern == "dative-place-is-where";
                lex.PersonalObject |= pattern == "personal-object";
                continue;
            }
            // "a|b c|d ~ e": '|' separates whole alternatives, each a sequence of words.
            var parts = pattern.Split('|', StringSplitOptions.TrimEntries);
            if (Array.IndexOf(parts, "") >= 0) throw new FormatException($"{name}:{n}: empty alternative ('||', or '|' at an end)");
            foreach (var alternative in parts)
            {
                var p = new LexiconPattern { Kind = kind, Slots = lex.CompileSlots(alternative, alternatives, name, n), Source = $"{name}:{n}" };
                if (char.IsUpper(kind[0]))
                {
                    int slash = kind.IndexOf('/');
                    p.Type = slash < 0 ? kind : kind[..slash];
                    p.Mode = slash < 0 ? null : kind[(slash + 1)..];
                    if (!EventOntology.IsType(p.Type)) throw new FormatException($"{name}:{n}: unknown event type '{p.Type}'");
                    if (p.Mode is not null && !EventOntology.HasMode(p.Type, p.Mode)) throw new FormatException($"{name}:{n}: unknown mode '{kind}'");
                }
                else if (ParseMark(kind) is { } mark) p.Mark = mark;
                else p.Cue = ParseCue(kind) ?? throw new FormatException($"{name}:{n}: unknown cue kind '{kind}'");
                if (p.Slots.Length == 0 || p.Slots[0].Length == 0 || p.Slots[^1].Length == 0)
                    throw new FormatException($"{name}:{n}: a pattern cannot start or end with a gap");
                lex._patterns.Add(p);
                if (p.Cue == Cue.Boundary && p.Slots.Length == 1) foreach (int alt in p.Slots[0]) lex._gapStops.Add(alt);
                foreach (int alt in p.Slots[0])
                {
                    if (!lex._byFirst.TryGetValue(alt, out var list)) lex._byFirst[alt] = list = new List<LexiconPattern>();
                    list.Add(p);
                }
            }
        }
        lex.Freeze();
        return lex;
    }

    private void Freeze()
    {
        _firstOf = new LexiconPattern[]?[_alternatives];
        foreach (var (alt, list) in _byFirst) _firstOf[alt] = list.ToArray();
        _isGapStop = new bool[_alternatives];
        foreach (int alt in _gapStops) _isGapStop[alt] = true;
    }

    private static Cue? ParseCue(string kind) => kind switch
    {
        "negation" => Cue.Negation, "conditional" => Cue.Conditional, "future" => Cue.Future, "modal" => Cue.Modal,
        "plan" => Cue.Plan, "report" => Cue.Report, "speech" => Cue.Speech, "hedge" => Cue.Hedge, "agent" => Cue.Agent,
        "genitive" => Cue.Genitive, "target" => Cue.TargetPrep, "locative" => Cue.Locative, "aux" => Cue.Aux,
        "relative" => Cue.Relative, "boundary" => Cue.Boundary, "coord" => Cue.Coord, "det" => Cue.Det,
        "exclude" => Cue.Exclude, "prep" => Cue.Prep, "if" => Cue.Conditional_If, "infinitive" => Cue.Infinitive, "between" => Cue.Between, "actor" => Cue.Actor, "passive" => Cue.Passive, "verb" => Cue.Verb, "participle" => Cue.Participle, "measure" => Cue.Measure, "gerund" => Cue.Gerund, "noun" => Cue.Noun, "cause" => Cue.Cause, "purpose" => Cue.Purpose, "instrument" => Cue.Instrument, "adverb" => Cue.Adverb, "volition" => Cue.Volition, "crowd" => Cue.Crowd, "partitive" => Cue.Partitive, "reflexive" => Cue.Reflexive, "past" => Cue.Past, "only" => Cue.Only, "possible" => Cue.Possible, "temporal" => Cue.Temporal, "then" => Cue.Then, "title" => Cue.Title, "until" => Cue.Until, "anaphoric" => Cue.Anaphoric, "label" => Cue.Label, "where" => Cue.Where, "undergo" => Cue.Undergo, "own" => Cue.Own, "nature" => Cue.Nature, "demonstrative" => Cue.Demonstrative, "with" => Cue.With, "comitative" => Cue.Comitative, "occasion" => Cue.Occasion, "pronoun" => Cue.Pronoun, "dative" => Cue.Dative, "summary" => Cue.Summary, "die" => Cue.Die, "any" => Cue.Any, "including" => Cue.Including, "backref" => Cue.BackRef, "mutual" => Cue.Mutual, "remit" => Cue.Remit, "avoid" => Cue.Avoid,
        _ => null,
    };

    private static Mark? ParseMark(string kind) => kind switch
    {
        "frame" => Mark.Frame, "resolve" => Mark.Resolve, "propose" => Mark.Propose, "when" => Mark.When, "nominal" => Mark.Nominal, "since" => Mark.Since, "sea" => Mark.Sea, "without" => Mark.Without, "first" => Mark.First, "from" => Mark.From, "times" => Mark.Times, "thank" => Mark.Thank, "obtain" => Mark.Obtain, "manner" => Mark.Manner, "capacity" => Mark.Capacity, "toll" => Mark.Toll, "unilateral" => Mark.Unilateral, "concessive" => Mark.Concessive, "vehicle" => Mark.Vehicle, "forbid" => Mark.Forbid, "upcoming" => Mark.Upcoming, "bare_of" => Mark.BareOf, "copula" => Mark.Copula, "purpose_that" => Mark.PurposeThat, "attempt" => Mark.Attempt, "emphatic" => Mark.Emphatic, "rubric" => Mark.Rubric, "occur" => Mark.Occur, "perform" => Mark.Perform, "ruler" => Mark.Ruler, "partake" => Mark.Partake, "charged" => Mark.Charged, "first_person" => Mark.Person1, "we" => Mark.We, "casualty" => Mark.Casualty, "topic" => Mark.Topic, "money" => Mark.Money, "nobody" => Mark.Nobody, "departure" => Mark.Departure, "halt" => Mark.Halt, "express" => Mark.Express, "clause_relative" => Mark.ClauseRelative, "impute" => Mark.Impute, "object_relative" => Mark.ObjectRelative, "exist" => Mark.Exist, "regime" => Mark.Regime, "loyal" => Mark.Loyal, "consent" => Mark.Consent, "army" => Mark.Army, "predicate" => Mark.Predicate,
        _ => null,
    };

    private int[][] CompileSlots(string pattern, Dictionary<string, int> alternatives, string name, int line)
    {
        var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slots = new int[words.Length][];
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] == "~") { slots[i] = []; continue; }
            var alts = new[] { words[i] };
            slots[i] = new int[alts.Length];
            for (int a = 0; a < alts.Length; a++)
            {
                var alt = alts[a];
                if (alt == "*" || alt.Length == 0) throw new FormatException($"{name}:{line}: empty word in '{pattern}'");
                if (!alternatives.TryGetValue(alt, out int id))
                {
                    id = _alternatives++;
                    alternatives[alt] = id;
                    if (alt[0] == '=')
                    {
                        if (alt.Length == 1 || alt.Contains('*')) throw new FormatException($"{name}:{line}: '=' takes a whole word in '{pattern}'");
                        _accented.Add(alt[1..].ToLowerInvariant(), id, prefix: false);
                    }
                    else if (alt[0] == '*') _backward.Add(Reverse(alt[1..].ToLowerInvariant()), id, prefix: true);
                    else if (alt[^1] == '*') _forward.Add(Folding.Fold(alt[..^1]), id, prefix: true);
                    else _forward.Add(Folding.Fold(alt), id, prefix: false);
                }
                slots[i][a] = id;
            }
        }
        return slots;
    }

    private static string Reverse(string s) { var a = s.ToCharArray(); Array.Reverse(a); return new string(a); }

    /// <summary>Alternative ids a word matches, appended to <paramref name="into"/> (remembered per thread and lexicon:
    /// news repeats its words, and one hash probe costs less than the three trie walks).</summary>
    internal void MatchWord(ReadOnlySpan<char> word, List<int> into) => MatchWord(word, into, Memo);

    /// <summary>This thread's memo of <see cref="MatchWord(ReadOnlySpan{char}, List{int})"/> for this lexicon (fetch it once per sentence).</summary>
    internal WordMemo Memo => _memo.Value!;
    private readonly ThreadLocal<WordMemo> _memo = new(() => new WordMemo());

    internal void MatchWord(ReadOnlySpan<char> word, List<int> into, WordMemo memo)
    {
        int hash = string.GetHashCode(word);
        int slot = hash & (WordMemo.Size - 1);
        if (memo.Hashes[slot] == hash && memo.Words[slot] is { } seen && word.SequenceEqual(seen))
        {
            into.AddRange((ReadOnlySpan<int>)memo.Alts[slot]);
            return;
        }
        int start = into.Count;
        _forward.MatchForward(word, into);
        _backward.MatchBackward(word, into);
        _accented.MatchForward(word, into);
        memo.Hashes[slot] = hash;
        memo.Words[slot] = word.ToString();
        memo.Alts[slot] = into.Count == start ? [] : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[start..].ToArray();
    }

    /// <summary>The last word seen in each slot (by hash; the hash kept so that another word in the slot is told apart
    /// without reading its string) and its alternative ids.</summary>
    internal sealed class WordMemo
    {
        public const int Size = 1 << 15;
        public readonly int[] Hashes = new int[Size];
        public readonly string?[] Words = new string?[Size];
        public readonly int[][] Alts = new int[Size][];
    }

    /// <summary>
    /// All matches in tokens [from, to): for each token, the patterns whose first slot it matches, extended over the
    /// following slots (gaps stop at punctuation). <paramref name="alts"/>/<paramref name="altStart"/> hold the alternative
    /// ids of every token of the range (flat, with per-token start offsets; index 0 = token <paramref name="from"/>).
    /// </summary>
    internal void Match(List<Token> tokens, string text, int from, int to, List<int> alts, int[] altStart, List<LexiconMatch> into, bool[]? inTime = null)
    {
        for (int i = from; i < to; i++)
        {
            int a0 = altStart[i - from], a1 = altStart[i - from + 1];
            for (int a = a0; a < a1; a++)
            {
                if (_firstOf[alts[a]] is not { } list) continue;
                foreach (var p in list)
                    if (Extend(p, 1, i + 1, tokens, text, from, to, alts, altStart, _isGapStop, inTime) is int last and >= 0)
                        into.Add(new LexiconMatch(p, i, last));
            }
        }
    }

    /// <summary>Matches slots [slot..] from token <paramref name="t"/>; the last token matched, or -1. A gap stops at
    /// punctuation (not at a quotation mark, which it passes over; an opening one is passed over between any two words) and counts a name of several
    /// capitalised words as one word, except that it passes over an age or number appositive between commas ("condannato Mario Rossi, 52
    /// anni, a 2 anni", "condenó a Juan Pérez, de 45 años, a diez años"), which does not count against its length; nor do the words
    /// of a time expression (<paramref name="inTime"/>, by token): "ha lanciato nella notte tra venerdì e sabato oltre 400 droni".</summary>
    private static int Extend(LexiconPattern p, int slot, int t, List<Token> tokens, string text, int from, int to, List<int> alts, int[] altStart, bool[] stops, bool[]? inTime)
    {
        if (slot == p.Slots.Length) return t - 1;
        if (p.Slots[slot].Length == 0)
        {
            for (int pos = t, used = 0; pos < to; )
            {
                int r = Extend(p, slot + 1, pos, tokens, text, from, to, alts, altStart, stops, inTime);
                if (r >= 0) return r;
                // (Nor into another clause: "ordered the attack after Hezbollah tried to" is no order to Hezbollah.)
                if (GapStop(pos)) return -1;
                if (tokens[pos].Kind == TokenKind.Punctuation && IsQuoteMark(text[tokens[pos].Start])) { pos++; continue; } // 'llamó a la "calma"', 'revoked "with immediate effect" a military agreement'
                if (tokens[pos].Kind == TokenKind.Punctuation)
                {
                    if (NumberAppositiveEnd(tokens, text, pos, to) is not int close) return -1;
                    pos = close + 1;
                    continue;
                }
                // (A name's later words are not counted: "firmaron este viernes en la Casa Blanca una declaración".)
                bool nameGoesOn = pos > t && char.IsUpper(text[tokens[pos].Start]) && char.IsUpper(text[tokens[pos - 1].Start]) && tokens[pos - 1].Kind == TokenKind.Word;
                if (!nameGoesOn && !(inTime is not null && inTime[pos]) && ++used > MaxGap) return -1;
                pos++;
            }
            return -1;
        }
        if (t < to && t > from && OpeningQuote(tokens, text, t)) t++; // "a appelé « au calme »" (not "siamo arrivati» a")
        if (t >= to) return -1;
        int a0 = altStart[t - from], a1 = altStart[t - from + 1];
        foreach (int want in p.Slots[slot])
            for (int a = a0; a < a1; a++)
                if (alts[a] == want) return Extend(p, slot + 1, t + 1, tokens, text, from, to, alts, altStart, stops, inTime);
        return -1;

        bool GapStop(int pos)
        {
            for (int a = altStart[pos - from], end = altStart[pos - from + 1]; a < end; a++) if (stops[alts[a]]) return true;
            return false;
        }
    }

    private static bool IsQuoteMark(char c) => c is '"' or '«' or '»' or '“' or '”' or '„' or '‘' or '’';

    /// <summary>An opening quotation mark: « “ „ ‘, or a straight quote after a space and before a word.</summary>
    private static bool OpeningQuote(List<Token> tokens, string text, int t)
    {
        var tok = tokens[t];
        if (tok.Kind != TokenKind.Punctuation) return false;
        char c = text[tok.Start];
        if (c is '«' or '“' or '„' or '‘') return true;
        return c is '"' or '\'' && t > 0 && tokens[t - 1].End < tok.Start && t + 1 < tokens.Count && tokens[t + 1].Start == tok.End && tokens[t + 1].Kind == TokenKind.Word;
    }

    /// <summary>The closing comma of ", 52 anni," / ", de 45 años," / ", 28 ans," at the comma <paramref name="comma"/>: at most
    /// four words, one of them a number, then a comma; else null.</summary>
    internal static int? NumberAppositiveEnd(List<Token> tokens, string text, int comma, int to)
    {
        if (text[tokens[comma].Start] != ',') return null;
        bool number = false;
        for (int i = comma + 1; i < to && i <= comma + 5; i++)
        {
            var tok = tokens[i];
            if (tok.Kind == TokenKind.Punctuation) return text[tok.Start] == ',' && number && i > comma + 1 ? i : null;
            number |= tok.Kind == TokenKind.Number;
        }
        return null;
    }

    /// <summary>A character trie whose nodes carry the ids of words ending there (exact) or starting there (prefix). Its
    /// transitions (node, character → child) sit in one open-addressing table: a walk is a multiply and a probe or two per
    /// character.</summary>
    private sealed class CharTrie(bool fold = true)
    {
        private const ulong Empty = ulong.MaxValue;
        private readonly bool _fold = fold;
        private ulong[] _keys = NewKeys(16);
        private int[] _children = new int[16];
        private int _shift = 60, _transitions;
        private int[]?[] _exact = new int[]?[16], _prefix = new int[]?[16];
        private int _nodes = 1;

        private static ulong[] NewKeys(int n) { var k = new ulong[n]; Array.Fill(k, Empty); return k; }

        public void Add(string key, int id, bool prefix)
        {
            int node = 0;
            foreach (char c in key)
            {
                int child = Child(node, c);
                if (child < 0)
                {
                    child = _nodes++;
                    if (_nodes > _exact.Length) { Array.Resize(ref _exact, 2 * _nodes); Array.Resize(ref _prefix, 2 * _nodes); }
                    Insert(Key(node, c), child);
                }
                node = child;
            }
            ref var ids = ref prefix ? ref _prefix[node] : ref _exact[node];
            ids = ids is null ? [id] : [.. ids, id];
        }

        private static ulong Key(int node, char c) => ((ulong)(uint)node << 16) | c;

        // A key's first slot: the top bits of a multiplicative hash (the table has 2^(64 - _shift) slots).
        private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        private int Child(int node, char c)
        {
            ulong key = Key(node, c);
            int mask = _keys.Length - 1;
            for (int i = Home(key); ; i = (i + 1) & mask)
            {
                ulong at = _keys[i];
                if (at == key) return _children[i];
                if (at == Empty) return -1;
            }
        }

        private void Insert(ulong key, int child)
        {
            if (2 * (_transitions + 1) > _keys.Length)
            {
                var (keys, children) = (_keys, _children);
                _keys = NewKeys(2 * keys.Length);
                _children = new int[2 * keys.Length];
                _shift--;
                _transitions = 0;
                for (int k = 0; k < keys.Length; k++) if (keys[k] != Empty) Insert(keys[k], children[k]);
            }
            int mask = _keys.Length - 1;
            int i = Home(key);
            while (_keys[i] != Empty) i = (i + 1) & mask;
            _keys[i] = key;
            _children[i] = child;
            _transitions++;
        }

        public void MatchForward(ReadOnlySpan<char> word, List<int> into)
        {
            if (_nodes == 1) return;
            int node = 0;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                c = _fold ? Folding.Fold(c) : Folding.Lower(c);
                if ((node = Child(node, c)) < 0) return;
                if (_prefix[node] is { } pre) into.AddRange((ReadOnlySpan<int>)pre);
            }
            if (_exact[node] is { } exact) into.AddRange((ReadOnlySpan<int>)exact);
        }

        public void MatchBackward(ReadOnlySpan<char> word, List<int> into)
        {
            if (_nodes == 1) return;
            int node = 0;
            for (int i = word.Length - 1; i >= 0; i--)
            {
                char c = Folding.Lower(word[i]);
                if ((node = Child(node, c)) < 0) return;
                // A suffix must leave a stem of at least two letters ("*rà" does not match "ra").
                if (_prefix[node] is { } pre && i >= 2) into.AddRange((ReadOnlySpan<int>)pre);
            }
        }
    }
}
