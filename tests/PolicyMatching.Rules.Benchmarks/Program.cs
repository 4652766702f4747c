using BenchmarkDotNet.Running;
using TalentPortal.PolicyMatching.Rules.Benchmarks;

// dotnet run -c Release --project tests/PolicyMatching.Rules.Benchmarks -- --job short --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/PolicyMatching.Rules.Benchmarks -- --figures [--smoke]        (tests/bench.sh)
if (args.Contains("--figures"))
{
    Figures.Run(smoke: args.Contains("--smoke"));
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
