using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>A benefit a person holds, keyed by person (national-ID hash) and by policy or exclusion group. The unique
/// key makes a second grant of a once-per-person benefit — or of another benefit in the same exclusion group — fail
/// in the store, whichever account or redelivered message asks for it. A benefit that may be granted again holds a
/// running entry while its period runs, so two grants never overlap.</summary>
public sealed class LedgerEntry : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }

    /// <summary>"{personKey}|policy:{code}", "{personKey}|group:{group}" or "{personKey}|running:{code}".</summary>
    public string Key { get; set; } = "";
    public string PersonKey { get; set; } = "";
    public string PolicyCode { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>For a running grant (<see cref="RunningKey"/>): its last day; a later grant may replace the entry after it.</summary>
    public DateOnly? RunsUntil { get; set; }

    public static string PolicyKey(string personKey, string policyCode) => $"{personKey}|policy:{policyCode}";

    public static string GroupKey(string personKey, string group) => $"{personKey}|group:{group}";

    /// <summary>The grant of a benefit that is not once per person, while its period runs: one at a time per person.</summary>
    public static string RunningKey(string personKey, string policyCode) => $"{personKey}|running:{policyCode}";
}
