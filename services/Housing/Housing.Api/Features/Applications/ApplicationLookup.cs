using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>Loads an application the caller may read: its talent, or any official (the waiting list is zone-wide).</summary>
public static class ApplicationLookup
{
    public static async Task<HousingApplication> ReadableAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        var application = await store.GetAsync<HousingApplication>(id, cancellationToken) ?? throw ProblemException.NotFound($"Application {id} does not exist.");
        return (caller.IsGraduate && caller.TalentId == application.TalentId) || caller.IsOfficial || caller.IsAdmin
            ? application
            : throw ProblemException.Forbidden("You may not read this application.");
    }
}
