using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record SetStartupGradeRequest(string? Grade, string? DecisionReference) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => Classifications.Validate(errors, Facts.StartupGrade, "grade", Grade, DecisionReference);
}
