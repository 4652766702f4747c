using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Where a fact's current value comes from: its source (one of <see cref="FactSources"/>), the account that
/// supplied or verified it, when, and the documents it rests on. <see cref="Rejected"/> marks a declared value an
/// official refused that had no verified value to return to.</summary>
public sealed class FactProvenance
{
    public string Source { get; set; } = FactSources.SelfDeclared;
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];
    public bool Rejected { get; set; }

    /// <summary>The verification's own reference when the official recorded one: for a degree, the 学信网 online
    /// verification code (or the overseas credential certificate's number) and the report's date.</summary>
    public string? Reference { get; set; }

    public bool IsSelfDeclared => Source == FactSources.SelfDeclared;

    /// <summary>The source of what a caller supplies: graduates declare, HR attests, officials and admins verify.</summary>
    public static string SourceOf(string role) => role switch
    {
        Roles.Graduate => FactSources.SelfDeclared,
        Roles.EmployerHr => FactSources.EmployerAttested,
        _ => FactSources.OfficialVerified,
    };

    public static FactProvenance Of(string source, string by, DateTimeOffset at) => new() { Source = source, By = by, At = at };

    public FactProvenance Copy() => new() { Source = Source, By = By, At = At, EvidenceIds = [.. EvidenceIds], Rejected = Rejected, Reference = Reference };

    public FactProvenanceInfo ToInfo() => new(Source, By, At, [.. EvidenceIds], Reference);
}
