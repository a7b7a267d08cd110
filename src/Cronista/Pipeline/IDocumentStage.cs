using Cronista.Model;

namespace Cronista.Pipeline;

/// <summary>One pipeline step with one job. Stages must be thread-safe: documents are processed in parallel.</summary>
public interface IDocumentStage
{
    string Name { get; }
    void Process(Document doc);
}
