using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Housing.Consumers;

/// <summary>A talent's employment ended: it no longer places them in a street or with an employer (kept even when the
/// end arrives before the confirmation), and a tenant's running lease gets a move-out notice for the end date plus
/// Housing:MoveOutGraceDays (default 60), never later than the lease's term end nor earlier than the day the notice is
/// given. A tenant already under notice or moving out keeps what was recorded; a talent without a running lease gets
/// no notice.</summary>
public sealed class EmploymentEndedConsumer(IStore store, IOptions<HousingOptions> options, TimeProvider time)
    : InboxConsumer<EmploymentEnded>(store)
{
    protected override async Task HandleAsync(EmploymentEnded message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Employment>(message.EmploymentId, cancellationToken) is { } known)
        {
            known.End(message);
            unitOfWork.Update(known);
        }
        else
        {
            unitOfWork.Insert(Employment.From(message));
        }

        var key = Lease.TenantKeyOf(message.TalentId);
        var leases = await Store.FindAsync<Lease>(l => l.TenantKey == key, cancellationToken: cancellationToken);
        if (leases.FirstOrDefault(l => l.Status == LeaseStatus.Active) is not { } lease)
        {
            return;
        }

        // Past the term end the notice is the term end anyway; this also keeps AddDays away from DateOnly.MaxValue.
        var moveOutBy = message.EndDate < lease.EndDate ? message.EndDate.AddDays(options.Value.MoveOutGraceDays) : lease.EndDate;
        lease.GiveNotice(moveOutBy, $"employment ended on {message.EndDate:yyyy-MM-dd}", time.GetUtcNow());
        unitOfWork.Update(lease);
    }
}

public sealed class EmploymentEndedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmploymentEndedConsumer>(options);
