using Cronista.Storage;

namespace Cronista.Entities;

/// <summary>No entity, or several, answer to a name (the message says which).</summary>
public sealed class EntityResolutionException(string message) : Exception(message);

/// <summary>Turns what a user typed (an entity id or a name in any language) into one entity id.</summary>
public static class EntityResolver
{
    /// <summary>
    /// An entity id for an id or a name: a stored or catalogue id as is; else the one stored entity whose canonical name is
    /// <paramref name="idOrName"/>; else the catalogue's best entity for that alias in any language ("Rusia", "il Cremlino");
    /// else the stored name outside the catalogue that this spelling keys to ("Makdissi" finds the entity first stored as
    /// "Makdisi": <see cref="BySpelling"/>);
    /// else the one stored entity whose name contains it. Throws <see cref="EntityResolutionException"/> when none or
    /// several match.
    /// </summary>
    public static string Resolve(IDocumentStore store, string idOrName)
    {
        // Cheap lookups first (the id, then the exact name through its index): no counting over the entity's documents.
        if (store.EntityName(idOrName) is not null) return idOrName;
        var exact = store.EntitiesNamed(idOrName);
        if (exact.Count == 1) return exact[0];
        // The catalogue is loaded only here: most names given are stored ids or names.
        var catalog = EntityCatalog.Default;
        if (catalog.Get(idOrName) is { } inCatalog) return inCatalog.Id;
        if (exact.Count == 0 && catalog.Lookup(idOrName).FirstOrDefault() is { Entity: { } byAlias }) return byAlias.Id;
        if (BySpelling(store, idOrName) is { } byKey) return byKey.Id;
        var found = store.FindEntities(idOrName);
        if (found.Count == 1) return found[0].Id;
        if (found.Count == 0) throw new EntityResolutionException($"no entity with id or name '{idOrName}' in the database or the catalogue");
        throw new EntityResolutionException($"'{idOrName}' is ambiguous: " + string.Join(", ", found.Take(10).Select(f => $"{f.Id} ({f.Name})")));
    }

    /// <summary>The stored entity outside the catalogue that this spelling of a name keys to (<see cref="EntityLinker.StableKey"/>:
    /// "Jihad Makdissi" finds one first stored as "Jihad Makdisi"); the most mentioned one when the tagger typed the name several ways.</summary>
    public static StoredEntity? BySpelling(IDocumentStore store, string name)
    {
        var key = EntityLinker.StableKey(name);
        if (key.Length == 0) return null;
        return new[] { "per", "org", "loc", "misc" }.Select(t => store.GetEntity($"name:{t}:{key}")).OfType<StoredEntity>()
            .OrderByDescending(e => e.Mentions).FirstOrDefault();
    }
}
