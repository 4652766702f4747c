using System.Net;
using System.Net.Http.Json;

namespace TalentPortal.Housing.Tests;

/// <summary>An official who offers a unit out of waiting-list order says why, and the reason stays with the offer.
/// (A class of its own: its host holds no other waiting application.)</summary>
public sealed class QueueOrderTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public async Task MakeOffer_passingOverAnEarlierApplication_needsASkipReason_whichOfficialsSeeAndTheTalentDoesNot()
    {
        var (projectId, units) = await factory.ProjectAsync("仁皇山街道", "TwoBedroom", 1800m, 1900m);
        var first = await factory.TalentWithBenefitAsync("Doctorate");
        var second = await factory.TalentWithBenefitAsync("Master");
        var firstApplication = await factory.ApplyAsync(first, new { preferredProjectId = projectId });
        var secondApplication = await factory.ApplyAsync(second, new { preferredProjectId = projectId });
        var official = factory.Official(street: "仁皇山街道");

        var withoutReason = await official.PostAsJsonAsync("/api/housing/offers", new { applicationId = secondApplication, unitId = units[0] });
        var skipped = await Api.OkJsonAsync(
            await official.PostAsJsonAsync("/api/housing/offers", new { applicationId = secondApplication, unitId = units[0], skipReason = "首位申请人要求低楼层" }),
            HttpStatusCode.Created);
        var inOrder = await Api.OkJsonAsync(
            await official.PostAsJsonAsync("/api/housing/offers", new { applicationId = firstApplication, unitId = units[1] }), HttpStatusCode.Created);
        var asTalent = await Api.OkJsonAsync(await factory.Graduate(second).GetAsync($"/api/housing/offers/{skipped.GetProperty("id").GetGuid()}"));

        var errors = (await Api.OkJsonAsync(withoutReason, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains(firstApplication.ToString(), errors.GetProperty("skipReason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, skipped.GetProperty("passedOver").GetInt32());
        Assert.Equal("首位申请人要求低楼层", skipped.GetProperty("skipReason").GetString());
        Assert.Equal(0, inOrder.GetProperty("passedOver").GetInt32());
        Assert.False(asTalent.TryGetProperty("skipReason", out _));
        Assert.False(asTalent.TryGetProperty("passedOver", out _));
    }
}
