using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>One flat of a project. Its status follows the letting cycle: Available → Offered (one pending offer) → Let
/// (one lease) → Available at move-out. Officials may withdraw an available unit from letting.</summary>
public sealed class ApartmentUnit : IAggregate
{
    private ApartmentUnit()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public string Street { get; private set; } = "";
    public string Number { get; private set; } = "";

    /// <summary>project|number, unique: a flat exists once.</summary>
    public string Key { get; private set; } = "";
    public UnitLayout Layout { get; private set; }
    public decimal Area { get; private set; }

    /// <summary>Undiscounted monthly rent in yuan; a change applies to leases that start afterwards.</summary>
    public decimal MonthlyRent { get; private set; }
    public UnitStatus Status { get; private set; }
    public Guid? CurrentOfferId { get; private set; }
    public Guid? CurrentLeaseId { get; private set; }

    public static string KeyOf(Guid projectId, string number) => $"{projectId:N}|{number.Trim().ToUpperInvariant()}";

    public static ApartmentUnit Create(ApartmentProject project, string number, UnitLayout layout, decimal area, decimal monthlyRent)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ApartmentUnit
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            ProjectName = project.Name,
            Street = project.Street,
            Number = number.Trim().ToUpperInvariant(),
            Key = KeyOf(project.Id, number),
            Layout = layout,
            Area = decimal.Round(area, 2),
            MonthlyRent = decimal.Round(monthlyRent, 2, MidpointRounding.AwayFromZero),
            Status = UnitStatus.Available,
        };
    }

    public void Revise(UnitLayout layout, decimal area, decimal monthlyRent, bool withdrawn)
    {
        if (withdrawn && Status is UnitStatus.Offered or UnitStatus.Let)
        {
            throw new IllegalStateException($"Unit {Number}", "withdrawn", Status.ToString());
        }

        Layout = layout;
        Area = decimal.Round(area, 2);
        MonthlyRent = decimal.Round(monthlyRent, 2, MidpointRounding.AwayFromZero);
        if (Status is UnitStatus.Available or UnitStatus.Withdrawn)
        {
            Status = withdrawn ? UnitStatus.Withdrawn : UnitStatus.Available;
        }
    }

    internal void Reserve(Guid offerId)
    {
        if (Status != UnitStatus.Available)
        {
            throw new IllegalStateException($"Unit {Number}", "offered", Status.ToString());
        }

        Status = UnitStatus.Offered;
        CurrentOfferId = offerId;
    }

    internal void Release(Guid offerId)
    {
        if (Status == UnitStatus.Offered && CurrentOfferId == offerId)
        {
            Status = UnitStatus.Available;
            CurrentOfferId = null;
        }
    }

    internal void Let(Guid offerId, Guid leaseId)
    {
        if (Status != UnitStatus.Offered || CurrentOfferId != offerId)
        {
            throw new IllegalStateException($"Unit {Number}", "let", Status.ToString());
        }

        Status = UnitStatus.Let;
        CurrentOfferId = null;
        CurrentLeaseId = leaseId;
    }

    internal void Vacate(Guid leaseId)
    {
        if (Status == UnitStatus.Let && CurrentLeaseId == leaseId)
        {
            Status = UnitStatus.Available;
            CurrentLeaseId = null;
        }
    }
}
