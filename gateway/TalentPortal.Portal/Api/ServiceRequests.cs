namespace TalentPortal.Portal.Api;

/// <summary>A service-request category (人才服务 / 企业诉求) with its SLA and the roles that may raise it.</summary>
public sealed record ServiceCategory(string Code, string Name, string NameEn, int SlaDays, IReadOnlyList<string> RaisedBy);

public sealed record ServiceRequest(
    Guid Id, string Category, string CategoryName, string Title, string Description, string Street, string AssignedTo, string Status, int SlaDays,
    DateTimeOffset SubmittedAt, DateTimeOffset DueAt, DateTimeOffset? ClosedAt, bool Overdue, bool SurveyRequested, ServiceSurvey? Survey,
    IReadOnlyList<ServiceTransition> Transitions)
{
    public bool IsOpen => Status is "Submitted" or "Accepted" or "InProgress";
}

public sealed record ServiceSurvey(int Score, string? Comment, DateTimeOffset At);

public sealed record ServiceTransition(string? From, string To, string ActorRole, DateTimeOffset At, string? Comment);

public sealed record RaiseServiceRequest(string? Category, string? Title, string? Description, string? Street);

public sealed record SurveyAnswer(int? Score, string? Comment);
