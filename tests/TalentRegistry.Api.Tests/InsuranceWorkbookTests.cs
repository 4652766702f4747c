using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>The bureau's file as an .xlsx: its first worksheet is read like the CSV (headers in any order, date, number
/// and boolean cells taken for what they show), rows are numbered as the sheet numbers them, and what a file is comes
/// from its content, never its name.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class InsuranceWorkbookTests(TalentRegistryFactory factory)
{
    private async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName)
    {
        using var form = Workbooks.Upload(content, fileName);
        return await Api.Admin(factory).PostAsync("/api/insurance-records/imports", form);
    }

    private async Task<JsonElement> FeedAsync(byte[] content, string fileName = "社保.xlsx")
    {
        var response = await UploadAsync(content, fileName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Api.JsonAsync(response);
    }

    /// <summary>A talent HR hired; returns their national ID.</summary>
    private async Task<(Guid TalentId, string NationalId)> HiredAsync()
    {
        var (talentId, nationalId) = await Api.TalentAsync(factory);
        var (employerId, _) = await Api.EmployerAsync(factory);
        await Api.HireAsync(factory, employerId, nationalId);
        return (talentId, nationalId);
    }

    /// <summary>The person's insurance facts as months,continuousMonths,monthsLast12,asOfMonth.</summary>
    private async Task<string> InsuranceOfAsync(Guid talentId)
    {
        var insurance = (await Api.Admin(factory).GetFromJsonAsync<JsonElement>($"/api/talents/{talentId}")).GetProperty("insurance");
        return string.Join(",", new[] { "months", "continuousMonths", "monthsLast12" }.Select(k => insurance.GetProperty(k).GetInt32()))
            + "," + insurance.GetProperty("asOfMonth").GetString();
    }

    private static Dictionary<string, object?> Row(object? month, object? paid, string code, object? nationalId) =>
        new() { ["缴费月份"] = month, ["是否缴费"] = paid, ["统一社会信用代码"] = code, ["身份证号"] = nationalId };

    private static string Csv(params string[] rows) => "nationalId,creditCode,month,paid\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public async Task Feed_xlsxWithDateNumberAndBooleanCells_recordsTheSameMonthsAsTheEquivalentCsv()
    {
        var ((csvTalent, byCsv), (xlsxTalent, byXlsx)) = (await HiredAsync(), await HiredAsync());
        var code = Api.NewCreditCode();
        var csv = await FeedAsync(Encoding.UTF8.GetBytes(Csv(
            $"{byCsv},{code},2024-01,是", $"{byCsv},{code},2024-02,1", $"{byCsv},{code},2024-03,true", $"{byCsv},{code},2024-05,否")), "社保.csv");

        var xlsx = await FeedAsync(Workbooks.Of(
            Row("2024-01", "是", code, byXlsx),
            Row(new DateTime(2024, 2, 1), 1, code, byXlsx),
            Row(new DateTime(2024, 3, 17), true, code, byXlsx),
            Row("2024-05", false, code, byXlsx)));

        Assert.Equal((4, 4, 0), (xlsx.GetProperty("rows").GetInt32(), xlsx.GetProperty("recorded").GetInt32(), xlsx.GetProperty("rejected").GetInt32()));
        Assert.Equal(csv.GetProperty("latestMonth").GetString(), xlsx.GetProperty("latestMonth").GetString());
        Assert.Equal("3,0,3,2024-05", await InsuranceOfAsync(xlsxTalent));
        Assert.Equal(await InsuranceOfAsync(csvTalent), await InsuranceOfAsync(xlsxTalent));
    }

    [Fact]
    public async Task Feed_sameXlsxAgain_isUnchanged()
    {
        var (_, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();
        var file = Workbooks.Of(Row("2025-01", "1", code, nationalId), Row(new DateTime(2025, 2, 1), true, code, nationalId));
        await FeedAsync(file);

        var again = await FeedAsync(file);

        Assert.Equal((0, 0, 2), (again.GetProperty("recorded").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task Feed_xlsxRowWithABadMonth_isRejectedUnderTheSheetsRowNumber()
    {
        var (_, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();

        var answer = await FeedAsync(Workbooks.Of(
            Row("2025-01", "1", code, nationalId),
            Row(null, null, null!, null),
            Row("2025-3", "1", code, nationalId)));

        Assert.Equal(2, answer.GetProperty("rows").GetInt32());
        var rejected = Assert.Single(answer.GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(4, rejected.GetProperty("row").GetInt32());
        Assert.StartsWith("month:", rejected.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_nationalIdInANumberCell_isRejectedSayingToFormatTheColumnAsText()
    {
        var (_, nationalId) = await HiredAsync();
        var code = Api.NewCreditCode();

        var answer = await FeedAsync(Workbooks.Of(Row("2025-01", "1", code, nationalId), Row("2025-02", "1", code, double.Parse(nationalId[..15], CultureInfo.InvariantCulture) * 1000)));

        Assert.Equal(1, answer.GetProperty("recorded").GetInt32());
        var rejected = Assert.Single(answer.GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("row").GetInt32());
        Assert.Contains("format the column as text", rejected.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_csvNamedXlsx_isReadAsCsv()
    {
        var (_, nationalId) = await HiredAsync();

        var answer = await FeedAsync(Encoding.UTF8.GetBytes(Csv($"{nationalId},{Api.NewCreditCode()},2025-01,1")), "社保.xlsx");

        Assert.Equal(1, answer.GetProperty("recorded").GetInt32());
    }

    [Fact]
    public async Task Feed_binaryNamedCsvOrAZipThatIsNoWorkbook_returns400NamingFile()
    {
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[0] = 0xFF;
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("nationalId,creditCode,month,paid");
        }

        foreach (var (content, name, text) in new[] { (binary, "社保.csv", "UTF-8"), (zip.ToArray(), "社保.xlsx", "not an Excel workbook") })
        {
            var response = await UploadAsync(content, name);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(text, (await Api.JsonAsync(response)).GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }
    }
}
