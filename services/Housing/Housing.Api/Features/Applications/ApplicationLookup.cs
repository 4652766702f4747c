using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>Loads an application the caller may read: its talent; zone officials and admins; street officials when the
/// application prefers a project in their street or has no project preference (it can be housed anywhere).</summary>
public static class ApplicationLookup
{
    public static async Task<HousingApplication> ReadableAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        var application = await store.GetAsync<HousingApplication>(id, cancellationToken) ?? throw ProblemException.NotFound($"Application {id} does not exist.");
        return (caller.IsGraduate && caller.TalentId == application.TalentId) || await CoversAsync(store, caller, application, cancellationToken)
            ? application
            : throw ProblemException.Forbidden("You may not read this application.");
    }

    public static async Task<bool> CoversAsync(IStore store, Caller caller, HousingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(application);
        if (caller.SeesWholeZone)
        {
            return true;
        }

        if (!caller.IsOfficial)
        {
            return false;
        }

        return application.PreferredProjectId is not { } projectId
            || (await store.GetAsync<ApartmentProject>(projectId, cancellationToken))?.Street == caller.Street;
    }
}
