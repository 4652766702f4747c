namespace TalentPortal.Portal.BrowserTests;

/// <summary>Canned records of talent-registry, housing and policy-matching for the graduate and HR pages, as
/// objects (serialized camelCase like the services do).</summary>
internal static class GraduateHrData
{
    public const string OfferId = "0197d000-0000-7000-8000-0000000000f1";
    public const string LeaseId = "0197d000-0000-7000-8000-0000000000a1";
    public const string ResolvedRequestId = "0197e000-0000-7000-8000-000000000051";
    public const string DeclaredHireId = "0197c000-0000-7000-8000-0000000000d1";
    public const string ConfirmedHireId = "0197c000-0000-7000-8000-0000000000d2";
    public const string ZhangWei = "0192f000-0000-7000-8000-000000000011";
    public const string WangXiao = "0192f000-0000-7000-8000-000000000012";
    public const string SubmittedApplicationId = "0193a000-0000-7000-8000-0000000000c5";

    public static object Talent(string name, bool? ownsHome = null) => new
    {
        id = "0192f000-0000-7000-8000-000000000001",
        fullName = name,
        nationalId = "3305**********1239",
        birthDate = "1995-03-15",
        sex = "Male",
        phone = "138****1234",
        email = "liming@example.cn",
        hukouHuzhou = false,
        talentTier = (string?)null,
        ownsHomeLocally = ownsHome,
        identityStatus = "Verified",
        education = new[] { new { degreeLevel = "Master", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "材料科学与工程", graduationDate = "2025-06-30" } },
        registeredAt = "2026-03-02T02:00:00+00:00",
        version = 3,
    };

    public static readonly object[] Employers =
    [
        new { id = StubGateway.EmployerId, name = "卫蓝新能源", creditCode = "91330500MA2B3C4D5E", street = "凤凰街道", industryChain = "LithiumBatteries", employerType = "Enterprise" },
        new { id = "0192f000-0000-7000-8000-0000000000e2", name = "超越数控", creditCode = "91330500MA2B3C4D6F", street = "龙溪街道", industryChain = "CncIntelligentEquipment", employerType = "Enterprise" },
    ];

    public static object Employment(string id, string talentId, string name, string status, string start) => new
    {
        id,
        talentId,
        talentName = name,
        employerId = StubGateway.EmployerId,
        employerName = "卫蓝新能源",
        street = "凤凰街道",
        industryChain = "LithiumBatteries",
        employerType = "Enterprise",
        startDate = start,
        contractEnd = "2029-02-28",
        position = "研发工程师",
        socialInsuranceMonths = 8,
        status,
        declaredAt = "2026-03-01T01:00:00+00:00",
        confirmedAt = status == "Declared" ? null : "2026-03-02T01:00:00+00:00",
        endDate = status == "Ended" ? "2026-10-31" : null,
        endReason = status == "Ended" ? "合同解除" : null,
        version = 2,
    };

    public static IReadOnlyList<(string Id, string Status, object Json)> Hires(bool confirmed) =>
    [
        (DeclaredHireId, confirmed ? "Confirmed" : "Declared", Employment(DeclaredHireId, ZhangWei, "张伟", confirmed ? "Confirmed" : "Declared", "2026-11-01")),
        (ConfirmedHireId, "Confirmed", Employment(ConfirmedHireId, WangXiao, "王晓", "Confirmed", "2026-03-01")),
        ("0197c000-0000-7000-8000-0000000000d3", "Ended", Employment("0197c000-0000-7000-8000-0000000000d3", "0192f000-0000-7000-8000-000000000013", "赵敏", "Ended", "2025-07-01")),
    ];

    public static readonly object[] Projects =
    [
        new { id = "0197a000-0000-7000-8000-000000000001", code = "NTH-FC", name = "南太湖未来城人才公寓", street = "滨湖街道", address = (string?)null, illustrative = true, units = 120, availableUnits = 6 },
        new { id = "0197a000-0000-7000-8000-000000000002", code = "HZ-KJC", name = "湖州科技城人才公寓", street = "龙溪街道", address = (string?)null, illustrative = true, units = 80, availableUnits = 0 },
    ];

    public static readonly object Offer = new
    {
        id = OfferId,
        applicationId = "0197d000-0000-7000-8000-0000000000b1",
        talentId = "0192f000-0000-7000-8000-000000000001",
        unitId = "0197a100-0000-7000-8000-000000000802",
        projectName = "南太湖未来城人才公寓",
        unitNumber = "1-0802",
        street = "滨湖街道",
        monthlyRent = 1560.00m,
        startDate = "2026-12-01",
        respondBy = "2026-12-04T15:59:00+00:00",
        status = "Pending",
        offeredAt = "2026-11-27T02:00:00+00:00",
        decidedAt = (string?)null,
        refusalReason = (string?)null,
        leaseId = (string?)null,
        version = 1,
    };

