namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>A field of a merge patch: absent (leave unchanged) or present with a value, null meaning "clear".</summary>
public readonly record struct Patched<T>(bool Present, T Value);
