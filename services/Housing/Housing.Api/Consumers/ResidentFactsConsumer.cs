using MassTransit;
using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Housing.Consumers;

/// <summary>
/// Reads talent-registry's talent stream, each talent's events in order: the registration makes the talent a resident
/// housing can serve, a profile change updates what their priority band reads (verified facts only) and moves an open
/// application to the band those facts give, a confirmed employment places them in
/// a street and with an employer (the scope of street officials and HR, and where their service requests go), and an
/// ended one takes that away and gives a tenant's running lease a move-out notice for the end date plus
/// Housing:MoveOutGraceDays (default 60), never later than the lease's term end nor earlier than the day the notice is
/// given. A tenant already under notice or moving out keeps what was recorded.
/// </summary>
public sealed class ResidentFactsConsumer(IStore store, IOptions<HousingOptions> options, TimeProvider time) : StreamConsumer(store, time),
    IConsumer<TalentRegistered>, IConsumer<TalentProfileUpdated>, IConsumer<EmploymentConfirmed>, IConsumer<EmploymentEnded>, IConsumer<InsuranceRecorded>
{
    public Task Consume(ConsumeContext<TalentRegistered> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<TalentProfileUpdated> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<EmploymentConfirmed> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<EmploymentEnded> context) => ConsumeInOrderAsync(context);

    /// <summary>Insurance months do not bear on housing; the event is read so the talent stream stays in order.</summary>
    public Task Consume(ConsumeContext<InsuranceRecorded> context) => ConsumeInOrderAsync(context);

    protected override Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken) => message switch
    {
        TalentRegistered registered => RegisterAsync(registered, unitOfWork, cancellationToken),
        TalentProfileUpdated updated => UpdateAsync(updated, unitOfWork, cancellationToken),
        EmploymentConfirmed confirmed => ConfirmAsync(confirmed, unitOfWork, cancellationToken),
        EmploymentEnded ended => EndAsync(ended, unitOfWork, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task RegisterAsync(TalentRegistered message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Resident>(message.TalentId, cancellationToken) is null)
        {
            unitOfWork.Insert(Resident.From(message));
        }
    }

    private async Task UpdateAsync(TalentProfileUpdated message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<Resident>(message.TalentId, cancellationToken) is not { } resident)
        {
            return;
        }

        resident.Apply(message);
        unitOfWork.Update(resident);
        var openKey = HousingApplication.OpenKeyOf(message.TalentId);
        foreach (var application in await Store.FindAsync<HousingApplication>(a => a.OpenKey == openKey, cancellationToken: cancellationToken))
        {
            if (application.Reband(resident.Band))
            {
                unitOfWork.Update(application);
            }
        }
    }

    private async Task ConfirmAsync(EmploymentConfirmed message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
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

    private async Task EndAsync(EmploymentEnded message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
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
        lease.GiveNotice(moveOutBy, $"employment ended on {message.EndDate:yyyy-MM-dd}", Time.GetUtcNow());
        unitOfWork.Update(lease);
    }
}
