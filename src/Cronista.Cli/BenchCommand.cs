using System.CommandLine;

namespace Cronista.Cli;

internal static class BenchCommand
{
    public static Command Bench()
    {
        var cmd = new Command("bench", "Throughput benchmark");
        return cmd;
    }
}
