using System.Globalization;

namespace Cronista.Output;

/// <summary>RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and their quotes doubled; lines end with CRLF.</summary>
public static class Csv
{
    public static void WriteRow(TextWriter w, IEnumerable<object?> fields)
    {
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) w.Write(',');
            first = false;
            w.Write(Field(f));
        }
        w.Write("\r\n");
    }

    public static string Field(object? value)
    {
        string s = value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>Parses RFC 4180 text into rows (for tests and tools).</summary>
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; any = false; break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0) { row.Add(field.ToString()); rows.Add(row); }
        if (quoted) throw new FormatException("unterminated quoted field");
        return rows;
    }
}
