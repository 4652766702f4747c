using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.TalentRegistry.Features.Evidence;
using TalentPortal.TalentRegistry.Features.InsuranceFeed;
using TalentPortal.TalentRegistry.Features.Intake;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>talent-registry's store model and services.</summary>
public static class TalentRegistryModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<Talent>("talents")
        .Collection<PersonEntry>("persons")
        .Collection<AuditEntry>("audit", c => c.Index("ix_audit_subject", a => a.SubjectId))
        .Collection<IdentityClaim>("identity_claims", c => c
            .Index("ix_identity_claims_state", i => i.State)
            .Index("ix_identity_claims_claimant", i => i.ClaimantAccountId))
        .Collection<FactVerification>("fact_verifications", c => c
            .Index("ix_fact_verifications_state", v => v.State)
            .Index("ix_fact_verifications_talent", v => v.TalentId))
        .Collection<EvidenceDocument>("evidence_documents", c => c.Index("ix_evidence_documents_talent", d => d.TalentId))
        .Collection<EvidenceContent>("evidence_contents")
        .Collection<InsuranceRecord>("insurance_records", c => c.Index("ix_insurance_records_talent", r => r.TalentId))
        .Collection<Employer>("employers", c => c.Unique("ux_employers_credit_code", e => e.CreditCode))
        .Collection<Employment>("employments", c => c
            .Index("ix_employments_talent", e => e.TalentId)
            .Index("ix_employments_employer", e => e.EmployerId))
        .Collection<IntakeRecord>("intake_records")
        .Collection<IntakeTarget>("intake_targets", c => c.Unique("ux_intake_targets_key", t => t.Key).Index("ix_intake_targets_year", t => t.Year))
        .Collection<ImportJob>("import_jobs", c => c.Index("ix_import_jobs_status", j => j.Status))
        .Collection<ImportRejection>("import_rejections", c => c.Index("ix_import_rejections_job", r => r.JobId));

    /// <summary>Store, personal-data protection, intake cube, import worker and seeding.</summary>
    public static WebApplicationBuilder AddTalentRegistry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStore(ServiceIds.TalentRegistry, Model);
        builder.AddJobOwnership();
        var services = builder.Services;
        PersonalDataKey.Require(builder.Configuration, builder.Environment);
        services.AddSingleton(sp => new PersonalData(PersonalDataKey.Load(builder.Configuration, builder.Environment, sp.GetRequiredService<ILogger<PersonalData>>())));
        services.AddSingleton<IntakeCube>();
        services.AddSingleton<SkippedIntakeRecords>();
        services.AddHealthChecks().AddCheck<SkippedIntakeRecords>("intake", tags: ["ready"]);
        services.AddSingleton<IntakeRecorder>();
        services.Configure<ImportOptions>(builder.Configuration.GetSection("Imports"));
        services.Configure<EvidenceOptions>(builder.Configuration.GetSection("Evidence"));
        services.Configure<InsuranceFeedOptions>(builder.Configuration.GetSection("InsuranceFeed"));
        services.AddSingleton<ImportProcessor>();
        services.AddSingleton<PendingImports>();
        services.AddSingleton<ImportFiles>();
        services.AddHostedService<IntakeCubeLoader>();
        services.AddHostedService<RegistrySeeder>();
        services.AddHostedService<ImportWorker>();
        return builder;
    }
}
