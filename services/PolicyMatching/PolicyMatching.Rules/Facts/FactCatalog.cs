namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Names of the facts the engine knows, as written in YAML and shown to people.</summary>
public static class FactCatalog
{
    private static readonly FactInfo[] Infos = Build();

    private static readonly FactSource[][] DefaultSources = [.. Infos.Select(i => DefaultSourcesFor(i.Fact))];

    private static readonly Dictionary<string, Fact> ByKey =
        Infos.ToDictionary(i => i.Key, i => i.Fact, StringComparer.Ordinal);

    /// <summary>All facts, in declaration order.</summary>
    public static IReadOnlyList<Fact> All { get; } = [.. Infos.Select(i => i.Fact)];

    /// <summary>The camelCase YAML key of a fact, e.g. <c>socialInsuranceMonths</c>.</summary>
    public static string KeyOf(Fact fact) => Info(fact).Key;

    /// <summary>The bilingual display name of a fact.</summary>
    public static LocalizedText NameOf(Fact fact) => Info(fact).Name;

    /// <summary>Finds a fact by its YAML key (case-sensitive).</summary>
    public static bool TryParse(string key, out Fact fact) => ByKey.TryGetValue(key, out fact);

    /// <summary>
    /// The sources a policy accepts for a fact unless its <c>trust:</c> map says otherwise: education, hukou, home and
    /// classification facts need an official or a registry; birth date (identity seen), employment and insurance facts
    /// may also come from the employer's HR. A derived fact takes the trust of the facts it derives from.
    /// </summary>
    public static IReadOnlyList<FactSource> DefaultSourcesOf(Fact fact) => DefaultSources[(int)fact];

    /// <summary>Whether a fact is the system's own record (benefits held), trusted whatever its source.</summary>
    public static bool IsAlwaysTrusted(Fact fact) => fact == Fact.HeldBenefits;

    internal static FactInfo Info(Fact fact) => Infos[(int)fact];

    private static FactSource[] DefaultSourcesFor(Fact fact) => fact switch
    {
        Fact.HeldBenefits => [FactSource.SelfDeclared, FactSource.EmployerAttested, FactSource.OfficialVerified, FactSource.Registry],
        Fact.BirthDate or Fact.Age
            or Fact.SocialInsuranceMonths or Fact.ContinuousSocialInsuranceMonths or Fact.SocialInsuranceMonthsLast12
            or Fact.EmploymentStartDate or Fact.ContractEndDate or Fact.ContractMonths
            or Fact.EmployerInZone or Fact.EmployerType or Fact.IndustryChain or Fact.EmployedLocally =>
            [FactSource.EmployerAttested, FactSource.OfficialVerified, FactSource.Registry],
        _ => [FactSource.OfficialVerified, FactSource.Registry],
    };

