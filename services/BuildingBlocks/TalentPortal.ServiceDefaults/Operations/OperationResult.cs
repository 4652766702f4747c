namespace TalentPortal.ServiceDefaults.Operations;

public sealed record OperationResult(int Messages);
