namespace TalentPortal.PolicyMatching.Rules;

/// <summary>A text in Simplified Chinese (the portal's default) and English.</summary>
/// <param name="Zh">The zh-CN text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <inheritdoc />
    public override string ToString() => $"{Zh} / {En}";
}
