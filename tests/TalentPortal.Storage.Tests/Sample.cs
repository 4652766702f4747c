namespace TalentPortal.Storage.Tests;

public enum SampleStatus
{
    Draft,
    Approved,
}

public sealed class SampleLine
{
    public string Label { get; set; } = "";
    public decimal Amount { get; set; }
}

/// <summary>An aggregate exercising every value kind services persist: Guid, decimal, DateOnly, DateTimeOffset,
/// enums, nullable values, nested lists, private setters and a private constructor.</summary>
public sealed class Sample : IAggregate
{
    private Sample()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string Code { get; private set; } = "";
    public string Street { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public SampleStatus Status { get; private set; }
    public int? Months { get; private set; }
    public List<SampleLine> Lines { get; private set; } = [];

    public static Sample Create(string code, string street = "凤凰街道", decimal amount = 350_000.10m, DateOnly? from = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Street = street,
        Amount = amount,
        EffectiveFrom = from ?? new DateOnly(2021, 10, 14),
        CreatedAt = new DateTimeOffset(2026, 11, 27, 8, 30, 15, 123, TimeSpan.Zero),
        Lines = [new SampleLine { Label = "第一期 40%", Amount = 140_000.04m }],
    };

    public void Approve(DateTimeOffset at)
    {
        Status = SampleStatus.Approved;
        DecidedAt = at;
        Months = 36;
    }
}

public static class SampleModel
{
    public static StoreModel Create() => new StoreModel()
        .Collection<Sample>("samples", c => c.Unique("ux_samples_code", s => s.Code).Index("ix_samples_street", s => s.Street));
}
