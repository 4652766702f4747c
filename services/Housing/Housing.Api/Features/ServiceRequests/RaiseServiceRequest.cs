using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record AttachmentInput(string? FileName, long? Size, string? Sha256);

public sealed record RaiseServiceRequestRequest(string? Category, string? Title, string? Description, string? Street, IReadOnlyList<AttachmentInput>? Attachments)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("category", Category, 40);
        errors.Required("title", Title, 200);
        errors.Required("description", Description, 4000);
        if (!Zone.IsStreet(Street))
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
            errors.Required($"attachments[{i}].fileName", a.FileName, 255);
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

/// <summary>A graduate (for themselves) or HR (for their employer) raises a request in a category they may use; the
/// due instant is the submission plus the category's SLA in calendar days.</summary>
public static class RaiseServiceRequest
{
    public static async Task<IResult> HandleAsync(
        RaiseServiceRequestRequest request, HttpContext http, IStore store, ServiceCategoryCatalog categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var category = categories.Find(request.Category)
            ?? throw new InvalidFieldException("category", $"category must be one of {string.Join(", ", categories.All.Select(c => c.Code))}.");
        if (!category.RaisedBy.Contains(caller.Role))
        {
            throw ProblemException.Forbidden($"{category.Name} requests are raised by {string.Join(" or ", category.RaisedBy)}.");
        }

        var (talentId, employerId) = caller.Role switch
        {
            Roles.Graduate when caller.TalentId is { } t => ((Guid?)t, (Guid?)null),
            Roles.EmployerHr when caller.EmployerId is { } e => (null, e),
            _ => throw ProblemException.Forbidden("Your account is not linked to a talent record or an employer."),
        };
        var attachments = (request.Attachments ?? []).Select(a => new RequestAttachment
        {
            FileName = a.FileName!.Trim(),
            Size = a.Size!.Value,
            Sha256 = a.Sha256!.ToLowerInvariant(),
        });
        var now = time.GetUtcNow();
        var serviceRequest = ServiceRequest.Raise(
            category, request.Title!, request.Description!, request.Street!, caller.AccountId, caller.Role, talentId, employerId, attachments, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(serviceRequest);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/service-requests/{serviceRequest.Id}", ServiceRequestResponse.From(serviceRequest, now));
    }
}
