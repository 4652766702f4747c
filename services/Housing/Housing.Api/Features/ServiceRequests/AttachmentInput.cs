namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record AttachmentInput(string? FileName, long? Size, string? Sha256);
