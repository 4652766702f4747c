using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

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

/// <summary>What the objector is told: their objection and the notice entry it concerns (the name masked as in the notice).</summary>
public sealed record ObjectionLodgedResponse(Guid Id, Guid ApplicationId, string ApplicantName, string PolicyCode, string Text, DateTimeOffset LodgedAt, ObjectionState State);

/// <summary>One line of the public notice (公示): the applicant's name is shown with the given name masked.</summary>
public sealed record PublicNoticeEntry(Guid ApplicationId, string ApplicantName, string PolicyCode, decimal? Amount, string? Street, DateOnly? NoticeStart, DateOnly? NoticeEnd, int OpenObjections)
{
    public static PublicNoticeEntry From(Application a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, MaskName(a.ApplicantName), a.PolicyCode, a.Amount, a.Street, a.NoticeStart, a.NoticeEnd, a.OpenObjections);
    }

    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length <= 1 ? name : $"{name[0]}{new string('*', name.Length - 1)}";
    }
}

public sealed record SubmitApplicationRequest(string? PolicyCode, Guid? TalentId) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("policyCode", PolicyCode, 64);
        errors.PlainText("policyCode", PolicyCode);
    }
}

/// <summary>A reason or note for a decision; required where the decision needs one.</summary>
public sealed record ReasonRequest(string? Reason) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.MaxLength("reason", Reason, 2000);
        errors.PlainText("reason", Reason, multiline: true);
    }
}

public sealed record ObjectionRequest(string? Text) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("text", Text, 2000);
        errors.PlainText("text", Text, multiline: true);
    }
}

public sealed record ResolveObjectionRequest(bool? Upheld, string? Resolution) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("upheld", Upheld);
        errors.Required("resolution", Resolution, 2000);
        errors.PlainText("resolution", Resolution, multiline: true);
    }
}

public sealed record InstalmentRunRequest(DateOnly? AsOf) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.Range("asOf", AsOf, Rules.EngineDates.Earliest, Rules.EngineDates.Latest);
}

public sealed record InstalmentRunResponse(DateOnly AsOf, int Checked, int Paid, int Suspended, IReadOnlyList<string> Notes);
