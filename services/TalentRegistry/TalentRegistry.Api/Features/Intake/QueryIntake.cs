using System.Globalization;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure.Intake;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Query string of GET /api/intake: period (yyyy-MM, inclusive), breakdown dimensions (comma separated),
/// filters, monthly series and CSV format.</summary>
public sealed record IntakeQueryRequest(
    string? From, string? To, string? By, string? Degree, string? Street, string? IndustryChain, Guid? EmployerId, string? UniversityTier,
    string? Origin, bool? Monthly, string? Format) : IValidatableRequest
{
    public const int MaxMonths = 120;

    public void Validate(ValidationErrors errors)
    {
        var from = Month(From);
        var to = Month(To);
        if (From is not null && from is null)
        {
            errors.Add("from", "from must be a month, yyyy-MM.");
        }

        if (To is not null && to is null)
        {
            errors.Add("to", "to must be a month, yyyy-MM.");
        }

        if (from is { } f && to is { } t && (f > t || IntakeCube.MonthIndex(t) - IntakeCube.MonthIndex(f) >= MaxMonths))
        {
            errors.Add("to", $"to must not be before from, and a period spans at most {MaxMonths} months.");
        }

        if (By is not null && Dimensions(By) is null)
        {
            errors.Add("by", $"by lists dimensions separated by commas: {string.Join(", ", Enum.GetNames<IntakeDimension>().Select(Camel))}.");
        }

        errors.Enum<DegreeLevel>("degree", Degree, required: false);
        errors.Enum<IndustryChain>("industryChain", IndustryChain, required: false);
        errors.Enum<UniversityTier>("universityTier", UniversityTier, required: false);
        if (Street is not null && !Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join(", ", Zone.Streets)}.");
        }

        if (Origin is not (null or "outside" or "huzhou"))
        {
            errors.Add("origin", "origin must be outside (from outside Huzhou) or huzhou.");
        }

        if (Format is not (null or "json" or "csv"))
        {
            errors.Add("format", "format must be json or csv.");
        }
    }

    public IntakeQuery ToQuery(DateOnly today, string? street)
    {
        var to = Month(To) ?? new DateOnly(today.Year, today.Month, 1);
        var from = Month(From) ?? new DateOnly(to.Year, 1, 1);
        var filter = new IntakeFilter(
            EnumText.ParseOrNull<DegreeLevel>(Degree), street, EnumText.ParseOrNull<IndustryChain>(IndustryChain), EmployerId,
            EnumText.ParseOrNull<UniversityTier>(UniversityTier),
            Origin is null ? null : Origin == "outside");
        return new IntakeQuery(from, to, Dimensions(By) ?? [], filter, Monthly ?? false);
    }

    public static DateOnly? Month(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static List<IntakeDimension>? Dimensions(string? by)
    {
        var result = new List<IntakeDimension>();
        foreach (var part in (by ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EnumText.TryParse<IntakeDimension>(part, out var dimension))
            {
                return null;
            }

            if (!result.Contains(dimension))
            {
                result.Add(dimension);
            }
        }

        return result;
    }

}

public sealed record IntakeGroupResponse(IReadOnlyDictionary<string, string> Key, int Count, IReadOnlyList<int>? Series);

/// <summary>Intake counts: the total equals the sum of the groups and of the series.</summary>
public sealed record IntakeResponse(
    string From, string To, IReadOnlyList<string> By, int Total, IReadOnlyList<string>? Months, IReadOnlyList<int>? Series, IReadOnlyList<IntakeGroupResponse> Groups);

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
