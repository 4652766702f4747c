namespace TalentPortal.Portal.Api;

public sealed record BenefitApplication(
    Guid Id, Guid TalentId, string ApplicantName, string? Street, string PolicyCode, string BenefitKind, decimal? Amount, string State,
    DateTimeOffset SubmittedAt, DateOnly? NoticeStart, DateOnly? NoticeEnd, IReadOnlyList<ApplicationTransition> History, long Version,
    IReadOnlyList<LocalizedText>? PendingVerificationNames = null);

public sealed record ApplicationTransition(string? From, string To, string Action, string ActorRole, DateTimeOffset At, string? Reason);

/// <summary>What an official decides on a reviewed application; each maps to one policy-matching route.</summary>
public enum ReviewDecision
{
    PublicNotice,
    Return,
    Reject,
}
