using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Decisions about a person's identity and facts, kept for inspection with who decided, when and why; each is
/// written in the unit of work of the decision, so there is no decision without its audit entry.</summary>
public static class DecisionAudit
{
    public const string VerifyIdentity = "verify-identity";
    public const string DecideClaim = "decide-identity-claim";
    public const string DecideVerification = "decide-fact-verification";
    public const string DeclareOverVerified = "declare-over-verified-fact";
    public const string Classify = "classify";
    public const string RequestClassification = "request-classification";

    public static void Stage(IUnitOfWork unitOfWork, Caller caller, string action, Guid subjectId, string detail, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(caller);
        unitOfWork.Insert(new AuditEntry { Action = action, SubjectId = subjectId, ActorId = caller.AccountId, ActorRole = caller.Role, At = at, Detail = detail });
    }
}
