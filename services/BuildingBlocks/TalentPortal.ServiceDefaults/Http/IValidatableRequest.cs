namespace TalentPortal.ServiceDefaults.Http;

/// <summary>A request that checks itself; field names in errors are the JSON (camelCase) names.</summary>
public interface IValidatableRequest
{
    void Validate(ValidationErrors errors);
}
