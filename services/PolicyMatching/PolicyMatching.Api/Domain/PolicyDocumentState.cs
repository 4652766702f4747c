namespace TalentPortal.PolicyMatching.Domain;

public enum PolicyDocumentState
{
    Draft,
    Published,
    Superseded,
    Discarded,
    Retired,
}
