using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Units, optionally of one project, one layout or one status (any signed-in user).</summary>
public static class ListUnits
{
    public static async Task<IResult> HandleAsync(Guid? projectId, string? layout, string? status, IStore store, CancellationToken cancellationToken)
    {
        UnitLayout? wantedLayout = null;
        if (layout is not null)
        {
            wantedLayout = UnitInput.Layout(layout) ?? throw new InvalidFieldException("layout", $"layout must be one of {string.Join(", ", Enum.GetNames<UnitLayout>())}.");
        }

        UnitStatus? wantedStatus = null;
        if (status is not null)
        {
            wantedStatus = Enum.TryParse<UnitStatus>(status, true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidFieldException("status", $"status must be one of {string.Join(", ", Enum.GetNames<UnitStatus>())}.");
        }

        var units = projectId is { } project
            ? await store.FindAsync<ApartmentUnit>(u => u.ProjectId == project, cancellationToken: cancellationToken)
            : await store.FindAsync<ApartmentUnit>(_ => true, cancellationToken: cancellationToken);
        return TypedResults.Ok(units
            .Where(u => (wantedLayout is null || u.Layout == wantedLayout) && (wantedStatus is null || u.Status == wantedStatus))
            .OrderBy(u => u.ProjectName, StringComparer.Ordinal).ThenBy(u => u.Number, StringComparer.Ordinal)
            .Select(UnitResponse.From)
            .ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, IStore store, CancellationToken cancellationToken)
    {
        var unit = await store.GetAsync<ApartmentUnit>(id, cancellationToken) ?? throw ProblemException.NotFound($"Unit {id} does not exist.");
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
