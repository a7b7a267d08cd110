using System.Text;

namespace Cronista.Search;

/// <summary>
/// A user query: words (all must match), "quoted phrases", OR between clauses, -word to exclude.
/// Parsed once, then rendered into an FTS5 expression per language with that language's <see cref="TermAnalyzer"/>.
/// </summary>
public sealed class SearchQuery
{
    public sealed record Clause(string Text, bool IsPhrase, bool Negated, bool OrWithPrevious);

    public IReadOnlyList<Clause> Clauses { get; }
    public bool IsEmpty => Clauses.All(c => c.Negated);

    private SearchQuery(List<Clause> clauses) => Clauses = clauses;

    public static SearchQuery Parse(string query)
    {
        var clauses = new List<Clause>();
        bool or = false;
        int i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            bool neg = false;
            if (query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1])) { neg = true; i++; }
            if (query[i] == '"')
            {
                int end = query.IndexOf('"', i + 1);
                if (end < 0) end = query.Length;
                var phrase = query[(i + 1)..end];
                if (phrase.Trim().Length > 0) clauses.Add(new Clause(phrase, true, neg, or && !neg));
                or = false;
                i = end + 1;
                continue;
            }
            int s = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i])) i++;
            var word = query[s..i];
            if (!neg && word == "OR") { or = clauses.Count > 0; continue; }
            clauses.Add(new Clause(word, false, neg, or && !neg));
            or = false;
        }
        return new SearchQuery(clauses);
    }

    /// <summary>The FTS5 MATCH expression for documents analysed with <paramref name="analyzer"/>, or null when nothing is left to match.</summary>
    public string? ToFts(TermAnalyzer analyzer)
    {
        var positive = new StringBuilder();
        var negative = new StringBuilder();
        foreach (var c in Clauses)
        {
            var terms = analyzer.Terms(c.Text);
            if (terms.Count == 0) continue;
            // A word that the FTS tokenizer splits ("Jong-un") is matched as a phrase of its parts.
            string expr = "\"" + string.Join(" ", terms.Select(t => t.Replace("\"", "\"\""))) + "\"";
            if (c.Negated) { negative.Append(" NOT ").Append(expr); continue; }
            if (positive.Length > 0) positive.Append(c.OrWithPrevious ? " OR " : " AND ");
            positive.Append(expr);
        }
        if (positive.Length == 0) return null;
        return negative.Length == 0 ? positive.ToString() : "(" + positive + ")" + negative;
    }

    /// <summary>All positive terms (for highlighting).</summary>
    public HashSet<string> Terms(TermAnalyzer analyzer) =>
        Clauses.Where(c => !c.Negated).SelectMany(c => analyzer.Terms(c.Text)).ToHashSet(StringComparer.Ordinal);
}
