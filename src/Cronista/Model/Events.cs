namespace Cronista.Model;

/// <summary>How a text presents an event: as fact, as someone's report, as a plan, as a possibility, as a question, or denied.</summary>
public enum Modality : byte { Asserted, Reported, Planned, Hypothetical, Question, Denied }

/// <summary>
/// A participant of an event (source, target, location) or the author of a claim, as written at [Start, End) in
/// <see cref="Document.Text"/>. <c>Id</c> is the linked entity id ("country:KP", "gov:RU", "person:vladimir-putin") or null
/// for a description the catalogue does not know ("i manifestanti"); <c>Name</c> is the entity's canonical name, else the
/// text; <c>Country</c> the ISO country the participant stands for when known (a person's office, a government, a demonym).
/// </summary>
public sealed record EventArgument(string? Id, string Name, int Start, int End, string? Country = null);

/// <summary>
/// When an event happened (or is to happen): ISO dates <c>Start</c>..<c>End</c> (inclusive; equal for one day), the TIMEX3
/// value it came from, and whether it fell back to the document date (no time expression in the sentence).
/// </summary>
public sealed record EventDate(string Start, string End, string? Value, bool FromDocumentDate);

/// <summary>
/// An event mention extracted from one sentence: a PLOVER <c>Type</c> (CONSULT, AID, REJECT …) with an optional
/// <c>Mode</c> ("visit", "military", "deny"), its CAMEO code, who did it to whom, where and when, and the claim around
/// it: modality, who it is attributed to, explicit negation, and — for denials — the id of the event denied.
/// <c>Start</c>/<c>End</c> are the trigger's character offsets; <c>Rule</c> names the trigger entry that matched.
/// </summary>
public sealed class Event
{
    /// <summary>Document-local id ("e1", "e2" … in text order).</summary>
    public required string Id { get; set; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public required string Cameo { get; init; }
    public EventArgument? Source { get; set; }
    public EventArgument? Target { get; set; }
    public EventArgument? Location { get; set; }
    public EventDate? Date { get; set; }
    /// <summary>A quantity attached to the event ("inviare 15.000 soldati" → 15000) and its unit.</summary>
    public double? Quantity { get; set; }
    public string? QuantityUnit { get; set; }
    public Modality Modality { get; set; }
    public EventArgument? AttributedTo { get; set; }
    public bool Negated { get; set; }
    /// <summary>For a REJECT/deny event: the id of the event whose claim it denies.</summary>
    public string? Denies { get; set; }
    /// <summary>The event is named inside a prepositional phrase of a sentence that has a main event ("protestan contra
    /// la visita de Arafat"): a background event. PETRARCH-style coding (and <c>tag events</c>) keeps main events only.</summary>
    public bool Embedded { get; set; }
    public required int Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public double Confidence { get; set; }
    public required string Rule { get; init; }
    /// <summary>The deduplicated event (event cluster) this mention belongs to: set by the store when the document's events
    /// are stored (null before, and for documents not stored).</summary>
    public long? Cluster { get; set; }
}
