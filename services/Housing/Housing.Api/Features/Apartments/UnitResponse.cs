using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Apartments;

public sealed record UnitResponse(
    Guid Id, Guid ProjectId, string ProjectName, string Street, string Number, UnitLayout Layout, decimal Area, decimal MonthlyRent, UnitStatus Status, long Version)
{
    public static UnitResponse From(ApartmentUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.Id, unit.ProjectId, unit.ProjectName, unit.Street, unit.Number, unit.Layout, unit.Area, unit.MonthlyRent, unit.Status, unit.Version);
    }
}
