using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A CSV row an import refused, with every reason (row 1 is the first data row after the header).</summary>
public sealed class ImportRejection : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public Guid JobId { get; set; }
    public int Row { get; set; }
    public List<string> Reasons { get; set; } = [];
}
