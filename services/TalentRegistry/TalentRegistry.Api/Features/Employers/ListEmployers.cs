using System.Linq.Expressions;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employers;

/// <summary>Query string of GET /api/employers: optional street and industry-chain filters and the page.</summary>
public sealed record ListEmployersQuery(string? Street, string? IndustryChain, int? Skip, int? Take) : IValidatableRequest
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
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync([AsParameters] ListEmployersQuery query, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(query.Skip, query.Take, DefaultTake);
        var street = query.Street;
        var chain = EnumText.ParseOrNull<IndustryChain>(query.IndustryChain);
        Expression<Func<Employer, bool>> filter = (street, chain) switch
        {
            (null, null) => _ => true,
            (_, null) => e => e.Street == street,
            (null, { } c) => e => e.IndustryChain == c,
            (_, { } c) => e => e.Street == street && e.IndustryChain == c,
        };
        var employers = await store.FindAsync(filter, new QueryOptions<Employer>(e => e.Name, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(employers.Select(EmployerResponse.From).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(EmployerResponse.From(
            await store.GetAsync<Employer>(id, cancellationToken) ?? throw ProblemException.NotFound($"Employer {id} does not exist.")));
}
