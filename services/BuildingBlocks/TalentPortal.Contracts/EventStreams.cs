namespace TalentPortal.Contracts;

/// <summary>The streams of the integration events, by name.</summary>
public static class EventStreams
{
    /// <summary>A talent's registration, profile and employments (talent-registry).</summary>
    public const string Talent = "talent-registry.talent";

    /// <summary>Employers added to the registry (talent-registry).</summary>
    public const string Employers = "talent-registry.employers";

    /// <summary>Policies published (policy-matching).</summary>
    public const string Policies = "policy-matching.policies";

    /// <summary>A talent's results against the policies (policy-matching).</summary>
    public const string Eligibility = "policy-matching.eligibility";

    /// <summary>A talent's applications, decisions and payments (policy-matching).</summary>
    public const string Applications = "policy-matching.applications";

    /// <summary>Benefits granted to a talent (policy-matching).</summary>
    public const string Grants = "policy-matching.grants";

    /// <summary>A talent's talent-apartment leases (housing).</summary>
    public const string Leases = "housing.leases";

    /// <summary>Units allocated to a talent (housing).</summary>
    public const string Allocations = "housing.allocations";

    /// <summary>Service requests closed (housing).</summary>
    public const string ServiceRequests = "housing.service-requests";

    /// <summary>Which services read each stream. The deploy topology gives each reader a queue before anything is
    /// published, and the publisher's relay treats a publish of a read stream that reaches no queue as a failure (it
    /// waits in the outbox) instead of a silent drop. Streams nobody reads yet are published without that check.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Readers { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Talent] = ["policy-matching", "housing"],
        [Employers] = ["housing"],
        [Leases] = ["policy-matching"],
        [Grants] = ["housing"],
    };
}
