using System.Globalization;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record EducationInput(string? DegreeLevel, bool? FullTime, string? University, string? UniversityTier, string? Major, string? GraduationDate);

public sealed record RegisterTalentRequest(
    string? FullName, string? NationalId, string? Phone, string? Email, bool? HukouHuzhou, string? TalentTier, IReadOnlyList<EducationInput>? Education)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("fullName", FullName, 50);
        if (!Domain.NationalId.TryParse(NationalId, out _, out var problem))
        {
            errors.Add("nationalId", $"nationalId {problem}.");
        }

        ValidateProfile(errors, Phone, Email, TalentTier, Education);
    }

    /// <summary>Checks the profile facts a registration and a profile update share.</summary>
    public static void ValidateProfile(ValidationErrors errors, string? phone, string? email, string? talentTier, IReadOnlyList<EducationInput>? education)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("phone", phone, 20);
        errors.MaxLength("email", email, 100);
        if (talentTier is not null and not ("A" or "B" or "C" or "D" or "E"))
        {
            errors.Add("talentTier", "talentTier must be one of A, B, C, D, E.");
        }

        if (education is null || education.Count == 0)
        {
            errors.Add("education", "education needs at least one degree.");
            return;
        }

        if (education.Count > 10)
        {
            errors.Add("education", "education holds at most 10 degrees.");
        }

        for (var i = 0; i < education.Count; i++)
        {
            var e = education[i];
            var path = $"education[{i}]";
            if (!Enum.TryParse<DegreeLevel>(e.DegreeLevel, ignoreCase: true, out _))
            {
                errors.Add($"{path}.degreeLevel", $"{path}.degreeLevel must be one of {string.Join(", ", Enum.GetNames<DegreeLevel>())}.");
            }

            if (!Enum.TryParse<UniversityTier>(e.UniversityTier, ignoreCase: true, out _))
            {
                errors.Add($"{path}.universityTier", $"{path}.universityTier must be one of {string.Join(", ", Enum.GetNames<UniversityTier>())}.");
            }

            errors.Required($"{path}.university", e.University, 100);
            errors.MaxLength($"{path}.major", e.Major, 100);
            if (ParseGraduationDate(e.GraduationDate) is null)
            {
                errors.Add($"{path}.graduationDate", $"{path}.graduationDate must be yyyy-MM or yyyy-MM-dd.");
            }
        }
    }

    /// <summary>"2024-06" means the last day of June 2024.</summary>
    public static DateOnly? ParseGraduationDate(string? value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        }

        return null;
    }

    public IEnumerable<EducationRecord> ToEducation() => Education!.Select(e => new EducationRecord
    {
        DegreeLevel = Enum.Parse<DegreeLevel>(e.DegreeLevel!, ignoreCase: true),
        FullTime = e.FullTime ?? true,
        University = e.University!.Trim(),
        UniversityTier = Enum.Parse<UniversityTier>(e.UniversityTier!, ignoreCase: true),
        Major = e.Major,
        GraduationDate = ParseGraduationDate(e.GraduationDate)!.Value,
    });
}

/// <summary>Registers a person: a graduate registers themself (their account's talent id), HR and officials register others.</summary>
public static class RegisterTalent
{
    public static async Task<IResult> HandleAsync(
        RegisterTalentRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        _ = NationalId.TryParse(request.NationalId, out var nationalId, out _);
        var personKey = personalData.PersonKey(nationalId!.Value);
        if (await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken) is { } existing)
        {
            throw ProblemException.Conflict(
                $"A talent with national ID {nationalId.Masked} is already registered.",
                new Dictionary<string, object?> { ["existingTalentId"] = existing.TalentId, ["existing"] = $"/api/talents/{existing.TalentId}" });
        }

        Guid id;
        if (caller.IsGraduate)
        {
            id = caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent id to register.");
            if (await store.GetAsync<Talent>(id, cancellationToken) is not null)
            {
                throw ProblemException.Conflict("This account already has a talent record.", new Dictionary<string, object?> { ["existingTalentId"] = id });
            }
        }
        else
        {
            id = Guid.CreateVersion7();
        }

        var talent = Talent.Register(
            id, request.FullName!, nationalId, personalData, request.Phone, request.Email, request.HukouHuzhou ?? false,
            request.TalentTier, request.ToEducation(), caller.AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
        unitOfWork.Publish(talent.ToRegisteredEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/talents/{talent.Id}", TalentResponse.From(talent, personalData, reveal: false));
    }
}
