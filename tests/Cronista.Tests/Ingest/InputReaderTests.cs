using System.Text;
using Cronista.Ingest;
using Cronista.Model;

namespace Cronista.Tests.Ingest;

public class InputReaderTests
{
    [Fact]
    public void DirectoryIsRecursiveSortedAndSkipsHidden()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "bee");
        dir.File("a/2.txt", "two");
        dir.File("a/10.txt", "ten");
        dir.File("C.txt", "upper-case C sorts first");
        dir.File(".hidden.txt", "hidden");
        dir.File(".git/config.txt", "hidden dir");
        dir.File("notes", "extensionless text");
        dir.File("table.csv", "a,b\n1,2");
        dir.File("img.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        var items = Ingest.Read(dir.Path);
        var order = items.Select(i => Path.GetRelativePath(dir.Path, i.Document?.Source ?? i.Diagnostic!.Source).Replace('\\', '/')).ToList();
        Assert.Equal(["C.txt", "a/10.txt", "a/2.txt", "b.txt", "img.png", "notes", "table.csv"], order);
        Assert.Equal(["upper-case C sorts first", "ten", "two", "bee", "extensionless text"], items.Docs().Select(d => d.Text));
        Assert.All(items.Diags(), d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(items.Diags(), d => Assert.Contains("skipped: unsupported file type", d.Message));
    }

    [Fact]
    public void MissingPathIsAnErrorAndTheBatchGoesOn()
    {
        using var dir = new TempDir();
        var good = dir.File("good.txt", "Testo.");
        var missing = dir.Combine("nope.txt");
        var items = InputReader.Read([missing, dir.Combine("no-dir/"), good], new ReadOptions()).ToList();
        Assert.Equal("Testo.", Assert.Single(items.Docs()).Text);
        Assert.Equal(
            [(Severity.Error, missing, "no such file or directory"), (Severity.Error, dir.Combine("no-dir/"), "no such file or directory")],
            items.Diags().Select(d => (d.Severity, d.Source, d.Message)));
    }

    [Fact]
    public void ReadingIsLazy()
    {
        using var dir = new TempDir();
        var good = dir.File("good.txt", "Testo.");
        static IEnumerable<string> Paths(string first)
        {
            yield return first;
            throw new InvalidOperationException("enumerated too far");
        }
        var first = InputReader.Read(Paths(good), new ReadOptions()).First();
        Assert.Equal("Testo.", first.Document!.Text);
    }

    [Fact]
    public void PermissionDeniedIsAnError()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var file = dir.File("secret.txt", "Testo.");
        var sub = dir.File("locked/inner.txt", "Dentro.");
        File.SetUnixFileMode(file, UnixFileMode.None);
        var locked = Path.GetDirectoryName(sub)!;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            bool enforced;
            try { File.ReadAllBytes(file); enforced = false; } catch (UnauthorizedAccessException) { enforced = true; }
            if (!enforced) { Console.WriteLine("skipped: permissions are not enforced for this user (root?)"); return; }
            var items = InputReader.Read([file, dir.Path], new ReadOptions()).ToList();
            Assert.Empty(items.Docs());
            Assert.Equal(
                [(file, "permission denied"), (locked, "permission denied"), (file, "permission denied")], // "locked" < "secret.txt"
                items.Diags().Select(d => (d.Source, d.Message)));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void SymlinkLoopIsNotFollowed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        dir.File("a/x.txt", "Testo.");
        Directory.CreateSymbolicLink(dir.Combine("a/loop"), dir.Path);
        var items = Ingest.Read(dir.Path);
        Assert.Equal("Testo.", Assert.Single(items.Docs()).Text);
        var w = Assert.Single(items.Diags());
        Assert.Equal((Severity.Warning, dir.Combine("a/loop")), (w.Severity, w.Source));
    }

    [Fact]
    public void BinaryFileIsAnError()
    {
        using var dir = new TempDir();
        var bytes = new byte[4000];
        new Random(7).NextBytes(bytes);
        var txt = dir.File("looks-like.txt", [.. "Some text then\n"u8, .. bytes]);
        var unknown = dir.File("blob.dat", bytes);
        var items = InputReader.Read([txt, unknown], new ReadOptions()).ToList();
        Assert.Empty(items.Docs());
        Assert.Equal([(Severity.Error, txt, "binary file"), (Severity.Error, unknown, "binary file")], items.Diags().Select(d => (d.Severity, d.Source, d.Message)));
    }

    [Fact]
    public void ControlCharactersWithoutNulAreBinary()
    {
        using var dir = new TempDir();
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 7 : 'a')).ToArray();
        Assert.Equal("binary file", Assert.Single(Ingest.Read(dir.File("ctl.txt", bytes)).Diags()).Message);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", "  \n\t\r\n   \n")]
    [InlineData("blank.html", "\n\n")]
    [InlineData("blank.jsonl", "\n \n")]
    public void EmptyOrBlankFileIsAnError(string name, string content)
    {
        using var dir = new TempDir();
        var path = dir.File(name, content);
        var items = Ingest.Read(path);
        Assert.Empty(items.Docs());
        var e = Assert.Single(items.Diags());
        Assert.Equal((Severity.Error, path, "empty file"), (e.Severity, e.Source, e.Message));
    }

    [Fact]
    public void BlankUtf16FileIsAnError()
    {
        using var dir = new TempDir();
        var path = dir.File("blank16.txt", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(" \n \n")]);
        Assert.Equal("empty file", Assert.Single(Ingest.Read(path).Diags()).Message);
    }

    [Fact]
    public void HugeTextFileIsRejectedWithoutReadingIt()
    {
        using var dir = new TempDir();
        var path = dir.Combine("huge.txt");
        using (var f = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (int i = 0; i < 50; i++) f.Write(chunk); // one 50 MB line
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var items = Ingest.Read(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(items.Docs());
        var e = Assert.Single(items.Diags());
        Assert.Equal((Severity.Error, "file is 50 MB, over the size limit of 10 MB"), (e.Severity, e.Message));
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void DatePrecedence()
    {
        using var dir = new TempDir();
        var plain = dir.File("2011-02-01/plain.txt", "Testo senza data.");
        var html = dir.File("2011-02-01/page.html", "<html><head><meta name='date' content='2020-05-05'></head><body><p>Pagina con data propria.</p></body></html>");
        var jsonl = dir.File("2011-02-01/lines.jsonl", "{\"text\":\"no date\"}\n{\"text\":\"own date\",\"published\":\"2019-09-09\"}\n");
        var named = dir.File("2012-03-04_name.txt", "Data nel nome del file.");
        var nested = dir.File("2010-01-01/2011-02-03/x.txt", "La data più vicina vince.");
        var undated = dir.File("12011-02-01/x2.txt", "Cifre attaccate: nessuna data.");

        var noFlag = Ingest.Read(dir.Path).Docs().ToDictionary(d => d.Text, d => d.Published);
        Assert.Equal(new DateOnly(2011, 2, 1), noFlag["Testo senza data."]);
        Assert.Equal(new DateOnly(2020, 5, 5), noFlag["Pagina con data propria."]);
        Assert.Equal(new DateOnly(2011, 2, 1), noFlag["no date"]);
        Assert.Equal(new DateOnly(2019, 9, 9), noFlag["own date"]);
        Assert.Equal(new DateOnly(2012, 3, 4), noFlag["Data nel nome del file."]);
        Assert.Equal(new DateOnly(2011, 2, 3), noFlag["La data più vicina vince."]);
        Assert.Null(noFlag["Cifre attaccate: nessuna data."]);

        var flag = new DateOnly(1999, 12, 31);
        var withFlag = Ingest.Read(dir.Path, new ReadOptions { Date = flag }).Docs().ToDictionary(d => d.Text, d => d.Published);
        Assert.Equal(flag, withFlag["Testo senza data."]);             // --date beats the path
        Assert.Equal(new DateOnly(2020, 5, 5), withFlag["Pagina con data propria."]); // own metadata beats --date
        Assert.Equal(flag, withFlag["no date"]);
        Assert.Equal(new DateOnly(2019, 9, 9), withFlag["own date"]);
        Assert.Equal(flag, withFlag["Cifre attaccate: nessuna data."]);
        _ = (plain, html, jsonl, named, nested, undated);
    }

    [Fact]
    public void LanguageOptionFillsOnlyMissingLanguage()
    {
        using var dir = new TempDir();
        dir.File("a.html", "<html lang='en-GB'><body><p>An English page.</p></body></html>");
        dir.File("b.txt", "Un testo.");
        var docs = Ingest.Read(dir.Path, new ReadOptions { Language = "IT" }).Docs();
        Assert.Equal(["en", "it"], docs.Select(d => d.Language));
    }

    [Fact]
    public void MixedDirectory()
    {
        using var dir = new TempDir();
        dir.File("01-good.txt", "Titolo\n\nUn buon articolo.");
        File.Copy(Ingest.Fixture("article.html"), dir.Combine("02-good.html"));
        File.Copy(Ingest.Fixture("feed.rss"), dir.Combine("03-feed.rss"));
        File.Copy(Ingest.Fixture("feed.atom"), dir.Combine("03-feed.xml")); // sniffed
        dir.File("04-lines.jsonl", "{\"text\":\"riga buona\"}\n{oops}\n{\"text\":\"altra riga buona\"}\n");
        dir.File("05-binary.txt", [1, 2, 0, 4, 5, 0, 0, 9]);
        dir.File("06-empty.txt", "");
        dir.File("07-blank.txt", " \n ");
        dir.File("08-large.txt", new string('x', 10_000));
        var rss = File.ReadAllText(Ingest.Fixture("feed.rss"));
        dir.File("09-truncated.rss", rss[..rss.IndexOf("<dc:date>", StringComparison.Ordinal)]);
        dir.File("10-latin1.txt", [.. "Citt"u8, 0xE0, .. " vecchia.\n"u8]);
        dir.File("11-unknown.bin", [0, 1, 2, 3]);
        dir.File("sub/12-good.ndjson", "{\"text\":\"annidato\"}");
        var missing = dir.Combine("13-missing.txt");

        var options = new ReadOptions { MaxDocumentBytes = 8192 }; // the 10,000-byte file is "large"
        var items = InputReader.Read([dir.Path, missing], options).ToList();

        var docs = items.Docs();
        // 1 txt + 1 html + 3 rss + 3 atom + 2 jsonl + 2 truncated rss items + 1 latin1 + 1 ndjson
        Assert.Equal(14, docs.Count);
        Assert.Contains(docs, d => d.Text == "Citt\uFFFD vecchia.");
        var diags = items.Diags().Select(d => (d.Severity, Path.GetFileName(d.Source), d.Line)).ToList();
        Assert.Equal(
            [
                (Severity.Error, "04-lines.jsonl", 2),
                (Severity.Error, "05-binary.txt", null),
                (Severity.Error, "06-empty.txt", null),
                (Severity.Error, "07-blank.txt", null),
                (Severity.Error, "08-large.txt", null),
                (Severity.Error, "09-truncated.rss", 27), // EOF on the line of the cut
                (Severity.Warning, "10-latin1.txt", 1),
                (Severity.Warning, "11-unknown.bin", null),
                (Severity.Error, "13-missing.txt", null),
            ],
            diags.Select(d => (d.Severity, d.Item2, d.Line)));
    }

    // ML-Crisis: "the publication date is the folder name" (data README).
    [Fact]
    public void MlCrisisFolderDates()
    {
        var root = Path.Combine(PlainTextReaderTests.RepoRoot(), "..", "shared", "data", "corpus", "ml-crisis", "it", "egypt");
        if (!Directory.Exists(root)) { Console.WriteLine($"skipped: {root} not found"); return; }
        var items = Ingest.Read(root);
        Assert.DoesNotContain(items.Diags(), d => d.Severity == Severity.Error);
        var docs = items.Docs();
        Assert.NotEmpty(docs);
        foreach (var d in docs)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(d.Source))!;
            Assert.Equal(DateOnly.ParseExact(folder, "yyyy-MM-dd"), d.Published);
        }
    }
}
