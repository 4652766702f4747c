namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>An employer was added to the zone's registry.</summary>
[EventStream(EventStreams.Employers, nameof(EmployerId))]
public sealed record EmployerRegistered(
    Guid EmployerId,
    string Name,
    string CreditCode,
    string Street,
    string IndustryChain,
    string EmployerType,
    DateTimeOffset RegisteredAt);
