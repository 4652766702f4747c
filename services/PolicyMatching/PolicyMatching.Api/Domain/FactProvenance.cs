using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>Where a fact's value comes from, as talent-registry told (a plain class, like <see cref="EducationFact"/>).</summary>
public sealed class FactProvenance
{
    /// <summary>One of <see cref="FactSources"/>.</summary>
    public string Source { get; set; } = FactSources.SelfDeclared;
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The verification's reference when recorded (a degree's 学信网 verification code and report date).</summary>
    public string? Reference { get; set; }

    public static FactProvenance From(FactProvenanceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new FactProvenance
        {
            Source = info.Source,
            By = info.By,
            At = info.At,
            EvidenceIds = info.EvidenceIds is { } ids ? [.. ids] : [],
            Reference = info.Reference,
        };
    }
}
