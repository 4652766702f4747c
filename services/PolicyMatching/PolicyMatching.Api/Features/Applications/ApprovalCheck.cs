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
    public static ApprovalBasis For(Application application, TalentFacts? facts, PolicyDefinition policy)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(policy);
        if (facts is null)
        {
            return new ApprovalBasis(IdentityStatuses.Unverified, [], [], nameof(Outcome.Unknown), null);
        }

        var asOf = application.SubmittedOn;
        var current = facts.ToRuleFacts(asOf);
        current = current with { HeldBenefits = [.. current.HeldBenefits!.Where(b => b != application.PolicyCode)] };
        var pending = FactNames.Keys(PolicyEngine.Evaluate(current, policy, asOf).PendingVerification);
        var verified = PolicyEngine.Evaluate(policy.Trust.WithoutUntrusted(current), policy, asOf);
        return new ApprovalBasis(
            facts.IdentityStatus, pending, FactNames.Of(pending), verified.Outcome.ToString(), verified.Outcome == Outcome.Eligible ? verified.Benefit?.Amount : null);
    }
}
