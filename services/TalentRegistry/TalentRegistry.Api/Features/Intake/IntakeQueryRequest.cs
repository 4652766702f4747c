using System.Globalization;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Query string of GET /api/intake: period (yyyy-MM, inclusive), breakdown dimensions (comma separated),
/// filters, monthly series and CSV format.</summary>
public sealed record IntakeQueryRequest(
    string? From, string? To, string? By, string? Degree, string? Street, string? IndustryChain, Guid? EmployerId, string? UniversityTier,
    string? Origin, bool? Monthly, string? Format) : IValidatableRequest, IDatedRequest
{
    public const int MaxMonths = 120;

    /// <summary>The first month intake figures may start from.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

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

    /// <summary>The period, whatever ends are given, lies within 2000-01 … December of next year, runs forward and spans at
    /// most <see cref="MaxMonths"/> months; the error names the end that was given (<c>to</c> when both were).</summary>
    public void Validate(ValidationErrors errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if ((From is not null && Month(From) is null) || (To is not null && Month(To) is null))
        {
            return;
        }

        var (from, to) = Period(today);
        var latest = new DateOnly(today.Year + 1, 12, 1);
        var given = To is not null ? "to" : "from";
        if (to > latest)
        {
            errors.Add("to", $"to must not be after {latest:yyyy-MM}.");
        }
        else if (from < Earliest)
        {
            errors.Add(From is null ? "to" : "from", $"The period must not start before {Earliest:yyyy-MM}.");
        }
        else if (from > to)
        {
            errors.Add(given, To is null ? $"from must not be after the current month ({to:yyyy-MM}) unless to is given." : "to must not be before from.");
        }
        else if (IntakeCube.MonthIndex(to) - IntakeCube.MonthIndex(from) >= MaxMonths)
        {
            errors.Add(given, $"A period spans at most {MaxMonths} months.");
        }
    }

    /// <summary>The months asked for: <c>to</c> defaults to the current month, <c>from</c> to January of <c>to</c>'s year.</summary>
    public (DateOnly From, DateOnly To) Period(DateOnly today)
    {
        var to = Month(To) ?? new DateOnly(today.Year, today.Month, 1);
        return (Month(From) ?? new DateOnly(to.Year, 1, 1), to);
    }

    public IntakeQuery ToQuery(DateOnly today, string? street)
    {
        var (from, to) = Period(today);
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
