namespace TalentPortal.TalentRegistry.Features.Intake;

public sealed record IntakeGroupResponse(IReadOnlyDictionary<string, string> Key, int Count, IReadOnlyList<int>? Series);
