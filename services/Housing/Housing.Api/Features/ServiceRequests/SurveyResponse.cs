namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record SurveyResponse(int Score, string? Comment, DateTimeOffset At);
