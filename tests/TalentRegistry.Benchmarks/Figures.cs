using System.Globalization;

namespace TalentPortal.TalentRegistry.Benchmarks;

/// <summary>Figures as <c>BENCH {"name", "unit", "value"}</c> lines, collected by tests/bench.sh.</summary>
internal static class Figures
{
    public static void Print(string name, string unit, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH {{\"name\": \"{name}\", \"unit\": \"{unit}\", \"value\": {value:0.####}}}"));
}
