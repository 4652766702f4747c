using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Housing.Features.Offers;

/// <summary>An offer. <c>passedOver</c> and <c>skipReason</c> (why earlier applications wanting the unit were passed
/// over) are shown to officials only: the reason may speak of other applicants.</summary>
public sealed record OfferResponse(
    Guid Id,
    Guid ApplicationId,
    Guid TalentId,
    Guid UnitId,
    string ProjectName,
    string UnitNumber,
    string Street,
    decimal MonthlyRent,
    DateOnly? StartDate,
    DateTimeOffset RespondBy,
    OfferStatus Status,
    DateTimeOffset OfferedAt,
    DateTimeOffset? DecidedAt,
    string? RefusalReason,
    Guid? LeaseId,
    long Version,
    int? PassedOver = null,
    string? SkipReason = null)
{
    public static OfferResponse From(Offer offer, Caller? caller = null)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var staff = caller is not null && HousingAccess.IsStaff(caller);
        return new(offer.Id, offer.ApplicationId, offer.TalentId, offer.UnitId, offer.ProjectName, offer.UnitNumber, offer.Street, offer.MonthlyRent,
            offer.StartDate, offer.RespondBy, offer.Status, offer.OfferedAt, offer.DecidedAt, offer.RefusalReason, offer.LeaseId, offer.Version,
            staff ? offer.PassedOver : null, staff ? offer.SkipReason : null);
    }
}