    public static object HousingApplication(string status, int? position, object? offer) => new
    {
        id = "0197d000-0000-7000-8000-0000000000b1",
        talentId = "0192f000-0000-7000-8000-000000000001",
        status,
        preferredProjectId = "0197a000-0000-7000-8000-000000000001",
        preferredLayout = "OneBedroom",
        baseBand = 3,
        band = 3,
        bandBasis = "master",
        penalties = 0,
        appliedAt = "2026-09-01T02:00:00+00:00",
        position,
        currentOffer = offer,
        leaseId = status == "Housed" ? LeaseId : null,
        version = 2,
    };

    public static readonly object Lease = new
    {
        id = LeaseId,
        talentId = "0192f000-0000-7000-8000-000000000001",
        unitId = "0197a100-0000-7000-8000-000000000802",
        projectName = "南太湖未来城人才公寓",
        unitNumber = "1-0802",
        street = "滨湖街道",
        monthlyRent = 1560.00m,
        rentSteps = new[] { new { leaseYear = 1, discountPercent = 100m }, new { leaseYear = 2, discountPercent = 70m }, new { leaseYear = 3, discountPercent = 50m } },
        startDate = "2026-12-01",
        endDate = "2029-11-30",
        status = "Active",
        moveOutBy = (string?)null,
        noticeReason = (string?)null,
        movedOutOn = (string?)null,
        endReason = (string?)null,
        version = 1,
    };

    /// <summary>36 months from 2026-12-01 at ¥1,560: free in year 1, 70% off in year 2 (¥468.00), 50% off in year 3 (¥780.00).</summary>
    public static object RentSchedule(Guid leaseId)
    {
        var start = new DateOnly(2026, 12, 1);
        var months = Enumerable.Range(1, 36).Select(n =>
        {
            var year = (n + 11) / 12;
            var discount = year switch { 1 => 100m, 2 => 70m, _ => 50m };
            return new
            {
                month = n,
                from = start.AddMonths(n - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                to = start.AddMonths(n).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                leaseYear = year,
                discountPercent = discount,
                fullRent = 1560.00m,
                amountDue = decimal.Round(1560.00m * (100 - discount) / 100, 2, MidpointRounding.AwayFromZero),
            };
        }).ToList();
        return new { leaseId, monthlyRent = 1560.00m, rounding = "per month, to 0.01 yuan, half away from zero", total = months.Sum(m => m.amountDue), months };
    }

    public static readonly object[] Categories =
    [
        new { code = "SchoolPlace", name = "子女入学", nameEn = "School places for children", slaDays = 15, raisedBy = new[] { "graduate", "employer-hr" }, defaultAssignee = "区教育局" },
        new { code = "MedicalGreenChannel", name = "医疗绿色通道", nameEn = "Medical green channel", slaDays = 3, raisedBy = new[] { "graduate", "employer-hr" }, defaultAssignee = "区卫健局" },
        new { code = "StartupPremises", name = "创业场地", nameEn = "Start-up premises", slaDays = 20, raisedBy = new[] { "graduate" }, defaultAssignee = "区人才办" },
        new { code = "EnterpriseIssue", name = "企业诉求", nameEn = "Enterprise issue", slaDays = 7, raisedBy = new[] { "employer-hr" }, defaultAssignee = "所在街道" },
    ];

    public static object ServiceRequest(Guid id, string category, string title, string description, string status, int? surveyScore)
    {
        var resolved = status == "Resolved";
        return new
        {
            id,
            category,
            categoryName = category == "EnterpriseIssue" ? "企业诉求" : "子女入学",
            title,
            description,
            street = "凤凰街道",
            requesterRole = category == "EnterpriseIssue" ? "employer-hr" : "graduate",
            talentId = (string?)null,
            employerId = (string?)null,
            assignedTo = category switch { "EnterpriseIssue" => "所在街道", "MedicalGreenChannel" => "区卫健局", _ => "区教育局" },
            status,
            slaDays = 15,
            submittedAt = "2026-11-02T01:00:00+00:00",
            dueAt = "2026-11-17T01:00:00+00:00",
            closedAt = resolved ? "2026-11-12T06:00:00+00:00" : null,
            overdue = status == "InProgress",
            closedOnTime = resolved ? true : (bool?)null,
            mergedInto = (string?)null,
            surveyRequested = resolved && surveyScore is null,
            survey = surveyScore is { } score ? new { score, comment = (string?)null, at = "2026-11-27T03:00:00+00:00" } : null,
            transitions = resolved
                ? new object[]
                {
                    new { from = (string?)null, to = "Submitted", actor = "grad.demo", actorRole = "graduate", at = "2026-11-02T01:00:00+00:00", comment = (string?)null },
                    new { from = "Submitted", to = "Accepted", actor = "official.zone", actorRole = "official", at = "2026-11-03T01:00:00+00:00", comment = (string?)"已转区教育局" },
                    new { from = "Accepted", to = "Resolved", actor = "official.zone", actorRole = "official", at = "2026-11-12T06:00:00+00:00", comment = (string?)"已安排就近入学" },
                }
                : [new { from = (string?)null, to = status, actor = "grad.demo", actorRole = "graduate", at = "2026-11-02T01:00:00+00:00", comment = (string?)null }],
            attachments = Array.Empty<object>(),
            version = 1,
        };
    }

