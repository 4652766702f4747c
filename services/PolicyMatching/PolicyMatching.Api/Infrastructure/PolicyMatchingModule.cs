using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>policy-matching's store model and services.</summary>
public static class PolicyMatchingModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<TalentFacts>("talent_facts", c => c.Index("ix_talent_facts_person", f => f.PersonKey));

    public static WebApplicationBuilder AddPolicyMatchingStore(this WebApplicationBuilder builder)
    {
        builder.AddStore(ServiceIds.PolicyMatching, Model);
        return builder;
    }
}
