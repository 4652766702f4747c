using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>The dimensions intake can be broken down and filtered by.</summary>
public enum IntakeDimension
{
    Degree,
    Street,
    IndustryChain,
    Employer,
    UniversityTier,
    Origin,
}

/// <summary>Restricts the counted hires; null means "any".</summary>
public sealed record IntakeFilter(
    DegreeLevel? Degree = null,
    string? Street = null,
    IndustryChain? IndustryChain = null,
    Guid? EmployerId = null,
    UniversityTier? UniversityTier = null,
    bool? FromOutsideHuzhou = null);

/// <summary>Months <paramref name="From"/>..<paramref name="To"/> inclusive (first days of months), grouped by
/// <paramref name="By"/> (empty: just the total), optionally with a monthly series per group.</summary>
public sealed record IntakeQuery(DateOnly From, DateOnly To, IReadOnlyList<IntakeDimension> By, IntakeFilter Filter, bool Monthly = false);

/// <summary>One group: its dimension values (employer as id, origin as "outside"/"huzhou") and count; the series
/// (one entry per month of the period) sums to the count.</summary>
public sealed record IntakeGroup(IReadOnlyDictionary<IntakeDimension, string> Key, int Count, IReadOnlyList<int>? Months);

/// <summary>The total equals the sum of the groups' counts and of the monthly series.</summary>
public sealed record IntakeResult(int Total, IReadOnlyList<IntakeGroup> Groups, IReadOnlyList<int>? Months);
