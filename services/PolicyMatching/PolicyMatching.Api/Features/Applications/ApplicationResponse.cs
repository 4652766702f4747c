using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>An application as its applicant, HR and officials see it, with the whole history. Objections come from
/// their own collection; who lodged one is shown to officials and admins only. <see cref="PendingVerification"/>: the
/// facts the submitted result relied on that were pending verification at submission.</summary>
public sealed record ApplicationResponse(
    Guid Id, Guid TalentId, string ApplicantName, Guid? EmployerId, string? Street, string PolicyCode, string PolicyVersionId,
    string BenefitKind, decimal? Amount, ApplicationState State, DateTimeOffset SubmittedAt, DateOnly? NoticeStart, DateOnly? NoticeEnd,
    DateTimeOffset? ApprovedAt, DateOnly? GrantRunsUntil, IReadOnlyList<Instalment> Instalments, IReadOnlyList<PlannedRentStep> RentSteps,
    int OpenObjections, IReadOnlyList<ObjectionResponse> Objections, IReadOnlyList<ApplicationTransition> History, long Version,
    IReadOnlyList<string> PendingVerification, IReadOnlyList<LocalizedText> PendingVerificationNames)
{
    public static ApplicationResponse From(Application a, IEnumerable<Objection> objections, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(objections);
        ArgumentNullException.ThrowIfNull(caller);
        var staff = caller.IsOfficial || caller.IsAdmin;
        return new(
            a.Id, a.TalentId, a.ApplicantName, a.EmployerId, a.Street, a.PolicyCode, a.PolicyVersionId, a.BenefitKind, a.Amount, a.State, a.SubmittedAt,
            a.NoticeStart, a.NoticeEnd, a.ApprovedAt, a.GrantRunsUntil, a.Instalments, a.RentSteps, a.OpenObjections,
            [.. objections.OrderBy(o => o.LodgedAt).Select(o => ObjectionResponse.From(o, staff))], a.History, a.Version,
            a.PendingVerification, FactNames.Of(a.PendingVerification));
    }
}
