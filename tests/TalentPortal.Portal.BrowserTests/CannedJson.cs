namespace TalentPortal.Portal.BrowserTests;

/// <summary>Responses in the shapes policy-matching returns (see PolicyResultResponse and ApplicationResponse).</summary>
internal static partial class CannedJson
{
    public const string Eligibility = """
    {"talentId":"0192f000-0000-7000-8000-000000000001","displayName":"李明","asOf":"2026-11-27","policies":[
      {"policyCode":"LIVING_ALLOWANCE","name":{"zh":"新引进大学生生活补贴","en":"Living allowance for newly recruited graduates"},"versionId":"2021-10","asOf":"2026-11-27",
       "outcome":"Eligible","summary":{"zh":"您符合新引进大学生生活补贴的全部条件。","en":"You meet every condition of the living allowance."},
       "benefit":{"kind":"OneOff","amount":30000.00,"baseAmount":30000.00,"upliftAmount":0,"payments":[{"sequence":1,"dueDate":"2026-12-15","amount":30000.00}],"rentSteps":[],"upTo":null,"requiresManualReview":false,"description":{"zh":"一次性发放","en":"Paid once"}},
       "reasons":[
         {"criterion":"full-time","fact":"fullTime","actual":"true","required":"= true","verdict":"Pass","text":{"zh":"全日制学历","en":"Full-time degree"},"clause":"第二条第（一）项","decisive":false},
         {"criterion":"degree","fact":"degreeLevel","actual":"Master","required":"≥ Bachelor","verdict":"Pass","text":{"zh":"学历为本科及以上（硕士）","en":"Bachelor's degree or higher (Master)"},"clause":"第二条第（一）项","decisive":false},
         {"criterion":"insured-locally","fact":"socialInsuranceMonths","actual":"5","required":"≥ 1","verdict":"Pass","text":{"zh":"在本地缴纳社保满 1 个月（已缴 5 个月）","en":"At least 1 month of local social insurance (5 paid)"},"clause":"第二条第（三）项","decisive":false}],
       "missingFacts":[],"counterfactuals":[],"eligibleFrom":null,"exclusionGroup":null,"granted":true,"excludedBy":null,"exclusionReason":null},
      {"policyCode":"SETTLEMENT_GRANT","name":{"zh":"高校毕业生安家补助","en":"Settlement grant for graduates"},"versionId":"2025","asOf":"2026-11-27",
       "outcome":"Eligible","summary":{"zh":"您可分三年领取安家补助。","en":"You can receive the settlement grant over three years."},
       "benefit":{"kind":"Instalments","amount":50000.00,"baseAmount":50000.00,"upliftAmount":0,"payments":[{"sequence":1,"dueDate":"2027-01-15","amount":20000.00},{"sequence":2,"dueDate":"2028-01-15","amount":20000.00},{"sequence":3,"dueDate":"2029-01-15","amount":10000.00}],"rentSteps":[],"upTo":null,"requiresManualReview":false,"description":{"zh":"按 40%/40%/20% 分三年发放","en":"40/40/20 over three years"}},
       "reasons":[{"criterion":"degree","fact":"degreeLevel","actual":"Master","required":"≥ Master","verdict":"Pass","text":{"zh":"硕士研究生及以上学历","en":"Master's degree or higher"},"clause":"第三条","decisive":false}],
       "missingFacts":[],"counterfactuals":[],"eligibleFrom":null,"exclusionGroup":null,"granted":true,"excludedBy":null,"exclusionReason":null,
       "pendingVerification":["degreeLevel","graduationDate"],"pendingVerificationNames":[{"zh":"学历","en":"degree level"},{"zh":"毕业时间","en":"graduation date"}]},
      {"policyCode":"HOME_PURCHASE_SUBSIDY","name":{"zh":"人才购房补贴","en":"Home purchase subsidy for talents"},"versionId":"2024","asOf":"2026-11-27",
       "outcome":"NotEligible","summary":{"zh":"社保缴纳月数不足，暂不符合购房补贴条件。","en":"Not enough months of social insurance yet for the home purchase subsidy."},
       "benefit":{"kind":"OneOff","amount":80000.00,"baseAmount":80000.00,"upliftAmount":0,"payments":[],"rentSteps":[],"upTo":null,"requiresManualReview":false,"description":{"zh":"一次性发放","en":"Paid once"}},
       "reasons":[
         {"criterion":"insured-6-months","fact":"socialInsuranceMonths","actual":"5","required":"≥ 6","verdict":"Fail","text":{"zh":"在本地连续缴纳社保满 6 个月（已缴 5 个月）","en":"6 months of local social insurance (5 paid)"},"clause":"第四条第（二）项","decisive":true},
         {"criterion":"first-home","fact":"firstHomePurchase","actual":"true","required":"= true","verdict":"Pass","text":{"zh":"在本市首次购房","en":"First home purchase in the city"},"clause":"第四条第（一）项","decisive":false}],
       "missingFacts":[],
       "counterfactuals":[{"criterion":"insured-6-months","kind":"WaitUntil","fact":"socialInsuranceMonths","required":"≥ 6","date":"2027-01-01","text":{"zh":"继续缴纳社保，2027年1月1日起满 6 个月即可符合条件","en":"Keep paying social insurance: you reach 6 months on 1 January 2027"}}],
       "eligibleFrom":"2027-01-01","exclusionGroup":"housing","granted":false,"excludedBy":null,"exclusionReason":null},
      {"policyCode":"TALENT_APARTMENT","name":{"zh":"人才公寓租住","en":"Talent apartment"},"versionId":"2025","asOf":"2026-11-27",
       "outcome":"Unknown","summary":{"zh":"尚不清楚您是否在本地拥有住房，请补充信息。","en":"We do not know yet whether you own a home locally; please tell us."},
       "benefit":{"kind":"TalentApartment","amount":null,"baseAmount":null,"upliftAmount":0,"payments":[],"rentSteps":[{"year":1,"discountPercent":100},{"year":2,"discountPercent":70},{"year":3,"discountPercent":50}],"upTo":null,"requiresManualReview":false,"description":{"zh":"前三年租金减免","en":"Rent discount for three years"}},
       "reasons":[{"criterion":"no-home","fact":"ownsHomeLocally","actual":"?","required":"= false","verdict":"Unknown","text":{"zh":"在本地无自有住房","en":"No home of your own locally"},"clause":"第五条","decisive":true}],
       "missingFacts":["ownsHomeLocally"],
       "counterfactuals":[{"criterion":"no-home","kind":"ProvideFact","fact":"ownsHomeLocally","required":"= false","date":null,"text":{"zh":"请补充本地住房情况（不动产登记信息）","en":"Tell us whether you own a home locally (property register)"}}],
       "eligibleFrom":null,"exclusionGroup":"housing","granted":false,"excludedBy":null,"exclusionReason":null},
      {"policyCode":"RENTAL_SUBSIDY","name":{"zh":"租房补贴","en":"Rental subsidy"},"versionId":"2024","asOf":"2026-11-27",
       "outcome":"Unknown","summary":{"zh":"尚不清楚您是否在本地拥有住房，请补充信息。","en":"We do not know yet whether you own a home locally; please tell us."},
       "benefit":{"kind":"Instalments","amount":36000,"baseAmount":36000,"upliftAmount":0,"payments":[],"rentSteps":[],"upTo":null,"requiresManualReview":false,"description":null},
       "reasons":[{"criterion":"no-home","fact":"ownsHomeLocally","actual":"?","required":"= false","verdict":"Unknown","text":{"zh":"在本地无自有住房","en":"No home of your own locally"},"clause":"第三条","decisive":true}],
       "missingFacts":["ownsHomeLocally"],
       "counterfactuals":[{"criterion":"no-home","kind":"ProvideFact","fact":"ownsHomeLocally","required":"= false","date":null,"text":{"zh":"请补充本地住房情况（不动产登记信息）","en":"Tell us whether you own a home locally (property register)"}}],
       "eligibleFrom":null,"exclusionGroup":"housing","granted":false,"excludedBy":null,"exclusionReason":null},
      {"policyCode":"GRADUATE_STARTUP","name":{"zh":"大学生创业扶持","en":"Graduate start-up support"},"versionId":"2022","asOf":"2026-11-27",
       "outcome":"Unknown","summary":{"zh":"尚缺创业项目信息，暂无法判断。","en":"Start-up facts are missing, so this cannot be decided yet."},
       "benefit":{"kind":"Instalments","amount":null,"baseAmount":null,"upliftAmount":0,"payments":[],"rentSteps":[],"upTo":null,"requiresManualReview":false,"description":null},
       "reasons":[
         {"criterion":"registered-in-zone","fact":"startupRegisteredInZone","actual":"?","required":"= true","verdict":"Unknown","text":{"zh":"创业企业在新区注册","en":"Start-up registered in the zone"},"clause":"第四条","decisive":true},
         {"criterion":"graded","fact":"startupGrade","actual":"?","required":"A, B, C","verdict":"Unknown","text":{"zh":"创业项目获评等级","en":"Start-up graded"},"clause":"第五条","decisive":true}],
       "missingFacts":["startupRegisteredInZone","startupGrade"],
       "counterfactuals":[],
       "eligibleFrom":null,"exclusionGroup":null,"granted":false,"excludedBy":null,"exclusionReason":null}]}
    """;

