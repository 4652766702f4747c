using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Applies a stream's event to a talent's facts and, in the same unit of work, recomputes their results,
/// queues an <c>EligibilityChanged</c> for every result that moved and refreshes the facts pending verification of their
/// applications awaiting approval. Facts that a lease event reaches before the
/// registration wait as a shell and are evaluated once the talent is registered.</summary>
public abstract class FactsConsumer(IStore store, EligibilityEvaluator eligibility, TimeProvider time) : StreamConsumer(store, time)
{
    /// <summary>Whose facts the event changes and how; null for an event this consumer ignores.</summary>
    protected abstract (Guid TalentId, Action<TalentFacts> Apply)? Change(object message);

    protected override async Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (Change(message) is not { } change)
        {
            return;
        }

        var facts = await Store.GetAsync<TalentFacts>(change.TalentId, cancellationToken);
        if (facts is { Registered: true } && message is TalentRegistered)
        {
            // Registered already (a repeat published outside the stream order): nothing changes.
            return;
        }

        var isNew = facts is null;
        facts ??= TalentFacts.Shell(change.TalentId);
        change.Apply(facts);

        if (facts.Registered)
        {
            var changes = new List<EligibilityChanged>();
            eligibility.Recompute(facts, changes);
            foreach (var moved in changes)
            {
                unitOfWork.Publish(moved);
            }

            await RefreshPendingVerificationAsync(facts, unitOfWork, cancellationToken);
        }

        if (isNew)
        {
            unitOfWork.Insert(facts);
        }
        else
        {
            unitOfWork.Update(facts);
        }
    }

    /// <summary>The talent's applications awaiting approval name the facts that are pending verification now, so the
    /// officials' queue shows what still waits (a fact verified since submission leaves it, one reverted joins it).</summary>
    private async Task RefreshPendingVerificationAsync(TalentFacts facts, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var talentId = facts.Id;
        var awaiting = await Store.FindAsync<Application>(
            a => a.TalentId == talentId && (a.State == ApplicationState.Submitted || a.State == ApplicationState.EmployerConfirmed
                || a.State == ApplicationState.Returned || a.State == ApplicationState.PublicNotice),
            cancellationToken: cancellationToken);
        foreach (var application in awaiting)
        {
            if (eligibility.PendingVerification(application, facts) is { } pending && application.RefreshPendingVerification(pending))
            {
                unitOfWork.Update(application);
            }
        }
    }
}
