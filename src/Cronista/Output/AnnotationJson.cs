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
    public static void WriteProperties(Utf8JsonWriter w, Document doc, bool includeText = true)
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
    }

    /// <summary>The annotations alone as one JSON object (what the store keeps per document).</summary>
    public static string ToJson(Document doc, bool includeText = true)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            WriteProperties(w, doc, includeText);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string TypeName(TimexType t) => t switch
    {
        TimexType.Date => "DATE", TimexType.Time => "TIME", TimexType.Duration => "DURATION", _ => "SET",
    };

    public static string TypeName(EntityType t) => t switch
    {
        EntityType.Per => "PER", EntityType.Org => "ORG", EntityType.Loc => "LOC", _ => "MISC",
    };
}