    private static FactInfo[] Build()
    {
        EnumMember M(long value, string key, string zh, string en) => new(value, key, new LocalizedText(zh, en));
        FactInfo I(Fact f, FactKind kind, string zh, string en, Mutability mutability = Mutability.Changeable) => new()
        {
            Fact = f,
            Key = char.ToLowerInvariant(f.ToString()[0]) + f.ToString()[1..],
            Kind = kind,
            Name = new LocalizedText(zh, en),
            Mutability = mutability,
        };

        FactInfo[] infos =
        [
            new()
            {
                Fact = Fact.DegreeLevel, Key = "degreeLevel", Kind = FactKind.Enum, Ordered = true,
                Name = new("学历", "degree level"),
                Members =
                [
                    M(1, "Associate", "大专", "associate degree"), M(2, "Bachelor", "本科", "bachelor's degree"),
                    M(3, "Master", "硕士", "master's degree"), M(4, "Doctorate", "博士", "doctorate"),
                ],
            },
            I(Fact.FullTime, FactKind.Bool, "全日制学历", "full-time study"),
            new()
            {
                Fact = Fact.UniversityTier, Key = "universityTier", Kind = FactKind.Enum,
                Name = new("院校层次", "university tier"),
                Members =
                [
                    M(1, "985", "985高校", "985 university"), M(2, "211", "211高校", "211 university"),
                    M(3, "DoubleFirstClass", "双一流高校", "Double First-Class university"),
                    M(4, "Other", "其他院校", "other university"),
                    M(5, "OverseasQsTop200", "海外QS前200高校", "overseas QS top-200 university"),
                ],
            },
            I(Fact.BirthDate, FactKind.Date, "出生日期", "birth date", Mutability.Immutable),
            new()
            {
                Fact = Fact.Age, Key = "age", Kind = FactKind.AgeYears, Name = new("年龄", "age"),
                DerivedFrom = [Fact.BirthDate], Mutability = Mutability.Immutable,
            },
            I(Fact.GraduationDate, FactKind.Date, "毕业时间", "graduation date", Mutability.Immutable),
            new()
            {
                Fact = Fact.MonthsSinceGraduation, Key = "monthsSinceGraduation", Kind = FactKind.ElapsedMonths,
                Name = new("毕业时长", "time since graduation"),
                DerivedFrom = [Fact.GraduationDate], Mutability = Mutability.Immutable,
            },
            I(Fact.SocialInsuranceMonths, FactKind.Integer, "本地社保缴纳月数", "months of local social insurance", Mutability.Accrues),
            I(Fact.ContinuousSocialInsuranceMonths, FactKind.Integer, "本地社保连续缴纳月数", "months of continuous local social insurance", Mutability.Accrues),
            new()
            {
                Fact = Fact.SocialInsuranceMonthsLast12, Key = "socialInsuranceMonthsLast12", Kind = FactKind.Integer,
                Name = new("近12个月本地社保缴纳月数", "months of local social insurance in the last 12 months"),
                Mutability = Mutability.Accrues, MaxOperand = 12,
            },
            I(Fact.EmploymentStartDate, FactKind.Date, "来湖就业时间", "start of local employment"),
            I(Fact.ContractEndDate, FactKind.Date, "劳动合同到期日", "contract end date"),
            new()
            {
                Fact = Fact.ContractMonths, Key = "contractMonths", Kind = FactKind.ContractMonths,
                Name = new("劳动合同期限（月）", "contract length in months"),
                DerivedFrom = [Fact.EmploymentStartDate, Fact.ContractEndDate],
            },
            I(Fact.EmployerInZone, FactKind.Bool, "用人单位位于新区", "employer located in the zone"),
            new()
            {
                Fact = Fact.EmployerType, Key = "employerType", Kind = FactKind.Enum, Name = new("单位性质", "employer type"),
                Members =
                [
                    M(1, "Enterprise", "企业", "enterprise"), M(2, "ResearchInstitute", "科研院所", "research institute"),
                    M(3, "PublicInstitution", "事业单位", "public institution"),
                ],
            },
            I(Fact.IndustryChain, FactKind.Text, "所属产业链", "industry chain"),
            I(Fact.EmployedLocally, FactKind.Bool, "在新区就业", "employed locally"),
            I(Fact.OwnsHomeLocally, FactKind.Bool, "在湖州有自有住房", "owns a home in Huzhou"),
            I(Fact.FirstHomePurchase, FactKind.Bool, "首次购房", "first home purchase"),
            I(Fact.HukouHuzhou, FactKind.Bool, "湖州生源", "Huzhou-born", Mutability.Immutable),
            new()
            {
                Fact = Fact.TalentTier, Key = "talentTier", Kind = FactKind.Enum, Ordered = true,
                Name = new("人才类别", "talent tier"),
                Members =
                [
                    M(1, "E", "E类", "tier E"), M(2, "D", "D类", "tier D"), M(3, "C", "C类", "tier C"),
                    M(4, "B", "B类", "tier B"), M(5, "A", "A类", "tier A"),
                ],
            },
            I(Fact.SeniorTechnician, FactKind.Bool, "高级技师", "senior technician"),
            new()
            {
                Fact = Fact.StartupGrade, Key = "startupGrade", Kind = FactKind.Enum,
                Name = new("创业项目等级", "start-up grade"),
                Members = [M(1, "C", "C类", "grade C"), M(2, "B", "B类", "grade B"), M(3, "A", "A类", "grade A")],
            },
            I(Fact.StartupRegisteredInZone, FactKind.Bool, "创业企业在新区注册", "start-up registered in the zone"),
            I(Fact.TeamAverageAge, FactKind.Decimal, "团队平均年龄", "team average age"),
            I(Fact.HeldBenefits, FactKind.TextSet, "已享受待遇", "benefits held"),
        ];

        for (var i = 0; i < infos.Length; i++)
        {
            if ((int)infos[i].Fact != i)
            {
                throw new InvalidOperationException($"Fact catalogue out of order at {infos[i].Fact}.");
            }
        }

        return infos;
    }
}
