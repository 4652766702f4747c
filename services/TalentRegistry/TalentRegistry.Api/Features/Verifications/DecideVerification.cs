using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>An official's decision; approving a degree (<c>education</c>) also records <c>verificationCode</c>, the 学信网
/// online verification code or the overseas credential certificate's number (6–32 letters and digits), and
/// <c>reportDate</c>, the date of that report (not in the future).</summary>
public sealed record DecideVerificationRequest(bool? Approved, string? Reason, string? VerificationCode = null, DateOnly? ReportDate = null) : IValidatableRequest
{
    public const int MaxReason = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.Required("approved", Approved);
        errors.MaxLength("reason", Reason, MaxReason);
        errors.PlainText("reason", Reason, multiline: true);
        if (Approved == false && string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("reason", "reason is required to reject.");
        }

        if (VerificationCode is not null && (VerificationCode.Trim().Length is < 6 or > 32 || !VerificationCode.Trim().All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("verificationCode", "verificationCode must be the report's online verification code: 6 to 32 letters and digits.");
        }
    }

    /// <summary>The reference a degree's approval records; a 400 naming the field when it is missing or the date is in
    /// the future, or when it is sent for a fact other than a degree.</summary>
    public string? ReferenceFor(string fact, DateOnly today)
    {
        var degree = fact == Facts.Education && Approved == true;
        if (!degree)
        {
            return VerificationCode is null && ReportDate is null ? null
                : throw new InvalidFieldException(VerificationCode is null ? "reportDate" : "verificationCode", "A verification code and report date are recorded for approving a degree only.");
        }

        if (string.IsNullOrWhiteSpace(VerificationCode))
        {
            throw new InvalidFieldException("verificationCode", "verificationCode is required to approve a degree: the 学信网 online verification code (or the overseas credential certificate's number).");
        }

        if (ReportDate is not { } date || date > today)
        {
            throw new InvalidFieldException("reportDate", "reportDate is required to approve a degree: the date of the verification report, not in the future.");
        }

        return $"{VerificationCode.Trim().ToUpperInvariant()} ({date:yyyy-MM-dd})";
    }
}

/// <summary>An official in scope (or an admin) decides a declared fact once: approved, the value becomes official
/// (OfficialVerified by them); rejected, the fact returns to the verified value it displaced, or stays declared and is
/// marked rejected when there was none. A classification request (<see cref="Facts.Classifications"/>) approved sets the
/// class; rejected it changes nothing. An approval uses the evidence attached to the verification: each document becomes
/// Used and the fact's provenance names them. Audited; publishes TalentProfileUpdated with the new state.</summary>
public static class DecideVerification
{
    public static async Task<IResult> HandleAsync(
        Guid id, DecideVerificationRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        Talent? talent = null;
        var verification = await store.LoadInScopeAsync<FactVerification>(
            id,
            async v =>
            {
                var (loaded, _) = await TalentAccess.LoadTalentAsync(store, caller, v.TalentId, TalentAccess.CanVerify, cancellationToken);
                talent = loaded;
                return true;
            },
            "Verification",
            cancellationToken);
        var now = time.GetUtcNow();
        var reference = request.ReferenceFor(verification.Fact, Zone.Today(now));
        var subject = talent!;
        var approved = request.Approved!.Value;
        var reason = request.Reason?.Trim();
        verification.Decide(approved, reason ?? "", caller.AccountId, now, reference);
        var unitOfWork = store.BeginUnitOfWork();
        if (approved)
        {
            var provenance = FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now);
            provenance.Reference = reference;
            provenance.EvidenceIds = await UseEvidenceAsync(store, unitOfWork, verification, now, cancellationToken);
            if (Facts.Classifications.Contains(verification.Fact))
            {
                subject.Classify(verification.Fact, FactValues.Read<string>(verification.DeclaredValue)!, provenance);
            }
            else
            {
                subject.ConfirmFact(verification.Fact, provenance);
            }
        }
        else if (!Facts.Classifications.Contains(verification.Fact))
        {
            subject.RejectFact(verification.Fact);
        }

        unitOfWork.Update(verification);
        unitOfWork.Update(subject);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.DecideVerification, subject.Id, $"{verification.Fact} {verification.State}: {reason}{(reference is null ? "" : $" [{reference}]")}", now);
        unitOfWork.Publish(subject.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(VerificationResponse.From(verification, showDecidedBy: true));
    }

    /// <summary>The documents attached to the approved verification become Used by it; the fact's provenance lists them.</summary>
    private static async Task<List<Guid>> UseEvidenceAsync(
        IStore store, IUnitOfWork unitOfWork, FactVerification verification, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var used = new List<Guid>();
        foreach (var attached in verification.Evidence)
        {
            if (await store.GetAsync<EvidenceDocument>(attached.Id, cancellationToken) is { State: EvidenceState.Submitted } document)
            {
                document.Use(verification.Id, at);
                unitOfWork.Update(document);
                used.Add(document.Id);
            }
        }

        return used;
    }
}
