using TalentPortal.TalentRegistry.Features.BulkImport;

namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>What a file of the bureau did: its data rows, the months recorded new, changed (<c>paid</c> differs from an
/// earlier file) and unchanged (the same line again), the rows rejected with their reasons (the first
/// <see cref="ImportInsuranceRecords.MaxRejectedRowsShown"/>), the people whose insurance facts were refreshed, the
/// latest month in the file and the people whose declared months differ from the feed.</summary>
public sealed record InsuranceFeedResponse(
    int Rows, int Recorded, int Updated, int Unchanged, int Rejected, int Talents, string? LatestMonth,
    IReadOnlyList<RejectedRowResponse> RejectedRows, IReadOnlyList<InsuranceDifference> Differences);
