namespace TalentPortal.PolicyMatching.Rules.Compilation;

internal enum Cmp : byte
{
    Eq,
    Ne,
    Ge,
    Le,

    /// <summary>Bit <c>actual</c> of the operand is set.</summary>
    Mask,
}
