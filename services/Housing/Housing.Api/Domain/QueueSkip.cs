namespace TalentPortal.Housing.Domain;

/// <summary>How an offer departs from the waiting-list order: the number of earlier applications passed over and why.</summary>
public sealed record QueueSkip(int PassedOver, string Reason);
