using MassTransit;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Housing.Consumers;

/// <summary>Reads talent-registry's employer stream: a zone employer's street, where its HR's service requests go.</summary>
public sealed class EmployerDirectoryConsumer(IStore store, TimeProvider time) : StreamConsumer(store, time), IConsumer<EmployerRegistered>
{
    public Task Consume(ConsumeContext<EmployerRegistered> context) => ConsumeInOrderAsync(context);

    protected override async Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (message is EmployerRegistered registered && await Store.GetAsync<Employer>(registered.EmployerId, cancellationToken) is null)
        {
            unitOfWork.Insert(Employer.From(registered));
        }
    }
}
