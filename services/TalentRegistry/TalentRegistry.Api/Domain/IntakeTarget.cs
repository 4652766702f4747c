using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>An annual intake target for one street (or the whole zone) and one degree level (or all).</summary>
public sealed class IntakeTarget : IAggregate
{
    private IntakeTarget()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public int Year { get; private set; }

    /// <summary>Null: zone-wide.</summary>
    public string? Street { get; private set; }

    /// <summary>Null: all degree levels.</summary>
    public DegreeLevel? Degree { get; private set; }
    public int TargetCount { get; private set; }

    /// <summary>year|street|degree, unique: one target per combination.</summary>
    public string Key { get; private set; } = "";
    public string SetBy { get; private set; } = "";
    public DateTimeOffset SetAt { get; private set; }

    public static string KeyOf(int year, string? street, DegreeLevel? degree) => $"{year}|{street ?? "*"}|{degree?.ToString() ?? "*"}";

    public static IntakeTarget Set(int year, string? street, DegreeLevel? degree, int targetCount, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        Year = year,
        Street = street,
        Degree = degree,
        TargetCount = targetCount,
        Key = KeyOf(year, street, degree),
        SetBy = by,
        SetAt = at,
    };

    public void Change(int targetCount, string by, DateTimeOffset at)
    {
        TargetCount = targetCount;
        SetBy = by;
        SetAt = at;
    }
}
