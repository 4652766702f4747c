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

    /// <summary>The highest degree an official (or an authoritative feed) verified; a self-declared or employer-attested
    /// degree does not count for the priority band.</summary>
    public string? HighestDegree { get; private set; }

    /// <summary>The talent tier from the talent office's 人才分类认定 decision; null while none is verified.</summary>
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
            HighestDegree = Trusted(registered.Provenance, "degreeLevel") ? Highest(registered.Education) : null,
            TalentTier = Trusted(registered.Provenance, "talentTier") ? registered.TalentTier : null,
            KnownSince = registered.RegisteredAt,
        };
    }

    /// <summary>The profile changed: the verified degree and tier the priority band reads follow it. A declared change
    /// waiting for verification leaves the band where the verified facts put it.</summary>
    public void Apply(TalentProfileUpdated updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        HighestDegree = Trusted(updated.Provenance, "degreeLevel") ? Highest(updated.Education) : null;
        TalentTier = Trusted(updated.Provenance, "talentTier") ? updated.TalentTier : null;
    }

    /// <summary>The priority band the verified facts give.</summary>
    public int Band => PriorityBand.Of(TalentTier, HighestDegree);

    /// <summary>Only an official's verification or an authoritative feed moves someone up the waiting list.</summary>
    private static bool Trusted(IReadOnlyDictionary<string, FactProvenanceInfo>? provenance, string fact) =>
        provenance is not null && provenance.TryGetValue(fact, out var source) && source.Source is FactSources.OfficialVerified or FactSources.Registry;

    private static string? Highest(IEnumerable<EducationRecordInfo> education) =>
        education.Select(e => e.DegreeLevel).OrderBy(d => Array.IndexOf(DegreeOrder, d)).FirstOrDefault();
}
