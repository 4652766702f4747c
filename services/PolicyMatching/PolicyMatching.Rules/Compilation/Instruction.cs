using System.Runtime.InteropServices;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

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
