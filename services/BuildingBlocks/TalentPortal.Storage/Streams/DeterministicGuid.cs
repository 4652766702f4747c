using System.Security.Cryptography;
using System.Text;

namespace TalentPortal.Storage.Streams;

/// <summary>A Guid that is always the same for the same text (the first 128 bits of its SHA-256), for records whose
/// identity is a composite key: a second insert of the same key collides on the id in any store.</summary>
public static class DeterministicGuid
{
    public static Guid Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }
}
