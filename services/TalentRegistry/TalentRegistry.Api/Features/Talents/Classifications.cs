using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>The facts only an official's decision sets (<see cref="Facts.Classifications"/>): the talent office's
/// 人才分类认定 sets the talent tier, the zone's start-up grading the start-up grade. Officials in scope and admins record
/// a decision with its reference (audited; the fact becomes OfficialVerified and TalentProfileUpdated is published). A
/// graduate never sets these facts, but may ask for the decision: the request waits in the verification queue with the
/// documents uploaded for the fact, and changes nothing until an official approves it.</summary>
public static class Classifications
{
    public const int MaxReference = 200;

    public static void Validate(ValidationErrors errors, string fact, string field, string? value, string? reference)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ValidateClass(errors, fact, field, value);
        errors.Required("decisionReference", reference, MaxReference);
        errors.PlainText("decisionReference", reference);
    }

    public static void ValidateClass(ValidationErrors errors, string fact, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null || !Facts.ClassesOf(fact).Contains(value))
        {
            errors.Add(field, $"{field} is required, one of {string.Join(", ", Facts.ClassesOf(fact))}.");
        }
    }

    public static Task<IResult> SetTalentTierAsync(
        Guid id, SetTalentTierRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(id, Facts.TalentTier, request.Tier!, request.DecisionReference!, http, store, personalData, time, cancellationToken);

    public static Task<IResult> SetStartupGradeAsync(
        Guid id, SetStartupGradeRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(id, Facts.StartupGrade, request.Grade!, request.DecisionReference!, http, store, personalData, time, cancellationToken);

    /// <summary>The graduate themself asks for a classification; documents already uploaded for the fact and not yet
    /// attached go with the request. A request already waiting for the same fact is superseded.</summary>
    public static async Task<IResult> RequestAsync(
        Guid id, ClassificationRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanRequestClassification, cancellationToken);
        var now = time.GetUtcNow();
        var fact = request.Fact!;
        var current = talent.ValueOf(fact);
        var value = FactValues.Write(request.Value);
        var unitOfWork = store.BeginUnitOfWork();
        foreach (var open in (await Declarations.PendingAsync(store, talent.Id, cancellationToken)).Where(v => v.Fact == fact))
        {
            open.Supersede(now);
            unitOfWork.Update(open);
        }

        var verification = FactVerification.Request(talent, new FactChange(fact, value, current == "null" ? null : current, false), caller.AccountId, now);
        var documents = await store.FindAsync<EvidenceDocument>(
            d => d.TalentId == talent.Id && d.Fact == fact && d.State == EvidenceState.Submitted, cancellationToken: cancellationToken);
        foreach (var document in documents.Where(d => d.VerificationId is null))
        {
            document.AttachTo(verification);
            unitOfWork.Update(document);
        }

        unitOfWork.Insert(verification);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.RequestClassification, talent.Id, $"{fact}: {request.Value}", now);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/verifications/{verification.Id}", VerificationResponse.From(verification, showDecidedBy: false));
    }

    private static async Task<IResult> DecideAsync(
        Guid id, string fact, string value, string reference, HttpContext http, IStore store, PersonalData personalData, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanVerify, cancellationToken);
        var now = time.GetUtcNow();
        talent.Classify(fact, value, FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now));
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(talent);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.Classify, talent.Id, $"{fact} {value}: {reference.Trim()}", now);
        unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }
}
