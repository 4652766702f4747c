using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

public sealed record CreateProjectRequest(string? Code, string? Name, string? Street, string? Address) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("code", Code, 40);
        if (Code is not null && !Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add("code", "code uses only ASCII letters, digits and '-'.");
        }

        errors.Required("name", Name, 100);
        errors.PlainText("name", Name);
        if (!Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join("、", Zone.Streets)}.");
        }

        errors.MaxLength("address", Address, 200);
        errors.PlainText("address", Address);
    }
}

/// <summary>An official adds a project in a street they cover.</summary>
public static class CreateProject
{
    public static async Task<IResult> HandleAsync(CreateProjectRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        HousingAccess.DemandStreet(caller, request.Street!);
        var project = ApartmentProject.Create(request.Code!, request.Name!, request.Street!, request.Address, illustrative: false, caller.AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(project);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/projects/{project.Id}", ProjectResponse.From(project, []));
    }
}
