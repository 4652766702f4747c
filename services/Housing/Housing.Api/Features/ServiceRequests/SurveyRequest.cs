using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record SurveyRequest(int? Score, string? Comment) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Score is not (>= 1 and <= 5))
        {
            errors.Add("score", "score is required: 1 (very unsatisfied) to 5 (very satisfied).");
        }

        errors.MaxLength("comment", Comment, 1000);
        errors.PlainText("comment", Comment, multiline: true);
    }
}
