using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Reads of personal data that are kept for inspection: every reveal of a full national ID or phone, and every
/// read of a person by HR (an employer's staff sees people only through their employment, and each look is recorded), and
/// every download of an evidence document by someone other than the person themself.</summary>
public static class PersonalDataAudit
{
    public const string Reveal = "reveal-personal-data";
    public const string ReadTalent = "read-talent";
    public const string ReadEmployments = "read-employments";
    public const string ReadEvidence = "read-evidence";

    /// <summary>Writes the audit entry when <paramref name="action"/> needs one for this caller: reveals always, reads by
    /// HR, evidence downloads by anyone but the graduate.</summary>
    public static Task RecordAsync(IStore store, Caller caller, Guid talentId, string action, TimeProvider time, CancellationToken cancellationToken) =>
        RecordAsync(store, caller, talentId, action, detail: null, time, cancellationToken);

    /// <summary>As above, saying what was read (<paramref name="detail"/>).</summary>
    public static async Task RecordAsync(
        IStore store, Caller caller, Guid talentId, string action, string? detail, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        var audited = action switch
        {
            Reveal => true,
            ReadEvidence => !caller.IsGraduate,
            _ => caller.IsEmployerHr,
        };
        if (!audited)
        {
            return;
        }

        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(new AuditEntry { Action = action, SubjectId = talentId, ActorId = caller.AccountId, ActorRole = caller.Role, At = time.GetUtcNow(), Detail = detail });
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
