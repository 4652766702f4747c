namespace TalentPortal.Storage.Jobs;

/// <summary>A background job run by one replica: the one named in <see cref="Owner"/> (null for jobs stored before
/// jobs had owners: whoever finds them owns them).</summary>
public interface IOwnedJob
{
    string? Owner { get; }
}
