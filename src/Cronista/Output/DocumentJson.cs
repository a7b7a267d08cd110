using System.Text.Json;
using Cronista.Model;
using Cronista.Storage;

namespace Cronista.Output;

/// <summary>
/// The per-document JSON that <c>analyze --format jsonl</c> prints. Later stages add fields; existing names never change.
/// </summary>
public static class DocumentJson
{
    public static void Write(Utf8JsonWriter w, Document doc, StoreResult stored, Ingest.StoryRef? story = null)
    {
        w.WriteStartObject();
        w.WriteString("id", stored.DocumentId);
        w.WriteString("source", doc.Raw.Source);
        WriteNullable(w, "url", doc.Raw.Url);
        WriteNullable(w, "title", doc.Title);
        w.WriteString("lang", doc.Language);
        w.WriteNumber("lang_confidence", Math.Round(doc.LanguageConfidence, 4));
        WriteNullable(w, "published", doc.Published?.ToString("yyyy-MM-dd"));
        WriteNullable(w, "published_inferred", doc.PublishedInferred?.ToString("yyyy-MM-dd"));
        if (doc.PublishedInferred is not null) w.WriteNumber("published_inferred_confidence", Math.Round(doc.PublishedInferredConfidence, 3));
        w.WriteNumber("chars", doc.Text.Length);
        w.WriteNumber("sentences", doc.Sentences.Count);
        w.WriteNumber("tokens", doc.Tokens.Count);
        WriteNullable(w, "duplicate_of", stored.DuplicateOf);
        w.WriteString("stored", StoredName(stored.Outcome));
        if (story is not null)
        {
            w.WriteStartObject("story");
            w.WriteString("id", story.Id);
            WriteNullable(w, "title", story.Title);
            w.WriteEndObject();
        }
        AnnotationJson.WriteProperties(w, doc);
        w.WriteEndObject();
    }

    /// <summary>What the store did, as the <c>stored</c> field says it.</summary>
    public static string StoredName(StoreOutcome outcome) => outcome switch
    {
        StoreOutcome.Inserted => "new",
        StoreOutcome.NearDuplicate => "near_duplicate",
        StoreOutcome.ExactDuplicate => "exact_duplicate",
        _ => "already_present",
    };

    public static string ToJson(Document doc, StoreResult stored)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, doc, stored);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
