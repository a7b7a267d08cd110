using System.Runtime.InteropServices;

namespace Cronista.Storage;

/// <summary>Events' evidence sentences (table <c>event_sentences</c>, schema 7): written with the events, read with them.</summary>
public sealed partial class SqliteDocumentStore
{
    /// <summary>Stores the sentences <paramref name="indices"/> of a document (each once; spans as int32 pairs into the text),
    /// those whose span lies inside the text.</summary>
    private void InsertEventSentences(long seq, string text, ReadOnlySpan<int> spans, IEnumerable<int> indices)
    {
        var insert = Stmt("INSERT OR IGNORE INTO event_sentences(doc_seq, sentence, start, \"end\", text) VALUES (?1, ?2, ?3, ?4, ?5)");
        foreach (int i in indices.Distinct().Order())
            if (ValidSentence(spans, i, text.Length) is { } span)
                insert.Bind(1, seq).Bind(2, i).Bind(3, span.Start).Bind(4, span.End).Bind(5, text[span.Start..span.End]).Execute();
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
