using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage.Mongo;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

/// <summary>Every type housing persists survives the MongoDB adapter's BSON mapping.</summary>
public sealed class BsonRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    public BsonRoundTripTests() => MongoMapping.Register();

    private static T RoundTrip<T>(T value) => BsonSerializer.Deserialize<T>(value.ToBsonDocument());

    private static (ApartmentProject Project, ApartmentUnit Unit, ApartmentEntitlement Entitlement, HousingApplication Application) Arrange()
    {
        var project = ApartmentProject.Create("NTH-1", "南太湖未来城人才公寓", "滨湖街道", "示意地址", true, "seed", Now);
        var unit = ApartmentUnit.Create(project, "1-0801", UnitLayout.OneBedroom, 52.5m, 1560.55m);
        var talentId = Guid.NewGuid();
        var entitlement = ApartmentEntitlement.From(Api.Grant(talentId) with { GrantedAt = Now });
        var resident = Resident.From(Messages.Registered(talentId) with { RegisteredAt = Now });
        var application = HousingApplication.Submit(entitlement, resident, project, UnitLayout.OneBedroom, Now);
        return (project, unit, entitlement, application);
    }

    [Fact]
    public void ProjectUnitEntitlementAndApplication_roundTrip()
    {
        var (project, unit, entitlement, application) = Arrange();
        var resident = Resident.From(Messages.Registered(Guid.NewGuid()) with { RegisteredAt = Now });

        Assert.Equivalent(project, RoundTrip(project));
        Assert.Equivalent(unit, RoundTrip(unit));
        Assert.Equal(BsonType.Decimal128, unit.ToBsonDocument()["MonthlyRent"].BsonType);
        Assert.Equivalent(entitlement, RoundTrip(entitlement));
        Assert.Equal(70m, RoundTrip(entitlement).RentSteps[1].DiscountPercent);
        Assert.Equivalent(application, RoundTrip(application));
        Assert.Equal("OneBedroom", application.ToBsonDocument()["PreferredLayout"].AsString);
        Assert.Equivalent(resident, RoundTrip(resident));
    }

    [Fact]
    public void OfferAndLease_acceptedAndMovedOut_roundTrip()
    {
        var (_, unit, entitlement, application) = Arrange();
        var offer = Offer.Make(application, unit, Now.AddDays(7), new DateOnly(2026, 7, 1), new QueueSkip(2, "腿脚不便，需低楼层"), "official", Now);
        var lease = offer.Accept(application, unit, entitlement, 14, 3, Now);
        lease.GiveNotice(new DateOnly(2026, 12, 31), "employment ended", Now);
        lease.RecordMoveOut(new DateOnly(2026, 11, 30), "moved out", byStaff: false, "tenant", new DateOnly(2026, 11, 1), Now);
        lease.EndIfDue(unit, new DateOnly(2026, 12, 1), Now.AddDays(1));

        Assert.Equivalent(offer, RoundTrip(offer));
        Assert.Equivalent(lease, RoundTrip(lease));
        Assert.Equivalent(entitlement, RoundTrip(entitlement));
        Assert.Equal(lease.Id, RoundTrip(entitlement).UsedByLeaseId);
        Assert.Equal(14, RoundTrip(lease).PriorBenefitMonths);
        Assert.Equal("2026-07-01", lease.ToBsonDocument()["StartDate"].AsString);
        Assert.Equal(LeaseStatus.Ended, RoundTrip(lease).Status);
    }

    [Fact]
    public void EmploymentAndEmployer_roundTrip()
    {
        var talentId = Guid.NewGuid();
        var employment = Employment.From(new EmploymentConfirmed(
            talentId, Guid.NewGuid(), Guid.NewGuid(), "测试企业", "凤凰街道", "Other", "Enterprise", new DateOnly(2025, 9, 1), null, 3, Now));
        employment.End(new EmploymentEnded(talentId, employment.Id, employment.EmployerId!.Value, new DateOnly(2026, 3, 31), Now));
        var employer = Employer.From(new EmployerRegistered(Guid.NewGuid(), "测试企业", "913305017526750199", "龙溪街道", "Other", "Enterprise", Now));

        Assert.Equivalent(employment, RoundTrip(employment));
        Assert.False(RoundTrip(employment).IsCurrent);
        Assert.Equivalent(employer, RoundTrip(employer));
    }

    [Fact]
    public void ServiceRequest_withTransitionsAttachmentsAndSurvey_roundTrips()
    {
        var category = new ServiceCategory { Code = "SchoolPlace", Name = "子女入学", SlaDays = 15, RaisedBy = ["graduate"], DefaultAssignee = "区教育局" };
        var request = ServiceRequest.Raise(category, "入学", "详情", "凤凰街道", "acct", "graduate", Guid.NewGuid(), null,
            [new RequestAttachment { FileName = "a.pdf", Size = 10, Sha256 = new string('a', 64) }], Now);
        request.Accept("街道", "official", "official", "受理", Now.AddHours(1));
        request.Resolve("official", "official", "办结", Now.AddDays(2));
        request.Rate(5, "满意", Now.AddDays(3));

        var back = RoundTrip(request);

        Assert.Equivalent(request, back);
        Assert.Equal(3, back.Transitions.Count);
        Assert.Null(back.Transitions[0].From);
        Assert.Equal(5, back.Survey!.Score);
    }
}
