namespace TalentPortal.TalentRegistry.Features.BulkImport;

public static class ImportColumns
{
    /// <summary>Accepted headers per column; the first is the canonical Chinese header.</summary>
    public static IReadOnlyDictionary<ImportColumn, string[]> Headers { get; } = new Dictionary<ImportColumn, string[]>
    {
        [ImportColumn.FullName] = ["姓名", "fullName", "name"],
        [ImportColumn.NationalId] = ["身份证号", "身份证号码", "nationalId"],
        [ImportColumn.Phone] = ["手机号", "手机", "联系电话", "phone"],
        [ImportColumn.Email] = ["邮箱", "电子邮箱", "email"],
        [ImportColumn.HukouHuzhou] = ["湖州户籍", "户籍湖州", "hukouHuzhou"],
        [ImportColumn.TalentTier] = ["人才层次", "人才类别", "talentTier"],
        [ImportColumn.Degree] = ["学历", "degree", "degreeLevel"],
        [ImportColumn.FullTime] = ["全日制", "fullTime"],
        [ImportColumn.University] = ["毕业院校", "university"],
        [ImportColumn.UniversityTier] = ["院校层次", "universityTier"],
        [ImportColumn.Major] = ["专业", "major"],
        [ImportColumn.GraduationDate] = ["毕业时间", "毕业日期", "graduationDate"],
        [ImportColumn.EmployerCreditCode] = ["用人单位统一社会信用代码", "统一社会信用代码", "employerCreditCode"],
        [ImportColumn.StartDate] = ["入职日期", "入职时间", "startDate"],
        [ImportColumn.ContractEnd] = ["合同到期日", "合同截止日期", "contractEnd"],
        [ImportColumn.Position] = ["岗位", "职位", "position"],
        [ImportColumn.SocialInsuranceMonths] = ["社保月数", "socialInsuranceMonths"],
    };

    public static IReadOnlyList<ImportColumn> Required { get; } =
        [ImportColumn.FullName, ImportColumn.NationalId, ImportColumn.Degree, ImportColumn.University, ImportColumn.UniversityTier, ImportColumn.GraduationDate];

    public static ImportColumn? Match(string header)
    {
        var name = header.Trim().TrimStart('\uFEFF');
        foreach (var (column, names) in Headers)
        {
            if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                return column;
            }
        }

        return null;
    }
}
