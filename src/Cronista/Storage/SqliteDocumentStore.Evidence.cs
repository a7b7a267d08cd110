using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Events' evidence sentences (table <c>event_sentences</c>, schema 7): written with the events, read with them.</summary>
public sealed partial class SqliteDocumentStore
{
    private const int SentencesPerStatement = 32;
    private readonly Dictionary<int, SqliteCommand> _sentenceInserts = new();

    /// <summary>Stores the sentences <paramref name="indices"/> of a document (each once; spans as int32 pairs into the text),
    /// those whose span lies inside the text.</summary>
    private void InsertEventSentences(long seq, string text, ReadOnlySpan<int> spans, IEnumerable<int> indices)
    {
        var rows = new List<(int Index, int Start, int End)>();
        foreach (int i in indices.Distinct().Order())
            if (ValidSentence(spans, i, text.Length) is { } span) rows.Add((i, span.Start, span.End));
        for (int from = 0; from < rows.Count; from += SentencesPerStatement)
        {
            int n = Math.Min(SentencesPerStatement, rows.Count - from);
            if (!_sentenceInserts.TryGetValue(n, out var cmd))
            {
                cmd = _db.CreateCommand();
                cmd.CommandText = "INSERT OR IGNORE INTO event_sentences(doc_seq, sentence, start, \"end\", text) VALUES " +
                                  string.Join(",", Enumerable.Range(0, n).Select(i => $"($seq, $i{i}, $s{i}, $e{i}, $t{i})"));
                cmd.Parameters.Add(new SqliteParameter("$seq", 0L));
                for (int i = 0; i < n; i++)
                    foreach (var name in new[] { "$i", "$s", "$e", "$t" }) cmd.Parameters.Add(new SqliteParameter(name + i, 0));
                _sentenceInserts[n] = cmd;
            }
            cmd.Transaction = _tx;
            cmd.Parameters[0].Value = seq;
            for (int i = 0; i < n; i++)
            {
                var (index, start, end) = rows[from + i];
                cmd.Parameters[1 + 4 * i].Value = index;
                cmd.Parameters[2 + 4 * i].Value = start;
                cmd.Parameters[3 + 4 * i].Value = end;
                cmd.Parameters[4 + 4 * i].Value = text[start..end];
            }
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Sentence <paramref name="index"/>'s span when the pairs have it and it lies inside the text.</summary>
    private static (int Start, int End)? ValidSentence(ReadOnlySpan<int> pairs, int index, int length) =>
        index >= 0 && 2 * index + 1 < pairs.Length && 0 <= pairs[2 * index] && pairs[2 * index] <= pairs[2 * index + 1] && pairs[2 * index + 1] <= length
            ? (pairs[2 * index], pairs[2 * index + 1]) : null;

    /// <summary>Migration to schema 7: the sentences of the events stored before, document by document (texts streamed).</summary>
    private void BackfillEventSentences()
    {
        using var docs = _db.CreateCommand();
        docs.Transaction = _tx;
        docs.CommandText = "SELECT seq, text, sentence_spans FROM documents WHERE seq IN (SELECT DISTINCT doc_seq FROM events) ORDER BY seq";
        using var r = docs.ExecuteReader();
        var indices = new List<int>();
        while (r.Read())
        {
            long seq = r.GetInt64(0);
            indices.Clear();
            using (var er = Cmd("SELECT DISTINCT sentence FROM events WHERE doc_seq = $seq", ("$seq", seq)).ExecuteReader())
                while (er.Read()) indices.Add(er.GetInt32(0));
            var spans = r.IsDBNull(2) ? [] : (byte[])r.GetValue(2);
            InsertEventSentences(seq, r.GetString(1), MemoryMarshal.Cast<byte, int>(spans.AsSpan()), indices);
        }
    }
}
