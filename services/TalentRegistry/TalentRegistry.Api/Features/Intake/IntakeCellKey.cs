using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>The key of an intake cell: one long holding (employer, street, industry chain, degree, university tier,
/// origin, month) in fixed-width fields, the employer's and street's as indexes the cube hands out. A field is read or
/// matched by masking, so grouping and filtering never decode a key they do not return.</summary>
internal static class IntakeCellKey
{
    public const int BaseYear = 1970;
    private const int MonthBits = 12;
    private const int OriginShift = MonthBits;
    private const int TierShift = OriginShift + 1;
    private const int DegreeShift = TierShift + 3;
    private const int ChainShift = DegreeShift + 3;
    private const int StreetShift = ChainShift + 4;
    private const int EmployerShift = StreetShift + 10;

    public const long EmployerMask = -1L << EmployerShift;
    public const int MonthCount = 1 << MonthBits;
    public const int MaxStreets = 1 << (EmployerShift - StreetShift);
    public const int MaxEmployers = 1 << 30;

    /// <summary>The last year a key's month holds.</summary>
    public const int LastYear = BaseYear + (MonthCount / 12) - 1;

    public static int MonthIndex(DateOnly month) => ((month.Year - BaseYear) * 12) + month.Month - 1;

    /// <summary>The key of <paramref name="r"/>'s cell, its employer and street at the given indexes; the record must
    /// have no <see cref="FieldRefusal"/>.</summary>
    public static long Of(IntakeRecord r, int employer, int street) =>
        ((long)employer << EmployerShift) | ((long)street << StreetShift) | ((long)r.IndustryChain << ChainShift)
        | ((long)r.Degree << DegreeShift) | ((long)r.UniversityTier << TierShift) | ((r.FromOutsideHuzhou ? 1L : 0L) << OriginShift)
        | (long)MonthIndex(r.Month);

    /// <summary>Why a field of <paramref name="r"/> does not fit its width (a value outside its enum, a month outside
    /// 1970–2311), or null; a value outside its width would spill into its neighbours.</summary>
    public static string? FieldRefusal(IntakeRecord r)
    {
        if (!Enum.IsDefined(r.IndustryChain) || (int)r.IndustryChain > 0xF)
        {
            return $"Intake record {r.Id}: industry chain {(int)r.IndustryChain} is not one of {EnumText.Names<IndustryChain>()}.";
        }

        if (!Enum.IsDefined(r.Degree) || (int)r.Degree > 0x7)
        {
            return $"Intake record {r.Id}: degree {(int)r.Degree} is not one of {EnumText.Names<DegreeLevel>()}.";
        }

        if (!Enum.IsDefined(r.UniversityTier) || (int)r.UniversityTier > 0x7)
        {
            return $"Intake record {r.Id}: university tier {(int)r.UniversityTier} is not one of {EnumText.Names<UniversityTier>()}.";
        }

        return MonthIndex(r.Month) is < 0 or >= MonthCount
            ? $"Intake record {r.Id}: month {r.Month:yyyy-MM} lies outside {BaseYear}–{LastYear}."
            : null;
    }

    public static int Month(long key) => (int)(key & ((1 << MonthBits) - 1));

    public static int Employer(long key) => (int)(key >>> EmployerShift);

    /// <summary>The mask keeping the fields of <paramref name="by"/> (and nothing else) of a key.</summary>
    public static long GroupMask(IReadOnlyList<IntakeDimension> by)
    {
        var mask = 0L;
        foreach (var dimension in by)
        {
            mask |= dimension switch
            {
                IntakeDimension.Employer => EmployerMask,
                IntakeDimension.Street => 0x3FFL << StreetShift,
                IntakeDimension.IndustryChain => 0xFL << ChainShift,
                IntakeDimension.Degree => 0x7L << DegreeShift,
                IntakeDimension.UniversityTier => 0x7L << TierShift,
                IntakeDimension.Origin => 1L << OriginShift,
                _ => 0,
            };
        }

        return mask;
    }

    /// <summary>Adds the employer's and street's fields (as indexes), when given, and the filter's other fields to
    /// <paramref name="mask"/>/<paramref name="value"/>: a key matches when <c>key &amp; mask == value</c>.</summary>
    public static void Constrain(ref long mask, ref long value, int? employer, int? street, IntakeFilter filter)
    {
        if (employer is { } e)
        {
            mask |= EmployerMask;
            value |= (long)e << EmployerShift;
        }

        if (street is { } s)
        {
            mask |= 0x3FFL << StreetShift;
            value |= (long)s << StreetShift;
        }

        Constrain(ref mask, ref value, (long?)filter.IndustryChain, 0xF, ChainShift);
        Constrain(ref mask, ref value, (long?)filter.Degree, 0x7, DegreeShift);
        Constrain(ref mask, ref value, (long?)filter.UniversityTier, 0x7, TierShift);
        Constrain(ref mask, ref value, filter.FromOutsideHuzhou is { } outside ? (outside ? 1 : 0) : null, 0x1, OriginShift);
    }

    private static void Constrain(ref long mask, ref long value, long? wanted, long bits, int shift)
    {
        if (wanted is { } v)
        {
            mask |= bits << shift;
            value |= v << shift;
        }
    }

    /// <summary>The value of <paramref name="dimension"/> in <paramref name="key"/>, the employer's and street's as
    /// named by <paramref name="employers"/> and <paramref name="streets"/>.</summary>
    public static string Describe(long key, IntakeDimension dimension, List<Guid> employers, List<string> streets) => dimension switch
    {
        IntakeDimension.Employer => employers[Employer(key)].ToString(),
        IntakeDimension.Street => streets[(int)((key >> StreetShift) & 0x3FF)],
        IntakeDimension.IndustryChain => ((IndustryChain)((key >> ChainShift) & 0xF)).ToString(),
        IntakeDimension.Degree => ((DegreeLevel)((key >> DegreeShift) & 0x7)).ToString(),
        IntakeDimension.UniversityTier => ((UniversityTier)((key >> TierShift) & 0x7)).ToString(),
        _ => ((key >> OriginShift) & 1) == 1 ? "outside" : "huzhou",
    };
}
