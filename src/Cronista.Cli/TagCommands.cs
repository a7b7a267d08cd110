using System.CommandLine;

namespace Cronista.Cli;

/// <summary><c>cronista tag …</c>: annotate files in evaluation interchange formats (one subcommand per annotation layer).</summary>
internal static class TagCommands
{
    public static Command Tag()
    {
        var cmd = new Command("tag", "Annotate files in evaluation formats");
        cmd.Add(NerCommands.TagNer());
        cmd.Add(TimexCommands.Tag());
        cmd.Add(EventEvalCommands.Tag());
        return cmd;
    }
}
