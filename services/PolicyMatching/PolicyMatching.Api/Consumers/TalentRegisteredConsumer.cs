using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Creates the talent's facts snapshot (idempotent through the inbox).</summary>
public sealed class TalentRegisteredConsumer(IStore store) : InboxConsumer<TalentRegistered>(store)
{
    protected override async Task HandleAsync(TalentRegistered message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<TalentFacts>(message.TalentId, cancellationToken) is null)
        {
            unitOfWork.Insert(TalentFacts.From(message));
        }
    }
}

public sealed class TalentRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<TalentRegisteredConsumer>(options);
