using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>What an approval rests on: the talent's identity status, and the application's policy evaluated as of the
/// submission day on the talent's current facts — the facts it relies on that are pending verification, and the
/// outcome and amount with every value the policy does not accept treated as unknown.</summary>
/// <param name="IdentityStatus">One of <see cref="IdentityStatuses"/>.</param>
/// <param name="PendingVerification">Fact keys, e.g. <c>degreeLevel</c>.</param>
/// <param name="PendingVerificationNames">Their names (zh, en), in the same order.</param>
/// <param name="Outcome">Eligible, NotEligible or Unknown on the verified facts.</param>
/// <param name="Amount">The benefit's total on the verified facts when Eligible.</param>
public sealed record ApprovalBasis(
    string IdentityStatus, IReadOnlyList<string> PendingVerification, IReadOnlyList<LocalizedText> PendingVerificationNames, string Outcome, decimal? Amount);
