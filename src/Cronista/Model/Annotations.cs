namespace Cronista.Model;

/// <summary>TIMEX3 types.</summary>
public enum TimexType : byte { Date, Time, Duration, Set }

/// <summary>
/// A temporal expression [Start, End) in <see cref="Document.Text"/>, normalized TIMEX3-style.
/// <para><c>Value</c>: e.g. <c>2024-06-18</c>, <c>2024-06-18/2024-06-19</c> (intervals), <c>2023-09</c>, <c>2024-W25</c>, <c>P24Y</c>,
/// <c>PRESENT_REF</c>, <c>PAST_REF</c>, <c>XXXX-10-07</c>. <c>Anchor</c>: the date a relative expression was resolved against
/// (yyyy-MM-dd) or null. <c>Resolution</c>: how the value was obtained — <c>explicit</c> (fully stated), <c>document_date</c>,
/// <c>previous_date</c> (narrative anchor), <c>inferred_date</c> (anchored on an inferred publication date), <c>vague</c>,
/// <c>unresolved</c> (no anchor available; value keeps X placeholders). <c>Rule</c>: the rule that matched (provenance).</para>
/// </summary>
public sealed record TimeExpression(int Start, int End, TimexType Type, string Value, string? Anchor, string Resolution, string Rule);

/// <summary>
/// A quantity [Start, End): numeric <c>Value</c> (15000 for "15.000" or "quindicimila"), <c>Approx</c> when hedged
/// ("circa", "migliaia di", "decenas de", "more than"), <c>Unit</c> the head noun or unit as written ("soldati", "km", "%"),
/// <c>Rule</c> the rule that matched.
/// </summary>
public sealed record Quantity(int Start, int End, double Value, bool Approx, string? Unit, string Rule);

/// <summary>Entity types. GPE (countries, cities as political units) is kept within LOC.</summary>
public enum EntityType : byte { Per, Org, Loc, Misc }

/// <summary>
/// A mention [Start, End) of an entity, in sentence <c>Sentence</c>. <c>EntityId</c> is the catalogue id (or a stable id
/// derived from a folded name for entities not in the catalogue). <c>Role</c>: "actor" when a place stands for its
/// government (metonymy), else null. <c>Rule</c>: gazetteer / ner / coref …; <c>Confidence</c> in [0, 1].
/// </summary>
public sealed record EntityMention(int Start, int End, int Sentence, EntityType Type, string EntityId, string? Role, double Confidence, string Rule);

/// <summary>
/// An entity a document mentions, as the linker resolved it: <c>Name</c> the canonical (English) name, <c>Qid</c> the Wikidata
/// id when known, <c>Country</c> ISO 3166-1 alpha-2, coordinates for places.
/// </summary>
public sealed record DocumentEntity(string Id, string Name, EntityType Type, string? Qid = null, string? Country = null, double? Lat = null, double? Lon = null);
