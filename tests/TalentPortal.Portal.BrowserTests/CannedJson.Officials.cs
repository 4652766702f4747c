namespace TalentPortal.Portal.BrowserTests;

/// <summary>Officials' and admins' responses: applications in notice (policy-matching ApplicationResponse), intake
/// (talent-registry IntakeResponse, IntakeTargetResponse), the housing dashboard and policy drafts, diffs and jobs.</summary>
internal static partial class CannedJson
{
    public const string WangXiao = "0193a000-0000-7000-8000-0000000000d1";
    public const string LiuYang = "0193a000-0000-7000-8000-0000000000d2";
    public const string OpenObjection = "0193b000-0000-7000-8000-0000000000f1";
    public const string DraftId = "0193c000-0000-7000-8000-0000000000a7";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>王晓's notice runs (one open objection); 刘洋's ended three days ago (its objection dismissed).</summary>
    public static string InNotice() => $$"""
    [{"id":"{{WangXiao}}","talentId":"0192f000-0000-7000-8000-000000000012","applicantName":"王晓","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"滨湖街道",
      "policyCode":"SETTLEMENT_GRANT","policyVersionId":"2025","benefitKind":"Instalments","amount":50000.00,"state":"PublicNotice","submittedAt":"2026-11-02T01:00:00+00:00",
      "noticeStart":"{{Day(-1)}}","noticeEnd":"{{Day(6)}}","approvedAt":null,"instalments":[],"rentSteps":[],
      "objections":[{"id":"{{OpenObjection}}","text":"来电反映：该申请人已在外地领取同类安家补助。","lodgedBy":"official.zone","lodgedAt":"2026-11-25T02:00:00+00:00","state":"Open","resolution":null,"resolvedBy":null,"resolvedAt":null}],
      "history":[{"from":"EmployerConfirmed","to":"PublicNotice","action":"approve-for-notice","actorId":"official.zone","actorRole":"official","at":"2026-11-21T02:00:00+00:00","reason":null}],"version":4},
     {"id":"{{LiuYang}}","talentId":"0192f000-0000-7000-8000-000000000013","applicantName":"刘洋","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"凤凰街道",
      "policyCode":"LIVING_ALLOWANCE","policyVersionId":"2021-10","benefitKind":"OneOff","amount":100000.00,"state":"PublicNotice","submittedAt":"2026-10-20T01:00:00+00:00",
      "noticeStart":"{{Day(-10)}}","noticeEnd":"{{Day(-3)}}","approvedAt":null,"instalments":[],"rentSteps":[],
      "objections":[{"id":"0193b000-0000-7000-8000-0000000000f2","text":"反映其学历证书存疑。","lodgedBy":"official.zone","lodgedAt":"2026-11-10T02:00:00+00:00","state":"Dismissed","resolution":"经学信网核验，学历真实有效。","resolvedBy":"official.zone","resolvedAt":"2026-11-11T02:00:00+00:00"}],
      "history":[{"from":"EmployerConfirmed","to":"PublicNotice","action":"approve-for-notice","actorId":"official.zone","actorRole":"official","at":"2026-11-10T02:00:00+00:00","reason":null}],"version":5}]
    """;

    public static string NoticeAfter(Guid id, string state) => $$"""
    {"id":"{{id}}","talentId":"0192f000-0000-7000-8000-000000000012","applicantName":"{{(id.ToString() == LiuYang ? "刘洋" : "王晓")}}","employerId":null,"street":"滨湖街道",
     "policyCode":"SETTLEMENT_GRANT","policyVersionId":"2025","benefitKind":"Instalments","amount":50000.00,"state":"{{state}}","submittedAt":"2026-11-02T01:00:00+00:00",
     "noticeStart":"{{Day(-1)}}","noticeEnd":"{{Day(6)}}","approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],"history":[],"version":5}
    """;

    /// <summary>2026-01 … 2026-03, 12 people; every breakdown adds up to the same monthly totals (4, 4, 4).</summary>
    public static string Intake(string by) => by switch
    {
        "degree" => IntakeOf("degree", """
            {"key":{"degree":"Master"},"count":5,"series":[2,1,2]},{"key":{"degree":"Bachelor"},"count":4,"series":[1,2,1]},{"key":{"degree":"Doctorate"},"count":3,"series":[1,1,1]}
            """),
        "street" => IntakeOf("street", """
            {"key":{"street":"凤凰街道"},"count":7,"series":[3,2,2]},{"key":{"street":"滨湖街道"},"count":5,"series":[1,2,2]}
            """),
        "industryChain" => IntakeOf("industryChain", """
            {"key":{"industryChain":"LithiumBatteries"},"count":6,"series":[2,2,2]},{"key":{"industryChain":"Semiconductors"},"count":4,"series":[1,1,2]},{"key":{"industryChain":"DigitalEconomy"},"count":2,"series":[1,1,0]}
            """),
        _ => IntakeOf(by, ""),
    };

