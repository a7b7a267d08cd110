using Cronista.Storage;

namespace Cronista.Tests.Web;

/// <summary>The store's paged queries the API relies on: pages put together give the whole list, in the same order.</summary>
[Collection("web")]
public sealed class PagedQueryTests(WebFixture fixture)
{
    private static List<T> Pages<T>(Func<int, int, IReadOnlyList<T>> page, int size)
    {
        var all = new List<T>();
        for (int offset = 0; offset < 10_000; offset += size)
        {
            var p = page(size, offset);
            all.AddRange(p);
            if (p.Count < size) break;
        }
        return all;
    }

    [Theory]
    [InlineData("country:RU", null)]
    [InlineData("country:KP", "country:RU")]
    [InlineData("person:vladimir-putin", null)] // not a country: the general query
    [InlineData("person:kim-jong-un", "country:RU")]
    public void TimelinePages(string actor, string? actor2)
    {
        using var store = new SqliteDocumentStore(fixture.Database, readOnly: true);
        foreach (bool scoped in new[] { false, true })
        {
            var whole = store.EventClusters(new EventClusterQuery { Actor = actor, Actor2 = actor2, IncludeDocumentScoped = scoped, Limit = 1000 }).Select(c => c.Id).ToList();
            Assert.NotEmpty(whole);
            var paged = Pages((n, o) => store.EventClusters(new EventClusterQuery { Actor = actor, Actor2 = actor2, IncludeDocumentScoped = scoped, Limit = n, Offset = o }), 3).Select(c => c.Id).ToList();
            Assert.Equal(whole, paged);
            // Either order of the pair, the same events.
            if (actor2 is not null)
                Assert.Equal(whole, store.EventClusters(new EventClusterQuery { Actor = actor2, Actor2 = actor, IncludeDocumentScoped = scoped, Limit = 1000 }).Select(c => c.Id));
        }
    }

    [Fact]
    public void SearchEventsAndEntityDocumentsPages()
    {
        using var store = new SqliteDocumentStore(fixture.Database, readOnly: true);
        var hits = store.Search(new SearchRequest { Query = "Putin", Limit = 100 }).Select(h => h.Id).ToList();
        Assert.True(hits.Count >= 4);
        Assert.Equal(hits, Pages((n, o) => store.Search(new SearchRequest { Query = "Putin", Limit = n, Offset = o }), 2).Select(h => h.Id));
        var listed = store.Search(new SearchRequest { Query = "", EntityId = "country:KP", Limit = 100 }).Select(h => h.Id).ToList();
        Assert.Equal(listed, Pages((n, o) => store.Search(new SearchRequest { Query = "", EntityId = "country:KP", Limit = n, Offset = o }), 2).Select(h => h.Id));
        var events = store.Events(new EventQuery { Actor = "country:RU", Limit = 1000 }).Select(e => (e.DocumentId, e.Id)).ToList();
        Assert.Equal(events, Pages((n, o) => store.Events(new EventQuery { Actor = "country:RU", Limit = n, Offset = o }), 7).Select(e => (e.DocumentId, e.Id)));
        var docs = store.EntityDocuments("country:KP", 100).Select(d => d.Id).ToList();
        Assert.Equal(docs, Pages((n, o) => store.EntityDocuments("country:KP", n, o), 2).Select(d => d.Id));
        var story = store.Stories(new StoryQuery { Limit = 1 })[0];
        var storyEvents = store.Events(new EventQuery { StoryId = story.Id, Limit = 1000 });
        var storyDocs = store.StoryDocuments(story.Id).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(storyEvents);
        Assert.All(storyEvents, e => Assert.Contains(e.DocumentId, storyDocs));
    }
}
