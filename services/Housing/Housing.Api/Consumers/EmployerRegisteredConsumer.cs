using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>Records a zone employer's street, where its HR's service requests go.</summary>
public sealed class EmployerRegisteredConsumer(IStore store) : InboxConsumer<EmployerRegistered>(store)
{
    protected override async Task HandleAsync(EmployerRegistered message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Employer>(message.EmployerId, cancellationToken) is null)
        {
            unitOfWork.Insert(Employer.From(message));
        }
    }
}

public sealed class EmployerRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmployerRegisteredConsumer>(options);
