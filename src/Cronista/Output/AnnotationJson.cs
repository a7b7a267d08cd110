using System.Text.Json;
using Cronista.Model;

namespace Cronista.Output;

/// <summary>
/// Writes a document's annotations — times, quantities, entities with their mentions — as JSON properties. The same shape
/// goes into <c>analyze</c> output and into the store, so stored documents can be served without re-analysis.
/// Every item carries its character offsets and the rule that produced it (provenance).
/// </summary>
public static class AnnotationJson
{
    /// <param name="includeText">Write each item's text; the store leaves it out (it keeps the document text, and the offsets
    /// give it back) to halve what it writes.</param>
    /// <param name="includeClusters">Write each event's <c>event_cluster</c>; the store leaves it out (its event rows have it,
    /// and leaving it out lets the payload be built before the writer assigns clusters).</param>
    public static void WriteProperties(Utf8JsonWriter w, Document doc, bool includeText = true, bool includeClusters = true)
    {
        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            if (includeText) w.WriteString("text", doc.Text.AsSpan(t.Start, t.End - t.Start));
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("type", TypeName(t.Type));
            w.WriteString("value", t.Value);
            if (t.Anchor is null) w.WriteNull("anchor"); else w.WriteString("anchor", t.Anchor);
            w.WriteString("resolution", t.Resolution);
            w.WriteString("rule", t.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in doc.Quantities)
        {
            w.WriteStartObject();
            if (includeText) w.WriteString("text", doc.Text.AsSpan(q.Start, q.End - q.Start));
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteNumber("value", q.Value);
            w.WriteBoolean("approx", q.Approx);
            if (q.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", q.Unit);
            w.WriteString("rule", q.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        if (doc.Entities.Count > 0)
        {
            var byEntity = new Dictionary<string, List<EntityMention>>(doc.Entities.Count, StringComparer.Ordinal);
            foreach (var m in doc.Mentions)
            {
                if (!byEntity.TryGetValue(m.EntityId, out var list)) byEntity[m.EntityId] = list = [];
                list.Add(m);
            }
            foreach (var e in doc.Entities)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("type", TypeName(e.Type));
                if (e.Qid is not null) w.WriteString("qid", e.Qid);
                if (e.Country is not null) w.WriteString("country", e.Country);
                if (e.Lat is { } lat && e.Lon is { } lon) { w.WriteNumber("lat", lat); w.WriteNumber("lon", lon); }
                w.WriteStartArray("mentions");
                foreach (var m in byEntity.GetValueOrDefault(e.Id) ?? [])
                {
                    w.WriteStartObject();
                    if (includeText) w.WriteString("text", doc.Text.AsSpan(m.Start, m.End - m.Start));
                    w.WriteNumber("start", m.Start);
                    w.WriteNumber("end", m.End);
                    w.WriteNumber("sentence", m.Sentence);
                    if (m.Role is not null) w.WriteString("role", m.Role);
                    w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
                    w.WriteString("rule", m.Rule);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();

        WriteEvents(w, doc, includeText, includeClusters);
    }

    private static void WriteEvents(Utf8JsonWriter w, Document doc, bool includeText, bool includeClusters)
    {
        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            if (e.Mode is null) w.WriteNull("mode"); else w.WriteString("mode", e.Mode);
            w.WriteString("cameo", e.Cameo);
            WriteArgument(w, "source", e.Source, doc, includeText);
            WriteArgument(w, "target", e.Target, doc, includeText);
            WriteArgument(w, "location", e.Location, doc, includeText);
            if (e.Date is { } d)
            {
                w.WriteStartObject("date");
                w.WriteString("start", d.Start);
                w.WriteString("end", d.End);
                if (d.Value is null) w.WriteNull("value"); else w.WriteString("value", d.Value);
                w.WriteBoolean("from_document_date", d.FromDocumentDate);
                w.WriteEndObject();
            }
            else w.WriteNull("date");
            if (e.Quantity is { } q)
            {
                w.WriteNumber("quantity", q);
                if (e.QuantityUnit is not null) w.WriteString("quantity_unit", e.QuantityUnit);
            }
            w.WriteString("modality", ModalityName(e.Modality));
            WriteArgument(w, "attributed_to", e.AttributedTo, doc, includeText);
            w.WriteBoolean("negated", e.Negated);
            if (e.Denies is not null) w.WriteString("denies", e.Denies);
            w.WriteBoolean("embedded", e.Embedded);
            w.WriteNumber("sentence", e.Sentence);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            if (includeText)
            {
                w.WriteString("trigger", doc.Text.AsSpan(e.Start, e.End - e.Start));
                if (e.Sentence < doc.Sentences.Count)
                {
                    var s = doc.Sentences[e.Sentence];
                    w.WriteString("evidence", doc.Text.AsSpan(s.Start, s.End - s.Start));
                }
            }
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteString("rule", e.Rule);
            if (includeClusters)
            {
                if (e.Cluster is { } c) w.WriteNumber("event_cluster", c); else w.WriteNull("event_cluster");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteArgument(Utf8JsonWriter w, string name, EventArgument? a, Document doc, bool includeText)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        if (a.Id is null) w.WriteNull("id"); else w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        if (a.Country is not null) w.WriteString("country", a.Country);
        if (includeText && a.End > a.Start) w.WriteString("text", doc.Text.AsSpan(a.Start, a.End - a.Start));
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteEndObject();
    }

    public static string ModalityName(Modality m) => m switch
    {
        Modality.Asserted => "asserted", Modality.Reported => "reported", Modality.Planned => "planned",
        Modality.Hypothetical => "hypothetical", Modality.Question => "question", _ => "denied",
    };

    /// <summary>The annotations alone as one JSON object.</summary>
    public static string ToJson(Document doc, bool includeText = true) => System.Text.Encoding.UTF8.GetString(ToUtf8(doc, includeText));

    /// <summary>The annotations as one JSON object, UTF-8, in a per-thread buffer: valid until the thread's next call (read
    /// it at once).</summary>
    public static ReadOnlySpan<byte> ToUtf8(Document doc, bool includeText = true, bool includeClusters = true)
    {
        // Reused per thread: a long article's JSON is tens of KB, and a fresh growing buffer and writer for each document
        // was a good part of what the store's preparation allocated.
        var buffer = _buffer ??= new System.Buffers.ArrayBufferWriter<byte>(16384);
        buffer.ResetWrittenCount();
        var w = _writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.Reset(buffer);
        w.WriteStartObject();
        WriteProperties(w, doc, includeText, includeClusters);
        w.WriteEndObject();
        w.Flush();
        return buffer.WrittenSpan;
    }

    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    public static string TypeName(TimexType t) => t switch
    {
        TimexType.Date => "DATE", TimexType.Time => "TIME", TimexType.Duration => "DURATION", _ => "SET",
    };

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Per => "PER", EntityType.Org => "ORG", EntityType.Loc => "LOC", _ => "MISC",
    };
}