    public const string Catalogue = """
    [{"code":"LIVING_ALLOWANCE","name":{"zh":"新引进大学生生活补贴","en":"Living allowance for newly recruited graduates"},"category":"Allowance",
      "authority":{"zh":"湖州市人力资源和社会保障局","en":"Huzhou Human Resources and Social Security Bureau"},"legalReference":"《湖州市新引进大学生生活补贴实施办法》（2019年）",
      "oncePerPerson":true,"exclusionGroup":null,"versions":[{"id":"2021-10","effectiveFrom":"2021-10-14","effectiveTo":null,"document":"","benefitKind":"OneOff"}]},
     {"code":"SETTLEMENT_GRANT","name":{"zh":"高校毕业生安家补助","en":"Settlement grant for graduates"},"category":"Allowance",
      "authority":{"zh":"南太湖新区管委会","en":"South Taihu New Area Administrative Committee"},"legalReference":"","oncePerPerson":true,"exclusionGroup":null,
      "versions":[{"id":"2025","effectiveFrom":"2025-01-01","effectiveTo":null,"document":"","benefitKind":"Instalments"}]}]
    """;

    public const string SubmittedApplication = """
    {"id":"0193a000-0000-7000-8000-0000000000a1","talentId":"0192f000-0000-7000-8000-000000000001","applicantName":"李明","employerId":null,"street":"凤凰街道",
     "policyCode":"LIVING_ALLOWANCE","policyVersionId":"2021-10","benefitKind":"OneOff","amount":30000.00,"state":"Submitted","submittedAt":"2026-11-27T02:15:00+00:00",
     "noticeStart":null,"noticeEnd":null,"approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],
     "history":[{"from":null,"to":"Submitted","action":"submit","actorId":"grad.demo","actorRole":"graduate","at":"2026-11-27T02:15:00+00:00","reason":null}],"version":1}
    """;

