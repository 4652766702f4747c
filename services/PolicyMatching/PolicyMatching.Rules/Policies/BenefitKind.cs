namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>How a benefit is granted.</summary>
public enum BenefitKind
{
    /// <summary>One payment.</summary>
    OneOff,

    /// <summary>The same amount every month for a number of months.</summary>
    Monthly,

    /// <summary>The total paid in dated instalments by percentage (e.g. 40/40/20 yearly).</summary>
    Instalments,

    /// <summary>A place in a talent apartment at a stepped rent discount (in kind, no money).</summary>
    TalentApartment,

    /// <summary>Screened by the engine, decided by officials up to a ceiling.</summary>
    CaseByCase,
}
