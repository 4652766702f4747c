namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>
/// What the engine knows about one talent. Every member is nullable: <c>null</c> means
/// "not known", which makes a criterion that needs it Unknown rather than failed.
/// Counters (social insurance) are as of the evaluation date.
/// </summary>
public sealed record TalentFacts
{
    /// <summary>Highest degree held.</summary>
    public DegreeLevel? DegreeLevel { get; init; }

    /// <summary>Whether the highest degree was full-time study (全日制).</summary>
    public bool? FullTime { get; init; }

    /// <summary>Tier of the university that awarded the highest degree.</summary>
    public UniversityTier? UniversityTier { get; init; }

    /// <summary>Birth date (from the national ID); gives the age at a date.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Graduation date of the highest degree (a month-only date is the last day of that month).</summary>
    public DateOnly? GraduationDate { get; init; }

    /// <summary>Total months of local social insurance (社保) paid.</summary>
    public int? SocialInsuranceMonths { get; init; }

    /// <summary>Months of local social insurance paid without a break, up to the evaluation date.</summary>
    public int? ContinuousSocialInsuranceMonths { get; init; }

    /// <summary>Months of local social insurance paid within the last 12 months (0–12).</summary>
    public int? SocialInsuranceMonthsLast12 { get; init; }

    /// <summary>Start of the current employment with a local employer (also the arrival date for "came after").</summary>
    public DateOnly? EmploymentStartDate { get; init; }

    /// <summary>Last day of the labour contract (inclusive); <see cref="DateOnly.MaxValue"/> for an open-ended contract.</summary>
    public DateOnly? ContractEndDate { get; init; }

    /// <summary>Whether the current employer is located in the South Taihu New Area.</summary>
    public bool? EmployerInZone { get; init; }

    /// <summary>Kind of the current employer.</summary>
    public EmployerType? EmployerType { get; init; }

    /// <summary>Industry chain code of the current employer, e.g. <c>new-energy-vehicles</c>.</summary>
    public string? IndustryChain { get; init; }

    /// <summary>Whether the talent currently has employment at a zone employer.</summary>
    public bool? EmployedLocally { get; init; }

    /// <summary>Whether the talent owns a home in Huzhou.</summary>
    public bool? OwnsHomeLocally { get; init; }

    /// <summary>Whether the home being bought is the talent's first home.</summary>
    public bool? FirstHomePurchase { get; init; }

    /// <summary>Whether the talent's hukou origin is Huzhou (a Huzhou-born returnee).</summary>
    public bool? HukouHuzhou { get; init; }

    /// <summary>Talent tier A–E, when classified.</summary>
    public TalentTier? TalentTier { get; init; }

    /// <summary>Whether the talent holds a senior technician (高级技师) qualification.</summary>
    public bool? SeniorTechnician { get; init; }

    /// <summary>Grade of the talent's graduate start-up team.</summary>
    public StartupGrade? StartupGrade { get; init; }

    /// <summary>Whether the talent's start-up is registered in the zone.</summary>
    public bool? StartupRegisteredInZone { get; init; }

    /// <summary>Average age of the talent's team, in years.</summary>
    public decimal? TeamAverageAge { get; init; }

    /// <summary>
    /// Benefits currently held: policy codes and exclusion groups
    /// (a talent living in a talent apartment holds <c>TALENT_APARTMENT</c>). Empty means none; null means unknown.
    /// </summary>
    public IReadOnlyList<string>? HeldBenefits { get; init; }

    /// <summary>
    /// Where each input fact's value comes from, to tell which facts a result relies on are pending verification under
    /// a policy's <see cref="FactTrust"/>. Null: every value is trusted (what-if inputs, test cases). A fact the map
    /// does not list is self-declared.
    /// </summary>
    public IReadOnlyDictionary<Fact, FactSource>? Sources { get; init; }
}
