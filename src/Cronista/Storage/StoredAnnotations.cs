using System.IO.Compression;
using System.Text.Json.Nodes;
using Cronista.Model;

namespace Cronista.Storage;

/// <summary>
/// The per-document annotations column (schema 8): the annotations JSON as <c>analyze</c> prints it, without item texts
/// (offsets into the stored text give them back) and without events' clusters (the event rows hold them), zlib-compressed.
/// It depends on the document alone, so the ingest builds it on the analysis workers (<see cref="IDocumentStore.Prepare"/>)
/// and the single writer only binds it. Compressed it is ~1/4 of the JSON (ML-Crisis articles: 20.0 KB → 4.9 KB), which is
/// what the writer, the WAL and the file pay for. Rows written before schema 8 hold the JSON as TEXT and are read as they are.
/// </summary>
internal static class StoredAnnotations
{
    [ThreadStatic] private static MemoryStream? _output;

    public static byte[] Encode(Document doc)
    {
        var json = Output.AnnotationJson.ToUtf8(doc, includeText: false, includeClusters: false);
        // The fastest level: Brotli 1 was ~20 % smaller but took longer in a paired run; the JSON itself costs ~220 µs.
        var output = _output ??= new MemoryStream(16384);
        output.SetLength(0);
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true)) z.Write(json);
        return output.ToArray();
    }

    /// <summary>The stored JSON, with each event's <c>event_cluster</c> (by event id) added as <c>analyze</c> prints it.</summary>
    public static string Decode(byte[] blob, IReadOnlyDictionary<string, long?> clusters)
    {
        using var input = new ZLibStream(new MemoryStream(blob), CompressionMode.Decompress);
        var root = JsonNode.Parse(input)!.AsObject();
        if (root["events"] is JsonArray events)
            foreach (var e in events.OfType<JsonObject>())
                e["event_cluster"] = clusters.GetValueOrDefault((string?)e["id"] ?? "") is { } c ? JsonValue.Create(c) : null;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
