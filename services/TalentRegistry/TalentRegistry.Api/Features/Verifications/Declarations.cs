using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>What changing a declarable fact brings, staged in the change's unit of work: any pending verification of
/// that fact is superseded; a value the graduate declared waits for an official (a new pending verification); and
/// declaring over a verified value is audited.</summary>
public static class Declarations
{
    public static Task<IReadOnlyList<FactVerification>> PendingAsync(IStore store, Guid talentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindAsync<FactVerification>(v => v.TalentId == talentId && v.State == DecisionState.Pending, cancellationToken: cancellationToken);
    }

    public static void Stage(
        IUnitOfWork unitOfWork, IReadOnlyList<FactVerification> pending, Talent talent, FactChange change, Caller caller, FactProvenance supplied)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(supplied);
        foreach (var open in pending.Where(v => v.Fact == change.Fact && v.State == DecisionState.Pending))
        {
            open.Supersede(supplied.At);
            unitOfWork.Update(open);
        }

        if (supplied.IsSelfDeclared && change.Value != "null")
        {
            unitOfWork.Insert(FactVerification.Request(talent, change, supplied.By, supplied.At));
        }

        if (change.DisplacedVerified)
        {
            DecisionAudit.Stage(
                unitOfWork, caller, DecisionAudit.DeclareOverVerified, talent.Id,
                $"{change.Fact}: declared {change.Value}; verified value kept: {change.VerifiedValue}", supplied.At);
        }
    }

    /// <summary>A graduate's self-registration: each declared fact (education, and hukou when sent) waits for an official.</summary>
    public static void StageRegistration(IUnitOfWork unitOfWork, Talent talent, bool hukouDeclared, FactProvenance supplied)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(supplied);
        if (!supplied.IsSelfDeclared)
        {
            return;
        }

        IEnumerable<string> declared = hukouDeclared ? [Facts.Education, Facts.HukouHuzhou] : [Facts.Education];
        foreach (var fact in declared)
        {
            unitOfWork.Insert(FactVerification.Request(talent, new FactChange(fact, talent.ValueOf(fact), null, false), supplied.By, supplied.At));
        }
    }
}
