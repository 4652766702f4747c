using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>"One person per national ID": an entry whose id derives from the person key, so a second registration of
/// the same ID collides on the id (atomically, in any store) and a lookup by ID is a read by id.</summary>
public sealed class PersonEntry : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid TalentId { get; set; }

    /// <summary>The first 128 bits of the (hex, HMAC-SHA256) person key.</summary>
    public static Guid IdOf(string personKey)
    {
        ArgumentNullException.ThrowIfNull(personKey);
        return new Guid(Convert.FromHexString(personKey.AsSpan(0, 32)));
    }
}
