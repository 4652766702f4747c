using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employers;

/// <summary>The employer registry is reference data every signed-in user may read.</summary>
public static class ListEmployers
{
    public static async Task<IResult> HandleAsync(string? street, IndustryChain? industryChain, IStore store, CancellationToken cancellationToken)
    {
        var all = await store.FindAsync<Employer>(_ => true, new QueryOptions<Employer>(e => e.Name), cancellationToken);
        return TypedResults.Ok(all
            .Where(e => (street is null || e.Street == street) && (industryChain is null || e.IndustryChain == industryChain))
            .Select(EmployerResponse.From)
            .ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(EmployerResponse.From(
            await store.GetAsync<Employer>(id, cancellationToken) ?? throw ProblemException.NotFound($"Employer {id} does not exist.")));
}
