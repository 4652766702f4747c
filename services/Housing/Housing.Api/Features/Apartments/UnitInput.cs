using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Apartments;

/// <summary>Validation of a unit's layout, area and rent, shared by creating and revising a unit.</summary>
public static class UnitInput
{
    public const decimal MaxArea = 1000m;
    public const decimal MaxMonthlyRent = 100_000m;

    public static void Validate(ValidationErrors errors, string? layout, decimal? area, decimal? monthlyRent)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Enum<UnitLayout>("layout", layout);
        if (area is not (> 0 and <= MaxArea))
        {
            errors.Add("area", $"area is required: square metres, more than 0 and at most {MaxArea}.");
        }
        else if (decimal.Round(area.Value, 2) != area.Value)
        {
            errors.Add("area", "area has at most two decimals.");
        }

        errors.Required("monthlyRent", monthlyRent);
        errors.Money("monthlyRent", monthlyRent, MaxMonthlyRent);
    }
}
