using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Features.Applications;
using TalentPortal.PolicyMatching.Features.Eligibility;
using TalentPortal.PolicyMatching.Features.Policies;
using TalentPortal.PolicyMatching.Features.Rematch;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>policy-matching's store model and services.</summary>
public static class PolicyMatchingModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<TalentFacts>("talent_facts", c => c
            .Index("ix_talent_facts_person", f => f.PersonKey)
            .Index("ix_talent_facts_employer", f => f.EmployerId)
            .Index("ix_talent_facts_next_change", f => f.NextChangeOn))
        .Collection<PolicyDocument>("policy_documents", c => c.Index("ix_policy_documents_code", d => d.Code))
        .Collection<Application>("applications", c => c
            .Index("ix_applications_talent", a => a.TalentId)
            .Index("ix_applications_person", a => a.PersonKey)
            .Index("ix_applications_state", a => a.State)
            .Index("ix_applications_street", a => a.Street)
            .Index("ix_applications_employer", a => a.EmployerId)
            .Unique("ux_applications_open", a => a.OpenKey))
        .Collection<Objection>("objections", c => c
            .Index("ix_objections_application", o => o.ApplicationId)
            .Index("ix_objections_lodged_by", o => o.LodgedBy)
            .Unique("ux_objections_open", o => o.OpenKey))
        .Collection<DecisionReceipt>("decision_receipts")
        .Collection<LedgerEntry>("ledger", c => c.Unique("ux_ledger_key", e => e.Key))
        .Collection<RematchJob>("rematch_jobs")
        .Collection<DiffJob>("diff_jobs")
        .Collection<ResultsClockState>("results_clock");

    public static WebApplicationBuilder AddPolicyMatching(this WebApplicationBuilder builder)
    {
        // Registered first, so it runs before the store builds the unique open-key index over earlier applications.
        builder.Services.AddHostedService<OpenKeyBackfill>();
        builder.AddStore(ServiceIds.PolicyMatching, Model);
        builder.Services.AddSingleton<PolicyCatalog>();
        builder.Services.AddSingleton<EligibilityEvaluator>();
        builder.Services.AddSingleton(sp => WorkingDays.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddOptions<ObjectionLimits>().Bind(builder.Configuration.GetSection(ObjectionLimits.Section)).ValidateOnStart()
            .Validate(o => o.PerAccount > 0 && o.Window > TimeSpan.Zero, "Objections:PerAccount and Objections:Window must be positive.");
        builder.Services.AddHostedService<PolicyCatalogLoader>();
        builder.Services.Configure<PolicyCatalogOptions>(builder.Configuration.GetSection("Policies"));
        builder.Services.AddHostedService<PolicyCatalogWatcher>();
        builder.Services.Configure<RematchOptions>(builder.Configuration.GetSection("Rematch"));
        builder.AddJobOwnership();
        builder.Services.AddSingleton<PendingJobs<RematchJob>>();
        builder.Services.AddHostedService<RematchWorker>();
        builder.Services.AddSingleton<PendingJobs<DiffJob>>();
        builder.Services.AddHostedService<DiffWorker>();
        builder.Services.Configure<ResultsClockOptions>(builder.Configuration.GetSection("ResultsClock"));
        builder.Services.AddSingleton<ResultsClock>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ResultsClock>());
        return builder;
    }
}
