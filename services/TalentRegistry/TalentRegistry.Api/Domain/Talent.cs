using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A person registered in the zone. The national ID is kept encrypted, with a keyed hash for uniqueness
/// and a masked form for display. Each checkable fact keeps where its value comes from (<see cref="Provenance"/>); the
/// identity (and the birth date that derives from it) is unverified until HR, an official or an admin vouches for it.</summary>
public sealed partial class Talent : IAggregate
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
    public bool? FirstHomePurchase { get; private set; }

    /// <summary>Holds the 高级技师 (senior technician) vocational qualification.</summary>
    public bool? SeniorTechnician { get; private set; }

    /// <summary>The person's start-up is registered in the zone (business licence).</summary>
    public bool? StartupRegisteredInZone { get; private set; }

    /// <summary>The average age of the person's team, for the team programmes.</summary>
    public decimal? TeamAverageAge { get; private set; }

    /// <summary>The zone's grading of the person's start-up (A, B or C), an official decision like the talent tier.</summary>
    public string? StartupGrade { get; private set; }

    public List<EducationRecord> Education { get; private set; } = [];
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    /// <summary>The graduate account that holds this record (self-registration, or a claim an official approved); null
    /// for people HR or an official registered who have not claimed their record.</summary>
    public string? AccountId { get; private set; }

    public IdentityStatus IdentityStatus { get; private set; }

    /// <summary>Who vouched for the identity, or declared it while it is unverified; the birth date's provenance.</summary>
    public FactProvenance? Identity { get; private set; }

    public IdentityMethod? IdentityMethod { get; private set; }
    public string? IdentityEvidence { get; private set; }

    public DegreeLevel? HighestDegree => Education.Count == 0 ? null : Education.Min(e => e.DegreeLevel);

    /// <summary>Registers a person with the facts <paramref name="supplied"/> gives: self-declared by the graduate (the
    /// identity unverified, the record held by their account) or supplied by HR, an official or an admin (the identity
    /// verified by <paramref name="method"/>; held by <paramref name="accountId"/> when a graduate's account is known to
    /// hold it).</summary>
    public static Talent Register(
        Guid id, string fullName, NationalId nationalId, PersonalData personalData, string? phone, string? email,
        bool hukouHuzhou, string? talentTier, IEnumerable<EducationRecord> education, FactProvenance supplied, IdentityMethod method,
        string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(nationalId);
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(supplied);
        var talent = new Talent
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
            RegisteredAt = supplied.At,
            RegisteredBy = supplied.By,
            AccountId = supplied.IsSelfDeclared ? supplied.By : accountId,
            IdentityStatus = supplied.IsSelfDeclared ? IdentityStatus.Unverified : IdentityStatus.Verified,
            Identity = supplied.Copy(),
            IdentityMethod = supplied.IsSelfDeclared ? Domain.IdentityMethod.SelfRegistration : method,
        };
        talent.SetProvenance(Facts.Education, supplied);
        talent.SetProvenance(Facts.HukouHuzhou, supplied);
        if (talentTier is not null)
        {
            talent.SetProvenance(Facts.TalentTier, supplied);
        }

        return talent;
    }

    public void ChangePhone(PersonalData personalData, string? phone)
    {
        ArgumentNullException.ThrowIfNull(personalData);
        PhoneCipher = phone is null ? null : personalData.Protect(phone);
    }

    public void ChangeEmail(string? email) => Email = email;

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

    public TalentRegistered ToRegisteredEvent() => new(
        Id, PersonKey, FullName, BirthDate, Sex.ToString(), HukouHuzhou, TalentTier, EducationInfo(), RegisteredAt, IdentityStatus.ToString(), ProvenanceInfo());

    public TalentProfileUpdated ToProfileUpdatedEvent(DateTimeOffset at) => new(
        Id, HukouHuzhou, TalentTier, OwnsHomeLocally, EducationInfo(), at, IdentityStatus.ToString(), ProvenanceInfo(), FirstHomePurchase,
        SeniorTechnician, StartupRegisteredInZone, TeamAverageAge, StartupGrade);

    private List<EducationRecordInfo> EducationInfo() =>
        [.. Education.Select(e => new EducationRecordInfo(e.DegreeLevel.ToString(), e.FullTime, e.University, e.UniversityTier.ToString(), e.Major, e.GraduationDate))];
}
