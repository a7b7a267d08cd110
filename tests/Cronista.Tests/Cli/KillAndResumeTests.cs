using System.Diagnostics;
using Cronista.Cli.Bench;
using Cronista.Ingest;
using Cronista.Model;
using Cronista.Storage;
using Cronista.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Cli;

public class KillAndResumeTests
{
    private static string MakeCorpus(TempDir tmp, int count)
    {
        var bases = InputReader.Read([Path.Combine(SharedData.RepoRoot, "samples")], new ReadOptions())
            .Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var path = tmp.File("corpus.jsonl");
        CorpusGenerator.WriteJsonl(new CorpusGenerator(bases, seed: 7).Generate(count), path);
        return path;
    }

    private static long CountDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM documents";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException) { return 0; } // schema not created yet, or locked during creation
    }

    [Fact]
    public void KillDuringIngestThenRerunGivesTheSameDatabaseAsAnUninterruptedRun()
    {
        using var tmp = new TempDir();
        var corpus = MakeCorpus(tmp, 3000);
        string refDb = tmp.File("ref.db"), killedDb = tmp.File("killed.db");

        var full = CliProcess.Run("ingest", corpus, "--db", refDb, "--batch-size", "100");
        Assert.True(full.ExitCode == 0, full.Stderr);

        using (var p = Process.Start(CliProcess.StartInfo("ingest", corpus, "--db", killedDb, "--batch-size", "100"))!)
        {
            p.StandardInput.Close();
            var sw = Stopwatch.StartNew();
            while (CountDocuments(killedDb) == 0 && !p.HasExited && sw.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(5);
            Assert.False(p.HasExited, "the ingest finished before it could be killed: make the corpus larger");
            p.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            p.WaitForExit();
        }
        long committedBeforeKill = CountDocuments(killedDb);
        Assert.InRange(committedBeforeKill, 1, 2999);

        var rerun = CliProcess.Run("ingest", corpus, "--db", killedDb, "--batch-size", "100");
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);

        using var a = new SqliteDocumentStore(refDb);
        using var b = new SqliteDocumentStore(killedDb);
        Assert.Equal(a.TableCounts(), b.TableCounts());
        Assert.Equal(a.ContentDigest(), b.ContentDigest());
        Assert.True(a.Stats().NearDuplicates > 0, "the corpus should exercise near-duplicate detection");
    }
}
