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

    public TalentRegistered ToRegisteredEvent() => new(
        Id, PersonKey, FullName, BirthDate, Sex.ToString(), HukouHuzhou, TalentTier,
        [.. Education.Select(e => new EducationRecordInfo(e.DegreeLevel.ToString(), e.FullTime, e.University, e.UniversityTier.ToString(), e.Major, e.GraduationDate))],
        RegisteredAt);
}
