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

    /// <summary>
    /// The FTS5 MATCH expression for documents analysed with <paramref name="analyzer"/>, or null when nothing is left to match.
    /// <paramref name="indexHas"/> tells whether a term occurs in the index: a single query word then also matches the
    /// indexed stems that lie between its own stem and the whole word. Snowball sometimes trims one form more than its
    /// siblings (Italian "visita" → "vis", but "visiterà" → "visit"); "visit" is a prefix of "visita" longer than its stem,
    /// so the query reaches both families without matching unrelated shorter stems.
    /// </summary>
    public string? ToFts(TermAnalyzer analyzer, Func<string, bool>? indexHas = null)
    {
        var positive = new StringBuilder();
        var negative = new StringBuilder();
        foreach (var c in Clauses)
        {
            var terms = analyzer.Terms(c.Text);
            if (terms.Count == 0) continue;
            // A word that the FTS tokenizer splits ("Jong-un") is matched as a phrase of its parts.
            string expr = Quote(string.Join(" ", terms));
            var extra = Alternatives(c, terms, indexHas);
            if (extra.Count > 0) expr = "(" + expr + " OR " + string.Join(" OR ", extra.Select(Quote)) + ")";
            if (c.Negated) { negative.Append(" NOT ").Append(expr); continue; }
            if (positive.Length > 0) positive.Append(c.OrWithPrevious ? " OR " : " AND ");
            positive.Append(expr);
        }
        if (positive.Length == 0) return null;
        return negative.Length == 0 ? positive.ToString() : "(" + positive + ")" + negative;
    }

    private static string Quote(string t) => "\"" + t.Replace("\"", "\"\"") + "\"";

    /// <summary>Indexed stems between a single word's stem and the word itself (see <see cref="ToFts"/>).</summary>
    private static List<string> Alternatives(Clause c, List<string> terms, Func<string, bool>? indexHas)
    {
        var extra = new List<string>();
        if (c.IsPhrase || terms.Count != 1 || indexHas is null) return extra;
        var word = Text.Folding.Fold(c.Text.Trim().ToLowerInvariant());
        var stem = terms[0];
        if (!word.StartsWith(stem, StringComparison.Ordinal)) return extra;
        for (int len = stem.Length + 1; len <= word.Length; len++)
            if (indexHas(word[..len])) extra.Add(word[..len]);
        return extra;
    }

    /// <summary>All positive terms, with their expansions (for highlighting).</summary>
    public HashSet<string> Terms(TermAnalyzer analyzer, Func<string, bool>? indexHas = null) =>
        Clauses.Where(c => !c.Negated)
            .SelectMany(c => { var t = analyzer.Terms(c.Text); return t.Concat(Alternatives(c, t, indexHas)); })
            .ToHashSet(StringComparer.Ordinal);
}
