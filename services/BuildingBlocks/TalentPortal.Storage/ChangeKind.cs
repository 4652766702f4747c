namespace TalentPortal.Storage;

/// <summary>What a unit of work will write; adapters apply it inside one transaction.</summary>
internal enum ChangeKind
{
    Insert,
    Update,
    Delete,
}
