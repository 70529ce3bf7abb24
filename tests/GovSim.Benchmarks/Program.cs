using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GovSim.Benchmarks;

// dotnet run -c Release --project tests/GovSim.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new EventsPerSecondColumn()));
