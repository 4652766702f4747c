using MassTransit;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Housing.Consumers;

/// <summary>Reads policy-matching's grant stream: an approved talent-apartment benefit lets the talent apply for a
/// flat; other benefit kinds are not housing's business. The entitlement's id is the benefit application's id, so the
/// same grant is stored once.</summary>
public sealed class EntitlementConsumer(IStore store, TimeProvider time) : StreamConsumer(store, time), IConsumer<BenefitGranted>
{
    public Task Consume(ConsumeContext<BenefitGranted> context) => ConsumeInOrderAsync(context);

    protected override async Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (message is BenefitGranted { BenefitKind: ApartmentEntitlement.BenefitKind } granted
            && await Store.GetAsync<ApartmentEntitlement>(granted.ApplicationId, cancellationToken) is null)
        {
            unitOfWork.Insert(ApartmentEntitlement.From(granted));
        }
    }
}
