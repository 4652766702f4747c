using System.Security.Cryptography;
using System.Text;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>The stored document a policy in force was parsed from, and the sha256 of its YAML (lowercase hex of the UTF-8 bytes).</summary>
public sealed record PolicyText(PolicyDefinition Policy, Guid DocumentId, string Sha256)
{
    public static string Sha256Of(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
    }
}
