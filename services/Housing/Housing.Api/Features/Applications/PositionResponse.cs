using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Applications;

public sealed record PositionResponse(Guid ApplicationId, ApplicationStatus Status, int Band, int Penalties, int? Position, int QueueLength, ExpectedWait? ExpectedWait);
