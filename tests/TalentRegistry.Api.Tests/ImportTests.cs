using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class ImportTests(TalentRegistryFactory factory)
{
    private const string Header = "姓名,身份证号,湖州户籍,学历,毕业院校,院校层次,专业,毕业时间,用人单位统一社会信用代码,入职日期,合同到期日,社保月数";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<JsonElement> SubmitAndWaitAsync(HttpClient client, HttpContent content) =>
        await WaitAsync(client, await client.PostAsync("/api/talents/imports", content));

    /// <summary>Asserts the import was accepted and polls it until it completed or failed.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, HttpResponseMessage submitted)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(submitted);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var accepted = await Api.JsonAsync(submitted);
        Assert.Equal("Queued", accepted.GetProperty("status").GetString());
        Assert.Equal(0, accepted.GetProperty("processed").GetInt32());
        var location = submitted.Headers.Location!.ToString();
        return await Eventually.GetAsync(async () =>
        {
            var job = await Api.JsonAsync(await client.GetAsync(location));
            return job.GetProperty("status").GetString() is "Completed" or "Failed" ? (object)job : null;
        }, what: "the import to finish") is JsonElement done ? done : default;
    }

    [Fact]
    public async Task Import_mixedRowsByAnOfficial_importsTheValidOnesAsDeclaredHiresAndListsEveryRejectedRowWithReasons()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "龙溪街道");
        var (a, b, c) = (NationalIds.Next(), NationalIds.Next(), NationalIds.Next());
        var csv = $"""
            {Header}
            王小明,{a},否,博士,浙江大学,985,材料,2025-06,{code},2025-07-01,2028-06-30,12
            李小红,{b},是,硕士,苏州大学,211,化学,2024/06,{code},2024-07-15,,3
            赵小刚,{c},否,本科,湖州师范学院,其他,计算机,2023-06-30,,,,
            钱错误,330502199503151238,否,博士,浙江大学,985,材料,2025-06,{code},2025-07-01,,
            孙未知,{NationalIds.Next()},否,教授,浙江大学,985,材料,2025-06,91330501MA00000000,2025-07-01,,
            """;

        var job = await SubmitAndWaitAsync(Api.Client(factory, Roles.Official), Csv(csv));

        Assert.Equal("Completed", job.GetProperty("status").GetString());
        Assert.Equal(5, job.GetProperty("total").GetInt32());
        Assert.Equal(5, job.GetProperty("processed").GetInt32());
        Assert.Equal(3, job.GetProperty("talentsCreated").GetInt32());
        Assert.Equal(0, job.GetProperty("hiresConfirmed").GetInt32());
        Assert.Equal(2, job.GetProperty("hiresDeclared").GetInt32());
        Assert.Equal(2, job.GetProperty("rejected").GetInt32());
        var rejected = job.GetProperty("rejectedRows").EnumerateArray().ToList();
        Assert.Equal([4, 5], rejected.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Contains("GB 11643", rejected[0].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var reasons = string.Join(' ', rejected[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("学历", reasons, StringComparison.Ordinal);
        Assert.Contains("用人单位统一社会信用代码", reasons, StringComparison.Ordinal);
        var hires = await Api.JsonAsync(await Api.Admin(factory).GetAsync($"/api/employers/{employerId}/hires"));
        Assert.Equal(2, hires.GetArrayLength());
        Assert.All(hires.EnumerateArray(), h => Assert.Equal("Declared", h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Import_byAStreetOfficial_hiresCountAsIntakeOnlyOnceTheEmployersHrConfirms()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "仁皇山街道");
        var official = Api.Client(factory, Roles.Official, street: "仁皇山街道");
        var thisMonth = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var intakeOfEmployer = $"/api/intake?employerId={employerId}&from=2020-01&to={thisMonth}";

        await SubmitAndWaitAsync(official, Csv($"{Header}\n冯十,{NationalIds.Next()},否,博士,浙江大学,985,材料,2025-06,{code},2025-07-01,2028-06-30,12\n"));
        var before = (await Api.JsonAsync(await official.GetAsync(intakeOfEmployer))).GetProperty("total").GetInt32();
        var hire = (await Api.JsonAsync(await official.GetAsync($"/api/employers/{employerId}/hires")))[0];
        var confirmed = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsync(
            $"/api/talents/{hire.GetProperty("talentId").GetGuid()}/employments/{hire.GetProperty("id").GetGuid()}/confirm", null);
        var after = (await Api.JsonAsync(await official.GetAsync(intakeOfEmployer))).GetProperty("total").GetInt32();

        Assert.Equal("Declared", hire.GetProperty("status").GetString());
        Assert.Equal(0, before);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(1, after);
    }

    [Fact]
    public async Task Import_byHrOfAHireThatStartedEarlier_countsAsIntakeInTheMonthItWasConfirmed()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "杨家埠街道");
        var hr = Api.Client(factory, Roles.EmployerHr, employerId: employerId);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var thisMonth = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var job = await SubmitAndWaitAsync(hr, Csv($"{Header}\n褚十一,{NationalIds.Next()},否,硕士,南京大学,985,物理,2023-06,{code},2023-07-01,2026-06-30,30\n"));

        var inStartMonth = await Api.JsonAsync(await Api.Admin(factory).GetAsync($"/api/intake?employerId={employerId}&from=2023-07&to=2023-07"));
        var inThisMonth = await Api.JsonAsync(await Api.Admin(factory).GetAsync($"/api/intake?employerId={employerId}&from={thisMonth}&to={thisMonth}"));
        Assert.Equal(1, job.GetProperty("hiresConfirmed").GetInt32());
        Assert.Equal(0, inStartMonth.GetProperty("total").GetInt32());
        Assert.Equal(1, inThisMonth.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_aRegisteredNationalIdUnderAnotherName_rejectsTheRowAndRecordsNoHire()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "滨湖街道");
        var (talentId, nationalId) = await Api.TalentAsync(factory);

        var job = await SubmitAndWaitAsync(
            Api.Client(factory, Roles.EmployerHr, employerId: employerId), Csv($"{Header}\n冒名者,{nationalId},否,博士,浙江大学,985,材料,2025-06,{code},2026-01-05,,\n"));

        var reason = job.GetProperty("rejectedRows")[0].GetProperty("reasons")[0].GetString();
        Assert.StartsWith("姓名", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(talentId.ToString(), reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await factory.Services.GetRequiredService<IStore>().CountAsync<Employment>(e => e.TalentId == talentId));
    }

    [Fact]
    public async Task Import_implausibleDatesOrHiddenCharacters_rejectsTheRowNamingEachColumn()
    {
        var (_, code) = await Api.EmployerAsync(factory, "滨湖街道");
        var future = NationalIds.Next(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));
        var csv = $"{Header}\n" +
            $"未来人,{future},否,博士,浙江大学,985,材料,2025-06,,,,\n" +
            $"老学历,{NationalIds.Next()},否,博士,浙江大学,985,材料,1949-06,,,,\n" +
            $"远期,{NationalIds.Next()},否,博士,浙江大学,985,材料,2025-06,{code},2099-01-01,,\n" +
            $"长约,{NationalIds.Next()},否,博士,浙江大学,985,材料,2025-06,{code},2026-01-01,2070-01-01,\n" +
            $"隐\u202E藏,{NationalIds.Next()},否,博士,浙江大学,985,材料,2025-06,,,,\n";

        var job = await SubmitAndWaitAsync(Api.Client(factory, Roles.Official), Csv(csv));

        var reasons = job.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("reasons")[0].GetString()!).ToList();
        Assert.Equal(5, job.GetProperty("rejected").GetInt32());
        Assert.StartsWith("身份证号", reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("毕业时间", reasons[1], StringComparison.Ordinal);
        Assert.StartsWith("入职日期", reasons[2], StringComparison.Ordinal);
        Assert.StartsWith("合同到期日", reasons[3], StringComparison.Ordinal);
        Assert.StartsWith("姓名", reasons[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_theSameFileTwice_createsNothingNew()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "凤凰街道");
        var csv = $"{Header}\n周一,{NationalIds.Next()},否,硕士,南京大学,985,物理,2025-06,{code},2025-08-01,2028-07-31,6\n吴二,{NationalIds.Next()},否,本科,宁波大学,双一流,机械,2025-06,{code},2025-08-01,,\n";
        var client = Api.Client(factory, Roles.Official);
        await SubmitAndWaitAsync(client, Csv(csv));
        var store = factory.Services.GetRequiredService<IStore>();
        var employmentsBefore = await store.CountAsync<Employment>(e => e.EmployerId == employerId);
        var talentsBefore = await store.CountAsync<Talent>(_ => true);

        var again = await SubmitAndWaitAsync(client, Csv(csv));

        Assert.Equal(0, again.GetProperty("talentsCreated").GetInt32());
        Assert.Equal(0, again.GetProperty("hiresConfirmed").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(employmentsBefore, await store.CountAsync<Employment>(e => e.EmployerId == employerId));
        Assert.Equal(2, employmentsBefore);
        Assert.Equal(talentsBefore, await store.CountAsync<Talent>(_ => true));
    }

    [Fact]
    public async Task Import_multipartUploadWithEnglishHeadersAsHr_importsForTheirEmployerAndRejectsOtherEmployers()
    {
        var (employerId, code) = await Api.EmployerAsync(factory, "滨湖街道");
        var (_, otherCode) = await Api.EmployerAsync(factory, "滨湖街道");
        var csv = $"fullName,nationalId,degree,university,universityTier,graduationDate,employerCreditCode,startDate\n" +
            $"Chen Yi,{NationalIds.Next()},Master,Fudan,Tier985,2025-06,,2025-09-01\n" +
            $"Lin Er,{NationalIds.Next()},Bachelor,Fudan,Tier985,2025-06,{otherCode},2025-09-01\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "hires.csv");

        var job = await SubmitAndWaitAsync(Api.Client(factory, Roles.EmployerHr, employerId: employerId), form);

        Assert.Equal("hires.csv", job.GetProperty("fileName").GetString());
        Assert.Equal(1, job.GetProperty("hiresConfirmed").GetInt32());
        var rejected = Assert.Single(job.GetProperty("rejectedRows").EnumerateArray());
        Assert.Contains("own employer", rejected.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_monthOnlyGraduationDate_isStoredAsTheMonthsLastDay()
    {
        var nationalId = NationalIds.Next();
        var client = Api.Client(factory, Roles.Official);
        await SubmitAndWaitAsync(client, Csv($"{Header}\n郑三,{nationalId},否,硕士,南京大学,985,物理,2024-02,,,,\n"));
        var personalData = factory.Services.GetRequiredService<Infrastructure.PersonalData>();
        var key = personalData.PersonKey(nationalId);

        var talent = Assert.Single(await factory.Services.GetRequiredService<IStore>().FindAsync<Talent>(t => t.PersonKey == key));

        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(talent.Education).GraduationDate);
    }

    [Fact]
    public async Task Import_xlsxWithADateCell_importsLikeTheCsvAndRefusesAnIdInANumberCellUnderItsSheetRow()
    {
        var nationalId = NationalIds.Next();
        static Dictionary<string, object?> Row(object? graduated, string name, object? id) =>
            new() { ["毕业时间"] = graduated, ["姓名"] = name, ["身份证号"] = id, ["学历"] = "本科", ["毕业院校"] = "湖州师范学院", ["院校层次"] = "其他" };
        using var form = Workbooks.Upload(
            Workbooks.Of(Row(new DateTime(2024, 6, 30), "表格一", nationalId), Row("2024-06", "表格二", 330502199503151000d)), "人才.xlsx");

        var job = await SubmitAndWaitAsync(Api.Client(factory, Roles.Official), form);

        Assert.Equal((2, 1), (job.GetProperty("total").GetInt32(), job.GetProperty("talentsCreated").GetInt32()));
        var rejected = Assert.Single(job.GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("row").GetInt32());
        Assert.Contains("format the column as text", rejected.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var key = factory.Services.GetRequiredService<Infrastructure.PersonalData>().PersonKey(nationalId);
        var talent = Assert.Single(await factory.Services.GetRequiredService<IStore>().FindAsync<Talent>(t => t.PersonKey == key));
        Assert.Equal(new DateOnly(2024, 6, 30), Assert.Single(talent.Education).GraduationDate);
    }

    [Fact]
    public async Task Import_missingRequiredColumns_returns400NamingThem()
    {
        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", Csv("姓名,身份证号\n张三,330502199503151239\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.JsonAsync(response)).GetProperty("errors");
        Assert.Contains("毕业院校", errors.GetProperty("columns")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_notUtf8OrEmpty_returns400NamingTheFile()
    {
        var gbk = new ByteArrayContent([0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xC9, 0xED, 0x0A]);
        gbk.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var client = Api.Client(factory, Roles.Official);

        var notUtf8 = await client.PostAsync("/api/talents/imports", gbk);
        var empty = await client.PostAsync("/api/talents/imports", Csv(""));

        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("UTF-8", (await Api.JsonAsync(notUtf8)).GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Import_asGraduate_returns403()
    {
        var response = await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).PostAsync("/api/talents/imports", Csv($"{Header}\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetImport_outsideTheImportsEmployerOrStreet_returns403AndUnknownJob_returns404()
    {
        var (employerId, _) = await Api.EmployerAsync(factory, "龙溪街道");
        var csv = Csv($"{Header}\n钱四,{NationalIds.Next()},否,硕士,南京大学,985,物理,2024-06,,2025-07-01,,\n");
        var submitted = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).PostAsync("/api/talents/imports", csv);

        var colleague = await Api.Client(factory, Roles.EmployerHr, employerId: employerId).GetAsync(submitted.Headers.Location);
        var streetOfficial = await Api.Client(factory, Roles.Official, street: "龙溪街道").GetAsync(submitted.Headers.Location);
        var otherEmployer = await Api.Client(factory, Roles.EmployerHr, employerId: Guid.NewGuid()).GetAsync(submitted.Headers.Location);
        var otherStreet = await Api.Client(factory, Roles.Official, street: "滨湖街道").GetAsync(submitted.Headers.Location);
        var unknown = await Api.Admin(factory).GetAsync($"/api/talents/imports/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.OK, streetOfficial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherEmployer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStreet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
