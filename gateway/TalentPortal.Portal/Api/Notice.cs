namespace TalentPortal.Portal.Api;

/// <summary>An application in its public notice (公示) as an official sees it: the full name and every objection.</summary>
public sealed record NoticeApplication(
    Guid Id, string ApplicantName, string? Street, string PolicyCode, decimal? Amount, string State, DateOnly? NoticeStart, DateOnly? NoticeEnd,
    IReadOnlyList<NoticeObjection> Objections, IReadOnlyList<ApplicationTransition> History, IReadOnlyList<LocalizedText>? PendingVerificationNames = null)
{
    /// <summary>The notice runs five working days (DOMAIN.md); policy-matching counts them with its holiday calendar.</summary>
    public const int WorkingDays = 5;

    public bool HasOpenObjection => Objections.Any(o => o.IsOpen);

    public bool NoticeOver(DateOnly today) => NoticeEnd is { } end && today > end;
}

public sealed record NoticeObjection(
    Guid Id, string Text, string LodgedBy, DateTimeOffset LodgedAt, string State, string? Resolution, string? ResolvedBy, DateTimeOffset? ResolvedAt)
{
    public bool IsOpen => State == "Open";
}

public sealed partial class GatewayClient
{
    /// <summary>Applications under public notice in the caller's scope (an official's street or the zone).</summary>
    public Task<ApiResult<List<NoticeApplication>>> ListInNoticeAsync(CancellationToken ct) =>
        SendAsync<List<NoticeApplication>>(HttpMethod.Get, "api/applications?state=PublicNotice&take=200", null, ct);

    public Task<ApiResult<NoticeApplication>> LodgeObjectionAsync(Guid applicationId, string? text, CancellationToken ct) =>
        SendAsync<NoticeApplication>(HttpMethod.Post, $"api/applications/{applicationId}/objections", new { text }, ct);

    public Task<ApiResult<NoticeApplication>> ResolveObjectionAsync(Guid applicationId, Guid objectionId, bool? upheld, string? resolution, CancellationToken ct) =>
        SendAsync<NoticeApplication>(HttpMethod.Post, $"api/applications/{applicationId}/objections/{objectionId}/resolution", new { upheld, resolution }, ct);

    public Task<ApiResult<NoticeApplication>> ApproveAfterNoticeAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<NoticeApplication>(HttpMethod.Post, $"api/applications/{applicationId}/approval", null, ct);
}
