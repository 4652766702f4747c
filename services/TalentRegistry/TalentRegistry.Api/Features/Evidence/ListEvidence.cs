using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>A talent's evidence documents, newest first (a page): the graduate themself, officials in scope, admins.</summary>
public static class ListEvidence
{
    public const int DefaultTake = 100;

    public static async Task<IResult> HandleAsync(Guid id, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanEditProfile, cancellationToken);
        var documents = await store.FindAsync<EvidenceDocument>(
            d => d.TalentId == talent.Id, new QueryOptions<EvidenceDocument>(d => d.UploadedAt, Descending: true, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(documents.Select(d => EvidenceResponse.From(d, caller)).ToList());
    }
}
