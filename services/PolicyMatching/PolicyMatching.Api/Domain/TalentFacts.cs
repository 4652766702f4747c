using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>policy-matching's snapshot of what it knows about a talent, fed by talent-registry's events.</summary>
public sealed class TalentFacts : IAggregate
{
    private TalentFacts()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string PersonKey { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public bool HukouHuzhou { get; private set; }
    public string? TalentTier { get; private set; }
    public List<EducationRecordInfo> Education { get; private set; } = [];
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>How many registry events were applied; a redelivered event must not move it.</summary>
    public int EventsApplied { get; private set; }

    public static TalentFacts From(TalentRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return new TalentFacts
        {
            Id = registered.TalentId,
            PersonKey = registered.PersonKey,
            DisplayName = registered.DisplayName,
            BirthDate = registered.BirthDate,
            HukouHuzhou = registered.HukouHuzhou,
            TalentTier = registered.TalentTier,
            Education = [.. registered.Education],
            RegisteredAt = registered.RegisteredAt,
            EventsApplied = 1,
        };
    }
}
