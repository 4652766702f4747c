using TalentPortal.PolicyMatching.Rules;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>A published policy; <see cref="Trust"/> is its <c>trust:</c> map (fact key → accepted sources), the facts
/// it does not name keep the catalogue's defaults.</summary>
public sealed record PolicySummaryResponse(
    string Code, LocalizedText Name, string Category, LocalizedText Authority, string LegalReference, bool OncePerPerson,
    string? ExclusionGroup, IReadOnlyList<PolicyVersionResponse> Versions, IReadOnlyDictionary<string, IReadOnlyList<string>> Trust)
{
    public static PolicySummaryResponse From(PolicyDefinition p) => new(
        p.Code, p.Name, p.Category, p.Authority, p.LegalReference, p.OncePerPerson, p.ExclusionGroup,
        [.. p.Versions.Select(v => new PolicyVersionResponse(v.Id, v.EffectiveFrom, v.EffectiveTo, v.Document, v.Benefit.Kind.ToString()))],
        p.Trust.Overrides.ToDictionary(
            t => Rules.Facts.FactCatalog.KeyOf(t.Key), t => (IReadOnlyList<string>)[.. t.Value.Select(s => s.ToString())], StringComparer.Ordinal));
}
