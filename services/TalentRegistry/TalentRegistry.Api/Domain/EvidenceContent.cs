using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The bytes of an evidence document (same id), encrypted like all personal data; kept apart from its
/// metadata so lists never read them, and deleted when the document is withdrawn.</summary>
public sealed class EvidenceContent : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public byte[] Cipher { get; set; } = [];
}
