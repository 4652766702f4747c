using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Applies an event to a talent's facts and, in the same unit of work, recomputes their results and queues
/// an <c>EligibilityChanged</c> for every result that moved.</summary>
public abstract class FactsConsumer<TMessage>(IStore store, EligibilityEvaluator eligibility) : InboxConsumer<TMessage>(store) where TMessage : class
{
    protected abstract Guid TalentId(TMessage message);

    /// <summary>Applies the event; false when it changes nothing (then nothing is written).</summary>
    protected abstract bool Apply(TalentFacts facts, TMessage message);

    /// <summary>Facts for a talent not seen yet, or null when the event cannot create them.</summary>
    protected virtual TalentFacts? Create(TMessage message) => null;

    protected override async Task HandleAsync(TMessage message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var talentId = TalentId(message);
        var facts = await Store.GetAsync<TalentFacts>(talentId, cancellationToken);
        var isNew = facts is null;
        if (facts is null)
        {
            // The registration has not arrived yet: fail so retry and redelivery bring this event back after it.
            facts = Create(message) ?? throw new InvalidOperationException($"No facts for talent {talentId} yet.");
        }
        else if (!Apply(facts, message))
        {
            return;
        }

        var changes = new List<EligibilityChanged>();
        eligibility.Recompute(facts, changes);
        foreach (var change in changes)
        {
            unitOfWork.Publish(change);
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
}
