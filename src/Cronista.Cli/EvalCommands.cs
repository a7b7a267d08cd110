using System.CommandLine;

namespace Cronista.Cli;

internal static class EvalCommands
{
    public static Command Eval()
    {
        var cmd = new Command("eval", "Measure quality against gold data");
        return cmd;
    }
}
