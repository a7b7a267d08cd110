using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Numbers;

/// <summary>Fills <see cref="Document.Quantities"/> (see <see cref="QuantityTagger"/>); runs after the sentence splitter.</summary>
public sealed class QuantityStage : IDocumentStage
{
    public string Name => "quantities";
    public void Process(Document doc) => QuantityTagger.For(doc.Language).Tag(doc);
    public bool Annotates => true;
    public void Discard(Document doc) => doc.Quantities.Clear();
}
