using System.Text;

namespace Cronista.Util;

/// <summary>A CSV record: its fields and the line it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A malformed record: the line it starts on and why; reading goes on with the next record.</summary>
public sealed record CsvError(int Line, string Message);

/// <summary>
/// RFC 4180 CSV: comma-separated fields, optionally quoted; inside quotes commas, line breaks and doubled quotes ("") are
/// data. Records end at CRLF or LF outside quotes. Malformed records (a quote inside an unquoted field, text after a closing
/// quote, a quote never closed) are reported with their line and skipped: the rest is read.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<(CsvRecord? Record, CsvError? Error)> Read(TextReader reader)
    {
        int line = 1;
        var field = new StringBuilder();
        var fields = new List<string>();
        while (true)
        {
            int start = line;
            fields.Clear();
            field.Clear();
            string? error = null;
            bool quoted = false, afterQuote = false, any = false;
            int c;
            while (true)
            {
                c = reader.Read();
                if (c < 0)
                {
                    if (quoted) error ??= "a quoted field is never closed";
                    break;
                }
                any = true;
                char ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                        else { quoted = false; afterQuote = true; }
                    }
                    else
                    {
                        if (ch == '\n') line++;
                        field.Append(ch);
                    }
                    continue;
                }
                if (ch == ',') { fields.Add(field.ToString()); field.Clear(); afterQuote = false; continue; }
                if (ch == '\r' && reader.Peek() == '\n') continue;
                if (ch == '\n') { line++; break; }
                if (afterQuote) { error ??= "text after a closing quote"; continue; }
                if (ch == '"')
                {
                    if (field.Length == 0) { quoted = true; continue; }
                    error ??= "a quote inside an unquoted field";
                }
                field.Append(ch);
            }
            if (!any && c < 0) yield break;
            fields.Add(field.ToString());
            if (error is not null) yield return (null, new CsvError(start, error));
            else if (!(fields.Count == 1 && fields[0].Length == 0)) yield return (new CsvRecord(start, fields.ToList()), null); // blank lines are skipped
            if (c < 0) yield break;
        }
    }

    /// <summary>A field for writing: quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    public static string Escape(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
