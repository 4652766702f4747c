using System.Globalization;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Dashboard;

/// <summary>Query string of the dashboard: the period [from, to] (yyyy-MM-dd, zone calendar), street, category, format.</summary>
public sealed record DashboardQuery(string? From, string? To, string? Street, string? Category, string? Format) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (From is not null && FromDate is null)
        {
            errors.Add("from", "from must be yyyy-MM-dd.");
        }

        if (To is not null && ToDate is null)
        {
            errors.Add("to", "to must be yyyy-MM-dd.");
        }

        if (FromDate > ToDate)
        {
            errors.Add("to", "to must not be before from.");
        }

        if (Street is not null && !Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join("、", Zone.Streets)}.");
        }

        errors.MaxLength("category", Category, 40);
        if (Format is not (null or "json" or "csv"))
        {
            errors.Add("format", "format must be json or csv.");
        }
    }

    public DateOnly? FromDate => Parse(From);

    public DateOnly? ToDate => Parse(To);

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
