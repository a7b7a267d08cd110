using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Events;

/// <summary>Fills <see cref="Document.Events"/> (see <see cref="EventExtractor"/>); runs after times, quantities and entities.</summary>
public sealed class EventStage(EventExtractor? extractor = null) : IDocumentStage
{
    private readonly EventExtractor _extractor = extractor ?? new EventExtractor();
    public string Name => "events";
    public void Process(Document doc) => _extractor.Extract(doc);
    public bool Annotates => true;
    public void Discard(Document doc) => doc.Events.Clear();
}
