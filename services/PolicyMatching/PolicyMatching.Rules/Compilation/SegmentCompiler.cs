using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>
/// Turns a segment of a <see cref="VersionProgram"/> into straight-line IL: one typed property read, one comparison
/// and one store per comparison, a min/max per group. No dispatch, no allocation; the JIT sees constants only.
/// Texts, sets and decimals go through <see cref="VersionProgram.EvalSlow"/>.
/// </summary>
internal static class SegmentCompiler
{
    private static readonly ConstructorInfo OutcomeCtor = typeof(CriterionOutcome).GetConstructor([typeof(Verdict), typeof(long)])!;
    private static readonly MethodInfo DayNumber = typeof(DateOnly).GetProperty(nameof(DateOnly.DayNumber))!.GetMethod!;
    private static readonly MethodInfo ContractMonths = typeof(FactReader).GetMethod(nameof(FactReader.TryReadContractMonths))!;
    private static readonly MethodInfo EvalSlow = typeof(VersionProgram).GetMethod(nameof(VersionProgram.EvalSlow))!;
    private static readonly MethodInfo Min = typeof(Math).GetMethod(nameof(Math.Min), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo Max = typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!;

    /// <summary>Whether IL can be compiled and run here (not on NativeAOT); otherwise the interpreter runs.</summary>
    public static bool Supported => RuntimeFeature.IsDynamicCodeCompiled;

    public static Segment Compile(VersionProgram program, int from, int to, string name)
    {
        var method = new DynamicMethod(
            name,
            typeof(Verdict),
            [typeof(VersionProgram), typeof(TalentFacts), typeof(long).MakeByRefType(), typeof(CriterionOutcome).MakeByRefType()],
            typeof(VersionProgram).Module,
            skipVisibility: true);
        var il = method.GetILGenerator();
        var actual = il.DeclareLocal(typeof(long));
        var verdicts = new LocalBuilder[to];
        var nullables = new Dictionary<Type, LocalBuilder>();
        var date = il.DeclareLocal(typeof(DateOnly));
        var size = Unsafe.SizeOf<CriterionOutcome>();

        for (var i = from; i < to; i++)
        {
            var ins = program.Code[i];
            verdicts[i] = il.DeclareLocal(typeof(int));
            il.Emit(OpCodes.Ldc_I8, 0L);
            il.Emit(OpCodes.Stloc, actual);
            switch (ins.Code)
            {
                case OpCode.All or OpCode.Any:
                    var children = program.Children.AsSpan(ins.A, ins.B);
                    il.Emit(OpCodes.Ldloc, verdicts[children[0]]);
                    foreach (var child in children[1..])
                    {
                        il.Emit(OpCodes.Ldloc, verdicts[child]);
                        il.Emit(OpCodes.Call, ins.Code == OpCode.All ? Min : Max);
                    }

                    il.Emit(OpCodes.Stloc, verdicts[i]);
                    break;
                case OpCode.Scalar or OpCode.AsOf:
                    EmitComparison(il, ins, actual, verdicts[i], nullables, date);
                    break;
                default:
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Ldc_I4, i);
                    il.Emit(OpCodes.Call, EvalSlow);
                    il.Emit(OpCodes.Stloc, verdicts[i]);
                    break;
            }

            // trace[i - from] = new CriterionOutcome(verdict, actual)
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Ldc_I4, (i - from) * size);
            il.Emit(OpCodes.Conv_I);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Ldloc, verdicts[i]);
            il.Emit(OpCodes.Ldloc, actual);
            il.Emit(OpCodes.Newobj, OutcomeCtor);
            il.Emit(OpCodes.Stobj, typeof(CriterionOutcome));
        }

        if (to > from)
        {
            il.Emit(OpCodes.Ldloc, verdicts[to - 1]);
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4, (int)Verdict.Pass);
        }

        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Segment>();
    }

    /// <summary>verdict = known ? (holds ^ negate) * 2 : 1, with actual set to the value read.</summary>
    private static void EmitComparison(ILGenerator il, Instruction ins, LocalBuilder actual, LocalBuilder verdict, Dictionary<Type, LocalBuilder> nullables, LocalBuilder date)
    {
        var unknown = il.DefineLabel();
        var done = il.DefineLabel();
        EmitRead(il, ins.Fact, actual, unknown, nullables, date);
        if (ins.Cmp == Cmp.Mask)
        {
            // (mask >> actual) & 1
            il.Emit(OpCodes.Ldc_I8, ins.Operand);
            il.Emit(OpCodes.Ldloc, actual);
            il.Emit(OpCodes.Conv_I4);
            il.Emit(OpCodes.Shr_Un);
            il.Emit(OpCodes.Conv_I4);
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.And);
        }
        else
        {
            il.Emit(OpCodes.Ldloc, actual);
            if (ins.Code == OpCode.AsOf)
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, ins.A * sizeof(long));
                il.Emit(OpCodes.Conv_I);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Ldind_I8);
            }
            else
            {
                il.Emit(OpCodes.Ldc_I8, ins.Operand);
            }

            EmitCompare(il, ins.Cmp);
        }

        if (ins.Negate)
        {
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Xor);
        }

        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Shl);
        il.Emit(OpCodes.Stloc, verdict);
        il.Emit(OpCodes.Br, done);

        il.MarkLabel(unknown);
        il.Emit(OpCodes.Ldc_I4, (int)Verdict.Unknown);
        il.Emit(OpCodes.Stloc, verdict);
        il.Emit(OpCodes.Ldc_I8, 0L);
        il.Emit(OpCodes.Stloc, actual);
        il.MarkLabel(done);
    }

    /// <summary>Compares the two longs on the stack, leaving 1 when the comparison holds and 0 otherwise.</summary>
    private static void EmitCompare(ILGenerator il, Cmp cmp)
    {
        switch (cmp)
        {
            case Cmp.Eq:
                il.Emit(OpCodes.Ceq);
                return;
            case Cmp.Ne:
                il.Emit(OpCodes.Ceq);
                break;
            case Cmp.Ge:
                il.Emit(OpCodes.Clt);
                break;
            default:
                il.Emit(OpCodes.Cgt);
                break;
        }

        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ceq);
    }

    /// <summary>Reads a fact into <paramref name="actual"/> as <see cref="FactReader.TryRead"/> does, or jumps to <paramref name="unknown"/>.</summary>
    private static void EmitRead(ILGenerator il, Fact fact, LocalBuilder actual, Label unknown, Dictionary<Type, LocalBuilder> nullables, LocalBuilder date)
    {
        if (fact == Fact.ContractMonths)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldloca, actual);
            il.Emit(OpCodes.Call, ContractMonths);
            il.Emit(OpCodes.Brfalse, unknown);
            return;
        }

        var source = fact switch
        {
            Fact.Age => Fact.BirthDate,
            Fact.MonthsSinceGraduation => Fact.GraduationDate,
            _ => fact,
        };
        var property = typeof(TalentFacts).GetProperty(source.ToString())!;
        var nullableType = property.PropertyType;
        var valueType = Nullable.GetUnderlyingType(nullableType)!;
        if (!nullables.TryGetValue(nullableType, out var local))
        {
            local = il.DeclareLocal(nullableType);
            nullables[nullableType] = local;
        }

        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Callvirt, property.GetMethod!);
        il.Emit(OpCodes.Stloc, local);
        il.Emit(OpCodes.Ldloca, local);
        il.Emit(OpCodes.Call, nullableType.GetProperty("HasValue")!.GetMethod!);
        il.Emit(OpCodes.Brfalse, unknown);
        il.Emit(OpCodes.Ldloca, local);
        il.Emit(OpCodes.Call, nullableType.GetMethod("GetValueOrDefault", Type.EmptyTypes)!);
        if (valueType == typeof(DateOnly))
        {
            il.Emit(OpCodes.Stloc, date);
            il.Emit(OpCodes.Ldloca, date);
            il.Emit(OpCodes.Call, DayNumber);
        }

        il.Emit(OpCodes.Conv_I8);
        il.Emit(OpCodes.Stloc, actual);
    }
}