    private static string IntakeOf(string by, string groups) => $$"""
    {"from":"2026-01","to":"2026-03","by":["{{by}}"],"total":12,"months":["2026-01","2026-02","2026-03"],"series":[4,4,4],"groups":[{{groups}}]}
    """;

    public const string IntakeCsv = "degree,street,industryChain,month,count\r\nDoctorate,凤凰街道,LithiumBatteries,2026-01,1\r\nMaster,滨湖街道,Semiconductors,2026-02,1\r\n";

    public const string IntakeTargets = """
    [{"id":"0193d000-0000-7000-8000-000000000001","year":2026,"street":null,"degree":"Doctorate","targetCount":10,"achieved":3,"remaining":7,"monthsElapsed":3,"monthsRemaining":9,
      "paceSoFar":1.0,"paceNeeded":0.8,"forecast":12.0,"onTrack":true,"version":1},
     {"id":"0193d000-0000-7000-8000-000000000002","year":2026,"street":"凤凰街道","degree":null,"targetCount":60,"achieved":7,"remaining":53,"monthsElapsed":3,"monthsRemaining":9,
      "paceSoFar":2.3,"paceNeeded":5.9,"forecast":28.0,"onTrack":false,"version":1}]
    """;

    public const string TargetsCsv = "year,street,degree,targetCount,achieved\r\n2026,,Doctorate,10,3\r\n";

    public const string ServiceDashboard = """
    {"asOf":"2026-11-27T02:00:00+00:00","from":null,"to":null,"street":null,"category":null,"definitions":"total = Σ byStatus; ...",
     "overall":{"dimension":"all","key":"all","total":8,"byStatus":{"Submitted":1,"Accepted":1,"InProgress":1,"Resolved":2,"ExplainedNotAdoptable":1,"Merged":1,"Withdrawn":1},
       "open":3,"closed":3,"openOverdue":1,"closedOnTime":2,"onTimeRate":0.5,"surveys":2,"averageSatisfaction":3.5,"averageDaysToClose":2.4},
     "byCategory":[
       {"dimension":"category","key":"MedicalGreenChannel","total":3,"byStatus":{"Submitted":0,"Accepted":1,"InProgress":0,"Resolved":1,"ExplainedNotAdoptable":0,"Merged":0,"Withdrawn":1},
        "open":1,"closed":1,"openOverdue":0,"closedOnTime":1,"onTimeRate":1.0,"surveys":1,"averageSatisfaction":4.0,"averageDaysToClose":0.9},
       {"dimension":"category","key":"SchoolPlace","total":5,"byStatus":{"Submitted":1,"Accepted":0,"InProgress":1,"Resolved":1,"ExplainedNotAdoptable":1,"Merged":1,"Withdrawn":0},
        "open":2,"closed":2,"openOverdue":1,"closedOnTime":1,"onTimeRate":0.3333,"surveys":1,"averageSatisfaction":3.0,"averageDaysToClose":3.2}],
     "byStreet":[{"dimension":"street","key":"凤凰街道","total":8,"byStatus":{"Submitted":1,"Accepted":1,"InProgress":1,"Resolved":2,"ExplainedNotAdoptable":1,"Merged":1,"Withdrawn":1},
       "open":3,"closed":3,"openOverdue":1,"closedOnTime":2,"onTimeRate":0.5,"surveys":2,"averageSatisfaction":3.5,"averageDaysToClose":2.4}],
     "byMonth":[{"dimension":"month","key":"2026-11","total":8,"byStatus":{"Submitted":1,"Accepted":1,"InProgress":1,"Resolved":2,"ExplainedNotAdoptable":1,"Merged":1,"Withdrawn":1},
       "open":3,"closed":3,"openOverdue":1,"closedOnTime":2,"onTimeRate":0.5,"surveys":2,"averageSatisfaction":3.5,"averageDaysToClose":2.4}]}
    """;

    public const string ServiceDashboardCsv = "dimension,key,total,Submitted,Accepted,InProgress,Resolved,ExplainedNotAdoptable,Merged,Withdrawn,open,closed,openOverdue,closedOnTime,onTimeRate,surveys,averageSatisfaction,averageDaysToClose\r\nall,all,8,1,1,1,2,1,1,1,3,3,1,2,0.5000,2,3.50,2.4\r\n";

