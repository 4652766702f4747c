namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>How a fact is stored and which operators apply to it.</summary>
internal enum FactKind
{
    Bool,
    Integer,
    Enum,
    Date,

    /// <summary>Completed years from a date to the evaluation date.</summary>
    AgeYears,

    /// <summary>Exact calendar months from a date to the evaluation date.</summary>
    ElapsedMonths,

    /// <summary>Whole months between employment start and the day after contract end.</summary>
    ContractMonths,
    Decimal,
    Text,
    TextSet,
}

/// <summary>Whether and how a fact can change, which decides the kind of counterfactual.</summary>
internal enum Mutability
{
    /// <summary>The talent can change it (take a job, sell a home, earn a degree).</summary>
    Changeable,

    /// <summary>It is fixed in the past (birth date, hukou origin, graduation).</summary>
    Immutable,

    /// <summary>It grows by one each month while the talent is insured locally.</summary>
    Accrues,
}

internal sealed record EnumMember(long Value, string Key, LocalizedText Name);
