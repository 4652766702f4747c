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

    public static TalentRegistered Registered(Guid talentId, string name = "陈晨", string degree = "Doctorate") =>
        new(talentId, $"person-{talentId:N}", name, new DateOnly(1994, 8, 1), "Female", false, "C",
            [new EducationRecordInfo(degree, true, "浙江大学", "Tier985", "化学", new DateOnly(2024, 6, 30))],
            DateTimeOffset.UtcNow);
}
