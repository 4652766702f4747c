using System.Text.Json;
using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>The service-request categories and their SLAs, read once from Housing:ServiceCategoriesFile
/// (default seeds/service-categories.json).</summary>
public sealed class ServiceCategoryCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ServiceCategoryCatalog(IOptions<HousingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = SeedFiles.Locate(options.Value.ServiceCategoriesFile, "service-categories.json");
        var file = JsonSerializer.Deserialize<CategoryFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no categories.");
        var invalid = file.Categories.FirstOrDefault(c => c.Code.Length == 0 || c.SlaDays <= 0 || c.RaisedBy.Count == 0);
        if (invalid is not null)
        {
            throw new InvalidOperationException($"{path}: category '{invalid.Code}' needs a code, a positive slaDays and raisedBy roles.");
        }

        All = file.Categories;
    }

    public IReadOnlyList<ServiceCategory> All { get; }

    public ServiceCategory? Find(string? code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    private sealed class CategoryFile
    {
        public List<ServiceCategory> Categories { get; init; } = [];
    }
}
