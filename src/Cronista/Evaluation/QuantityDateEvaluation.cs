using System.Runtime.InteropServices;
using System.Text;
using Cronista.Model;
using Cronista.Numbers;
using Cronista.Text;

namespace Cronista.Evaluation;

/// <summary>Counts for <see cref="QuantityDateEvaluation"/>: TIMEX3 spans that contain a number, and how many of them a quantity overlaps.</summary>
public sealed record QuantityDateEvalResult(int Documents, int Tokens, int Quantities, int DateSpans, int DatesTagged, int DurationSpans, int DurationsTagged)
{
    /// <summary>Share of DATE/TIME expressions with a number that were wrongly tagged as quantities (lower is better).</summary>
    public double DateLeak => DateSpans == 0 ? 0 : (double)DatesTagged / DateSpans;
    public double DurationShare => DurationSpans == 0 ? 0 : (double)DurationsTagged / DurationSpans;

    public override string ToString() =>
        $"documents {Documents}, tokens {Tokens}, quantities {Quantities}\n" +
        $"DATE/TIME with a number: {DateSpans}, overlapped by a quantity: {DatesTagged} ({DateLeak:P1})\n" +
        $"DURATION with a number: {DurationSpans}, overlapped by a quantity: {DurationsTagged} ({DurationShare:P1}; durations are counts, tagging them is allowed)\n";
}

/// <summary>
/// How often the quantity tagger mistakes dates and times for quantities, measured on TIMEX3 gold in the
/// <c>token TAB BIO-TYPE TAB value</c> format of ../shared/data/timex (a <c>*!-DCTVALUE=…</c> line starts each document).
/// The text is rebuilt by joining tokens with spaces, re-tokenized with the project's tokenizer and tagged.
/// </summary>
public static class QuantityDateEvaluation
{
    public static QuantityDateEvalResult Run(string path, string lang)
    {
        var tagger = QuantityTagger.For(lang);
        var numbers = NumberWords.For(lang);
        int docs = 0, tokenCount = 0, quantities = 0, dateSpans = 0, datesTagged = 0, durSpans = 0, dursTagged = 0;
        var sb = new StringBuilder();
        var spans = new List<(int Start, int End, string Type, bool HasNumber)>();
        var tokens = new List<Token>();
        var found = new List<Quantity>();

        void Flush()
        {
            if (sb.Length == 0) return;
            docs++;
            var text = sb.ToString();
            tokens.Clear();
            found.Clear();
            Tokenizer.For(lang).Tokenize(text, tokens);
            tokenCount += tokens.Count;
            tagger.Tag(text, CollectionsMarshal.AsSpan(tokens), found);
            quantities += found.Count;
            foreach (var s in spans.Where(s => s.HasNumber))
            {
                bool hit = found.Any(q => q.Start < s.End && s.Start < q.End);
                if (s.Type is "DATE" or "TIME") { dateSpans++; if (hit) datesTagged++; }
                else if (s.Type == "DURATION") { durSpans++; if (hit) dursTagged++; }
            }
            sb.Clear();
            spans.Clear();
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("*!-DCTVALUE", StringComparison.Ordinal)) { Flush(); continue; }
            if (line.Length == 0) { if (sb.Length > 0) sb.Append('\n'); continue; }
            var cols = line.Split('\t');
            var token = cols[0];
            var tag = cols.Length > 1 ? cols[1] : "O";
            if (sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            int start = sb.Length;
            sb.Append(token);
            bool number = token.Any(char.IsAsciiDigit) || numbers.IsNumberWord(token);
            if (tag.StartsWith("B-", StringComparison.Ordinal)) spans.Add((start, sb.Length, tag[2..], number));
            else if (tag.StartsWith("I-", StringComparison.Ordinal) && spans.Count > 0)
            {
                var last = spans[^1];
                spans[^1] = (last.Start, sb.Length, last.Type, last.HasNumber || number);
            }
        }
        Flush();
        return new QuantityDateEvalResult(docs, tokenCount, quantities, dateSpans, datesTagged, durSpans, dursTagged);
    }
}
