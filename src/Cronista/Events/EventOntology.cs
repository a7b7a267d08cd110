using Cronista.Resources;

namespace Cronista.Events;

/// <summary>
/// The event ontology (<c>Resources/Events/plover.tsv</c>): the 16 PLOVER types, their modes, and the CAMEO code each
/// type/mode is exported as.
/// </summary>
public static class EventOntology
{
    public static readonly IReadOnlyList<string> Types =
    [
        "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT", "DEMAND",
        "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    ];

    private static readonly HashSet<string> TypeSet = new(Types, StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<(string Type, string Mode), (string Cameo, string Description, bool Patient)>> Table = new(Load);

    public static bool IsType(string type) => TypeSet.Contains(type);

    /// <summary>The CAMEO code of a type/mode (the type's own code when the mode is not listed).</summary>
    public static string Cameo(string type, string? mode) =>
        Row(type, mode)?.Cameo ?? throw new ArgumentException($"unknown event type {type}");

    /// <summary>The row of a type/mode, else of the type itself (a mode the table does not list), else null.</summary>
    private static (string Cameo, string Description, bool Patient)? Row(string type, string? mode) =>
        Table.Value.TryGetValue((type, mode ?? ""), out var e) || Table.Value.TryGetValue((type, ""), out e) ? e : null;

    public static bool HasMode(string type, string mode) => Table.Value.ContainsKey((type, mode));

    /// <summary>The genitive of a noun of this type/mode names whom the event is done to ("la liberación de los rehenes"), not
    /// who does it ("la visita di Putin"): the table's "patient" column.</summary>
    public static bool PatientGenitive(string type, string? mode) => Row(type, mode)?.Patient ?? false;

    /// <summary>Every (type, mode, CAMEO, description) row, for documentation and exports.</summary>
    public static IEnumerable<(string Type, string? Mode, string Cameo, string Description)> Rows =>
        Table.Value.Select(kv => (kv.Key.Type, kv.Key.Mode.Length == 0 ? null : kv.Key.Mode, kv.Value.Cameo, kv.Value.Description));

    private static Dictionary<(string, string), (string, string, bool)> Load()
    {
        using var s = LanguageResources.Open("Events/plover.tsv") ?? throw new InvalidOperationException("Events/plover.tsv is not embedded");
        using var r = new StreamReader(s);
        var table = new Dictionary<(string, string), (string, string, bool)>();
        int n = 0;
        while (r.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4 || !TypeSet.Contains(f[0])) throw new FormatException($"Events/plover.tsv:{n}: expected type, mode, CAMEO, description");
            table[(f[0], f[1])] = (f[2], f[3], f.Length > 4 && f[4] == "patient");
        }
        return table;
    }
}
