namespace TalentPortal.TalentRegistry.Features.BulkImport;

public sealed record RejectedRowResponse(int Row, IReadOnlyList<string> Reasons);
