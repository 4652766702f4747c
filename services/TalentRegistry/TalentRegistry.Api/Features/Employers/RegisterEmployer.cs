using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employers;

public sealed record RegisterEmployerRequest(string? Name, string? CreditCode, string? Street, string? IndustryChain, string? EmployerType)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("name", Name, 100);
        errors.PlainText("name", Name);
        if (!Domain.CreditCode.TryParse(CreditCode, out _, out var problem))
        {
            errors.Add("creditCode", $"creditCode {problem}.");
        }

        if (!Zone.IsStreet(Street))
        {
            errors.Add("street", $"street must be one of {string.Join(", ", Zone.Streets)}.");
        }

        errors.Enum<IndustryChain>("industryChain", IndustryChain);
        errors.Enum<EmployerType>("employerType", EmployerType);
    }
}

/// <summary>Adds an employer to the zone's registry: zone officials and admins anywhere, street officials in their street.</summary>
public static class RegisterEmployer
{
    public static async Task<IResult> HandleAsync(
        RegisterEmployerRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        TalentAccess.DemandStreet(caller, request.Street);

        _ = CreditCode.TryParse(request.CreditCode, out var code, out _);
        var existing = await store.FindAsync<Employer>(e => e.CreditCode == code, new QueryOptions<Employer>(Take: 1), cancellationToken);
        if (existing.Count > 0)
        {
            throw new RuleViolationException(
                $"An employer with credit code {code} is already registered.", "AlreadyRegistered", new Dictionary<string, object?> { ["existingEmployerId"] = existing[0].Id });
        }

        var employer = Employer.Register(
            Guid.CreateVersion7(), request.Name!, code, request.Street!, EnumText.ParseOrNull<IndustryChain>(request.IndustryChain)!.Value,
            EnumText.ParseOrNull<EmployerType>(request.EmployerType)!.Value, caller.AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(employer);
        unitOfWork.Publish(employer.ToRegisteredEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/employers/{employer.Id}", EmployerResponse.From(employer));
    }
}
