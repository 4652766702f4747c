namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>Why an approval is refused although the application's state allows it (the <c>code</c> of the 409).</summary>
public static class ApprovalRefusals
{
    /// <summary>Nobody has seen the talent's ID card, or the national ID turned out to be someone else's.</summary>
    public const string IdentityUnverified = "IdentityUnverified";

    /// <summary>The result relies on facts from a source the policy does not accept.</summary>
    public const string PendingVerification = "PendingVerification";

    /// <summary>On the verified facts the outcome or the amount is not what was submitted.</summary>
    public const string SnapshotChanged = "SnapshotChanged";
}
