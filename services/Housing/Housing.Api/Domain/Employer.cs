using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A zone employer as housing learns it from talent-registry (EmployerRegistered): the street its HR's
/// service requests are routed to.</summary>
public sealed class Employer : IAggregate
{
    private Employer()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string Name { get; private set; } = "";
    public string Street { get; private set; } = "";

    public static Employer From(EmployerRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return new Employer { Id = registered.EmployerId, Name = registered.Name, Street = registered.Street };
    }
}
