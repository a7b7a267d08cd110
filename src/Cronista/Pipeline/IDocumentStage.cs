using Cronista.Model;

namespace Cronista.Pipeline;

/// <summary>One pipeline step with one job. Stages must be thread-safe: documents are processed in parallel.</summary>
public interface IDocumentStage
{
    string Name { get; }
    void Process(Document doc);

    /// <summary>Reads the stage's models and tables now rather than on the first document (thread-safe; see
    /// <see cref="DocumentPipeline.Preload"/>). Per-language data still loads with the first document of its language.</summary>
    void Preload() { }

    /// <summary>Whether the stage only adds annotations the document can do without (times, quantities, entities,
    /// events): a document that breaks it is kept without them, with a warning, instead of being lost.</summary>
    bool Annotates => false;

    /// <summary>Removes what the stage added to <paramref name="doc"/> (after it failed part-way).</summary>
    void Discard(Document doc) { }
}
