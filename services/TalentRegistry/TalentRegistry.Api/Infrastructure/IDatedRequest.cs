using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>A request whose values are checked against today's date (Huzhou calendar), after its
/// <see cref="IValidatableRequest"/> checks: dates that must not lie in the future or too far ahead.</summary>
public interface IDatedRequest
{
    void Validate(ValidationErrors errors, DateOnly today);
}
