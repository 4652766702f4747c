using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

public sealed record CreateUnitRequest(string? Number, string? Layout, decimal? Area, decimal? MonthlyRent) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("number", Number, 20);
        errors.PlainText("number", Number);
        UnitInput.Validate(errors, Layout, Area, MonthlyRent);
    }
}

/// <summary>An official adds a unit to a project in a street they cover; the same number twice is a 409.</summary>
public static class CreateUnit
{
    public static async Task<IResult> HandleAsync(Guid id, CreateUnitRequest request, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var project = await HousingAccess.LoadProjectAsync(store, Caller.From(http.User), id, cancellationToken);
        var unit = ApartmentUnit.Create(project, request.Number!, EnumText.ParseOrNull<UnitLayout>(request.Layout)!.Value, request.Area!.Value, request.MonthlyRent!.Value);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(unit);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/units/{unit.Id}", UnitResponse.From(unit));
    }
}
