using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Offers;

namespace TalentPortal.Housing.Features.Applications;

public sealed record ApplicationResponse(
    Guid Id,
    Guid TalentId,
    ApplicationStatus Status,
    Guid? PreferredProjectId,
    UnitLayout? PreferredLayout,
    int BaseBand,
    int Band,
    string BandBasis,
    int Penalties,
    DateTimeOffset AppliedAt,
    int? Position,
    OfferResponse? CurrentOffer,
    Guid? LeaseId,
    long Version)
{
    public static ApplicationResponse From(HousingApplication application, int? position, Offer? currentOffer)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new(application.Id, application.TalentId, application.Status, application.PreferredProjectId, application.PreferredLayout,
            application.BaseBand, application.Band, PriorityBand.Describe(application.BaseBand), application.Penalties, application.AppliedAt,
            position, currentOffer is null ? null : OfferResponse.From(currentOffer), application.LeaseId, application.Version);
    }
}
