using Cronista.CatalogBuilder;

// Builds the shipped entity catalogue (src/Cronista/Resources/Entities) from the may-ship gazetteers in
// ../shared/data/gazetteers and the curated files next to this program. Same inputs → byte-identical output.
string root = FindRepoRoot();
string data = Path.Combine(root, "..", "shared", "data", "gazetteers");
string curated = Path.Combine(root, "tools", "Cronista.CatalogBuilder", "curated");
string output = Path.Combine(root, "src", "Cronista", "Resources", "Entities");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length: data = args[++i]; break;
        case "--curated" when i + 1 < args.Length: curated = args[++i]; break;
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        default:
            Console.Error.WriteLine("usage: Cronista.CatalogBuilder [--data <gazetteers dir>] [--curated <dir>] [--out <dir>]");
            return 2;
    }
}
if (!Directory.Exists(data)) { Console.Error.WriteLine($"gazetteers not found: {data}"); return 1; }
var report = CatalogBuilder.Build(data, curated, output);
Console.WriteLine(report);
return 0;

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cronista.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
