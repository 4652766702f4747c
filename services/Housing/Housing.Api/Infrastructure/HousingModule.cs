using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Applications;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Features.Offers;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>housing's store model and services.</summary>
public static class HousingModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<Resident>("residents", c => c.Index("ix_residents_person", r => r.PersonKey))
        .Collection<ApartmentProject>("apartment_projects", c => c.Unique("ux_projects_code", p => p.Code))
        .Collection<ApartmentUnit>("apartment_units", c => c
            .Unique("ux_units_key", u => u.Key)
            .Index("ix_units_project", u => u.ProjectId))
        .Collection<Employment>("employments", c => c.Index("ix_employments_talent", e => e.TalentId))
        .Collection<Employer>("employers")
        .Collection<ApartmentEntitlement>("apartment_entitlements", c => c.Index("ix_entitlements_talent", e => e.TalentId))
        .Collection<HousingApplication>("housing_applications", c => c
            .Unique("ux_applications_open", a => a.OpenKey)
            .Index("ix_applications_talent", a => a.TalentId)
            .Index("ix_applications_status", a => a.Status))
        .Collection<Offer>("offers", c => c
            .Unique("ux_offers_unit_hold", o => o.UnitHoldKey)
            .Unique("ux_offers_application_hold", o => o.ApplicationHoldKey)
            .Index("ix_offers_talent", o => o.TalentId)
            .Index("ix_offers_status", o => o.Status))
        .Collection<Lease>("leases", c => c
            .Unique("ux_leases_unit", l => l.UnitKey)
            .Unique("ux_leases_tenant", l => l.TenantKey)
            .Index("ix_leases_talent", l => l.TalentId)
            .Index("ix_leases_person", l => l.PersonKey)
            .Index("ix_leases_street", l => l.Street)
            .Index("ix_leases_status", l => l.Status)
            .Index("ix_leases_allocated", l => l.AllocatedAt))
        .Collection<ServiceRequest>("service_requests", c => c
            .Index("ix_requests_status", r => r.Status)
            .Index("ix_requests_street", r => r.Street)
            .Index("ix_requests_talent", r => r.TalentId)
            .Index("ix_requests_employer", r => r.EmployerId)
            .Index("ix_requests_submitted", r => r.SubmittedAt));

    /// <summary>Store, options, seeds (apartments, service categories) and the deadline watcher (offers, move-outs).</summary>
    public static WebApplicationBuilder AddHousing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStore(ServiceIds.Housing, Model);
        var services = builder.Services;
        services.Configure<HousingOptions>(builder.Configuration.GetSection("Housing"));
        services.AddSingleton<ServiceCategoryCatalog>();
        services.AddSingleton<OfferLapses>();
        services.AddSingleton<MoveOuts>();
        services.AddSingleton<WaitingList>();
        services.AddHostedService<ApartmentSeeder>();
        services.AddHostedService<DeadlineWatcher>();
        return builder;
    }
}
