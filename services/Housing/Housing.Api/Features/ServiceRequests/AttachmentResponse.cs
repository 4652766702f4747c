namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record AttachmentResponse(string FileName, long Size, string Sha256);
