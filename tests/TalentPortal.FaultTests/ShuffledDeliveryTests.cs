using MassTransit;
using TalentPortal.Contracts;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.Streams;
using TalentPortal.Testing;

namespace TalentPortal.FaultTests;

/// <summary>
/// 5,000 talents' events delivered as the broker may deliver them at worst: shuffled across and within talents, in
/// bursts, some twice. Each reader must end with exactly what the events say in their numbered order.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ShuffledDeliveryTests(FaultSystem system)
{
    private const int Talents = 5_000;

    private sealed record Delivery(object Message, Guid TalentId, long Sequence);

    private static List<Delivery> History(Guid talentId, int n)
    {
        var employmentId = Guid.NewGuid();
        var employer = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
        List<Delivery> events =
        [
            new(new TalentRegistered(talentId, $"person-{talentId:N}", $"乱序{n}", new DateOnly(1996, 5, 20), "Male", false, null,
                [new EducationRecordInfo("Master", true, "浙江大学", "Tier985", "材料", new DateOnly(2025, 6, 30))], DateTimeOffset.UtcNow), talentId, 1),
            new(new EmploymentConfirmed(talentId, employmentId, employer, "卫蓝新能源", "凤凰街道", "LithiumBatteries", "Enterprise",
                new DateOnly(2025, 9, 1), new DateOnly(2028, 8, 31), 3, DateTimeOffset.UtcNow), talentId, 2),
            // An official verified the doctorate: housing's priority band counts only a verified degree.
            new(new TalentProfileUpdated(talentId, false, null, false,
                [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", "材料", new DateOnly(2025, 6, 30))], DateTimeOffset.UtcNow,
                IdentityStatuses.Verified, Messages.OfficiallyVerified), talentId, 3),
        ];
        if (n % 2 == 0)
        {
            events.Add(new(new EmploymentEnded(talentId, employmentId, employer, new DateOnly(2026, 10, 31), DateTimeOffset.UtcNow, "离职"), talentId, 4));
        }

        return events;
    }

    [Fact]
    public async Task ShuffledDuplicatedBursts_ofFiveThousandTalentsEvents_endInEveryReaderAsTheirOrderSays()
    {
        var talents = Enumerable.Range(0, Talents).Select(_ => Guid.NewGuid()).ToList();
        system.SyntheticTalents.UnionWith(talents);
        var deliveries = talents.SelectMany((t, n) => History(t, n)).ToList();
        var random = new Random(20261203);
        deliveries.AddRange(deliveries.Where(_ => random.Next(10) == 0).ToList());
        var shuffled = deliveries.OrderBy(_ => random.Next()).ToList();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(Broker.Host, (ushort)Broker.Port, system.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync();
        try
        {
            foreach (var burst in shuffled.Chunk(500))
            {
                await Task.WhenAll(burst.Select(d => bus.Publish(d.Message, d.Message.GetType(), context =>
                {
                    context.MessageId = Guid.NewGuid();
                    context.Headers.Set(StreamHeaders.Stream, EventStreams.Talent);
                    context.Headers.Set(StreamHeaders.Subject, d.TalentId.ToString("N"));
                    context.Headers.Set(StreamHeaders.Sequence, d.Sequence);
                })));
            }
        }
        finally
        {
            await bus.StopAsync();
        }

        await Convergence.WaitAsync(system, TimeSpan.FromMinutes(8));
        system.StopAll();
        try
        {
            using var stores = new Stores(system.DataDirectory);
            ReadModels.AssertMatchTheRegistry(stores, system.SyntheticTalents);
            var facts = stores.Applied("policy-matching", "TalentFactsConsumer");
            var residents = stores.Applied("housing", "ResidentFactsConsumer");
            var applied = stores.EventsApplied;
            var employments = stores.MatchingEmployments;
            var housingEmployments = stores.HousingEmployments;
            var degrees = stores.HousingDegrees;
            var wrong = new List<string>();
            for (var n = 0; n < Talents; n++)
            {
                var id = talents[n];
                var expected = n % 2 == 0 ? 4 : 3;
                var endDate = n % 2 == 0 ? "2026-10-31" : null;
                var employment = employments.Values.Where(e => e.TalentId == id).ToList();
                if (facts.GetValueOrDefault(id.ToString("N")) != expected || residents.GetValueOrDefault(id.ToString("N")) != expected
                    || applied.GetValueOrDefault(id) != expected || employment.Count != 1 || !employment[0].Confirmed || employment[0].EndDate != endDate
                    || housingEmployments.Values.Count(e => e.TalentId == id && e.EndDate == endDate) != 1 || degrees.GetValueOrDefault(id) != "Doctorate")
                {
                    wrong.Add($"{n} {id}: applied {facts.GetValueOrDefault(id.ToString("N"))}/{residents.GetValueOrDefault(id.ToString("N"))}/{applied.GetValueOrDefault(id)}, employments {employment.Count}, degree {degrees.GetValueOrDefault(id)}");
                }
            }

            Assert.True(wrong.Count == 0, $"{wrong.Count} talents differ, e.g.\n{string.Join('\n', wrong.Take(10))}");
        }
        finally
        {
            await system.StartAllAsync();
        }
    }
}
