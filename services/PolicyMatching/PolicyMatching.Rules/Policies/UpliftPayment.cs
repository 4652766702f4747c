namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>When an uplift is paid.</summary>
public enum UpliftPayment
{
    /// <summary>All of it with the last instalment.</summary>
    LastInstalment,

    /// <summary>Spread over the instalments by their percentages.</summary>
    ProRata,
}
