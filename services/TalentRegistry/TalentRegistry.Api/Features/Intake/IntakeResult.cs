namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>The total equals the sum of the groups' counts and of the monthly series.</summary>
public sealed record IntakeResult(int Total, IReadOnlyList<IntakeGroup> Groups, IReadOnlyList<int>? Months);
