namespace TalentPortal.Housing.Features.Applications;

/// <summary>How long the talent can expect to wait: position × window ÷ allocations in the window (weeks, one
/// decimal), or unknown when nothing was allocated in the window. The basis says what the estimate rests on.</summary>
public sealed record ExpectedWait(bool Known, decimal? Weeks, int AllocationsInWindow, int WindowWeeks, decimal AllocationsPerWeek, DateTimeOffset WindowFrom, string Basis);
