using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>An organisation in the zone that hires talents; HR accounts are bound to one employer.</summary>
public sealed class Employer : IAggregate
{
    private Employer()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string Name { get; private set; } = "";
    public string CreditCode { get; private set; } = "";
    public string Street { get; private set; } = "";
    public IndustryChain IndustryChain { get; private set; }
    public EmployerType EmployerType { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    public static Employer Register(
        Guid id, string name, string creditCode, string street, IndustryChain industryChain, EmployerType employerType, string registeredBy, DateTimeOffset now)
    {
        if (!Domain.CreditCode.TryParse(creditCode, out var code, out var problem))
        {
            throw new InvalidFieldException("creditCode", $"creditCode {problem}.");
        }

        if (!Zone.IsStreet(street))
        {
            throw new InvalidFieldException("street", $"street must be one of {string.Join(", ", Zone.Streets)}.");
        }

        return new Employer
        {
            Id = id,
            Name = name.Trim(),
            CreditCode = code,
            Street = street,
            IndustryChain = industryChain,
            EmployerType = employerType,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
    }

    public EmployerRegistered ToRegisteredEvent() =>
        new(Id, Name, CreditCode, Street, IndustryChain.ToString(), EmployerType.ToString(), RegisteredAt);
}
