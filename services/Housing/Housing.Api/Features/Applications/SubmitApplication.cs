using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Apartments;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

public sealed record SubmitApplicationRequest(Guid? PreferredProjectId, string? PreferredLayout) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (PreferredLayout is not null && UnitInput.Layout(PreferredLayout) is null)
        {
            errors.Add("preferredLayout", $"preferredLayout must be one of {string.Join(", ", Enum.GetNames<UnitLayout>())}.");
        }
    }
}

/// <summary>A graduate holding an approved talent-apartment benefit joins the waiting list with their preferences.
/// One open application per talent (unique in the store); a talent with a running lease cannot apply.</summary>
public static class SubmitApplication
{
    public static async Task<IResult> HandleAsync(SubmitApplicationRequest request, HttpContext http, IStore store, WaitingList waitingList, TimeProvider time, CancellationToken cancellationToken)
    {
        var talentId = HousingAccess.RequireGraduate(Caller.From(http.User));
        var entitlements = await store.FindAsync<ApartmentEntitlement>(e => e.TalentId == talentId, cancellationToken: cancellationToken);
        var entitlement = entitlements.OrderByDescending(e => e.GrantedAt).FirstOrDefault()
            ?? throw new RuleViolationException("You hold no approved talent-apartment benefit (人才公寓) yet.", "NoBenefit");
        var tenantKey = Lease.TenantKeyOf(talentId);
        if (await store.CountAsync<Lease>(l => l.TenantKey == tenantKey, cancellationToken) > 0)
        {
            throw new RuleViolationException("You already hold a running lease.", "AlreadyHoused");
        }

        var openKey = HousingApplication.OpenKeyOf(talentId);
        var open = await store.FindAsync<HousingApplication>(a => a.OpenKey == openKey, cancellationToken: cancellationToken);
        if (open.Count > 0)
        {
            throw ProblemException.Conflict("You are already on the waiting list.", new Dictionary<string, object?> { ["state"] = open[0].Status.ToString(), ["applicationId"] = open[0].Id });
        }

        if (request.PreferredProjectId is { } projectId && await store.GetAsync<ApartmentProject>(projectId, cancellationToken) is null)
        {
            throw new InvalidFieldException("preferredProjectId", $"Project {projectId} does not exist.");
        }

        var resident = await store.GetAsync<Resident>(talentId, cancellationToken);
        var application = HousingApplication.Submit(entitlement, resident, request.PreferredProjectId, UnitInput.Layout(request.PreferredLayout), time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(application);
        await unitOfWork.CommitAsync(cancellationToken);
        var ordered = await waitingList.OrderedAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/applications/{application.Id}", ApplicationResponse.From(application, WaitingList.PositionOf(ordered, application.Id), null));
    }
}
