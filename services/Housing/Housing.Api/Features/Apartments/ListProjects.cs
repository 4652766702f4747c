using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Talent-apartment projects by code, a page at a time, with their unit counts (any signed-in user).</summary>
public static class ListProjects
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync(int? skip, int? take, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var projects = await store.FindAsync<ApartmentProject>(_ => true, new QueryOptions<ApartmentProject>(p => p.Code, Skip: page.Skip, Take: page.Take), cancellationToken);
        // A List (not an array, whose Contains binds to a span overload stores cannot translate).
        var ids = projects.Select(p => p.Id).ToList();
        var units = ids.Count == 0 ? [] : await store.FindAsync<ApartmentUnit>(u => ids.Contains(u.ProjectId), cancellationToken: cancellationToken);
        var byProject = units.ToLookup(u => u.ProjectId);
        return TypedResults.Ok(projects.Select(p => ProjectResponse.From(p, [.. byProject[p.Id]])).ToList());
    }
}
