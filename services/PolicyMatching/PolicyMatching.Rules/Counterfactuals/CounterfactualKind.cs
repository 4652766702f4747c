namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>What kind of change a counterfactual step asks for.</summary>
public enum CounterfactualKind
{
    /// <summary>The talent (or employer) must change a fact.</summary>
    ChangeFact,

    /// <summary>Time alone fixes it, on <see cref="Counterfactual.Date"/>.</summary>
    WaitUntil,

    /// <summary>It cannot change (age, graduation, origin); <see cref="Counterfactual.Date"/> says since when where that applies.</summary>
    Impossible,

    /// <summary>A missing fact must be provided.</summary>
    ProvideFact,
}