    public const string MyApplications = """
    [{"id":"0193a000-0000-7000-8000-0000000000b2","talentId":"0192f000-0000-7000-8000-000000000001","applicantName":"李明","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"凤凰街道",
      "policyCode":"SETTLEMENT_GRANT","policyVersionId":"2025","benefitKind":"Instalments","amount":50000.00,"state":"PublicNotice","submittedAt":"2026-11-02T01:00:00+00:00",
      "noticeStart":"2026-11-24","noticeEnd":"2026-11-30","approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],
      "history":[
        {"from":null,"to":"Submitted","action":"submit","actorId":"grad.demo","actorRole":"graduate","at":"2026-11-02T01:00:00+00:00","reason":null},
        {"from":"Submitted","to":"EmployerConfirmed","action":"employer-confirmation","actorId":"hr.weilan","actorRole":"employer-hr","at":"2026-11-05T06:30:00+00:00","reason":null},
        {"from":"EmployerConfirmed","to":"Returned","action":"return","actorId":"official.zone","actorRole":"official","at":"2026-11-10T03:00:00+00:00","reason":"请补充劳动合同扫描件"},
        {"from":"Returned","to":"EmployerConfirmed","action":"resubmit","actorId":"grad.demo","actorRole":"graduate","at":"2026-11-12T08:00:00+00:00","reason":null},
        {"from":"EmployerConfirmed","to":"PublicNotice","action":"public-notice","actorId":"official.zone","actorRole":"official","at":"2026-11-21T02:00:00+00:00","reason":null}],"version":6},
     {"id":"0193a000-0000-7000-8000-0000000000b3","talentId":"0192f000-0000-7000-8000-000000000001","applicantName":"李明","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"凤凰街道",
      "policyCode":"LIVING_ALLOWANCE","policyVersionId":"2021-10","benefitKind":"OneOff","amount":100000.00,"state":"Approved","submittedAt":"2026-09-01T01:00:00+00:00",
      "noticeStart":"2026-09-10","noticeEnd":"2026-09-16","approvedAt":"2026-09-17T02:00:00+00:00","instalments":[],"rentSteps":[],"objections":[],
      "history":[
        {"from":null,"to":"Submitted","action":"submit","actorId":"grad.demo","actorRole":"graduate","at":"2026-09-01T01:00:00+00:00","reason":null},
        {"from":"Submitted","to":"EmployerConfirmed","action":"employer-confirmation","actorId":"hr.weilan","actorRole":"employer-hr","at":"2026-09-02T06:30:00+00:00","reason":null},
        {"from":"EmployerConfirmed","to":"PublicNotice","action":"public-notice","actorId":"official.zone","actorRole":"official","at":"2026-09-09T02:00:00+00:00","reason":null},
        {"from":"PublicNotice","to":"Approved","action":"approval","actorId":"official.zone","actorRole":"official","at":"2026-09-17T02:00:00+00:00","reason":null}],"version":4}]
    """;

    public const string ApprovedApplicationId = "0193a000-0000-7000-8000-0000000000b3";

