using System.Diagnostics;

namespace Cronista.Tests.Support;

/// <summary>Runs the real CLI (the built Cronista.Cli.dll next to the tests) as a child process.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Cronista.Cli.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("CRONISTA_DB");
        return psi;
    }

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string? stdin, params string[] args)
    {
        using var p = Process.Start(StartInfo(args))!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("cronista " + string.Join(' ', args)); }
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(null, args);
}
