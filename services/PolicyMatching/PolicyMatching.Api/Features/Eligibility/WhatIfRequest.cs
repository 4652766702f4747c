using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record WhatIfRequest(Dictionary<string, string?>? Overrides, DateOnly? AsOf) : ServiceDefaults.Http.IValidatableRequest
{
    public void Validate(ServiceDefaults.Http.ValidationErrors errors)
    {
        if (Overrides is null || Overrides.Count == 0)
        {
            errors.Add("overrides", "overrides needs at least one fact, e.g. {\"socialInsuranceMonths\": \"6\"}.");
            return;
        }

        if (Overrides.Count > MaxOverrides)
        {
            errors.Add("overrides", $"overrides may change at most {MaxOverrides} facts.");
            return;
        }

        foreach (var (key, value) in Overrides)
        {
            if (!FactCatalog.TryParse(key, out _))
            {
                errors.Add($"overrides.{key}", $"{key} is not a known fact.");
            }
            else
            {
                errors.MaxLength($"overrides.{key}", value, 200);
                errors.PlainText($"overrides.{key}", value);
            }
        }

        errors.Range("asOf", AsOf, Rules.EngineDates.Earliest, Rules.EngineDates.Latest);
    }

    private const int MaxOverrides = 32;
}
