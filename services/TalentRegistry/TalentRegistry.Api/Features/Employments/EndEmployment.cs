using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

public sealed record EndEmploymentRequest(string? EndDate, string? Reason) : IValidatableRequest, IDatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (EmploymentInput.Date(EndDate) is null)
        {
            errors.Add("endDate", "endDate is required, as yyyy-MM-dd.");
        }

        errors.MaxLength("reason", Reason, 200);
        errors.PlainText("reason", Reason, multiline: true);
    }

    public void Validate(ValidationErrors errors, DateOnly today)
    {
        if (EmploymentInput.Date(EndDate) is { } end && PlausibleDates.End(end, today) is { } problem)
        {
            errors.Add("endDate", $"endDate {problem}.");
        }
    }
}

/// <summary>Ends an employment (HR of the employer, officials covering its street, admins). Ending a confirmed
/// employment publishes EmploymentEnded; the talent stays counted as intake of the month they were recruited.</summary>
public static class EndEmployment
{
    public static async Task<IResult> HandleAsync(
        Guid id, Guid employmentId, EndEmploymentRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var employment = await TalentAccess.LoadEmploymentAsync(store, id, employmentId, e => TalentAccess.CoversEmployment(caller, e), cancellationToken);

        var wasConfirmed = employment.Status == EmploymentStatus.Confirmed;
        employment.End(EmploymentInput.Date(request.EndDate)!.Value, request.Reason, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(employment);
        if (wasConfirmed)
        {
            unitOfWork.Publish(employment.ToEndedEvent());
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(EmploymentResponse.From(employment));
    }
}
