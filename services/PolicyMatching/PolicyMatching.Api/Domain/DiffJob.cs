using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>A preview of a draft policy over every talent, run in the background page by page: who would gain, lose or
/// see their amount change, counted per street so each official sees the part in their scope. A talent whose record
/// cannot be evaluated is skipped and named, never failing the whole preview.</summary>
public sealed class DiffJob : IAggregate
{
    /// <summary>Most changes named per street; the counts cover everyone.</summary>
    public const int MaxListedPerStreet = 200;

    /// <summary>Most skipped talents named.</summary>
    public const int MaxSkippedListed = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public Guid DraftId { get; set; }
    public string PolicyCode { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public string RequestedBy { get; set; } = "";
    public string State { get; set; } = "Queued";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Skipped { get; set; }
    public List<Guid> SkippedTalentIds { get; set; } = [];

    /// <summary>The last talent id evaluated (talents are read in id order), so a restarted job resumes after it.</summary>
    public Guid After { get; set; }
    public List<DiffStreet> Streets { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }

    /// <summary>Adds one talent's before and after.</summary>
    public void Record(TalentFacts facts, string before, string after, decimal? amountBefore, decimal? amountAfter)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var street = Streets.Find(s => s.Street == (facts.Street ?? "")) ?? Add(facts.Street ?? "");
        street.Evaluated++;
        street.MoneyBefore += amountBefore ?? 0;
        street.MoneyAfter += amountAfter ?? 0;
        var gained = after == "Eligible" && before != "Eligible";
        var lost = before == "Eligible" && after != "Eligible";
        var amountChanged = !gained && !lost && amountBefore != amountAfter;
        if (!gained && !lost && !amountChanged && before == after)
        {
            return;
        }

        street.Gains += gained ? 1 : 0;
        street.Losses += lost ? 1 : 0;
        street.AmountChanges += amountChanged ? 1 : 0;
        if (street.Changes.Count < MaxListedPerStreet)
        {
            street.Changes.Add(new DiffChange { TalentId = facts.Id, DisplayName = facts.DisplayName, Before = before, After = after, AmountBefore = amountBefore, AmountAfter = amountAfter });
        }
    }

    public void Skip(Guid talentId)
    {
        Skipped++;
        if (SkippedTalentIds.Count < MaxSkippedListed)
        {
            SkippedTalentIds.Add(talentId);
        }
    }

    private DiffStreet Add(string street)
    {
        var added = new DiffStreet { Street = street };
        Streets.Add(added);
        return added;
    }
}
