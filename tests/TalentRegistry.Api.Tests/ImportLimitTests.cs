using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A host with small import limits whose worker does not run, so accepted files stay queued.</summary>
public class HeldImportsFactory : ServiceFactory<Program>
{
    protected virtual int QueueCapacity => 100;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Imports:MaxFileBytes"] = "4096",
        ["Imports:MaxRows"] = "5",
        ["Imports:QueueCapacity"] = QueueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ImportWorker))));
    }
}

/// <summary>The same host with room for two imports.</summary>
public sealed class FullQueueFactory : HeldImportsFactory
{
    protected override int QueueCapacity => 2;
}

/// <summary>Uploads are bounded in bytes and rows whatever the body looks like, and wait on disk, not in memory.</summary>
public sealed class ImportLimitTests(HeldImportsFactory factory) : IClassFixture<HeldImportsFactory>
{
    private const string Header = "姓名,身份证号,学历,毕业院校,院校层次,毕业时间";

    private static string Rows(int count) =>
        Header + "\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"限{i},{NationalIds.Next()},本科,湖州师范学院,其他,2024-06\n"));

    /// <summary>A body whose length is not known up front (sent chunked, without Content-Length).</summary>
    private sealed class ChunkedContent(byte[] data) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(data).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static async Task AssertNamesFileAsync(HttpResponseMessage response, HttpStatusCode status, string text)
    {
        Assert.Equal(status, response.StatusCode);
        var file = (await Api.JsonAsync(response)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains(text, file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_chunkedBodyLargerThanTheLimit_returns413NamingTheLimit()
    {
        var content = new ChunkedContent(Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 5000)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", content);

        await AssertNamesFileAsync(response, HttpStatusCode.RequestEntityTooLarge, "4096 bytes");
    }

    [Fact]
    public async Task Import_multipartFileLargerThanTheLimit_returns413NamingTheLimit()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Header + "\n" + new string('x', 5000))), "file", "big.csv" } };

        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", form);

        await AssertNamesFileAsync(response, HttpStatusCode.RequestEntityTooLarge, "4096 bytes");
    }

    [Fact]
    public async Task Import_moreRowsThanTheLimit_returns413NamingTheLimit()
    {
        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", new StringContent(Rows(6), Encoding.UTF8, "text/csv"));

        await AssertNamesFileAsync(response, HttpStatusCode.RequestEntityTooLarge, "at most 5 rows");
    }

    [Fact]
    public async Task Import_truncatedMultipartUpload_returns400NamingTheFile()
    {
        var content = new StringContent("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n姓名,身份证号", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XYZ");

        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", content);

        await AssertNamesFileAsync(response, HttpStatusCode.BadRequest, "multipart");
    }

    [Fact]
    public async Task Import_accepted_waitsAsAFileUnderTheDataDirectory()
    {
        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", new StringContent(Rows(2), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var jobId = (await Api.JsonAsync(response)).GetProperty("id").GetGuid();
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "imports", $"{jobId:N}.csv")));
    }

    [Fact]
    public async Task Import_refused_leavesNoFileBehind()
    {
        var before = Directory.Exists(Path.Combine(factory.DataDirectory, "imports")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "imports")).Length : 0;

        var response = await Api.Client(factory, Roles.Official).PostAsync("/api/talents/imports", new StringContent("姓名\n张三\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(factory.DataDirectory, "imports")).Length);
    }
}

public sealed class ImportQueueTests(FullQueueFactory factory) : IClassFixture<FullQueueFactory>
{
    [Fact]
    public async Task Import_whenTheQueueIsFull_returns429WithRetryAfter()
    {
        var client = Api.Client(factory, Roles.Official);
        StringContent Csv() => new($"姓名,身份证号,学历,毕业院校,院校层次,毕业时间\n排队,{NationalIds.Next()},本科,湖州师范学院,其他,2024-06\n", Encoding.UTF8, "text/csv");

        var first = await client.PostAsync("/api/talents/imports", Csv());
        var second = await client.PostAsync("/api/talents/imports", Csv());
        var third = await client.PostAsync("/api/talents/imports", Csv());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), third.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
    }
}
