using System.Text.Json;
using Cronista.Tests.Support;

namespace Cronista.Tests.Cli;

/// <summary>Entities through the CLI: analyze JSON, search --entity, the entity command, user catalogue files.</summary>
public class EntityCliTests
{
    private const string Article = "Il ministro Aldo Ferretti ha incontrato a Vladivostok il presidente russo Vladimir Putin. Ferretti ha poi visitato Pyongyang.";

    [Fact]
    public void UserCatalogueEntitiesAreLinkedStoredAndShown()
    {
        using var tmp = new TempDir();
        var doc = tmp.Write("a.txt", Article);
        // A person the built-in catalogue does not know, added by a user file in the documented format.
        var catalog = tmp.Write("mine.tsv", "# my entities\nE\tperson:aldo-ferretti\tPER\tperson\tAldo Ferretti\t\tIT\nA\tperson:aldo-ferretti\tFerretti\t*\tshort\n");
        var db = tmp.File("c.db");
        var (code, stdout, stderr) = CliProcess.Run("analyze", doc, "--db", db, "--lang", "it", "--catalog", catalog);
        Assert.True(code == 0, stderr);
        var entities = JsonDocument.Parse(stdout).RootElement.GetProperty("entities").EnumerateArray().ToList();
        var ferretti = entities.Single(e => e.GetProperty("id").GetString() == "person:aldo-ferretti");
        Assert.Equal(["Aldo Ferretti", "Ferretti"], ferretti.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        var vladivostok = entities.Single(e => e.GetProperty("name").GetString() == "Vladivostok");
        Assert.Equal("RU", vladivostok.GetProperty("country").GetString());

        (code, stdout, stderr) = CliProcess.Run("search", "--entity", "person:aldo-ferretti", "--db", db, "--json");
        Assert.True(code == 0, stderr);
        Assert.Contains("[Aldo Ferretti]", JsonDocument.Parse(stdout.Split('\n')[0]).RootElement.GetProperty("snippet").GetString());

        (code, stdout, stderr) = CliProcess.Run("entity", "Ferretti", "--catalog", catalog, "--db", db, "--json");
        Assert.True(code == 0, stderr);
        var shown = JsonDocument.Parse(stdout.Split('\n')[0]).RootElement;
        Assert.Equal(("person:aldo-ferretti", 1, 2), (shown.GetProperty("id").GetString(), shown.GetProperty("documents").GetInt32(), shown.GetProperty("mentions").GetInt32()));
        Assert.Contains(shown.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("text").GetString() == "Ferretti");
    }

    [Fact]
    public void EntityCommandFindsNamesInAnyLanguage()
    {
        var (code, stdout, stderr) = CliProcess.Run("entity", "Corea del Norte", "--db", "/nonexistent.db", "--json");
        Assert.True(code == 0, stderr);
        var kp = JsonDocument.Parse(stdout.Split('\n')[0]).RootElement;
        Assert.Equal("North Korea", kp.GetProperty("name").GetString());
        Assert.Contains(kp.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("text").GetString() == "Corea del Nord");
        Assert.Equal(2, CliProcess.Run("entity", "Xyzzy Plugh", "--db", "/nonexistent.db").ExitCode);
        Assert.Equal(2, CliProcess.Run("analyze", "--catalog", "/no/such.tsv", "x.txt").ExitCode);
    }
}
