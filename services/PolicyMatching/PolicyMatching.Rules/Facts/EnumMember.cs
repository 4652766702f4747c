namespace TalentPortal.PolicyMatching.Rules.Facts;

internal sealed record EnumMember(long Value, string Key, LocalizedText Name);
