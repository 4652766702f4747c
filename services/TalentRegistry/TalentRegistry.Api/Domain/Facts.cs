namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The facts whose provenance a talent record keeps (the keys of events and answers), and the facts a
/// graduate declares and an official verifies: <c>education</c> covers its four keys, each other fact its own.</summary>
public static class Facts
{
    public const string BirthDate = "birthDate";
    public const string DegreeLevel = "degreeLevel";
    public const string FullTime = "fullTime";
    public const string UniversityTier = "universityTier";
    public const string GraduationDate = "graduationDate";
    public const string HukouHuzhou = "hukouHuzhou";
    public const string OwnsHomeLocally = "ownsHomeLocally";
    public const string FirstHomePurchase = "firstHomePurchase";
    public const string TalentTier = "talentTier";
    public const string SeniorTechnician = "seniorTechnician";
    public const string StartupRegisteredInZone = "startupRegisteredInZone";
    public const string TeamAverageAge = "teamAverageAge";
    public const string StartupGrade = "startupGrade";

    /// <summary>The social-insurance feed's facts (<see cref="Talent.Insurance"/>), from the bureau's file only.</summary>
    public const string SocialInsuranceMonths = "socialInsuranceMonths";
    public const string ContinuousSocialInsuranceMonths = "continuousSocialInsuranceMonths";
    public const string SocialInsuranceMonthsLast12 = "socialInsuranceMonthsLast12";

    /// <summary>The education list: degree level, full-time, university tier and graduation date of the same entries.</summary>
    public const string Education = "education";

    /// <summary>The identity (the national ID and the name on the ID card), which evidence may support.</summary>
    public const string Identity = "identity";

    /// <summary>The facts a graduate may declare; every declared value waits for an official's verification.</summary>
    public static IReadOnlyList<string> Declarable { get; } =
        [Education, HukouHuzhou, OwnsHomeLocally, FirstHomePurchase, SeniorTechnician, StartupRegisteredInZone, TeamAverageAge];

    /// <summary>The facts only an official's decision sets (人才分类认定, the start-up grading): a graduate never declares
    /// them, but may ask for the decision with evidence (a classification request in the verification queue).</summary>
    public static IReadOnlyList<string> Classifications { get; } = [TalentTier, StartupGrade];

    /// <summary>The facts an official checks against documents, and so the facts evidence is uploaded for.</summary>
    public static IReadOnlyList<string> Verifiable { get; } = [.. Declarable, .. Classifications, Identity];

    /// <summary>The values a classification fact may take.</summary>
    public static IReadOnlyList<string> ClassesOf(string fact) => fact switch
    {
        TalentTier => ["A", "B", "C", "D", "E"],
        StartupGrade => ["A", "B", "C"],
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a classification fact."),
    };

    /// <summary>The provenance keys a fact's value sets.</summary>
    public static IReadOnlyList<string> KeysOf(string fact) =>
        fact == Education ? [DegreeLevel, FullTime, UniversityTier, GraduationDate] : [fact];
}
