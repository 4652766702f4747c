using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>talent-registry's store model and services.</summary>
public static class TalentRegistryModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<Talent>("talents", c => c.Unique("ux_talents_person", t => t.PersonKey))
        .Collection<AuditEntry>("audit", c => c.Index("ix_audit_subject", a => a.SubjectId));

    public static WebApplicationBuilder AddTalentRegistryStore(this WebApplicationBuilder builder)
    {
        builder.AddStore(ServiceIds.TalentRegistry, Model);
        builder.Services.AddSingleton(sp => new PersonalData(PersonalDataKey.Load(builder.Configuration, builder.Environment, sp.GetRequiredService<ILogger<PersonalData>>())));
        return builder;
    }
}
