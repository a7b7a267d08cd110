namespace Cronista.Cli;

public static class CliApp
{
    public static int Run(string[] args) { Console.WriteLine("cronista"); return 0; }
}
