using TalentPortal.PolicyMatching.Domain.Applications;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>An application as its applicant, HR and officials see it, with the whole history.</summary>
public sealed record ApplicationResponse(
    Guid Id, Guid TalentId, string ApplicantName, Guid? EmployerId, string? Street, string PolicyCode, string PolicyVersionId,
    string BenefitKind, decimal? Amount, ApplicationState State, DateTimeOffset SubmittedAt, DateOnly? NoticeStart, DateOnly? NoticeEnd,
    DateTimeOffset? ApprovedAt, IReadOnlyList<Instalment> Instalments, IReadOnlyList<PlannedRentStep> RentSteps, IReadOnlyList<Objection> Objections,
    IReadOnlyList<ApplicationTransition> History, long Version)
{
    public static ApplicationResponse From(Application a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.Id, a.TalentId, a.ApplicantName, a.EmployerId, a.Street, a.PolicyCode, a.PolicyVersionId, a.BenefitKind, a.Amount, a.State, a.SubmittedAt,
            a.NoticeStart, a.NoticeEnd, a.ApprovedAt, a.Instalments, a.RentSteps, a.Objections, a.History, a.Version);
    }
}

/// <summary>One line of the public notice (公示): the applicant's name is shown with the given name masked.</summary>
public sealed record PublicNoticeEntry(Guid ApplicationId, string ApplicantName, string PolicyCode, decimal? Amount, string? Street, DateOnly? NoticeStart, DateOnly? NoticeEnd, int OpenObjections);

public sealed record SubmitApplicationRequest(string? PolicyCode, Guid? TalentId) : ServiceDefaults.Http.IValidatableRequest
{
    public void Validate(ServiceDefaults.Http.ValidationErrors errors) => errors.Required("policyCode", PolicyCode, 64);
}

public sealed record ReasonRequest(string? Reason);

public sealed record ObjectionRequest(string? Text) : ServiceDefaults.Http.IValidatableRequest
{
    public void Validate(ServiceDefaults.Http.ValidationErrors errors) => errors.Required("text", Text, 2000);
}

public sealed record ResolveObjectionRequest(bool? Upheld, string? Resolution) : ServiceDefaults.Http.IValidatableRequest
{
    public void Validate(ServiceDefaults.Http.ValidationErrors errors)
    {
        errors.Required("upheld", Upheld);
        errors.Required("resolution", Resolution, 2000);
    }
}

public sealed record InstalmentRunRequest(DateOnly? AsOf);

public sealed record InstalmentRunResponse(DateOnly AsOf, int Checked, int Paid, int Suspended, IReadOnlyList<string> Notes);
