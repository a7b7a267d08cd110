namespace Cronista.Events;

/// <summary>
/// CAMEO event codes → PLOVER categories, the one table used to score CAMEO-coded gold data (PETRARCH validation files)
/// against PLOVER-typed events. By CAMEO root (first two digits):
/// <code>
/// 01 make public statement, 02 appeal → no PLOVER category (scored by CAMEO root only)
/// 03 → AGREE        04 → CONSULT     05 → SUPPORT     06 → COOPERATE   07 → AID
/// 08 → CONCEDE, except 087 (de-escalate militarily) → RETREAT
/// 09 → INVESTIGATE  10 → DEMAND      11 → DISAPPROVE  12 → REJECT      13 → THREATEN
/// 14 → PROTEST      15 → MOBILIZE    16 → SANCTION    17 → COERCE      18, 19, 20 → ASSAULT
/// </code>
/// INVESTIGATE is not one of the extractor's 16 types; it is kept so that gold 09 events count as missed, not as statements.
/// </summary>
public static class CameoCrosswalk
{
    private static readonly Dictionary<string, string> ByRoot = new(StringComparer.Ordinal)
    {
        ["03"] = "AGREE", ["04"] = "CONSULT", ["05"] = "SUPPORT", ["06"] = "COOPERATE", ["07"] = "AID",
        ["08"] = "CONCEDE", ["09"] = "INVESTIGATE", ["10"] = "DEMAND", ["11"] = "DISAPPROVE", ["12"] = "REJECT",
        ["13"] = "THREATEN", ["14"] = "PROTEST", ["15"] = "MOBILIZE", ["16"] = "SANCTION", ["17"] = "COERCE",
        ["18"] = "ASSAULT", ["19"] = "ASSAULT", ["20"] = "ASSAULT",
    };

    /// <summary>
    /// The two-digit CAMEO root of a code: "042" → "04", "1124" → "11", "10" → "10"; for the alternatives and ranges of
    /// the Spanish validation file, the first one: "18/19/20" → "18", "081-083" → "08". "" when the code has no two leading digits.
    /// </summary>
    public static string RootOf(string code)
    {
        var c = code.AsSpan().Trim();
        return c.Length >= 2 && char.IsAsciiDigit(c[0]) && char.IsAsciiDigit(c[1]) ? c[..2].ToString() : "";
    }

    /// <summary>The PLOVER category of a CAMEO code (see the table above), or null for 01/02 and for unknown codes.</summary>
    public static string? ToPlover(string cameoCode)
    {
        var root = RootOf(cameoCode);
        if (root == "08" && cameoCode.AsSpan().Trim().StartsWith("087")) return "RETREAT";
        return ByRoot.GetValueOrDefault(root);
    }
}

/// <summary>PLOVER event categories.</summary>
public static class Plover
{
    /// <summary>The 16 categories the extractor emits.</summary>
    public static readonly IReadOnlyList<string> Types =
    [
        "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT", "DEMAND",
        "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    ];

    /// <summary>Upper-cases and trims a label and mends the misspelling "SACTION" of the Spanish validation file; other labels
    /// (CRIME, INVESTIGATE …) are kept as given.</summary>
    public static string Normalize(string label)
    {
        var l = label.Trim().ToUpperInvariant();
        return l == "SACTION" ? "SANCTION" : l;
    }
}
