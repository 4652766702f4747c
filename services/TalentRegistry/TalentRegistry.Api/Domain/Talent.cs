using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A person registered in the zone. The national ID is kept encrypted, with a keyed hash for uniqueness
/// and a masked form for display.</summary>
public sealed class Talent : IAggregate
{
    private Talent()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string FullName { get; private set; } = "";
    public string NationalIdCipher { get; private set; } = "";
    public string PersonKey { get; private set; } = "";
    public string NationalIdMasked { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public string? PhoneCipher { get; private set; }
    public string? Email { get; private set; }
    public bool HukouHuzhou { get; private set; }
    public string? TalentTier { get; private set; }
    public bool? OwnsHomeLocally { get; private set; }
    public List<EducationRecord> Education { get; private set; } = [];
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    public DegreeLevel? HighestDegree => Education.Count == 0 ? null : Education.Min(e => e.DegreeLevel);

    public static Talent Register(
        Guid id, string fullName, NationalId nationalId, PersonalData personalData, string? phone, string? email,
        bool hukouHuzhou, string? talentTier, IEnumerable<EducationRecord> education, string registeredBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(nationalId);
        ArgumentNullException.ThrowIfNull(personalData);
        return new Talent
        {
            Id = id,
            FullName = fullName.Trim(),
            NationalIdCipher = personalData.Protect(nationalId.Value),
            PersonKey = personalData.PersonKey(nationalId.Value),
            NationalIdMasked = nationalId.Masked,
            BirthDate = nationalId.BirthDate,
            Sex = nationalId.Sex,
            PhoneCipher = phone is null ? null : personalData.Protect(phone),
            Email = email,
            HukouHuzhou = hukouHuzhou,
            TalentTier = talentTier,
            Education = [.. education],
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
    }

    /// <summary>Replaces the profile facts; the national ID (and what derives from it) never changes.</summary>
    public void UpdateProfile(
        PersonalData personalData, string? phone, string? email, bool hukouHuzhou, string? talentTier, bool? ownsHomeLocally, IEnumerable<EducationRecord> education)
    {
        ArgumentNullException.ThrowIfNull(personalData);
        PhoneCipher = phone is null ? null : personalData.Protect(phone);
        Email = email;
        HukouHuzhou = hukouHuzhou;
        TalentTier = talentTier;
        OwnsHomeLocally = ownsHomeLocally;
        Education = [.. education];
    }

    /// <summary>The talent (or an official) states an employment; it waits for the employer's HR to confirm it.</summary>
    public Employment DeclareEmployment(Employer employer, EmploymentTerms terms, string by, DateTimeOffset at) =>
        Employment.Declare(Id, FullName, employer, terms, by, at);

    /// <summary>The employer's HR (or an import on its behalf) records a hire as confirmed: the talent counts as intake.</summary>
    public Employment ConfirmEmployment(Employer employer, EmploymentTerms terms, string by, DateTimeOffset confirmedAt, DateTimeOffset at)
    {
        var employment = Employment.Declare(Id, FullName, employer, terms, by, at);
        employment.Confirm(by, confirmedAt);
        return employment;
    }

    /// <summary>The entry that keeps this person unique; insert it with the talent.</summary>
    public PersonEntry ToPersonEntry() => new() { Id = PersonEntry.IdOf(PersonKey), TalentId = Id };

    public TalentRegistered ToRegisteredEvent() => new(Id, PersonKey, FullName, BirthDate, Sex.ToString(), HukouHuzhou, TalentTier, EducationInfo(), RegisteredAt);

    public TalentProfileUpdated ToProfileUpdatedEvent(DateTimeOffset at) => new(Id, HukouHuzhou, TalentTier, OwnsHomeLocally, EducationInfo(), at);

    private List<EducationRecordInfo> EducationInfo() =>
        [.. Education.Select(e => new EducationRecordInfo(e.DegreeLevel.ToString(), e.FullTime, e.University, e.UniversityTier.ToString(), e.Major, e.GraduationDate))];
}
