using System.Net;
using System.Text.RegularExpressions;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A host that takes bureau files of at most 3 rows that unzip to at most 64 KB.</summary>
public sealed class SmallInsuranceFileFactory : ServiceFactory<Program>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["InsuranceFeed:MaxRows"] = "3",
        ["InsuranceFeed:MaxUnzippedBytes"] = "65536",
    };
}

/// <summary>A small .xlsx can stand for a huge sheet; it is refused before it is expanded or read to its end.</summary>
public sealed class InsuranceWorkbookLimitTests(SmallInsuranceFileFactory factory) : IClassFixture<SmallInsuranceFileFactory>
{
    private static Dictionary<string, object?> Row(string note = "") =>
        new() { ["nationalId"] = NationalIds.Next(), ["creditCode"] = Api.NewCreditCode(), ["month"] = "2025-01", ["paid"] = "1", ["note"] = note };

    private async Task<(HttpStatusCode Status, string File)> UploadAsync(byte[] workbook)
    {
        using var form = Workbooks.Upload(workbook, "社保.xlsx");
        var response = await Api.Client(factory, Roles.Admin).PostAsync("/api/insurance-records/imports", form);
        var errors = (await Api.JsonAsync(response)).TryGetProperty("errors", out var e) ? e.GetProperty("file")[0].GetString()! : "";
        return (response.StatusCode, errors);
    }

    [Fact]
    public async Task Feed_sheetWithMoreRowsThanTheLimit_returns413NamingTheLimit()
    {
        var (status, file) = await UploadAsync(Workbooks.Of(Row(), Row(), Row(), Row()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 3 rows", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_rowAMillionLinesDown_returns413OnceTheRowLimitIsPassed()
    {
        var workbook = Workbooks.WithSheet(Workbooks.Of(Row()), xml => Regex.Replace(xml, "r=\"([A-Z]*)2\"", "r=\"${1}1000000\""));

        var (status, file) = await UploadAsync(workbook);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 3 rows", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_workbookThatUnzipsPastTheLimit_returns400NamingFile()
    {
        var workbook = Workbooks.Of(Row(new string('x', 100_000)));

        var (status, file) = await UploadAsync(workbook);

        Assert.True(workbook.Length < 16_384, $"The workbook is {workbook.Length} bytes packed.");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unzips to more than", file, StringComparison.Ordinal);
    }
}
