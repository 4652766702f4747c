using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Who may see and withdraw evidence documents: reading follows the talent's rules (<see cref="TalentAccess"/>);
/// withdrawing belongs to the graduate themself and to HR of the employer that uploaded the document.</summary>
public static class EvidenceAccess
{
    public static bool CanWithdraw(Caller caller, EvidenceDocument document)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(document);
        return caller.IsGraduate
            ? caller.TalentId == document.TalentId
            : caller.IsEmployerHr && document.UploaderEmployerId is { } employer && caller.EmployerId == employer;
    }

    /// <summary>Loads the document the route names: 404 when it does not exist, 403 when <paramref name="rule"/> does not
    /// cover its talent.</summary>
    public static async Task<EvidenceDocument> LoadAsync(
        IStore store, Caller caller, Guid id, Func<Caller, Talent, IReadOnlyCollection<Employment>, bool> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rule);
        return await store.LoadInScopeAsync<EvidenceDocument>(
            id,
            async d =>
            {
                var talent = await store.GetAsync<Talent>(d.TalentId, cancellationToken);
                var employments = await store.FindAsync<Employment>(e => e.TalentId == d.TalentId, cancellationToken: cancellationToken);
                return talent is not null && rule(caller, talent, employments);
            },
            "Evidence",
            cancellationToken);
    }
}
