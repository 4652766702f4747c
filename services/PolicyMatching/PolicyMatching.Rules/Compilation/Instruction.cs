using System.Runtime.InteropServices;
using TalentPortal.PolicyMatching.Rules.Facts;

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

internal enum Cmp : byte
{
    Eq,
    Ne,
    Ge,
    Le,

    /// <summary>Bit <c>actual</c> of the operand is set.</summary>
    Mask,
}

/// <summary>One step of a compiled criteria program; children always precede their parent.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct Instruction(OpCode code, Cmp cmp, bool negate, Fact fact, int a, int b, long operand)
{
    public readonly OpCode Code = code;
    public readonly Cmp Cmp = cmp;

    /// <summary>Flip Pass and Fail (from <c>not</c>, <c>ne</c>, <c>notIn</c>, <c>notContains</c>).</summary>
    public readonly bool Negate = negate;
    public readonly Fact Fact = fact;

    /// <summary>Groups: first index into <c>Children</c>; AsOf: threshold slot; Decimal/Text: side-table index.</summary>
    public readonly int A = a;

    /// <summary>Groups: number of children.</summary>
    public readonly int B = b;

    /// <summary>Scalar operand, or the enum bit mask for <see cref="Cmp.Mask"/>.</summary>
    public readonly long Operand = operand;
}

/// <summary>
/// A date threshold derived from the evaluation date, so a date-relative comparison becomes one integer comparison.
/// Elapsed time is measured forwards from the fact's date with <see cref="DateOnly.AddMonths"/> (years are 12 months):
/// "K months have passed on asOf" means <c>date.AddMonths(K) ≤ asOf</c>. <see cref="Upper"/> = false gives the latest
/// date for which K months have passed by asOf; true gives the earliest date whose K-month mark is on or after asOf.
/// </summary>
internal readonly record struct ThresholdSpec(int Months, bool Upper, int PlusDays)
{
    public long At(DateOnly asOf)
    {
        if (asOf.Year - (Months / 12) < 2)
        {
            return DateOnly.MinValue.DayNumber + PlusDays;
        }

        // AddMonths clamps to month ends, so the inverse is found by a short walk from asOf − K months.
        var c = asOf.AddMonths(-Months);
        if (Upper)
        {
            while (c.AddDays(-1).AddMonths(Months) >= asOf)
            {
                c = c.AddDays(-1);
            }

            while (c.AddMonths(Months) < asOf)
            {
                c = c.AddDays(1);
            }
        }
        else
        {
            while (c.AddDays(1).AddMonths(Months) <= asOf)
            {
                c = c.AddDays(1);
            }

            while (c.AddMonths(Months) > asOf)
            {
                c = c.AddDays(-1);
            }
        }

        return c.DayNumber + PlusDays;
    }
}
