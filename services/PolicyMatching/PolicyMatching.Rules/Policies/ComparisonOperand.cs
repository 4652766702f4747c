namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A typed operand; which member is meaningful depends on the fact's kind.</summary>
/// <param name="Display">Normalised text for people.</param>
/// <param name="Number">Integer, enum value, 0/1 for booleans, or a date's day number.</param>
/// <param name="Mask">Bit set of enum values for <c>in</c>/<c>notIn</c>.</param>
/// <param name="Decimal">Decimal operand.</param>
/// <param name="Texts">Text operands.</param>
internal sealed record ComparisonOperand(string Display, long Number, ulong Mask, decimal Decimal, IReadOnlyList<string> Texts);
