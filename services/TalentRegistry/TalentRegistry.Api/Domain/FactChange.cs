namespace TalentPortal.TalentRegistry.Domain;

/// <summary>What changing a fact did: the new value, the verified value kept beside it (if any), and whether this
/// change displaced a verified value.</summary>
public sealed record FactChange(string Fact, string Value, string? VerifiedValue, bool DisplacedVerified);
