using System.Globalization;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure.DemoData;

/// <summary>Repeatable synthetic talents (same seed, same people): Chinese names, valid and unique national IDs
/// (about 13% Huzhou-born, as in the city's PhD intake), plausible universities per degree, hires spread over the
/// given employers and months. Used by demo seeding and the benchmarks.</summary>
public sealed class DemoTalentGenerator
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private const string GivenChars = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞宇浩然欣怡晨阳子轩梓涵思远雨萱佳琪嘉怡博文俊杰志强海燕晓东雪梅丹丹立新成林";
    private static readonly string[] HuzhouRegions = ["330502", "330503", "330521", "330522", "330523"];
    private static readonly string[] OtherRegions =
        ["330102", "330106", "330203", "330302", "330402", "330602", "320505", "320102", "310104", "340104", "410105", "420106", "510107", "610113", "370102", "360102", "430104", "130102", "230103", "350102"];

    private static readonly Dictionary<UniversityTier, string[]> Universities = new()
    {
        [UniversityTier.Tier985] = ["浙江大学", "复旦大学", "上海交通大学", "南京大学", "中国科学技术大学", "清华大学", "北京大学", "武汉大学", "华中科技大学", "电子科技大学", "同济大学", "东南大学", "西安交通大学", "哈尔滨工业大学", "中山大学"],
        [UniversityTier.Tier211] = ["苏州大学", "南京航空航天大学", "上海大学", "华东理工大学", "合肥工业大学", "南京理工大学", "河海大学", "江南大学", "西安电子科技大学", "北京交通大学"],
        [UniversityTier.DoubleFirstClass] = ["宁波大学", "南京信息工程大学", "上海科技大学", "南方科技大学", "南京邮电大学", "中国美术学院"],
        [UniversityTier.OverseasQsTop200] = ["新加坡国立大学", "帝国理工学院", "墨尔本大学", "香港大学", "悉尼大学", "曼彻斯特大学"],
        [UniversityTier.Other] = ["湖州师范学院", "浙江工业大学", "杭州电子科技大学", "浙江理工大学", "浙江工商大学", "温州大学", "浙江科技大学", "湖州职业技术学院"],
    };

    private static readonly Dictionary<IndustryChain, string[]> Majors = new()
    {
        [IndustryChain.NewEnergyVehicles] = ["车辆工程", "机械工程", "自动化", "电气工程"],
        [IndustryChain.Semiconductors] = ["微电子科学与工程", "光电信息科学与工程", "电子信息工程", "物理学"],
        [IndustryChain.LithiumBatteries] = ["材料科学与工程", "化学", "应用化学", "新能源材料与器件"],
        [IndustryChain.CncIntelligentEquipment] = ["机械设计制造及其自动化", "机器人工程", "控制科学与工程", "测控技术与仪器"],
        [IndustryChain.Biomedicine] = ["生物医学工程", "药学", "生物技术", "临床医学"],
        [IndustryChain.DigitalEconomy] = ["计算机科学与技术", "软件工程", "数据科学与大数据技术", "人工智能"],
        [IndustryChain.GreenHomeFurnishing] = ["工业设计", "环境设计", "木材科学与工程", "市场营销"],
        [IndustryChain.NewMaterials] = ["高分子材料与工程", "材料物理", "化学工程与工艺", "无机非金属材料工程"],
    };

    private static readonly Dictionary<DegreeLevel, string[]> Positions = new()
    {
        [DegreeLevel.Doctorate] = ["研发总监", "首席科学家", "高级研究员", "技术专家"],
        [DegreeLevel.Master] = ["研发工程师", "算法工程师", "工艺工程师", "项目经理"],
        [DegreeLevel.Bachelor] = ["工程师", "技术员", "质量工程师", "销售工程师"],
        [DegreeLevel.Associate] = ["技术员", "操作员", "设备维护员", "检验员"],
    };

    private readonly Random _random;
    private readonly IReadOnlyList<Employer> _employers;
    private readonly DateOnly _firstStart;
    private readonly int _startDays;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public DemoTalentGenerator(int seed, IReadOnlyList<Employer> employers, DateOnly firstStart, DateOnly lastStart)
    {
        ArgumentNullException.ThrowIfNull(employers);
        if (employers.Count == 0)
        {
            throw new ArgumentException("At least one employer is needed.", nameof(employers));
        }

        _random = new Random(seed);
        _employers = employers;
        _firstStart = firstStart;
        _startDays = lastStart.DayNumber - firstStart.DayNumber + 1;
    }

    public IEnumerable<DemoTalent> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public DemoTalent Next()
    {
        var degree = Pick((DegreeLevel.Doctorate, 6), (DegreeLevel.Master, 30), (DegreeLevel.Bachelor, 50), (DegreeLevel.Associate, 14));
        var tier = degree switch
        {
            DegreeLevel.Doctorate => Pick((UniversityTier.Tier985, 55), (UniversityTier.Tier211, 15), (UniversityTier.DoubleFirstClass, 10), (UniversityTier.OverseasQsTop200, 15), (UniversityTier.Other, 5)),
            DegreeLevel.Master => Pick((UniversityTier.Tier985, 30), (UniversityTier.Tier211, 25), (UniversityTier.DoubleFirstClass, 15), (UniversityTier.OverseasQsTop200, 10), (UniversityTier.Other, 20)),
            DegreeLevel.Bachelor => Pick((UniversityTier.Tier985, 10), (UniversityTier.Tier211, 20), (UniversityTier.DoubleFirstClass, 15), (UniversityTier.OverseasQsTop200, 3), (UniversityTier.Other, 52)),
            _ => UniversityTier.Other,
        };
        var employer = _employers[_random.Next(_employers.Count)];
        var start = _firstStart.AddDays(_random.Next(_startDays));
        var graduationAge = degree switch { DegreeLevel.Doctorate => 29, DegreeLevel.Master => 25, DegreeLevel.Bachelor => 22, _ => 21 };
        var graduation = new DateOnly(start.Year - _random.Next(0, 3), 6, 30);
        var birth = new DateOnly(graduation.Year - graduationAge, 1, 1).AddDays(_random.Next(0, 730));
        var huzhou = _random.Next(100) < 13;
        var university = Universities[tier][_random.Next(Universities[tier].Length)];
        if (degree == DegreeLevel.Associate)
        {
            university = _random.Next(2) == 0 ? "湖州职业技术学院" : "浙江机电职业技术大学";
        }

        return new DemoTalent(
            Name(), NationalIdFor(huzhou, birth), $"1{_random.Next(3, 10)}{_random.Next(0, 1_000_000_000):000000000}", huzhou, degree,
            degree == DegreeLevel.Doctorate || _random.Next(100) < 92, university, tier, Majors[employer.IndustryChain][_random.Next(4)], graduation,
            employer, start, start.AddYears(Pick((1, 15), (3, 60), (5, 25))).AddDays(-1), Positions[degree][_random.Next(4)], _random.Next(0, 13));
    }

    /// <summary>Additional synthetic enterprises (valid credit codes) so benchmarks can count over a realistic number of employers.</summary>
    public static IReadOnlyList<Employer> SyntheticEmployers(int count, int seed, DateTimeOffset at)
    {
        var random = new Random(seed);
        var chains = Enum.GetValues<IndustryChain>();
        return [.. Enumerable.Range(0, count).Select(i => Employer.Register(
            Guid.CreateVersion7(),
            $"南太湖示范企业{i + 1:0000}",
            CreditCode.WithCheckCharacter($"91330501MA{i:00000}{random.Next(10)}{random.Next(10)}"),
            Zone.Streets[random.Next(Zone.Streets.Count)],
            chains[random.Next(chains.Length)],
            EmployerType.Enterprise,
            "generator",
            at))];
    }

    private string Name()
    {
        var given = GivenChars[_random.Next(GivenChars.Length)].ToString();
        if (_random.Next(100) < 70)
        {
            given += GivenChars[_random.Next(GivenChars.Length)];
        }

        return Surnames[_random.Next(Surnames.Length)] + given;
    }

    private string NationalIdFor(bool huzhou, DateOnly birth)
    {
        var regions = huzhou ? HuzhouRegions : OtherRegions;
        while (true)
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{regions[_random.Next(regions.Length)]}{birth:yyyyMMdd}{_random.Next(1000):000}");
            var id = NationalId.WithCheckCharacter(first17);
            if (_issued.Add(id))
            {
                return id;
            }

            birth = birth.AddDays(1);
        }
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }
}
