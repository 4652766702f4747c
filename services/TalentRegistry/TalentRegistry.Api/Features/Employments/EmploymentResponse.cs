using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>An employment record. <c>identityAttested</c> is set on HR's confirmations only: true when the confirmation
/// attests the person's identity (HR saw the ID card), so an unverified identity became verified or was verified already.</summary>
public sealed record EmploymentResponse(
    Guid Id, Guid TalentId, string TalentName, Guid EmployerId, string EmployerName, string Street, IndustryChain IndustryChain,
    EmployerType EmployerType, DateOnly StartDate, DateOnly? ContractEnd, string? Position, int SocialInsuranceMonths, EmploymentStatus Status,
    DateTimeOffset DeclaredAt, DateTimeOffset? ConfirmedAt, DateOnly? EndDate, string? EndReason, long Version, bool? IdentityAttested = null)
{
    public static EmploymentResponse From(Employment e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.Id, e.TalentId, e.TalentName, e.EmployerId, e.EmployerName, e.Street, e.IndustryChain, e.EmployerType, e.StartDate, e.ContractEnd,
            e.Position, e.SocialInsuranceMonths, e.Status, e.DeclaredAt, e.ConfirmedAt, e.EndDate, e.EndReason, e.Version);
    }
}
