namespace TalentPortal.TalentRegistry.Domain;

public enum ImportJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
