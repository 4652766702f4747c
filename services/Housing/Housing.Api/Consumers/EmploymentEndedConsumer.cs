using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>A tenant's employment ended: their running lease gets a move-out notice for the end date plus
/// Housing:MoveOutGraceDays (default 60), never later than the lease's term end. A tenant already under notice keeps
/// the earlier notice; a talent without a running lease changes nothing.</summary>
public sealed class EmploymentEndedConsumer(IStore store, IOptions<HousingOptions> options, TimeProvider time)
    : InboxConsumer<EmploymentEnded>(store)
{
    protected override async Task HandleAsync(EmploymentEnded message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var key = Lease.TenantKeyOf(message.TalentId);
        var leases = await Store.FindAsync<Lease>(l => l.TenantKey == key, cancellationToken: cancellationToken);
        if (leases.FirstOrDefault(l => l.Status == LeaseStatus.Active) is not { } lease)
        {
            return;
        }

        var moveOutBy = message.EndDate.AddDays(options.Value.MoveOutGraceDays);
        lease.GiveNotice(moveOutBy, $"employment ended on {message.EndDate:yyyy-MM-dd}", time.GetUtcNow());
        unitOfWork.Update(lease);
    }
}

public sealed class EmploymentEndedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmploymentEndedConsumer>(options);
