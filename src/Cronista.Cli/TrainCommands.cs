using System.CommandLine;

namespace Cronista.Cli;

/// <summary><c>cronista train …</c>: build the statistical models that ship as resources.</summary>
internal static class TrainCommands
{
    public static Command Train()
    {
        var cmd = new Command("train", "Train models from gold data");
        cmd.Add(NerCommands.TrainNer());
        cmd.Add(EventEvalCommands.Train());
        return cmd;
    }
}
