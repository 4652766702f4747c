using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>The graduate themself or HR in scope uploads a document supporting one verifiable fact (multipart fields
/// <c>fact</c>, <c>file</c> and optionally <c>applicationId</c>). Its type comes from its first bytes (PDF, JPEG or PNG;
/// anything else is a 400 naming <c>file</c>), never from its name or declared type; its bytes are stored encrypted
/// beside the metadata, and it is attached to the fact's pending verification when there is one, all in one commit.</summary>
public static class UploadEvidence
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext http, IStore store, PersonalData personalData, IOptions<EvidenceOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanUploadEvidence, cancellationToken);
        var form = await EvidenceUpload.ReadAsync(http.Request, options.Value.MaxFileBytes, cancellationToken);
        var errors = new ValidationErrors();
        if (form.Fact is not { } fact || !Facts.Verifiable.Contains(fact))
        {
            errors.Add("fact", $"fact must be one of {string.Join(", ", Facts.Verifiable)}.");
        }

        Guid? applicationId = null;
        if (form.ApplicationId is { Length: > 0 } rawApplication)
        {
            applicationId = Guid.TryParse(rawApplication, out var parsed) && parsed != Guid.Empty ? parsed : null;
            if (applicationId is null)
            {
                errors.Add("applicationId", "applicationId must be an application's id.");
            }
        }

        var type = form.Content is { Length: > 0 } content ? EvidenceTypes.Detect(content) : null;
        if (type is null)
        {
            errors.Add("file", form.Content is { Length: > 0 }
                ? "The document must be a PDF, JPEG or PNG file (recognised by its content, not its name)."
                : "A document is required in the multipart field \"file\".");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = time.GetUtcNow();
        var document = EvidenceDocument.Submit(
            talent.Id, form.Fact!, applicationId, form.FileName, type!, form.Content!, caller.AccountId, caller.Role,
            caller.IsEmployerHr ? caller.EmployerId : null, now);
        var unitOfWork = store.BeginUnitOfWork();
        var pending = (await Declarations.PendingAsync(store, talent.Id, cancellationToken)).Where(v => v.Fact == document.Fact).MaxBy(v => v.DeclaredAt);
        if (pending is not null)
        {
            document.AttachTo(pending);
            unitOfWork.Update(pending);
        }

        unitOfWork.Insert(document);
        unitOfWork.Insert(new EvidenceContent { Id = document.Id, Cipher = personalData.Protect(form.Content!) });
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/evidence/{document.Id}/content", EvidenceResponse.From(document, caller));
    }
}
