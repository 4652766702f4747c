using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record PolicyDraftRequest(string? Yaml) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("yaml", Yaml, YamlLimits.MaxBytes);
        if (Yaml is not null && Yaml.Length <= YamlLimits.MaxBytes && System.Text.Encoding.UTF8.GetByteCount(Yaml) > YamlLimits.MaxBytes)
        {
            errors.Add("yaml", $"yaml must be at most {YamlLimits.MaxBytes / 1024} KB.");
        }
    }
}
