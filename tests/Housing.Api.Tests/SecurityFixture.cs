using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;
using TalentPortal.Testing.Security;

namespace TalentPortal.Housing.Tests;

/// <summary>The records the authorization matrix and the bad-input sweep call the routes with: the self talent works for
/// the own employer in the own street, applied for a project there, accepted an offer (so holds a lease), and HR of the
/// own employer raised a service request for them. A second unit and a second waiting application give offers a
/// valid target. Residents, employments, employers and benefits arrive by events in production; here they are stored
/// the way their consumers store them.</summary>
internal sealed record SecurityFixture(
    PersonaScope Scope, Guid ProjectId, Guid LeasedUnitId, Guid OfferUnitId, Guid ReviseUnitId, Guid ApplicationId, Guid WaitingApplicationId,
    Guid OfferId, Guid LeaseId, Guid ServiceRequestId)
{
    public const string OwnStreet = "凤凰街道";
    public const string OtherStreet = "龙溪街道";

    public static async Task<SecurityFixture> ArrangeAsync(HousingFactory factory)
    {
        var scope = new PersonaScope(Guid.CreateVersion7(), Guid.CreateVersion7(), OwnStreet, OtherStreet);
        var self = scope.SelfTalentId;
        var neighbour = Guid.CreateVersion7();
        var unitOfWork = factory.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        unitOfWork.Insert(Employer.From(new EmployerRegistered(scope.OwnEmployerId, "测试企业", "913305017526750199", OwnStreet, "Other", "Enterprise", DateTimeOffset.UtcNow)));
        foreach (var talent in new[] { self, neighbour })
        {
            unitOfWork.Insert(Resident.From(Messages.Registered(talent, degree: "Master")));
            unitOfWork.Insert(ApartmentEntitlement.From(Api.Grant(talent)));
        }

        await unitOfWork.CommitAsync();
        await factory.EmployAsync(self, scope.OwnEmployerId, OwnStreet);

        var (projectId, units) = await factory.ProjectAsync(OwnStreet, "OneBedroom", 1500m, 1600m, 1700m);
        var applicationId = await factory.ApplyAsync(self, new { preferredProjectId = projectId });
        var offerId = await factory.OfferAsync(applicationId, units[0]);
        var leaseId = (await factory.AcceptAsync(self, offerId)).GetProperty("id").GetGuid();
        var waitingApplicationId = await factory.ApplyAsync(neighbour, new { preferredProjectId = projectId });
        var hr = factory.ClientFor(Roles.EmployerHr, employerId: scope.OwnEmployerId);
        var request = await Api.OkJsonAsync(
            await hr.PostAsJsonAsync("/api/housing/service-requests", new { category = "SchoolPlace", title = "子女入学", description = "为员工孩子申请入学", talentId = self }),
            HttpStatusCode.Created);
        return new SecurityFixture(scope, projectId, units[0], units[1], units[2], applicationId, waitingApplicationId, offerId, leaseId, request.GetProperty("id").GetGuid());
    }

    /// <summary>The record a route's {id} names, by the route's prefix.</summary>
    public Guid IdFor(string pattern) => pattern switch
    {
        _ when pattern.StartsWith("/api/housing/applications", StringComparison.Ordinal) => ApplicationId,
        _ when pattern.StartsWith("/api/housing/offers", StringComparison.Ordinal) => OfferId,
        _ when pattern.StartsWith("/api/housing/leases", StringComparison.Ordinal) => LeaseId,
        _ when pattern.StartsWith("/api/housing/service-requests", StringComparison.Ordinal) => ServiceRequestId,
        _ when pattern.StartsWith("/api/housing/projects", StringComparison.Ordinal) => ProjectId,
        _ when pattern.StartsWith("/api/housing/units", StringComparison.Ordinal) => ReviseUnitId,
        _ => throw new InvalidOperationException($"No fixture record for {pattern}."),
    };

    /// <summary>A valid body per operation (endpoint name), so callers reach the scope check and variants reach deep validation.</summary>
    public IReadOnlyDictionary<string, JsonNode> Bodies(DateOnly today) => new Dictionary<string, JsonNode>
    {
        ["CreateProject"] = new JsonObject { ["code"] = $"SEC-{Guid.NewGuid():N}"[..16], ["name"] = "安全测试公寓", ["street"] = OwnStreet, ["address"] = "某路1号" },
        ["CreateUnit"] = new JsonObject { ["number"] = "9-901", ["layout"] = "Studio", ["area"] = 35.5m, ["monthlyRent"] = 1200.50m },
        ["ReviseUnit"] = new JsonObject { ["layout"] = "OneBedroom", ["area"] = 50m, ["monthlyRent"] = 1750m, ["withdrawn"] = false, ["version"] = 1 },
        ["SubmitApplication"] = new JsonObject { ["preferredProjectId"] = ProjectId.ToString(), ["preferredLayout"] = "OneBedroom" },
        ["MakeOffer"] = new JsonObject
        {
            ["applicationId"] = WaitingApplicationId.ToString(),
            ["unitId"] = OfferUnitId.ToString(),
            ["respondBy"] = DateTimeOffset.UtcNow.AddDays(10).ToString("O"),
            ["startDate"] = Api.Day(today.AddDays(14)),
            ["skipReason"] = "测试",
        },
        ["RefuseOffer"] = new JsonObject { ["reason"] = "太远" },
        ["MoveOut"] = new JsonObject { ["moveOutDate"] = Api.Day(today.AddDays(30)), ["reason"] = "工作调动" },
        ["RaiseServiceRequest"] = new JsonObject
        {
            ["category"] = "SchoolPlace",
            ["title"] = "子女入学",
            ["description"] = "申请就近入学\n谢谢",
            ["street"] = OwnStreet,
            ["talentId"] = Scope.SelfTalentId.ToString(),
            ["attachments"] = new JsonArray(new JsonObject { ["fileName"] = "户口本.pdf", ["size"] = 1200, ["sha256"] = new string('a', 64) }),
        },
        ["TransitionServiceRequest"] = new JsonObject { ["action"] = "withdraw", ["comment"] = "已解决" },
        ["SubmitSatisfactionSurvey"] = new JsonObject { ["score"] = 4, ["comment"] = "满意" },
    };

    /// <summary>Ids a caller outside the fixture's scope must never see in a list.</summary>
    public IEnumerable<string> Ids() =>
        [.. new[] { Scope.SelfTalentId, ApplicationId, OfferId, LeaseId, ServiceRequestId }.Select(id => id.ToString())];
}
