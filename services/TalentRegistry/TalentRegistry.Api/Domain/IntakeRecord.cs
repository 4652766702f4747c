using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>One recruited person: the dimensions intake is counted by, fixed at the first confirmed hire at a zone
/// employer, in the month that hire was confirmed by the employer's HR. Keyed by the talent, so the same person never
/// counts twice.</summary>
public sealed class IntakeRecord : IAggregate
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid EmploymentId { get; set; }
    public Guid EmployerId { get; set; }
    public string Street { get; set; } = "";
    public IndustryChain IndustryChain { get; set; }
    public DegreeLevel Degree { get; set; }
    public UniversityTier UniversityTier { get; set; }
    public bool FromOutsideHuzhou { get; set; }

    /// <summary>First day of the intake month: the month the hire was confirmed (Huzhou calendar).</summary>
    public DateOnly Month { get; set; }

    /// <summary>When the employment started, kept beside the intake month (null in records stored before it was kept).</summary>
    public DateOnly? StartDate { get; set; }

    public static IntakeRecord For(Talent talent, Employment employment, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(employment);
        var highest = talent.Education.OrderBy(e => e.DegreeLevel).First();
        return new IntakeRecord
        {
            Id = talent.Id,
            EmploymentId = employment.Id,
            EmployerId = employment.EmployerId,
            Street = employment.Street,
            IndustryChain = employment.IndustryChain,
            Degree = highest.DegreeLevel,
            UniversityTier = highest.UniversityTier,
            FromOutsideHuzhou = !talent.HukouHuzhou,
            Month = month,
            StartDate = employment.StartDate,
        };
    }
}
