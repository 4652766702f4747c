using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.Mongo;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Every type talent-registry persists survives the MongoDB adapter's BSON mapping.</summary>
public sealed class BsonRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly PersonalData PersonalData = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    public BsonRoundTripTests() => MongoMapping.Register();

    private static T RoundTrip<T>(T value) => BsonSerializer.Deserialize<T>(value.ToBsonDocument());

    private static Employer Employer() =>
        Domain.Employer.Register(Guid.NewGuid(), "卫蓝新能源", "913305017526750199", "凤凰街道", IndustryChain.LithiumBatteries, EmployerType.Enterprise, "seed", Now);

    private static Talent Talent()
    {
        _ = NationalId.TryParse("330502199503151239", out var id, out _);
        return Domain.Talent.Register(Guid.NewGuid(), "张伟", id!, PersonalData, "13800001234", null, false, "C",
            [new EducationRecord { DegreeLevel = DegreeLevel.Doctorate, FullTime = true, University = "浙江大学", UniversityTier = UniversityTier.Tier985, GraduationDate = new DateOnly(2025, 6, 30) }],
            FactProvenance.Of(FactSources.SelfDeclared, "tester", Now), IdentityMethod.Registration);
    }

    [Fact]
    public void EmployerAndTalent_roundTrip()
    {
        var employer = Employer();
        var talent = Talent();
        talent.ChangeEmail("a@b.cn");
        talent.ChangeFact(Facts.HukouHuzhou, "true", FactProvenance.Of(FactSources.OfficialVerified, "official", Now));
        talent.ChangeFact(Facts.OwnsHomeLocally, "true", FactProvenance.Of(FactSources.SelfDeclared, "tester", Now));
        talent.ChangeFact(Facts.HukouHuzhou, "false", FactProvenance.Of(FactSources.SelfDeclared, "tester", Now));
        talent.AttestIdentity(FactProvenance.Of(FactSources.EmployerAttested, "hr", Now), IdentityMethod.Hire);

        var person = talent.ToPersonEntry();

        Assert.Equivalent(employer, RoundTrip(employer));
        Assert.Equivalent(person, RoundTrip(person));
        Assert.Equal(PersonEntry.IdOf(talent.PersonKey), person.Id);
        var back = RoundTrip(talent);
        Assert.Equivalent(talent, back);
        Assert.Equal("LithiumBatteries", employer.ToBsonDocument()["IndustryChain"].AsString);
    }

    [Fact]
    public void Employment_confirmedAndEnded_roundTrips()
    {
        var employment = Talent().ConfirmEmployment(Employer(), new EmploymentTerms(new DateOnly(2026, 3, 1), new DateOnly(2029, 2, 28), "工程师", 3), "hr", Now, Now);
        employment.End(new DateOnly(2026, 9, 30), "离职", Now);

        var back = RoundTrip(employment);

        Assert.Equivalent(employment, back);
        Assert.Equal("2026-03-01", employment.ToBsonDocument()["StartDate"].AsString);
        Assert.Equal(EmploymentStatus.Ended, back.Status);
    }

    [Fact]
    public void IntakeRecordTargetJobAndRejection_roundTrip()
    {
        var talent = Talent();
        var record = IntakeRecord.For(talent, talent.ConfirmEmployment(Employer(), new EmploymentTerms(new DateOnly(2026, 3, 1), null, null, 0), "hr", Now, Now), new DateOnly(2026, 6, 1));
        var target = IntakeTarget.Set(2026, null, DegreeLevel.Master, 500, "official", Now);
        var job = ImportJob.Submit("hires.csv", 10, "official", "official", null, "凤凰街道", Now);
        job.Start(Now);
        job.RecordBatch(10, 8, 7, 0, 1, 1);
        var rejection = new ImportRejection { JobId = job.Id, Row = 3, Reasons = ["身份证号: check character does not match (GB 11643)."] };

        Assert.Equivalent(record, RoundTrip(record));
        Assert.Equivalent(target, RoundTrip(target));
        Assert.True(target.ToBsonDocument()["Street"].IsBsonNull);
        Assert.Equivalent(job, RoundTrip(job));
        Assert.Equivalent(rejection, RoundTrip(rejection));
    }

    [Fact]
    public void IdentityClaimAndFactVerification_roundTrip()
    {
        var talent = Talent();
        var claim = IdentityClaim.Open(ClaimKind.Link, "account", Guid.NewGuid(), talent, "张伟", "cipher", null, null, true, talent.Education, Now);
        claim.Decide(true, "人证一致", "official", Now, talent.Id);
        var change = talent.ChangeFact(Facts.OwnsHomeLocally, "true", FactProvenance.Of(FactSources.SelfDeclared, "tester", Now))!;
        var verification = FactVerification.Request(talent, change, "tester", Now);
        verification.Decide(false, "无不动产登记", "official", Now);

        Assert.Equivalent(claim, RoundTrip(claim));
        Assert.Equivalent(verification, RoundTrip(verification));
        Assert.Equal("Approved", claim.ToBsonDocument()["State"].AsString);
    }

    [Fact]
    public void EvidenceDocumentContentAndAttachment_roundTrip()
    {
        var talent = Talent();
        var change = talent.ChangeFact(Facts.HukouHuzhou, "true", FactProvenance.Of(FactSources.SelfDeclared, "tester", Now))!;
        var verification = FactVerification.Request(talent, change, "tester", Now);
        var pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();
        var document = EvidenceDocument.Submit(talent.Id, Facts.HukouHuzhou, Guid.NewGuid(), "户口簿.pdf", EvidenceTypes.Pdf, pdf, "tester", "graduate", null, Now);
        document.AttachTo(verification);
        document.Use(verification.Id, Now);
        var content = new EvidenceContent { Id = document.Id, Cipher = PersonalData.Protect(pdf) };

        Assert.Equivalent(document, RoundTrip(document));
        Assert.Equivalent(verification, RoundTrip(verification));
        Assert.Equal(pdf, PersonalData.Unprotect(RoundTrip(content).Cipher));
        Assert.Equal("Used", document.ToBsonDocument()["State"].AsString);
    }

    [Fact]
    public void InsuranceRecordAndSummary_roundTrip()
    {
        var talent = Talent();
        var records = new[] { "2025-04", "2025-05" }.Select(m => InsuranceRecord.Record(talent.PersonKey, talent.Id, m, "913305017526750199", true, Now)).ToList();
        talent.RecordInsurance(InsuranceSummary.Of(records, "2025-05", 3, FactProvenance.Of(FactSources.Registry, "insurance-feed", Now)));

        Assert.Equivalent(records[0], RoundTrip(records[0]));
        Assert.Equivalent(talent.Insurance, RoundTrip(talent).Insurance);
        var recorded = talent.ToInsuranceRecorded()!;
        Assert.Equal((talent.Id, 2, 2, 2, "2025-05", Now, "Registry"), (recorded.TalentId, recorded.Months, recorded.ContinuousMonths, recorded.MonthsLast12, recorded.AsOfMonth, recorded.RecordedAt, recorded.Provenance.Source));
    }
}
