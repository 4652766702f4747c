using Microsoft.Extensions.Options;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>Records an approved talent-apartment benefit so the talent may apply for a flat. Other benefit kinds are
/// not housing's business. The entitlement's id is the benefit application's id: the same grant delivered twice (even
/// under two message ids) is stored once.</summary>
public sealed class BenefitGrantedConsumer(IStore store) : InboxConsumer<BenefitGranted>(store)
{
    protected override async Task HandleAsync(BenefitGranted message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (message.BenefitKind == ApartmentEntitlement.BenefitKind
            && await Store.GetAsync<ApartmentEntitlement>(message.ApplicationId, cancellationToken) is null)
        {
            unitOfWork.Insert(ApartmentEntitlement.From(message));
        }
    }
}

public sealed class BenefitGrantedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<BenefitGrantedConsumer>(options);
