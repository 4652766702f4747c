using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>housing's store model and services.</summary>
public static class HousingModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<Resident>("residents", c => c.Index("ix_residents_person", r => r.PersonKey));

    public static WebApplicationBuilder AddHousingStore(this WebApplicationBuilder builder)
    {
        builder.AddStore(ServiceIds.Housing, Model);
        return builder;
    }
}
