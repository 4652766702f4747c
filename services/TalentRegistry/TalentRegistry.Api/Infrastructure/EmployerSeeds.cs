using System.Text.Json;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Reads seeds/employers.json (the zone's employers and institutes) into employer aggregates.</summary>
public static class EmployerSeeds
{
    private sealed record SeedFile(List<SeedEmployer> Employers);

    private sealed record SeedEmployer(Guid Id, string Name, string CreditCode, string Street, IndustryChain IndustryChain, EmployerType EmployerType);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds", "employers.json");

    public static IReadOnlyList<Employer> Load(string path, DateTimeOffset at)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        TalentPortal.ServiceDefaults.ServiceDefaultsExtensions.ConfigureJson(options);
        var file = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException($"{path} holds no employers.");
        return [.. file.Employers.Select(e => Employer.Register(e.Id, e.Name, e.CreditCode, e.Street, e.IndustryChain, e.EmployerType, "seed", at))];
    }
}
