using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>Records the talent as a resident housing can serve (idempotent through the inbox).</summary>
public sealed class TalentRegisteredConsumer(IStore store) : InboxConsumer<TalentRegistered>(store)
{
    protected override async Task HandleAsync(TalentRegistered message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Resident>(message.TalentId, cancellationToken) is null)
        {
            unitOfWork.Insert(Resident.From(message));
        }
    }
}

public sealed class TalentRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<TalentRegisteredConsumer>(options);
