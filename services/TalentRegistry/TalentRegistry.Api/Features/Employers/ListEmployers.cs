using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employers;

/// <summary>Query string of GET /api/employers: optional street and industry-chain filters.</summary>
public sealed record ListEmployersQuery(string? Street, string? IndustryChain) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Street is not null && !Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join(", ", Zone.Streets)}.");
        }

        errors.Enum<IndustryChain>("industryChain", IndustryChain, required: false);
    }
}

/// <summary>The employer registry is reference data every signed-in user may read.</summary>
public static class ListEmployers
{
    public static async Task<IResult> HandleAsync([AsParameters] ListEmployersQuery query, IStore store, CancellationToken cancellationToken)
    {
        var chain = EnumText.ParseOrNull<IndustryChain>(query.IndustryChain);
        var all = await store.FindAsync<Employer>(_ => true, new QueryOptions<Employer>(e => e.Name), cancellationToken);
        return TypedResults.Ok(all
            .Where(e => (query.Street is null || e.Street == query.Street) && (chain is null || e.IndustryChain == chain))
            .Select(EmployerResponse.From)
            .ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(EmployerResponse.From(
            await store.GetAsync<Employer>(id, cancellationToken) ?? throw ProblemException.NotFound($"Employer {id} does not exist.")));
}
