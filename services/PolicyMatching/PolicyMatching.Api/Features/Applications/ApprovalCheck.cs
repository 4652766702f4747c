using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Evaluates an application's policy for approval, as of the submission day (when its time limits were met) on
/// the talent's current facts: once as they stand, to name the facts pending verification, and once with every value
/// the policy does not accept treated as unknown, to compare with what was submitted.</summary>
public static class ApprovalCheck
{
    public static ApprovalEvaluation For(Application application, TalentFacts? facts, PolicyDefinition policy)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(policy);
        if (facts is null)
        {
            return new(new ApprovalBasis(IdentityStatuses.Unverified, [], [], nameof(Outcome.Unknown), null), null, null);
        }

        var current = Current(application, facts);
        var pending = FactNames.Keys(PolicyEngine.Evaluate(current, policy, application.SubmittedOn).PendingVerification);
        var verifiedFacts = policy.Trust.WithoutUntrusted(current);
        var verified = PolicyEngine.Evaluate(verifiedFacts, policy, application.SubmittedOn);
        return new(
            new ApprovalBasis(
                facts.IdentityStatus, pending, FactNames.Of(pending), verified.Outcome.ToString(), verified.Outcome == Outcome.Eligible ? verified.Benefit?.Amount : null),
            verified,
            verifiedFacts);
    }

    /// <summary>The fact keys the application's result relies on that are pending verification on the talent's current
    /// facts (evaluated as of the submission day).</summary>
    public static IReadOnlyList<string> PendingVerification(Application application, TalentFacts facts, PolicyDefinition policy)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(facts);
        return FactNames.Keys(PolicyEngine.Evaluate(Current(application, facts), policy, application.SubmittedOn).PendingVerification);
    }

    /// <summary>The talent's facts as of the submission day, without the benefit applied for.</summary>
    private static Rules.Facts.TalentFacts Current(Application application, TalentFacts facts)
    {
        var current = facts.ToRuleFacts(application.SubmittedOn);
        return current with { HeldBenefits = [.. current.HeldBenefits!.Where(b => b != application.PolicyCode)] };
    }
}
