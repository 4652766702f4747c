using System.Globalization;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Counts and monthly series of recruited talents by any combination of dimensions, from the in-memory
/// cube (never by scanning talents). Officials only; street officials are held to their street.</summary>
public static class QueryIntake
{
    public static async Task<IResult> HandleAsync(
        [AsParameters] IntakeQueryRequest request, HttpContext http, IntakeCube cube, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var street = IntakeScope.StreetFor(caller, request.Street);
        var query = request.ToQuery(Zone.Today(time.GetUtcNow()), street);
        var result = cube.Query(query);
        var names = query.By.Contains(IntakeDimension.Employer) ? await EmployerNamesAsync(store, result, cancellationToken) : null;
        var response = ToResponse(query, result, names);
        return IntakeScope.WantsCsv(http, request.Format)
            ? TypedResults.Text(IntakeCsv.Breakdown(response), "text/csv; charset=utf-8")
            : TypedResults.Ok(response);
    }

    private static IntakeResponse ToResponse(IntakeQuery query, IntakeResult result, Dictionary<string, string>? employerNames)
    {
        var months = query.Monthly
            ? Enumerable.Range(0, IntakeCube.MonthIndex(query.To) - IntakeCube.MonthIndex(query.From) + 1)
                .Select(i => query.From.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList()
            : null;
        var groups = result.Groups.Select(g =>
        {
            var key = g.Key.ToDictionary(k => IntakeQueryRequest.Camel(k.Key.ToString()), k => k.Value);
            if (employerNames is not null && key.TryGetValue("employer", out var id))
            {
                key["employerName"] = employerNames.GetValueOrDefault(id, id);
            }

            return new IntakeGroupResponse(key, g.Count, g.Months);
        }).ToList();
        return new IntakeResponse(
            query.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), query.To.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            [.. query.By.Select(d => IntakeQueryRequest.Camel(d.ToString()))], result.Total, months, result.Months, groups);
    }

    private static async Task<Dictionary<string, string>> EmployerNamesAsync(IStore store, IntakeResult result, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in result.Groups.Select(g => g.Key[IntakeDimension.Employer]).Distinct())
        {
            if (await store.GetAsync<Employer>(Guid.Parse(id), cancellationToken) is { } employer)
            {
                names[id] = employer.Name;
            }
        }

        return names;
    }
}