    public const string Draft = $$"""
    {"id":"{{DraftId}}","code":"LIVING_ALLOWANCE","state":"Draft","createdAt":"2026-11-27T02:00:00+00:00",
     "versions":[{"id":"2021-10","effectiveFrom":"2021-10-14","effectiveTo":"2026-12-31","document":"","benefitKind":"OneOff"},
                 {"id":"2027","effectiveFrom":"2027-01-01","effectiveTo":null,"document":"《关于调整生活补贴标准的通知》（2026年）","benefitKind":"OneOff"}]}
    """;

    public const string InvalidPolicyFile = """
    {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Invalid policy file","status":400,"detail":"draft.yaml has 1 error.",
     "errors":[{"file":"draft.yaml","path":"versions[1].criteria.all[1].fact","problem":"unknown fact 'degreeLvl'","line":14}]}
    """;

    /// <summary>One failed registration in policy-matching (the gateway's merged operations view), or none once discarded.</summary>
    public static string FailedMessages(bool discarded) => discarded
        ? """{"services":[{"service":"talent-registry","groups":[]},{"service":"policy-matching","groups":[]},{"service":"housing","groups":[]}]}"""
        : """
          {"services":[{"service":"talent-registry","groups":[]},{"service":"policy-matching","groups":[
            {"id":"9f1c2b7e0d3a4c5b8e6f7a8b9c0d1e2f","kind":"FailedDelivery","messageType":"TalentPortal.Contracts.TalentRegistry.TalentRegistered",
             "cause":"NullReferenceException: Object reference not set to an instance of an object.","count":1,
             "firstSeen":"2026-12-01T02:00:00Z","lastSeen":"2026-12-01T02:00:00Z",
             "sample":{"talentId":"0192f000-0000-7000-8000-000000000031","displayName":"***练","education":null},"stream":null,
             "messages":[{"id":"0192f000-0000-7000-8000-0000000000f1","subject":null,"sequence":null,"at":"2026-12-01T02:00:00Z","failures":1}]}]},
           {"service":"housing","groups":[]}]}
          """;

    /// <summary>The preview job over 200 talents: running (half done), or completed with <see cref="DraftDiff"/>.</summary>
    public static string DiffJob(bool running) =>
        $$"""{"id":"0192f000-0000-7000-8000-0000000000d1","draftId":"0192f000-0000-7000-8000-0000000000d0","policyCode":"LIVING_ALLOWANCE","asOf":"2027-01-01","state":"{{(running ? "Running" : "Completed")}}","total":200,"processed":{{(running ? 100 : 200)}},"skipped":0,"createdAt":"2026-12-01T02:00:00Z","finishedAt":{{(running ? "null" : "\"2026-12-01T02:00:03Z\"")}},"error":null,"result":{{(running ? "null" : DraftDiff)}}}""";

    /// <summary>Two gain, one loses, one's amount doubles; ¥80,000 more in all.</summary>
    public const string DraftDiff = """
    {"policyCode":"LIVING_ALLOWANCE","asOf":"2027-01-01","talentsEvaluated":200,"gains":2,"losses":1,"amountChanges":1,"moneyBefore":3000000.00,"moneyAfter":3080000.00,
     "changes":[
       {"talentId":"0192f000-0000-7000-8000-000000000021","displayName":"赵磊","before":"NotEligible","after":"Eligible","amountBefore":null,"amountAfter":30000.00},
       {"talentId":"0192f000-0000-7000-8000-000000000022","displayName":"孙丽","before":"Unknown","after":"Eligible","amountBefore":null,"amountAfter":10000.00},
       {"talentId":"0192f000-0000-7000-8000-000000000023","displayName":"周强","before":"Eligible","after":"NotEligible","amountBefore":10000.00,"amountAfter":null},
       {"talentId":"0192f000-0000-7000-8000-000000000024","displayName":"吴敏","before":"Eligible","after":"Eligible","amountBefore":50000.00,"amountAfter":100000.00}]}
    """;

    public static string RematchJob(Guid id, string state, int processed) => $$"""
    {"id":"{{id}}","version":1,"policyCode":"LIVING_ALLOWANCE","total":200,"processed":{{processed}},"changed":{{processed / 50}},"state":"{{state}}",
     "createdAt":"2026-11-27T02:00:00+00:00","finishedAt":{{(state == "Completed" ? "\"2026-11-27T02:00:09+00:00\"" : "null")}},"error":null}
    """;
}
