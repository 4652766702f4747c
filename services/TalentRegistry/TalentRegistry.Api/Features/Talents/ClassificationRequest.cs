using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>A graduate asks for a classification decision: <c>fact</c> is talentTier or startupGrade, <c>value</c> the
/// class they hold a document for.</summary>
public sealed record ClassificationRequest(string? Fact, string? Value) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Fact is null || !Facts.Classifications.Contains(Fact))
        {
            errors.Add("fact", $"fact is required, one of {string.Join(", ", Facts.Classifications)}.");
            return;
        }

        Classifications.ValidateClass(errors, Fact, "value", Value);
    }
}
