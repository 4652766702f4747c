using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record TransitionRequest(string? Action, string? Comment, string? AssignTo, Guid? MergedInto) : IValidatableRequest
{
    public static IReadOnlyList<string> Actions { get; } = [.. ServiceRequest.Actions.Keys];

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Action is null || !Actions.Contains(Action))
        {
            errors.Add("action", $"action must be one of {string.Join(", ", Actions)}.");
        }

        errors.MaxLength("comment", Comment, 2000);
        errors.PlainText("comment", Comment, multiline: true);
        errors.MaxLength("assignTo", AssignTo, 100);
        errors.PlainText("assignTo", AssignTo);
        if (Action == "explain" && string.IsNullOrWhiteSpace(Comment))
        {
            errors.Add("comment", "comment is required: explain why the request cannot be adopted.");
        }

        if (Action == "merge")
        {
            errors.Required("mergedInto", MergedInto);
        }
    }
}
