using System.CommandLine;

namespace Cronista.Cli;

/// <summary><c>cronista tag …</c>: annotate token files for evaluation interop.</summary>
internal static class TagCommands
{
    public static Command Tag()
    {
        var cmd = new Command("tag", "Annotate CoNLL-style token files");
        cmd.Add(NerCommands.TagNer());
        return cmd;
    }
}
