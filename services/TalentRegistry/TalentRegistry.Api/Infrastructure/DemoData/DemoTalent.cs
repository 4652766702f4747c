using System.Globalization;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure.DemoData;

/// <summary>A synthetic recruited talent: a person with one degree and a hire at a zone employer.</summary>
public sealed record DemoTalent(
    string FullName, string NationalId, string Phone, bool HukouHuzhou, DegreeLevel Degree, bool FullTime, string University,
    UniversityTier UniversityTier, string Major, DateOnly GraduationDate, Employer Employer, DateOnly StartDate, DateOnly ContractEnd,
    string Position, int SocialInsuranceMonths)
{
    /// <summary>The import file header, in Chinese, in the order of <see cref="ToCsvLine"/>.</summary>
    public const string CsvHeader = "姓名,身份证号,手机号,湖州户籍,学历,全日制,毕业院校,院校层次,专业,毕业时间,用人单位统一社会信用代码,入职日期,合同到期日,岗位,社保月数";

    public string ToCsvLine() => string.Join(',',
        FullName, NationalId, Phone, HukouHuzhou ? "是" : "否", DegreeName(Degree), FullTime ? "是" : "否", University, TierName(UniversityTier), Major,
        GraduationDate.ToString("yyyy-MM", CultureInfo.InvariantCulture), Employer.CreditCode, Day(StartDate), Day(ContractEnd), Position,
        SocialInsuranceMonths.ToString(CultureInfo.InvariantCulture));

    /// <summary>The intake record this hire produces (for benchmarks that fill the cube without the store).</summary>
    public IntakeRecord ToIntakeRecord(Guid talentId) => new()
    {
        Id = talentId,
        EmploymentId = talentId,
        EmployerId = Employer.Id,
        Street = Employer.Street,
        IndustryChain = Employer.IndustryChain,
        Degree = Degree,
        UniversityTier = UniversityTier,
        FromOutsideHuzhou = !HukouHuzhou,
        Month = new DateOnly(StartDate.Year, StartDate.Month, 1),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DegreeName(DegreeLevel degree) => degree switch
    {
        DegreeLevel.Doctorate => "博士",
        DegreeLevel.Master => "硕士",
        DegreeLevel.Bachelor => "本科",
        _ => "大专",
    };

    private static string TierName(UniversityTier tier) => tier switch
    {
        UniversityTier.Tier985 => "985",
        UniversityTier.Tier211 => "211",
        UniversityTier.DoubleFirstClass => "双一流",
        UniversityTier.OverseasQsTop200 => "海外QS前200",
        _ => "其他",
    };
}