    /// <summary>The decision receipt of <see cref="ApprovedApplicationId"/>, shaped like policy-matching's ReceiptResponse.</summary>
    public const string Receipt = """
    {"applicationId":"0193a000-0000-7000-8000-0000000000b3","talentId":"0192f000-0000-7000-8000-000000000001","applicantName":"李明","policyCode":"LIVING_ALLOWANCE",
     "policyDocumentId":"0193b000-0000-7000-8000-000000000001","policyVersionId":"2021-10","policySha256":"5d41402abc4b2a76b9719d911017c592aabbccddeeff00112233445566778899",
     "engineVersion":"3","asOf":"2026-09-17",
     "inputs":[
       {"key":"degreeLevel","name":{"zh":"学历","en":"degree level"},"value":"Doctorate","source":"OfficialVerified","by":"official.zone","at":"2026-09-05T02:00:00+00:00","evidenceIds":["0197d000-0000-7000-8000-0000000000f9"],"reference":"A1B2C3D4E5F6G7H8 (2026-09-04)"},
       {"key":"graduationDate","name":{"zh":"毕业时间","en":"graduation date"},"value":"2025-06-30","source":"OfficialVerified","by":"official.zone","at":"2026-09-05T02:00:00+00:00","evidenceIds":[],"reference":null},
       {"key":"employmentStartDate","name":{"zh":"来湖就业时间","en":"start of local employment"},"value":"2026-03-01","source":"EmployerAttested","by":"employer:0192f000-0000-7000-8000-0000000000e1","at":"2026-03-02T02:00:00+00:00","evidenceIds":[],"reference":null}],
     "trace":[
       {"id":"degree","path":"all/degree","kind":"Compare","verdict":"Pass","fact":"degreeLevel","actual":"Doctorate","required":"≥ Bachelor","text":{"zh":"学历为本科及以上（博士）","en":"Bachelor's degree or higher (doctorate)"},"clause":"《湖州市新引进大学生生活补贴实施办法》第三条","decisive":true}],
     "outcome":"Eligible","amount":100000.00,"identityStatus":"Verified","approvedBy":"official.zone","approvedByRole":"official","approvedAt":"2026-09-17T02:00:00+00:00"}
    """;

    public const string ReviewQueue = """
    [{"id":"0193a000-0000-7000-8000-0000000000c1","talentId":"0192f000-0000-7000-8000-000000000011","applicantName":"张伟","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"凤凰街道",
      "policyCode":"LIVING_ALLOWANCE","policyVersionId":"2021-10","benefitKind":"OneOff","amount":100000.00,"state":"EmployerConfirmed","submittedAt":"2026-11-20T01:00:00+00:00",
      "noticeStart":null,"noticeEnd":null,"approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],
      "history":[
        {"from":null,"to":"Submitted","action":"submit","actorId":"zhang.wei","actorRole":"graduate","at":"2026-11-20T01:00:00+00:00","reason":null},
        {"from":"Submitted","to":"EmployerConfirmed","action":"employer-confirmation","actorId":"hr.weilan","actorRole":"employer-hr","at":"2026-11-21T02:00:00+00:00","reason":null}],"version":2},
     {"id":"0193a000-0000-7000-8000-0000000000c2","talentId":"0192f000-0000-7000-8000-000000000012","applicantName":"王晓","employerId":"0192f000-0000-7000-8000-0000000000e1","street":"滨湖街道",
      "policyCode":"SETTLEMENT_GRANT","policyVersionId":"2025","benefitKind":"Instalments","amount":50000.00,"state":"EmployerConfirmed","submittedAt":"2026-11-22T05:30:00+00:00",
      "noticeStart":null,"noticeEnd":null,"approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],
      "history":[
        {"from":null,"to":"Submitted","action":"submit","actorId":"wang.xiao","actorRole":"graduate","at":"2026-11-22T05:30:00+00:00","reason":null},
        {"from":"Submitted","to":"EmployerConfirmed","action":"employer-confirmation","actorId":"hr.weilan","actorRole":"employer-hr","at":"2026-11-23T01:10:00+00:00","reason":null}],"version":2}]
    """;

    public static string Decided(Guid id, string state) => $$"""
    {"id":"{{id}}","talentId":"0192f000-0000-7000-8000-000000000011","applicantName":"张伟","employerId":null,"street":"凤凰街道","policyCode":"LIVING_ALLOWANCE",
     "policyVersionId":"2021-10","benefitKind":"OneOff","amount":100000.00,"state":"{{state}}","submittedAt":"2026-11-20T01:00:00+00:00","noticeStart":null,"noticeEnd":null,
     "approvedAt":null,"instalments":[],"rentSteps":[],"objections":[],"history":[],"version":3}
    """;
}
