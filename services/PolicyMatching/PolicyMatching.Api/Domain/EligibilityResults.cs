using System.Globalization;
using System.Text;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One policy's current result for a talent.</summary>
public sealed record PolicyOutcome(string PolicyCode, string Outcome, decimal? Amount, string? VersionId);

/// <summary>
/// A talent's current results as kept on <see cref="TalentFacts.Results"/>: one line per policy in catalogue order,
/// <c>code|outcome|amount|version</c>. A re-match of a million talents compares the new text with the stored one and
/// parses it only when they differ.
/// </summary>
public static class EligibilityResults
{
    public static IReadOnlyList<PolicyOutcome> Parse(string results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = new List<PolicyOutcome>();
        foreach (var line in results.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('|', 4);
            outcomes.Add(new PolicyOutcome(
                fields[0],
                fields[1],
                fields[2].Length == 0 ? null : decimal.Parse(fields[2], NumberStyles.Number, CultureInfo.InvariantCulture),
                fields[3].Length == 0 ? null : fields[3]));
        }

        return outcomes;
    }

    /// <summary>One policy's line (without the separator).</summary>
    public static string Line(string policyCode, string outcome, decimal? amount, string? versionId)
    {
        ArgumentNullException.ThrowIfNull(policyCode);
        var text = new StringBuilder(policyCode.Length + 32).Append(policyCode).Append('|').Append(outcome).Append('|');
        if (amount is { } value)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        // A version id is one YAML scalar; a line break in it would split the line.
        return text.Append('|').Append(versionId?.ReplaceLineEndings(" ")).ToString();
    }
}
