using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Apartments;

public sealed record ProjectResponse(Guid Id, string Code, string Name, string Street, string? Address, bool Illustrative, int Units, int AvailableUnits)
{
    public static ProjectResponse From(ApartmentProject project, IReadOnlyCollection<ApartmentUnit> units)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(units);
        return new(project.Id, project.Code, project.Name, project.Street, project.Address, project.Illustrative, units.Count,
            units.Count(u => u.Status == UnitStatus.Available));
    }
}

public sealed record UnitResponse(
    Guid Id, Guid ProjectId, string ProjectName, string Street, string Number, UnitLayout Layout, decimal Area, decimal MonthlyRent, UnitStatus Status, long Version)
{
    public static UnitResponse From(ApartmentUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.Id, unit.ProjectId, unit.ProjectName, unit.Street, unit.Number, unit.Layout, unit.Area, unit.MonthlyRent, unit.Status, unit.Version);
    }
}
