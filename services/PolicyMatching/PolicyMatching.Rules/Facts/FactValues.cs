using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Parses fact values written as text (YAML test inputs, what-if overrides) and sets them on <see cref="TalentFacts"/>.</summary>
internal static class FactValues
{
    /// <summary>Parses one input value; <paramref name="items"/> is used for set-valued facts.</summary>
    public static bool TryParse(FactInfo info, string? raw, IReadOnlyList<string>? items, out object? value, out string error)
    {
        value = null;
        error = "";
        if (info.IsDerived)
        {
            error = $"'{info.Key}' is derived; set {string.Join(" and ", info.DerivedFrom.Select(FactCatalog.KeyOf))} instead";
            return false;
        }

        if (info.Kind == FactKind.TextSet)
        {
            if (items is not null)
            {
                value = items;
                return true;
            }

            if (IsNull(raw))
            {
                return true;
            }

            value = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return true;
        }

        if (items is not null)
        {
            error = $"'{info.Key}' takes a single value, not a list";
            return false;
        }

        if (IsNull(raw))
        {
            return true;
        }

        switch (info.Kind)
        {
            case FactKind.Bool when TryParseBool(raw, out var b):
                value = b;
                return true;
            case FactKind.Integer when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                value = n;
                return true;
            case FactKind.Decimal when decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var d):
                value = d;
                return true;
            case FactKind.Date when TryParseInputDate(raw, out var date):
                value = date;
                return true;
            case FactKind.Enum when info.MemberByKey(raw) is { } member:
                value = member.Value;
                return true;
            case FactKind.Text:
                value = raw;
                return true;
            default:
                error = $"'{raw}' is not {Expected(info)}";
                return false;
        }
    }

    private static bool IsNull([NotNullWhen(false)] string? raw) => raw is null or "" or "~" or "null";

    /// <summary>Describes the values a fact accepts, for error messages.</summary>
    public static string Expected(FactInfo info) => info.Kind switch
    {
        FactKind.Bool => "true or false",
        FactKind.Integer or FactKind.AgeYears or FactKind.ElapsedMonths or FactKind.ContractMonths => "a whole number",
        FactKind.Decimal => "a number",
        FactKind.Date => "a date (yyyy-MM-dd)",
        FactKind.Enum => "one of " + string.Join(", ", info.Members.Select(m => m.Key)),
        FactKind.Text => "a text",
        _ => "a list of texts",
    };

    public static bool TryParseBool(string raw, out bool value)
    {
        value = false;
        if (string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        return string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryParseDate(string raw, out DateOnly date) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Like <see cref="TryParseDate"/>, but a month-only date (yyyy-MM) is the last day of that month.</summary>
    private static bool TryParseInputDate(string raw, out DateOnly date)
    {
        if (TryParseDate(raw, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = month.AddMonths(1).AddDays(-1);
            return true;
        }

        return false;
    }

    /// <summary>Returns a copy of <paramref name="facts"/> with one input fact set (null clears it).</summary>
    public static TalentFacts With(TalentFacts facts, Fact fact, object? value) => fact switch
    {
        Fact.DegreeLevel => facts with { DegreeLevel = (DegreeLevel?)(int?)(long?)value },
        Fact.FullTime => facts with { FullTime = (bool?)value },
        Fact.UniversityTier => facts with { UniversityTier = (UniversityTier?)(int?)(long?)value },
        Fact.BirthDate => facts with { BirthDate = (DateOnly?)value },
        Fact.GraduationDate => facts with { GraduationDate = (DateOnly?)value },
        Fact.SocialInsuranceMonths => facts with { SocialInsuranceMonths = (int?)value },
        Fact.ContinuousSocialInsuranceMonths => facts with { ContinuousSocialInsuranceMonths = (int?)value },
        Fact.SocialInsuranceMonthsLast12 => facts with { SocialInsuranceMonthsLast12 = (int?)value },
        Fact.EmploymentStartDate => facts with { EmploymentStartDate = (DateOnly?)value },
        Fact.ContractEndDate => facts with { ContractEndDate = (DateOnly?)value },
        Fact.EmployerInZone => facts with { EmployerInZone = (bool?)value },
        Fact.EmployerType => facts with { EmployerType = (EmployerType?)(int?)(long?)value },
        Fact.IndustryChain => facts with { IndustryChain = (string?)value },
        Fact.EmployedLocally => facts with { EmployedLocally = (bool?)value },
        Fact.OwnsHomeLocally => facts with { OwnsHomeLocally = (bool?)value },
        Fact.FirstHomePurchase => facts with { FirstHomePurchase = (bool?)value },
        Fact.HukouHuzhou => facts with { HukouHuzhou = (bool?)value },
        Fact.TalentTier => facts with { TalentTier = (TalentTier?)(int?)(long?)value },
        Fact.SeniorTechnician => facts with { SeniorTechnician = (bool?)value },
        Fact.StartupGrade => facts with { StartupGrade = (StartupGrade?)(int?)(long?)value },
        Fact.StartupRegisteredInZone => facts with { StartupRegisteredInZone = (bool?)value },
        Fact.TeamAverageAge => facts with { TeamAverageAge = (decimal?)value },
        Fact.HeldBenefits => facts with { HeldBenefits = (IReadOnlyList<string>?)value },
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "derived facts cannot be set"),
    };
}
