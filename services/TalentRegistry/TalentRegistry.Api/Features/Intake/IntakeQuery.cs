namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Months <paramref name="From"/>..<paramref name="To"/> inclusive (first days of months), grouped by
/// <paramref name="By"/> (empty: just the total), optionally with a monthly series per group.</summary>
public sealed record IntakeQuery(DateOnly From, DateOnly To, IReadOnlyList<IntakeDimension> By, IntakeFilter Filter, bool Monthly = false);
