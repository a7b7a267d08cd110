using Cronista.Model;

namespace Cronista.Entities;

/// <summary>What an entity is, finer than <see cref="EntityType"/>; drives the prior used to rank homonyms.</summary>
public enum EntityKind : byte
{
    Other,
    Country,
    /// <summary>A dependent territory (ISO 3166-1 code, not independent).</summary>
    Territory,
    /// <summary>A world region or continent.</summary>
    Region,
    /// <summary>A first-level administrative division (state, oblast, regione).</summary>
    Admin,
    /// <summary>A country's capital (stands for its government when it acts).</summary>
    Capital,
    /// <summary>A major city: curated, or a GeoNames place named like its administrative division.</summary>
    City,
    /// <summary>Any other populated place from GeoNames.</summary>
    Town,
    /// <summary>A building or place that stands for an institution (Kremlin, White House).</summary>
    Seat,
    Person,
    Organization,
    /// <summary>News agencies and state media.</summary>
    Media,
    /// <summary>A country's government (gov:CC), the target of capital and seat metonymy.</summary>
    Government,
    /// <summary>An office in a jurisdiction (office:RU:defence-minister), held by people over time.</summary>
    Office,
    /// <summary>A kind of office independent of the country (role:defence-minister).</summary>
    Role,
}

/// <summary>How an alias relates to its entity.</summary>
public enum AliasKind : byte
{
    /// <summary>A full name ("Corea del Nord", "Kim Jong-un").</summary>
    Name,
    /// <summary>A short form that is ambiguous alone ("Kim", "Putin", "Consiglio di Sicurezza").</summary>
    Short,
    /// <summary>An acronym or abbreviation ("USA", "EE.UU.", "Onu").</summary>
    Acronym,
    /// <summary>A demonym or adjective ("nordcoreano", "russa", "statunitensi"): the country as a modifier, not a name.</summary>
    Demonym,
    /// <summary>A place or building that stands for another entity ("Palazzo Chigi" → Italy's government).</summary>
    Metonym,
}

/// <summary>What a mention's surface must look like for an alias to apply (the index is case-folded).</summary>
public enum CaseRule : byte
{
    /// <summary>Any case ("russo", "Russo", "RUSSO").</summary>
    Any,
    /// <summary>The first letter is upper-case ("Mosca", not the fly "mosca"; "Usa", not the verb "usa").</summary>
    Initial,
    /// <summary>Every letter is upper-case ("UE", "USA").</summary>
    Upper,
    /// <summary>Each word the alias writes with a capital starts with one (<see cref="AliasCandidate.Capitals"/>): the town
    /// "La Comunidad" is not "La comunidad internacional"; "Ciego de Ávila" keeps its lower-case "de".</summary>
    Words,
}

/// <summary>One catalogue entity. <see cref="Id"/> is stable and language-independent (see Resources/Entities/README.md).</summary>
public sealed class Entity
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required EntityType Type { get; init; }
    public required EntityKind Kind { get; init; }
    /// <summary>Canonical English name.</summary>
    public required string Name { get; init; }
    public string? Qid { get; init; }
    /// <summary>ISO 3166-1 alpha-2 of the country the entity belongs to (its own code for countries).</summary>
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public long Population { get; init; }
    /// <summary>Seats of power and capitals: the entity they stand for when used as an actor ("gov:RU").
    /// Offices: the role they are an instance of ("role:defence-minister").</summary>
    public string? Target { get; init; }
    /// <summary>Folded context words that support this entity against homonyms ("onu", "nazioni unite" for the UN Security Council).</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];
    /// <summary>Ranking prior in [0, 1] among candidates of one alias: kind first, then population.</summary>
    public float Prior { get; init; }
    /// <summary>From the bulk GeoNames file (<c>places.tsv.gz</c>: one English name, no curation), not a curated file.</summary>
    public bool Gazetteer { get; init; }

    public override string ToString() => $"{Id} ({Name})";
}

/// <summary>A term in an office: <see cref="Person"/> held <see cref="Office"/> from <see cref="From"/> to <see cref="To"/> (inclusive; null = still in office).</summary>
public sealed record OfficeTerm(Entity Person, Entity Office, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To.Value);
}

/// <summary>A candidate entity for an alias match. <see cref="Capitals"/>: bit i set when the alias's word i starts with a
/// capital (read by <see cref="CaseRule.Words"/> only).</summary>
public readonly record struct AliasCandidate(int Entity, AliasKind Kind, CaseRule Case, string Lang, ushort Capitals = 0)
{
    /// <summary>True when the alias applies in a text of <paramref name="lang"/> ("*" aliases apply everywhere).</summary>
    public bool AppliesTo(string lang) => Lang == "*" || Lang == lang;
}
