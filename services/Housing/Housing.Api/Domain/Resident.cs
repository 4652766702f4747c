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

    private static readonly string[] DegreeOrder = ["Doctorate", "Master", "Bachelor", "Associate"];

    public static Resident From(TalentRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return new Resident
        {
            Id = registered.TalentId,
            PersonKey = registered.PersonKey,
            DisplayName = registered.DisplayName,
            HighestDegree = Highest(registered.Education),
            TalentTier = registered.TalentTier,
            KnownSince = registered.RegisteredAt,
        };
    }

    /// <summary>The profile changed: the degree and tier the priority band reads follow it.</summary>
    public void Apply(TalentProfileUpdated updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        HighestDegree = Highest(updated.Education);
        TalentTier = updated.TalentTier;
    }

    private static string? Highest(IEnumerable<EducationRecordInfo> education) =>
        education.Select(e => e.DegreeLevel).OrderBy(d => Array.IndexOf(DegreeOrder, d)).FirstOrDefault();
}
