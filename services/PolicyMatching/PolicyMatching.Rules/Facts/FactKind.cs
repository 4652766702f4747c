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
