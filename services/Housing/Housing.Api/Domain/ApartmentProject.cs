using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A talent-apartment project (人才公寓) in one of the zone's streets.</summary>
public sealed class ApartmentProject : IAggregate
{
    private ApartmentProject()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }

    /// <summary>Short stable code (unique), e.g. NTH-FUTURE-CITY.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Street { get; private set; } = "";
    public string? Address { get; private set; }

    /// <summary>True when the details come from illustrative seed data rather than an official register.</summary>
    public bool Illustrative { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public static ApartmentProject Create(string code, string name, string street, string? address, bool illustrative, string by, DateTimeOffset at)
    {
        if (!Zone.IsStreet(street))
        {
            throw new InvalidFieldException("street", $"street must be one of {string.Join("、", Zone.Streets)}.");
        }

        return new ApartmentProject
        {
            Id = Guid.CreateVersion7(),
            Code = code.Trim().ToUpperInvariant(),
            Name = name.Trim(),
            Street = street,
            Address = address?.Trim(),
            Illustrative = illustrative,
            CreatedAt = at,
            CreatedBy = by,
        };
    }
}
