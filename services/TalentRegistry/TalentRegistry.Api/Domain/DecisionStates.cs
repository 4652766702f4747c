using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Domain;

public static class DecisionStates
{
    /// <summary>The <c>state</c> filter of a list: absent for all, else a state's name (a 400 naming <c>state</c> otherwise).</summary>
    public static DecisionState? Parse(string? state) => state is null
        ? null
        : EnumText.ParseOrNull<DecisionState>(state) ?? throw new InvalidFieldException("state", $"state must be one of {EnumText.Names<DecisionState>()}.");
}
