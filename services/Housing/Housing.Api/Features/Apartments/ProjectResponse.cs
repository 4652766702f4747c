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
