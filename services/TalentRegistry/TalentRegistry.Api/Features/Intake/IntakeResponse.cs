namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Intake counts: the total equals the sum of the groups and of the series.</summary>
public sealed record IntakeResponse(
    string From, string To, IReadOnlyList<string> By, int Total, IReadOnlyList<string>? Months, IReadOnlyList<int>? Series, IReadOnlyList<IntakeGroupResponse> Groups);
