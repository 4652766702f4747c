using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>No enum value outside its definition is accepted anywhere: a number (even one that happens to be a
/// member's position) is a 400 naming the field, and nothing is stored.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class EnumInputTests(TalentRegistryFactory factory)
{
    private static object[] Education(string degree = "Master", string tier = "Tier211") =>
        [new { degreeLevel = degree, fullTime = true, university = "江南大学", universityTier = tier, graduationDate = "2025-06" }];

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}");
    }

    [Theory]
    [InlineData("degreeLevel", "-1")]
    [InlineData("degreeLevel", "7")]
    [InlineData("degreeLevel", "2")]
    [InlineData("universityTier", "-1")]
    [InlineData("universityTier", "7")]
    public async Task Register_enumOutsideItsValues_returns400NamingTheFieldAndStoresNothing(string field, string value)
    {
        var name = $"枚举{Guid.NewGuid():N}"[..12];
        var education = field == "degreeLevel" ? Education(degree: value) : Education(tier: value);

        var response = await Api.Admin(factory).PostAsJsonAsync("/api/talents", new { fullName = name, nationalId = NationalIds.Next(), education });

        await AssertNamesAsync(response, $"education[0].{field}");
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Talent>(t => t.FullName == name));
    }

    [Theory]
    [InlineData("degreeLevel", "-1")]
    [InlineData("degreeLevel", "7")]
    [InlineData("universityTier", "-1")]
    [InlineData("universityTier", "7")]
    public async Task UpdateProfile_enumOutsideItsValues_returns400NamingTheField(string field, string value)
    {
        var own = Guid.NewGuid();
        var (talentId, _) = await Api.TalentAsync(factory, graduateTalentId: own);
        var education = field == "degreeLevel" ? Education(degree: value) : Education(tier: value);

        var response = await Api.Client(factory, Roles.Graduate, talentId: own).PatchAsJsonAsync($"/api/talents/{talentId}/profile", new { education });

        await AssertNamesAsync(response, $"education[0].{field}");
        var stored = await factory.Services.GetRequiredService<IStore>().GetAsync<Talent>(talentId);
        Assert.Equal(DegreeLevel.Doctorate, Assert.Single(stored!.Education).DegreeLevel);
    }

    [Theory]
    [InlineData("industryChain", "-1")]
    [InlineData("industryChain", "7")]
    [InlineData("employerType", "-1")]
    [InlineData("employerType", "7")]
    public async Task RegisterEmployer_enumOutsideItsValues_returns400NamingTheField(string field, string value)
    {
        var code = Api.NewCreditCode();
        var body = new Dictionary<string, string>
        {
            ["name"] = "枚举测试企业",
            ["creditCode"] = code,
            ["street"] = "凤凰街道",
            ["industryChain"] = "Semiconductors",
            ["employerType"] = "Enterprise",
        };
        body[field] = value;

        var response = await Api.Admin(factory).PostAsJsonAsync("/api/employers", body);

        await AssertNamesAsync(response, field);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Employer>(e => e.CreditCode == code));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public async Task SetIntakeTarget_degreeOutsideItsValues_returns400NamingDegree(string value)
    {
        var response = await Api.Admin(factory).PutAsJsonAsync("/api/intake/targets", new { year = 2031, degree = value, targetCount = 5 });

        await AssertNamesAsync(response, "degree");
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<IntakeTarget>(t => t.Year == 2031));
    }

    [Theory]
    [InlineData("by", "-1")]
    [InlineData("by", "7")]
    [InlineData("degree", "-1")]
    [InlineData("degree", "7")]
    [InlineData("industryChain", "-1")]
    [InlineData("industryChain", "7")]
    [InlineData("universityTier", "-1")]
    [InlineData("universityTier", "7")]
    public async Task QueryIntake_enumParameterOutsideItsValues_returns400NamingIt(string parameter, string value)
    {
        var response = await Api.Client(factory, Roles.Official).GetAsync($"/api/intake?{parameter}={value}");

        await AssertNamesAsync(response, parameter);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public async Task ListEmployers_industryChainOutsideItsValues_returns400NamingIt(string value)
    {
        var response = await Api.Admin(factory).GetAsync($"/api/employers?industryChain={value}");

        await AssertNamesAsync(response, "industryChain");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public async Task ListHires_statusOutsideItsValues_returns400NamingIt(string value)
    {
        var (employerId, _) = await Api.EmployerAsync(factory);

        var response = await Api.Admin(factory).GetAsync($"/api/employers/{employerId}/hires?status={value}");

        await AssertNamesAsync(response, "status");
    }

    [Theory]
    [InlineData("-1", "985", "学历")]
    [InlineData("7", "985", "学历")]
    [InlineData("博士", "-1", "院校层次")]
    [InlineData("博士", "7", "院校层次")]
    public async Task Import_enumOutsideItsValues_rejectsTheRowNamingTheColumn(string degree, string tier, string column)
    {
        var (_, code) = await Api.EmployerAsync(factory);
        var nationalId = NationalIds.Next();
        var csv = $"姓名,身份证号,学历,毕业院校,院校层次,毕业时间,用人单位统一社会信用代码,入职日期\n测试丙,{nationalId},{degree},浙江大学,{tier},2025-06,{code},2025-09-01\n";
        var client = Api.Client(factory, Roles.Official);

        var submitted = await client.PostAsync("/api/talents/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var job = await ImportTests.WaitAsync(client, submitted);

        Assert.Equal(1, job.GetProperty("rejected").GetInt32());
        Assert.StartsWith(column, job.GetProperty("rejectedRows")[0].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var key = factory.Services.GetRequiredService<Infrastructure.PersonalData>().PersonKey(nationalId);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Talent>(t => t.PersonKey == key));
    }

    [Fact]
    public async Task Hire_ofATalentStoredWithAnUndefinedDegree_returns409AndCountsNothing()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        var store = factory.Services.GetRequiredService<IStore>();
        var personalData = factory.Services.GetRequiredService<Infrastructure.PersonalData>();
        var nationalId = NationalIds.Next();
        _ = NationalId.TryParse(nationalId, out var parsed, out _);
        var education = new EducationRecord { DegreeLevel = (DegreeLevel)(-1), University = "浙江大学", UniversityTier = UniversityTier.Tier985, GraduationDate = new DateOnly(2025, 6, 30) };
        var talent = Talent.Register(
            Guid.NewGuid(), "旧数据", parsed!, personalData, null, null, false, null, [education],
            FactProvenance.Of(FactSources.OfficialVerified, "before-validation", DateTimeOffset.UtcNow), IdentityMethod.Registration);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
        await unitOfWork.CommitAsync();

        var response = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsJsonAsync(
            $"/api/employers/{employerId}/hires", new { nationalId, fullName = "旧数据", startDate = "2026-03-01" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("InvalidRecord", (await Api.JsonAsync(response)).GetProperty("state").GetString());
        Assert.Null(await store.GetAsync<IntakeRecord>(talent.Id));
        Assert.Equal(0, await store.CountAsync<Employment>(e => e.TalentId == talent.Id));
    }
}
