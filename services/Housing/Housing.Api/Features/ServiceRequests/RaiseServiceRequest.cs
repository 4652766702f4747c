using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record RaiseServiceRequestRequest(
    string? Category, string? Title, string? Description, string? Street, IReadOnlyList<AttachmentInput>? Attachments, Guid? TalentId = null)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("category", Category, 40);
        errors.Required("title", Title, 200);
        errors.PlainText("title", Title);
        errors.Required("description", Description, 4000);
        errors.PlainText("description", Description, multiline: true);
        if (Street is not null && !Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join("、", Zone.Streets)}.");
        }

        var attachments = Attachments ?? [];
        if (attachments.Count > 20)
        {
            errors.Add("attachments", "At most 20 attachments.");
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            if (a is null)
            {
                errors.Add($"attachments[{i}]", "An attachment is required here.");
                continue;
            }

            errors.Required($"attachments[{i}].fileName", a.FileName, 255);
            errors.PlainText($"attachments[{i}].fileName", a.FileName);
            if (a.Size is not (>= 0 and <= 100_000_000))
            {
                errors.Add($"attachments[{i}].size", "size is required: bytes, 0 to 100,000,000.");
            }

            if (a.Sha256 is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigit))
            {
                errors.Add($"attachments[{i}].sha256", "sha256 must be 64 hexadecimal characters.");
            }
        }
    }
}

/// <summary>A graduate (for themselves) or HR (for their employer, optionally for one of its staff: talentId) raises a
/// request in a category they may use. The street is the one housing knows — the talent's current employment, else the
/// employer's — and a different street in the body is a 400; only when housing knows neither does the body's street
/// route the request. The due instant is the submission plus the category's SLA in calendar days.</summary>
public static class RaiseServiceRequest
{
    public static async Task<IResult> HandleAsync(
        RaiseServiceRequestRequest request, HttpContext http, IStore store, ServiceCategoryCatalog categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var category = categories.Find(request.Category)
            ?? throw new InvalidFieldException("category", $"category must be one of {string.Join(", ", categories.All.Select(c => c.Code))}.");
        HousingAccess.DemandMayRaise(caller, category);
        Guid? talentId = caller.IsGraduate ? request.TalentId ?? HousingAccess.OwnTalentId(caller) : request.TalentId;
        Guid? employerId = caller.IsEmployerHr ? HousingAccess.OwnEmployerId(caller) : null;
        string? knownStreet = null;
        if (talentId is { } talent)
        {
            var current = await HousingAccess.CurrentEmploymentAsync(store, talent, cancellationToken);
            HousingAccess.DemandRaiseFor(caller, talent, current);
            knownStreet = current?.Street;
        }

        if (knownStreet is null && employerId is { } employer)
        {
            knownStreet = (await store.GetAsync<Employer>(employer, cancellationToken))?.Street;
        }

        var street = StreetOf(knownStreet, request.Street);
        var attachments = (request.Attachments ?? []).Select(a => new RequestAttachment
        {
            FileName = a.FileName!.Trim(),
            Size = a.Size!.Value,
            Sha256 = a.Sha256!.ToLowerInvariant(),
        });
        var now = time.GetUtcNow();
        var serviceRequest = ServiceRequest.Raise(
            category, request.Title!, request.Description!, street, caller.AccountId, caller.Role, talentId, employerId, attachments, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(serviceRequest);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/service-requests/{serviceRequest.Id}", ServiceRequestResponse.From(serviceRequest, now));
    }

    private static string StreetOf(string? known, string? given) => (known, given) switch
    {
        (null, null) => throw new InvalidFieldException("street", "street is required: housing does not know where you or your employer work."),
        (null, _) => given,
        (_, null) => known,
        _ when known == given => known,
        _ => throw new InvalidFieldException("street", $"street must be {known}, where the request's talent or employer is recorded (or left out)."),
    };
}
