using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalentPortal.Testing;

namespace TalentPortal.FaultTests;

/// <summary>
/// The fault suite: real processes and the real broker. A host is killed (SIGKILL) in the middle of its work and
/// started again; afterwards every read model must equal the registry's truth, every event applied exactly once, every
/// job finished, and nothing left for an operator.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed partial class FaultTests(FaultSystem system)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(6);

    private async Task<HttpClient> SignedInAsync(string username, string password) => system.Client(await system.LoginAsync(username, password));

    /// <summary>A CSV of <paramref name="rows"/> new bachelors hired by the HR's employer from 2025-09-01.</summary>
    private static string Hires(int rows, int seed)
    {
        var csv = new StringBuilder("姓名,身份证号,学历,毕业院校,院校层次,毕业时间,入职日期,社保月数\n");
        var random = new Random(seed);
        var ids = new HashSet<string>();
        while (ids.Count < rows)
        {
            ids.Add(NationalIds.Next(new DateOnly(1995 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28)), random.Next(2) == 0));
        }

        var n = 0;
        foreach (var id in ids)
        {
            csv.Append(CultureInfoText($"测试{seed}-{n++},{id},本科,湖州学院,其他,2025-06,2025-09-01,3\n"));
        }

        return csv.ToString();
    }

    private static string CultureInfoText(FormattableString text) => FormattableString.Invariant(text);

    private async Task<Guid> ImportAsync(HttpClient hr, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await hr.PostAsync("api/talents/imports", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> JobAsync(HttpClient client, string url) =>
        await client.GetFromJsonAsync<JsonElement>(url);

    /// <summary>Waits until the system settled, stops it, checks every store against the registry, and starts it again.</summary>
    private async Task CheckpointAsync(Action<Stores>? more = null)
    {
        await Convergence.WaitAsync(system, Settle);
        system.StopAll();
        try
        {
            using var stores = new Stores(system.DataDirectory);
            ReadModels.AssertMatchTheRegistry(stores, system.SyntheticTalents);
            more?.Invoke(stores);
        }
        finally
        {
            await system.StartAllAsync();
        }
    }

    [Fact]
    public async Task KillingTheRegistryMidImport_theImportGoesOnWhereItStopped_andEveryReaderConverges()
    {
        using var hr = await SignedInAsync("hr.weilan", "Demo#2026hr");
        var job = await ImportAsync(hr, Hires(10_000, seed: 1));
        await Eventually.TrueAsync(async () => (await JobAsync(hr, $"api/talents/imports/{job}")).GetProperty("processed").GetInt32() > 0, TimeSpan.FromMinutes(2), "the import to start");

        system.Kill("talent-registry");
        await system.RestartAsync("talent-registry");
        using var again = await SignedInAsync("hr.weilan", "Demo#2026hr");
        var done = JsonDocument.Parse(await Eventually.GetAsync(async () =>
        {
            var state = await JobAsync(again, $"api/talents/imports/{job}");
            return state.GetProperty("status").GetString() is "Completed" or "Failed" ? state.GetRawText() : null;
        }, TimeSpan.FromMinutes(4), "the import to finish")).RootElement;

        Assert.True(done.GetProperty("status").GetString() == "Completed", $"The import ended {done}");
        Assert.Equal(10_000, done.GetProperty("processed").GetInt32());
        Assert.Equal(10_000, done.GetProperty("talentsCreated").GetInt32() + done.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, done.GetProperty("rejected").GetInt32());
        await CheckpointAsync(stores => Assert.True(stores.ConfirmedEmployments.Count >= 10_000));
    }

    [Fact]
    public async Task KillingPolicyMatchingMidRematch_theRematchGoesOn_andEveryTalentEndsWithTheNewAmount()
    {
        using var hr = await SignedInAsync("hr.weilan", "Demo#2026hr");
        var import = await ImportAsync(hr, Hires(2_000, seed: 2));
        await Eventually.TrueAsync(async () => (await JobAsync(hr, $"api/talents/imports/{import}")).GetProperty("status").GetString() == "Completed", TimeSpan.FromMinutes(3), "the import");
        await Convergence.WaitAsync(system, Settle);
        using var admin = await SignedInAsync("admin", "Demo#2026admin");
        var yaml = Bachelor().Replace(await File.ReadAllTextAsync(RepositoryPaths.Combine("seeds", "policies", "living-allowance.yaml")), "12000");
        var draft = await (await admin.PostAsJsonAsync("api/policies/drafts", new { yaml })).Content.ReadFromJsonAsync<JsonElement>();
        var published = await admin.PostAsJsonAsync($"api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { });
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
        var jobUrl = published.Headers.Location!.ToString().TrimStart('/');
        await Eventually.TrueAsync(async () => (await JobAsync(admin, jobUrl)).GetProperty("processed").GetInt32() > 0, TimeSpan.FromMinutes(2), "the re-match to start");

        system.Kill("policy-matching");
        await system.RestartAsync("policy-matching");
        using var again = await SignedInAsync("admin", "Demo#2026admin");
        var job = JsonDocument.Parse(await Eventually.GetAsync(async () =>
        {
            var state = await JobAsync(again, jobUrl);
            return state.GetProperty("state").GetString() is "Completed" or "Failed" ? state.GetRawText() : null;
        }, TimeSpan.FromMinutes(4), "the re-match to finish")).RootElement;

        Assert.True(job.GetProperty("state").GetString() == "Completed", $"The re-match ended {job}");
        Assert.Equal(job.GetProperty("total").GetInt32(), job.GetProperty("processed").GetInt32());
        await CheckpointAsync(stores =>
        {
            // A stored line is code|outcome|amount, then the facts pending verification when there are any (the hires
            // were imported by HR, whose word does not verify a degree): the amount is the third field.
            var amounts = stores.MatchingResults.Values.SelectMany(r => r.Split('\n'))
                .Where(l => l.StartsWith("LIVING_ALLOWANCE|Eligible|", StringComparison.Ordinal))
                .Select(l => string.Join('|', l.Split('|').Take(3)))
                .ToList();
            Assert.NotEmpty(amounts);
            Assert.DoesNotContain("LIVING_ALLOWANCE|Eligible|10000", amounts);
            Assert.Contains("LIVING_ALLOWANCE|Eligible|12000", amounts);
        });
    }

    [GeneratedRegex(@"(?<![0-9])10000(?![0-9])")]
    private static partial Regex Bachelor();
}
