using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>A year's targets (a page) with achieved figures, pace needed and forecast; street officials see their street's only.</summary>
public static class ListIntakeTargets
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync(
        int? year, string? format, int? skip, int? take, HttpContext http, IStore store, IntakeCube cube, TimeProvider time, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        if (year is not (null or (>= 2000 and <= 2100)))
        {
            throw new InvalidFieldException("year", "year must be between 2000 and 2100.");
        }

        if (format is not (null or "json" or "csv"))
        {
            throw new InvalidFieldException("format", "format must be json or csv.");
        }

        var caller = Caller.From(http.User);
        var today = Zone.Today(time.GetUtcNow());
        var wanted = year ?? today.Year;
        var targets = await store.FindAsync<IntakeTarget>(t => t.Year == wanted, cancellationToken: cancellationToken);
        var visible = targets
            .Where(t => caller.SeesWholeZone || (t.Street is not null && t.Street == caller.Street))
            .OrderBy(t => t.Street ?? "").ThenBy(t => t.Degree.HasValue).ThenBy(t => t.Degree)
            .Skip(page.Skip).Take(page.Take)
            .Select(t => IntakeTargetResponse.From(t, cube, today))
            .ToList();
        return IntakeScope.WantsCsv(http, format)
            ? TypedResults.Text(IntakeCsv.Targets(visible), "text/csv; charset=utf-8")
            : TypedResults.Ok(visible);
    }
}
