using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Query string of GET /api/housing/units: optional project, layout and status filters and the page.</summary>
public sealed record ListUnitsQuery(Guid? ProjectId, string? Layout, string? Status, int? Skip, int? Take) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Enum<UnitLayout>("layout", Layout, required: false);
        errors.Enum<UnitStatus>("status", Status, required: false);
    }
}

/// <summary>Units, optionally of one project, one layout or one status, ordered by project and number, a page at a
/// time (any signed-in user).</summary>
public static class ListUnits
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync([AsParameters] ListUnitsQuery query, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(query.Skip, query.Take, DefaultTake);
        var projectId = query.ProjectId;
        var layout = EnumText.ParseOrNull<UnitLayout>(query.Layout);
        var status = EnumText.ParseOrNull<UnitStatus>(query.Status);
        var filter = StoreFilter.All<ApartmentUnit>(
            projectId is { } project ? u => u.ProjectId == project : null,
            layout is { } l ? u => u.Layout == l : null,
            status is { } s ? u => u.Status == s : null);
        var units = await store.FindAsync(filter, new QueryOptions<ApartmentUnit>(u => u.Key, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(units.Select(UnitResponse.From).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, IStore store, CancellationToken cancellationToken)
    {
        var unit = await store.GetAsync<ApartmentUnit>(id, cancellationToken) ?? throw ProblemException.NotFound($"Unit {id} does not exist.");
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
