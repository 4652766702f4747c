using System.Globalization;
using System.Text;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>
/// A talent's current results as kept on <see cref="TalentFacts.Results"/>: one line <c>code|outcome|amount</c> per
/// policy the talent is Eligible or Unknown for, in catalogue order, followed by <c>|key,key</c> when the result relies
/// on facts pending verification; a policy without a line is NotEligible. A re-match of a million talents compares the
/// new text with the stored one and parses it only when they differ.
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
                fields.Length < 3 || fields[2].Length == 0 ? null : decimal.Parse(fields[2], NumberStyles.Number, CultureInfo.InvariantCulture))
            {
                PendingVerification = fields.Length < 4 ? [] : fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries),
            });
        }

        return outcomes;
    }

    /// <summary>One policy's line (without the separator).</summary>
    public static string Line(string policyCode, string outcome, decimal? amount, IReadOnlyList<string>? pendingVerification = null)
    {
        ArgumentNullException.ThrowIfNull(policyCode);
        var text = new StringBuilder(policyCode.Length + 24).Append(policyCode).Append('|').Append(outcome).Append('|');
        if (amount is { } value)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        if (pendingVerification is { Count: > 0 })
        {
            text.Append('|').AppendJoin(',', pendingVerification);
        }

        return text.ToString();
    }
}
