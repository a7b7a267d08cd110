using Cronista.Model;
using Cronista.Time;

namespace Cronista.Pipeline;

/// <summary>
/// Tags and normalizes temporal expressions into <see cref="Document.Times"/>. Relative expressions are anchored on the
/// publication date; when the input has none, the date is inferred from the text first
/// (<see cref="Document.PublishedInferred"/>, never set when a date is given) and used as the anchor when it is
/// confident enough (<see cref="DocumentDateInference.MinConfidence"/>); otherwise relative expressions stay unresolved.
/// Languages without a temporal lexicon are skipped.
/// </summary>
public sealed class TimexStage : IDocumentStage
{
    public string Name => "timex";

    public void Process(Document doc)
    {
        if (TimexTagger.For(doc.Language) is not { } tagger || doc.Tokens.Count == 0) return;
        string resolution = "document_date";
        if (doc.Published is null)
        {
            // A guess below MinConfidence is no date: it anchors nothing and is not stored.
            if (DocumentDateInference.Infer(tagger, doc.Text, doc.Tokens) is { } inferred && inferred.Confidence >= DocumentDateInference.MinConfidence)
            {
                doc.PublishedInferred = inferred.Date;
                doc.PublishedInferredConfidence = inferred.Confidence;
            }
            resolution = "inferred_date";
        }
        tagger.Tag(doc.Text, doc.Tokens, new TimexContext(doc.ReferenceDate, resolution), doc.Times);
    }

    public bool Annotates => true;

    public void Discard(Document doc)
    {
        doc.Times.Clear();
        doc.PublishedInferred = null;
        doc.PublishedInferredConfidence = 0;
    }
}
