namespace TalentPortal.PolicyMatching.Rules.Compilation;

internal enum OpCode : byte
{
    /// <summary>Minimum of the children's verdicts.</summary>
    All,

    /// <summary>Maximum of the children's verdicts.</summary>
    Any,

    /// <summary>Compare a fact read as a long with <see cref="Instruction.Operand"/>.</summary>
    Scalar,

    /// <summary>Compare a date fact's day number with a threshold computed once per evaluation date.</summary>
    AsOf,

    /// <summary>Compare a decimal fact with <c>Decimals[A]</c>.</summary>
    Decimal,

    /// <summary>A text fact is one of <c>Texts[A]</c>.</summary>
    TextIn,

    /// <summary>A set fact contains <c>Texts[A][0]</c>.</summary>
    SetContains,
}
