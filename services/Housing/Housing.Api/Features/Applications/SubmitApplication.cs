using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Leases;
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
        errors.Enum<UnitLayout>("preferredLayout", PreferredLayout, required: false);
    }
}

/// <summary>A graduate holding an approved talent-apartment benefit not yet used by a lease joins the waiting list
/// with their preferences. One open application per talent (unique in the store); a talent with a running lease
/// cannot apply, nor one whose every benefit was used by an earlier lease (409 EntitlementUsed).</summary>
public static class SubmitApplication
{
    public static async Task<IResult> HandleAsync(SubmitApplicationRequest request, HttpContext http, IStore store, WaitingList waitingList, TimeProvider time, CancellationToken cancellationToken)
    {
        var talentId = HousingAccess.OwnTalentId(Caller.From(http.User));
        var now = time.GetUtcNow();
        var project = request.PreferredProjectId is { } projectId
            ? await store.GetAsync<ApartmentProject>(projectId, cancellationToken) ?? throw new InvalidFieldException("preferredProjectId", $"Project {projectId} does not exist.")
            : null;
        var entitlements = await store.FindAsync<ApartmentEntitlement>(e => e.TalentId == talentId, cancellationToken: cancellationToken);
        if (entitlements.Count == 0)
        {
            throw new RuleViolationException("You hold no approved talent-apartment benefit (人才公寓) yet.", "NoBenefit");
        }

        if (await MoveOuts.RunningLeaseOfAsync(store, talentId, now, cancellationToken) is not null)
        {
            throw new RuleViolationException("You already hold a running lease.", "AlreadyHoused");
        }

        var openKey = HousingApplication.OpenKeyOf(talentId);
        var open = await store.FindAsync<HousingApplication>(a => a.OpenKey == openKey, cancellationToken: cancellationToken);
        if (open.Count > 0)
        {
            throw new RuleViolationException("You are already on the waiting list.", open[0].Status.ToString(), new Dictionary<string, object?> { ["applicationId"] = open[0].Id });
        }

        var entitlement = entitlements.OrderBy(e => e.IsUsed).ThenByDescending(e => e.GrantedAt).First();
        var resident = await store.GetAsync<Resident>(talentId, cancellationToken);
        var application = HousingApplication.Submit(entitlement, resident, project, EnumText.ParseOrNull<UnitLayout>(request.PreferredLayout), now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(application);
        await unitOfWork.CommitAsync(cancellationToken);
        var ordered = await waitingList.OrderedAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/applications/{application.Id}", ApplicationResponse.From(application, WaitingList.PositionOf(ordered, application.Id), null));
    }
}