    public static object[] GraduateRequests(int? surveyScore) =>
    [
        ServiceRequest(Guid.Parse(ResolvedRequestId), "SchoolPlace", "女儿小学入学", "女儿今年 9 月上小学，希望就近入学。", "Resolved", surveyScore),
        ServiceRequest(Guid.Parse("0197e000-0000-7000-8000-000000000052"), "MedicalGreenChannel", "父亲就医预约", "父亲需要在湖州市中心医院复诊。", "InProgress", null),
    ];

    public static object Import(string status, int processed) => new
    {
        id = StubGateway.ImportJobId,
        fileName = "hires-2026-11.csv",
        status,
        total = 100,
        processed,
        talentsCreated = processed == 100 ? 95 : 38,
        hiresConfirmed = processed == 100 ? 97 : 39,
        unchanged = processed == 100 ? 1 : 0,
        rejected = processed == 100 ? 2 : 1,
        submittedAt = "2026-11-27T02:00:00+00:00",
        startedAt = "2026-11-27T02:00:01+00:00",
        finishedAt = status == "Completed" ? "2026-11-27T02:00:09+00:00" : null,
        failure = (string?)null,
        rejectedRows = processed == 100
            ? new object[]
            {
                new { row = 7, reasons = new[] { "nationalId: the check digit is wrong." } },
                new { row = 42, reasons = new[] { "graduationDate: 2024-13 is not a date.", "startDate is required with an employer." } },
            }
            : [new { row = 7, reasons = new[] { "nationalId: the check digit is wrong." } }],
    };

    private static object Policy(string code, string zh, string en, string outcome, decimal? amount, string[] missing, object[] counterfactuals) => new
    {
        policyCode = code,
        name = new { zh, en },
        versionId = "2025",
        asOf = "2026-11-27",
        outcome,
        summary = new { zh = $"{zh}：{outcome}", en = $"{en}: {outcome}" },
        benefit = amount is null ? null : new { kind = "OneOff", amount, payments = Array.Empty<object>(), rentSteps = Array.Empty<object>(), upTo = (decimal?)null, description = (object?)null },
        reasons = Array.Empty<object>(),
        missingFacts = missing,
        counterfactuals,
        eligibleFrom = (string?)null,
        granted = outcome == "Eligible",
        excludedBy = (string?)null,
        exclusionReason = (object?)null,
    };

    public static readonly object[] Screening =
    [
        new
        {
            talentId = ZhangWei,
            displayName = "张伟",
            asOf = "2026-11-27",
            policies = new[]
            {
                Policy("LIVING_ALLOWANCE", "新引进大学生生活补贴", "Living allowance for newly recruited graduates", "Eligible", 100000m, [], []),
                Policy("TALENT_APARTMENT", "人才公寓", "Talent apartment", "Unknown", null, ["ownsHomeLocally"], []),
                Policy("HOME_PURCHASE_SUBSIDY", "购房补贴", "Home-purchase subsidy", "NotEligible", null, [],
                    [new { criterion = "insured", kind = "WaitUntil", fact = "socialInsuranceMonths", required = "≥ 6", date = "2027-04-01", text = new { zh = "继续缴纳社保，2027年4月1日起满 6 个月即可符合条件", en = "Keep paying social insurance: 6 months on 1 April 2027" } }]),
            },
        },
        new
        {
            talentId = WangXiao,
            displayName = "王晓",
            asOf = "2026-11-27",
            policies = new[] { Policy("SETTLEMENT_GRANT", "高校毕业生安家补助", "Settlement grant for graduates", "Eligible", 50000m, [], []) },
        },
    ];

    public static object BenefitApplication(string id, string talentId, string name, string code, decimal amount, string state) => new
    {
        id,
        talentId,
        applicantName = name,
        street = "凤凰街道",
        policyCode = code,
        benefitKind = "OneOff",
        amount,
        state,
        submittedAt = "2026-11-25T01:00:00+00:00",
        noticeStart = (string?)null,
        noticeEnd = (string?)null,
        history = state == "Submitted"
            ? new object[] { new { from = (string?)null, to = "Submitted", action = "submit", actorRole = "graduate", at = "2026-11-25T01:00:00+00:00", reason = (string?)null } }
            : [
                new { from = (string?)null, to = "Submitted", action = "submit", actorRole = "graduate", at = "2026-11-25T01:00:00+00:00", reason = (string?)null },
                new { from = "Submitted", to = "EmployerConfirmed", action = "employer-confirmation", actorRole = "employer-hr", at = "2026-11-26T02:00:00+00:00", reason = (string?)null },
            ],
        version = 1,
    };

    public static object[] HrApplications(bool confirmed) =>
    [
        BenefitApplication(SubmittedApplicationId, WangXiao, "王晓", "SETTLEMENT_GRANT", 50000m, confirmed ? "EmployerConfirmed" : "Submitted"),
        BenefitApplication("0193a000-0000-7000-8000-0000000000c6", ZhangWei, "张伟", "LIVING_ALLOWANCE", 100000m, "EmployerConfirmed"),
    ];
}
