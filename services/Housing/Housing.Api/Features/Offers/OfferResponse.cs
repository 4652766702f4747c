using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Offers;

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
    long Version)
{
    public static OfferResponse From(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new(offer.Id, offer.ApplicationId, offer.TalentId, offer.UnitId, offer.ProjectName, offer.UnitNumber, offer.Street, offer.MonthlyRent,
            offer.StartDate, offer.RespondBy, offer.Status, offer.OfferedAt, offer.DecidedAt, offer.RefusalReason, offer.LeaseId, offer.Version);
    }
}
