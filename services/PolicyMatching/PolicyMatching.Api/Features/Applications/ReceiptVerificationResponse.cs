namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>A receipt run again: <see cref="Reproduced"/> when the recorded facts give the recorded outcome, amount,
/// version and trace under the recorded policy text with the current engine; <see cref="PolicyTextMatches"/> when the
/// stored text still hashes to the recorded sha256.</summary>
public sealed record ReceiptVerificationResponse(
    Guid ApplicationId, bool Reproduced, string? Outcome, decimal? Amount, IReadOnlyList<ReceiptDifference> Differences, bool PolicyTextMatches,
    string EngineVersion, string RecordedEngineVersion);
