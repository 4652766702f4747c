using TalentPortal.PolicyMatching.Domain.Applications;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>What the objector is told: their objection and the notice entry it concerns (the name masked as in the notice).</summary>
public sealed record ObjectionLodgedResponse(Guid Id, Guid ApplicationId, string ApplicantName, string PolicyCode, string Text, DateTimeOffset LodgedAt, ObjectionState State);
