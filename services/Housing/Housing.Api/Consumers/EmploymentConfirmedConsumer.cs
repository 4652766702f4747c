using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>Records where a talent works (employer and street), which places them in street officials' and HR's scope
/// and routes their service requests. An end recorded earlier for the same employment stays ended.</summary>
public sealed class EmploymentConfirmedConsumer(IStore store) : InboxConsumer<EmploymentConfirmed>(store)
{
    protected override async Task HandleAsync(EmploymentConfirmed message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Employment>(message.EmploymentId, cancellationToken) is { } known)
        {
            known.Confirm(message);
            unitOfWork.Update(known);
        }
        else
        {
            unitOfWork.Insert(Employment.From(message));
        }
    }
}

public sealed class EmploymentConfirmedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmploymentConfirmedConsumer>(options);
