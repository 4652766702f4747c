using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.Testing;

/// <summary>Publishes events onto the real broker through the host's own bus, with a chosen message id so a test can
/// redeliver the very same message.</summary>
public static class Messages
{
    public static Task PublishAsync<T>(IServiceProvider services, T message, Guid messageId) where T : class =>
        services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    /// <summary>Provenance saying an official verified every profile fact (and the identity), as the registry publishes
    /// it for a person an official registered.</summary>
    public static IReadOnlyDictionary<string, FactProvenanceInfo> OfficiallyVerified { get; } =
        new[] { "birthDate", "degreeLevel", "fullTime", "universityTier", "graduationDate", "hukouHuzhou", "ownsHomeLocally", "firstHomePurchase", "talentTier" }
            .ToDictionary(f => f, _ => new FactProvenanceInfo(FactSources.OfficialVerified, "official-test", new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), []));

    /// <summary>A registration as a graduate's self-registration publishes it: identity unverified, every fact self-declared.</summary>
    public static TalentRegistered Registered(Guid talentId, string name = "陈晨", string degree = "Doctorate") =>
        new(talentId, $"person-{talentId:N}", name, new DateOnly(1994, 8, 1), "Female", false, "C",
            [new EducationRecordInfo(degree, true, "浙江大学", "Tier985", "化学", new DateOnly(2024, 6, 30))],
            DateTimeOffset.UtcNow);

    /// <summary>A registration by an official: identity and every fact verified.</summary>
    public static TalentRegistered RegisteredVerified(Guid talentId, string name = "陈晨", string degree = "Doctorate") =>
        Registered(talentId, name, degree) with { IdentityStatus = IdentityStatuses.Verified, Provenance = OfficiallyVerified };
}
