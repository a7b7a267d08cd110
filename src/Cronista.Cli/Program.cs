return Cronista.Cli.CliApp.Run(args);
