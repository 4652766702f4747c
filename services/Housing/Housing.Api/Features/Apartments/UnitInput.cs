using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Validation of a unit's layout, area and rent, shared by creating and revising a unit.</summary>
public static class UnitInput
{
    public static UnitLayout? Layout(string? value) =>
        Enum.TryParse<UnitLayout>(value, ignoreCase: true, out var layout) && Enum.IsDefined(layout) && !int.TryParse(value, out _) ? layout : null;

    public static void Validate(ValidationErrors errors, string? layout, decimal? area, decimal? monthlyRent)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Layout(layout) is null)
        {
            errors.Add("layout", $"layout must be one of {string.Join(", ", Enum.GetNames<UnitLayout>())}.");
        }

        if (area is not (> 0 and <= 1000))
        {
            errors.Add("area", "area is required: square metres, more than 0 and at most 1000.");
        }

        if (monthlyRent is not (>= 0 and <= 1_000_000))
        {
            errors.Add("monthlyRent", "monthlyRent is required: yuan per month, 0 to 1,000,000.");
        }
        else if (decimal.Round(monthlyRent.Value, 2) != monthlyRent.Value)
        {
            errors.Add("monthlyRent", "monthlyRent has at most two decimals (fen).");
        }
    }
}
