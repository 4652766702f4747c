namespace TalentPortal.Storage.Tests;

/// <summary>No partition blocked by a dead message.</summary>
internal static class Unblocked
{
    public static IReadOnlySet<string> None { get; } = new HashSet<string>(StringComparer.Ordinal);
}
