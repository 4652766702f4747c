using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure.Intake;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>A year's targets with achieved figures, pace needed and forecast; street officials see their street's only.</summary>
public static class ListIntakeTargets
{
    public static async Task<IResult> HandleAsync(
        int? year, string? format, HttpContext http, IStore store, IntakeCube cube, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var today = Zone.Today(time.GetUtcNow());
        var wanted = year ?? today.Year;
        var targets = await store.FindAsync<IntakeTarget>(t => t.Year == wanted, cancellationToken: cancellationToken);
        var visible = targets
            .Where(t => caller.SeesWholeZone || (t.Street is not null && t.Street == caller.Street))
            .OrderBy(t => t.Street ?? "").ThenBy(t => t.Degree.HasValue).ThenBy(t => t.Degree)
            .Select(t => IntakeTargetResponse.From(t, cube, today))
            .ToList();
        return IntakeScope.WantsCsv(http, format)
            ? TypedResults.Text(IntakeCsv.Targets(visible), "text/csv; charset=utf-8")
            : TypedResults.Ok(visible);
    }
}
