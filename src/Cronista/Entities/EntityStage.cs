using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Entities;

/// <summary>Finds and links entity mentions (see <see cref="EntityLinker"/>); fills <see cref="Document.Mentions"/> and <see cref="Document.Entities"/>.</summary>
public sealed class EntityStage(EntityLinker? linker = null) : IDocumentStage
{
    private readonly EntityLinker _linker = linker ?? new EntityLinker();
    public string Name => "entities";
    public void Process(Document doc) => _linker.Link(doc);
    public void Preload() => _linker.Preload();
    public bool Annotates => true;
    public void Discard(Document doc) { doc.Mentions.Clear(); doc.Entities.Clear(); }
}
