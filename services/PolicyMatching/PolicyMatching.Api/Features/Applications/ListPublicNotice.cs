using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The applications in their public notice (公示), ending soonest first: open to anyone, as the notice is public.</summary>
public static class ListPublicNotice
{
    public static async Task<IResult> HandleAsync(int? skip, int? take, IStore store, CancellationToken ct)
    {
        var page = Page.Of(skip, take, ApplicationEndpoints.DefaultTake, ApplicationEndpoints.MaxTake);
        var inNotice = await store.FindAsync<Application>(
            a => a.State == ApplicationState.PublicNotice, new QueryOptions<Application>(a => a.NoticeEnd, Skip: page.Skip, Take: page.Take), ct);
        return TypedResults.Ok(inNotice.Select(PublicNoticeEntry.From).ToList());
    }
}
