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

    /// <summary>The FTS5 MATCH expression for one language (see <see cref="Compile"/>), or null when nothing is left to match.</summary>
    public string? ToFts(TermAnalyzer analyzer, Func<string, bool>? indexHas = null) => Compile(analyzer, indexHas).Fts;

    /// <summary>
    /// Analyses the query for documents analysed with <paramref name="analyzer"/>. A multi-term clause (a phrase, or a
    /// word the index splits such as "Jong-un") becomes an FTS5 phrase over the stop-word-free terms, so
    /// "Corea del Nord" matches the indexed sequence "core nord". <paramref name="indexHas"/> tells whether a term occurs in the index: a single query word then also matches the
    /// indexed stems that lie between its own stem and the whole word. Snowball sometimes trims one form more than its
    /// siblings (Italian "visita" → "vis", but "visiterà" → "visit"); "visit" is a prefix of "visita" longer than its stem,
    /// so the query reaches both families without matching unrelated shorter stems.
    /// </summary>
    public CompiledQuery Compile(TermAnalyzer analyzer, Func<string, bool>? indexHas = null)
    {
        var clauses = new List<CompiledQuery.Part>();
        foreach (var c in Clauses)
        {
            var terms = analyzer.Terms(c.Text);
            if (terms.Count == 0) continue;
            clauses.Add(new CompiledQuery.Part(c, terms.ToArray(), Alternatives(c, terms, indexHas).ToArray()));
        }
        return new CompiledQuery(clauses);
    }

    /// <summary>Indexed stems between a single word's stem and the word itself (see <see cref="Compile"/>).</summary>
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
}

/// <summary>A query analysed for one language: its FTS5 expression and the terms to highlight.</summary>
public sealed class CompiledQuery
{
    public sealed record Part(SearchQuery.Clause Clause, string[] Terms, string[] Alternatives)
    {
        public bool IsSequence => Terms.Length > 1;
    }

    internal CompiledQuery(List<Part> parts)
    {
        Fts = BuildFts(parts);
        HighlightTerms = parts.Where(p => !p.Clause.Negated).SelectMany(p => p.Terms.Concat(p.Alternatives)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>FTS5 expression: OR of AND-groups (AND binds tighter), sequences as phrases; null if nothing to match.</summary>
    public string? Fts { get; }
    public HashSet<string> HighlightTerms { get; }

    private static string? BuildFts(List<Part> parts)
    {
        var positive = new StringBuilder();
        var negative = new StringBuilder();
        foreach (var p in parts)
        {
            string expr = p.IsSequence
                ? Quote(string.Join(" ", p.Terms))
                : p.Alternatives.Length == 0 ? Quote(p.Terms[0]) : "(" + string.Join(" OR ", p.Terms.Concat(p.Alternatives).Select(Quote)) + ")";
            if (p.Clause.Negated) { negative.Append(" NOT ").Append(expr); continue; }
            if (positive.Length > 0) positive.Append(p.Clause.OrWithPrevious ? " OR " : " AND ");
            positive.Append(expr);
        }
        if (positive.Length == 0) return null;
        return negative.Length == 0 ? positive.ToString() : "(" + positive + ")" + negative;
    }

    private static string Quote(string t) => "\"" + t.Replace("\"", "\"\"") + "\"";
}
