using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employers;

public sealed record EmployerResponse(
    Guid Id, string Name, string CreditCode, string Street, IndustryChain IndustryChain, EmployerType EmployerType, DateTimeOffset RegisteredAt)
{
    public static EmployerResponse From(Employer employer)
    {
        ArgumentNullException.ThrowIfNull(employer);
        return new(employer.Id, employer.Name, employer.CreditCode, employer.Street, employer.IndustryChain, employer.EmployerType, employer.RegisteredAt);
    }
}
