using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A talent as housing knows them: who may apply for apartments and raise service requests.</summary>
public sealed class Resident : IAggregate
{
    private Resident()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string PersonKey { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string? HighestDegree { get; private set; }
    public string? TalentTier { get; private set; }
    public DateTimeOffset KnownSince { get; private set; }

    public static Resident From(TalentRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        string[] order = ["Doctorate", "Master", "Bachelor", "Associate"];
        return new Resident
        {
            Id = registered.TalentId,
            PersonKey = registered.PersonKey,
            DisplayName = registered.DisplayName,
            HighestDegree = registered.Education.Select(e => e.DegreeLevel).OrderBy(d => Array.IndexOf(order, d)).FirstOrDefault(),
            TalentTier = registered.TalentTier,
            KnownSince = registered.RegisteredAt,
        };
    }
}
