using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record TransitionResponse(ServiceRequestStatus? From, ServiceRequestStatus To, string Actor, string ActorRole, DateTimeOffset At, string? Comment);
