using TalentPortal.Housing.Domain;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Every talent-apartment project with its unit counts (any signed-in user).</summary>
public static class ListProjects
{
    public static async Task<IResult> HandleAsync(IStore store, CancellationToken cancellationToken)
    {
        var projects = await store.FindAsync<ApartmentProject>(_ => true, new QueryOptions<ApartmentProject>(p => p.Code), cancellationToken);
        var units = await store.FindAsync<ApartmentUnit>(_ => true, cancellationToken: cancellationToken);
        var byProject = units.ToLookup(u => u.ProjectId);
        return TypedResults.Ok(projects.Select(p => ProjectResponse.From(p, [.. byProject[p.Id]])).ToList());
    }
}
