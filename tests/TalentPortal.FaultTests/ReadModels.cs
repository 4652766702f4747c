namespace TalentPortal.FaultTests;

/// <summary>What every read model must say once the system settled: each registered talent is known to policy-matching
/// and housing, each confirmed employment (and its end) is in both, each reader applied exactly the events the registry
/// numbered for each talent (no event applied twice, none skipped), and nothing waits for an operator.</summary>
public static class ReadModels
{
    public static void AssertMatchTheRegistry(Stores stores, IReadOnlySet<Guid>? alsoKnown = null)
    {
        var registered = stores.RegisteredTalents;
        var synthetic = alsoKnown ?? new HashSet<Guid>();
        Assert.Empty(registered.Except(stores.MatchingTalents));
        Assert.Empty(registered.Except(stores.HousingResidents));
        Assert.Empty(stores.MatchingTalents.Except(registered).Except(synthetic));
        Assert.Empty(stores.HousingResidents.Except(registered).Except(synthetic));

        var matching = stores.MatchingEmployments;
        var housing = stores.HousingEmployments;
        var missing = new List<string>();
        foreach (var (id, truth) in stores.ConfirmedEmployments)
        {
            if (!matching.TryGetValue(id, out var known) || !known.Confirmed || known.EndDate != truth.EndDate || known.TalentId != truth.TalentId)
            {
                missing.Add($"policy-matching employment {id}: {(matching.TryGetValue(id, out var k) ? $"{k.Confirmed} {k.EndDate}" : "absent")}, registry ends {truth.EndDate}");
            }

            if (!housing.TryGetValue(id, out var there) || there.EndDate != truth.EndDate)
            {
                missing.Add($"housing employment {id}: {(housing.TryGetValue(id, out var h) ? h.EndDate : "absent")}, registry ends {truth.EndDate}");
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing.Take(20)));

        var published = stores.PublishedPerTalent;
        var facts = stores.Applied("policy-matching", "TalentFactsConsumer");
        var residents = stores.Applied("housing", "ResidentFactsConsumer");
        var applied = stores.EventsApplied;
        foreach (var (subject, last) in published)
        {
            Assert.Equal(last, facts.GetValueOrDefault(subject));
            Assert.Equal(last, residents.GetValueOrDefault(subject));
            Assert.Equal(last, applied.GetValueOrDefault(Guid.ParseExact(subject, "N")));
        }

        Assert.Empty(stores.Leftovers());
    }
}
