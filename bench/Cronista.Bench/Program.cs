using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot text-layer paths. Run: dotnet run -c Release --project bench/Cronista.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Cronista.Bench.TextBenchmarks).Assembly).Run(args);
