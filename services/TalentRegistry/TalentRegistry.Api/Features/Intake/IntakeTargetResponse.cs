using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>A target with its progress. Months elapsed count the current month; pace needed = (target − achieved) /
/// months remaining (null once no month remains); forecast = achieved + (achieved / months elapsed) × months remaining.</summary>
public sealed record IntakeTargetResponse(
    Guid Id, int Year, string? Street, DegreeLevel? Degree, int TargetCount, int Achieved, int Remaining, int MonthsElapsed, int MonthsRemaining,
    decimal PaceSoFar, decimal? PaceNeeded, decimal Forecast, bool OnTrack, long Version)
{
    public static IntakeTargetResponse From(IntakeTarget target, IntakeCube cube, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(cube);
        var achieved = cube.Query(new IntakeQuery(
            new DateOnly(target.Year, 1, 1), new DateOnly(target.Year, 12, 1), [], new IntakeFilter(Degree: target.Degree, Street: target.Street))).Total;
        var elapsed = target.Year < today.Year ? 12 : target.Year > today.Year ? 0 : today.Month;
        var remainingMonths = 12 - elapsed;
        var shortfall = Math.Max(target.TargetCount - achieved, 0);
        var paceSoFar = elapsed == 0 ? 0m : (decimal)achieved / elapsed;
        decimal? paceNeeded = remainingMonths == 0 ? null : Math.Round((decimal)shortfall / remainingMonths, 1, MidpointRounding.AwayFromZero);
        var forecast = Math.Round(achieved + (paceSoFar * remainingMonths), 1, MidpointRounding.AwayFromZero);
        return new IntakeTargetResponse(
            target.Id, target.Year, target.Street, target.Degree, target.TargetCount, achieved, shortfall, elapsed, remainingMonths,
            Math.Round(paceSoFar, 1, MidpointRounding.AwayFromZero), paceNeeded, forecast, forecast >= target.TargetCount, target.Version);
    }
}
