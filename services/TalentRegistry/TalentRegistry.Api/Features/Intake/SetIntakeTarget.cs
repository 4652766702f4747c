using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Intake;

public sealed record SetIntakeTargetRequest(int? Year, string? Street, string? Degree, int? TargetCount) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "year is required, between 2000 and 2100.");
        }

        if (Street is not null && !Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join(", ", Zone.Streets)}, or omitted for a zone-wide target.");
        }

        errors.Enum<DegreeLevel>("degree", Degree, required: false);

        if (TargetCount is not (>= 0 and <= 10_000_000))
        {
            errors.Add("targetCount", "targetCount is required, between 0 and 10,000,000.");
        }
    }
}

/// <summary>Sets (creates or changes) the annual target of a street × degree; zone-wide targets are for zone officials
/// and admins, street targets also for that street's officials.</summary>
public static class SetIntakeTarget
{
    public static async Task<IResult> HandleAsync(
        SetIntakeTargetRequest request, HttpContext http, IStore store, IntakeCube cube, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        TalentAccess.DemandStreet(caller, request.Street);

        var degree = EnumText.ParseOrNull<DegreeLevel>(request.Degree);
        var key = IntakeTarget.KeyOf(request.Year!.Value, request.Street, degree);
        var now = time.GetUtcNow();
        var existing = await store.FindAsync<IntakeTarget>(t => t.Key == key, new QueryOptions<IntakeTarget>(Take: 1), cancellationToken);
        var unitOfWork = store.BeginUnitOfWork();
        IntakeTarget target;
        if (existing.Count > 0)
        {
            target = existing[0];
            target.Change(request.TargetCount!.Value, caller.AccountId, now);
            unitOfWork.Update(target);
        }
        else
        {
            target = IntakeTarget.Set(request.Year.Value, request.Street, degree, request.TargetCount!.Value, caller.AccountId, now);
            unitOfWork.Insert(target);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(IntakeTargetResponse.From(target, cube, Zone.Today(now)));
    }
}
