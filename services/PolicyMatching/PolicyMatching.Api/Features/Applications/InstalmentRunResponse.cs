namespace TalentPortal.PolicyMatching.Features.Applications;

public sealed record InstalmentRunResponse(DateOnly AsOf, int Checked, int Paid, int Suspended, IReadOnlyList<string> Notes);
