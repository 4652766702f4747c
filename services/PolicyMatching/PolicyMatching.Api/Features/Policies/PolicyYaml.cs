using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>Policy texts parsed for the endpoints: a text sent in a request, or one stored.</summary>
public static class PolicyYaml
{
    /// <summary>Parses a text sent in a request: a 400 whose <c>errors</c> name the field <paramref name="field"/> with one
    /// message per problem (file, line, path), and whose <c>problems</c> list each problem's parts.</summary>
    internal static PolicyDefinition ParseOrThrow(string yaml, string fileName, string field = "yaml")
    {
        try
        {
            return PolicyLoader.Parse(yaml, fileName);
        }
        catch (PolicyValidationException e)
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest, "Invalid policy file", $"The policy file has {e.Errors.Count} problem(s).",
                new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { [field] = [.. e.Errors.Select(x => x.ToString())] },
                    ["problems"] = e.Errors.Select(x => new { x.File, x.Path, x.Problem, x.Line }).ToList(),
                });
        }
    }

    /// <summary>Parses a stored text; one that no longer passes (the limits changed since it was stored) is a 409.</summary>
    internal static PolicyDefinition ParseStored(PolicyDocument document)
    {
        try
        {
            return PolicyLoader.Parse(document.Yaml, $"{document.Code}.yaml");
        }
        catch (PolicyValidationException e)
        {
            throw new RuleViolationException(
                $"The stored text of {document.Code} is no longer valid: {(e.Errors.Count > 0 ? e.Errors[0] : e.Message)}", "Invalid",
                new Dictionary<string, object?> { ["problems"] = e.Errors.Select(x => x.ToString()).ToList() });
        }
    }
}
