using TalentPortal.PolicyMatching.Domain.Applications;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>An objection; <see cref="LodgedBy"/> only for officials and admins.</summary>
public sealed record ObjectionResponse(
    Guid Id, string Text, string? LodgedBy, DateTimeOffset LodgedAt, ObjectionState State, string? Resolution, string? ResolvedBy, DateTimeOffset? ResolvedAt)
{
    public static ObjectionResponse From(Objection o, bool showObjector)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.Text, showObjector ? o.LodgedBy : null, o.LodgedAt, o.State, o.Resolution, showObjector ? o.ResolvedBy : null, o.ResolvedAt);
    }
}
