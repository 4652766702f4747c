using TalentPortal.Contracts.Housing;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using RuleFacts = TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>policy-matching's snapshot of what it knows about a talent, fed by talent-registry's and housing's
/// events, with the talent's current results. Unknown stays unknown (null) so the engine can answer "Unknown" instead
/// of "no". Each employment is kept on its own, so an end applies to its employment whatever arrives first, and the
/// current one (the confirmed employment that started last) is derived from them.</summary>
public sealed class TalentFacts : IAggregate
{
    public const string TalentApartmentBenefit = "TALENT_APARTMENT";

    private TalentFacts()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string PersonKey { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public bool HukouHuzhou { get; private set; }
    public string? TalentTier { get; private set; }
    public bool? OwnsHomeLocally { get; private set; }
    public bool? FirstHomePurchase { get; private set; }
    public bool? SeniorTechnician { get; private set; }
    public bool? StartupRegisteredInZone { get; private set; }
    public decimal? TeamAverageAge { get; private set; }
    public string? StartupGrade { get; private set; }
    public List<EducationFact> Education { get; private set; } = [];
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Whether the person is known to hold the national ID (<see cref="IdentityStatuses"/>); a record the
    /// registry has not said so of counts as unverified.</summary>
    public string IdentityStatus { get; private set; } = IdentityStatuses.Unverified;

    /// <summary>Where each profile fact's value comes from, by fact key, as the registry last told; a fact without an
    /// entry is self-declared. The current employment's facts are HR's (a confirmed hire).</summary>
    public Dictionary<string, FactProvenance> Provenance { get; private set; } = [];

    // The engine's source map, built from Provenance once per loaded document (a re-match evaluates it per policy).
    private Dictionary<RuleFacts.Fact, RuleFacts.FactSource>? _sources;

    /// <summary>False for facts started by a lease event of housing's stream before talent-registry's registration
    /// was applied: nothing is evaluated until the talent is registered.</summary>
    public bool Registered { get; private set; } = true;

    /// <summary>Every employment the registry told of, confirmed or ended, in any order.</summary>
    public List<EmploymentFact> Employments { get; private set; } = [];

    // The current employment at a zone employer, derived from Employments (kept on the document for store queries).
    public Guid? EmploymentId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public string? EmployerName { get; private set; }
    public string? Street { get; private set; }
    public string? IndustryChain { get; private set; }
    public string? EmployerType { get; private set; }
    public bool? EmployerInZone { get; private set; }
    public DateOnly? EmploymentStart { get; private set; }
    public DateOnly? ContractEnd { get; private set; }
    public DateOnly? EmploymentEnd { get; private set; }

    /// <summary>Months of local social insurance as reported at <see cref="InsuranceReportedOn"/>; later months accrue while employed.</summary>
    public int? SocialInsuranceMonths { get; private set; }
    public DateOnly? InsuranceReportedOn { get; private set; }

    /// <summary>Benefits held: policy codes granted here and <see cref="TalentApartmentBenefit"/> while a lease runs.</summary>
    public List<string> HeldBenefits { get; private set; } = [];

    /// <summary>How many events were applied; a redelivered event must not move it.</summary>
    public int EventsApplied { get; private set; }

    /// <summary>The social-insurance bureau's figures (<c>InsuranceRecorded</c>); null until its file names the talent.
    /// When known they replace the months HR declared, from the feed's month on (no accrual: the next file says).</summary>
    public InsuranceFeed? RegistryInsurance { get; private set; }

    /// <summary>The current result against every published policy (<see cref="EligibilityResults"/>), recomputed when
    /// the facts change or a policy is published; rewritten only when a result moved.</summary>
    public string Results { get; private set; } = "";

    /// <summary>The next day its results could change only because time passed (<see cref="ChangeCalendar"/>), when the
    /// daily re-screen looks at this talent again; null when nothing in the facts moves with time.</summary>
    public DateOnly? NextChangeOn { get; private set; }

    /// <summary>Records newly computed results.</summary>
    public void RecordResults(string results) => Results = results ?? throw new ArgumentNullException(nameof(results));

    /// <summary>Records when the results should next be looked at; true when that moved.</summary>
    public bool PlanNextChange(DateOnly? on)
    {
        var moved = NextChangeOn != on;
        NextChangeOn = on;
        return moved;
    }

    public static TalentFacts From(TalentRegistered registered)
    {
        var facts = new TalentFacts();
        facts.Apply(registered);
        return facts;
    }

    /// <summary>Facts for a talent housing told of before the registration arrived.</summary>
    public static TalentFacts Shell(Guid talentId) => new() { Id = talentId, Registered = false };

    public void Apply(TalentRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        Id = registered.TalentId;
        PersonKey = registered.PersonKey;
        DisplayName = registered.DisplayName;
        BirthDate = registered.BirthDate;
        HukouHuzhou = registered.HukouHuzhou;
        TalentTier = registered.TalentTier;
        Education = [.. registered.Education.Select(EducationFact.From)];
        RegisteredAt = registered.RegisteredAt;
        Registered = true;
        Attest(registered.IdentityStatus, registered.Provenance);
        EventsApplied++;
    }

    public void Apply(TalentProfileUpdated updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        HukouHuzhou = updated.HukouHuzhou;
        TalentTier = updated.TalentTier;
        OwnsHomeLocally = updated.OwnsHomeLocally ?? OwnsHomeLocally;
        FirstHomePurchase = updated.FirstHomePurchase ?? FirstHomePurchase;
        SeniorTechnician = updated.SeniorTechnician;
        StartupRegisteredInZone = updated.StartupRegisteredInZone;
        TeamAverageAge = updated.TeamAverageAge;
        StartupGrade = updated.StartupGrade;
        Education = [.. updated.Education.Select(EducationFact.From)];
        Attest(updated.IdentityStatus, updated.Provenance);
        EventsApplied++;
    }

    /// <summary>The registry's events carry the whole current identity status and provenance.</summary>
    private void Attest(string identityStatus, IReadOnlyDictionary<string, FactProvenanceInfo>? provenance)
    {
        // An event from before identity statuses were carried counts as unverified.
        IdentityStatus = identityStatus ?? IdentityStatuses.Unverified;
        Provenance = provenance?.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => FactProvenance.From(p.Value), StringComparer.Ordinal) ?? [];
        KeepInsuranceProvenance();
        _sources = null;
    }

    /// <summary>Where each input fact of <see cref="ToRuleFacts"/> comes from: the registry's provenance, else HR for
    /// the employment facts (<c>EmploymentConfirmed</c>), else self-declared (no entry).</summary>
    private Dictionary<RuleFacts.Fact, RuleFacts.FactSource> Sources()
    {
        if (_sources is { } known)
        {
            return known;
        }

        var sources = EmploymentFacts.ToDictionary(f => f, _ => RuleFacts.FactSource.EmployerAttested);
        foreach (var (key, provenance) in Provenance)
        {
            if (RuleFacts.FactCatalog.TryParse(key, out var fact) && EnumText.ParseOrNull<RuleFacts.FactSource>(provenance.Source) is { } source)
            {
                sources[fact] = source;
            }
        }

        return _sources = sources;
    }

    /// <summary>Where the value of input fact <paramref name="key"/> comes from, for a decision's receipt: the registry's
    /// provenance; else, for the current employment's facts, HR's confirmation; for benefits held, policy-matching's own
    /// ledger; else the person's own word at registration.</summary>
    public FactProvenance ProvenanceOf(string key)
    {
        if (Provenance.TryGetValue(key, out var known))
        {
            return known;
        }

        if (RuleFacts.FactCatalog.TryParse(key, out var fact) && EmploymentFacts.Contains(fact) && EmployerId is { } employer)
        {
            var confirmedAt = Employments.Find(e => e.EmploymentId == EmploymentId)?.ConfirmedAt;
            return new FactProvenance { Source = FactSources.EmployerAttested, By = $"employer:{employer}", At = confirmedAt ?? RegisteredAt };
        }

        return fact == RuleFacts.Fact.HeldBenefits
            ? new FactProvenance { Source = FactSources.Registry, By = "policy-matching" }
            : new FactProvenance { Source = FactSources.SelfDeclared, By = $"talent:{Id}", At = RegisteredAt };
    }

    private static readonly RuleFacts.Fact[] EmploymentFacts =
    [
        RuleFacts.Fact.EmploymentStartDate, RuleFacts.Fact.ContractEndDate, RuleFacts.Fact.EmployerInZone, RuleFacts.Fact.EmployerType,
        RuleFacts.Fact.IndustryChain, RuleFacts.Fact.EmployedLocally, RuleFacts.Fact.SocialInsuranceMonths,
        RuleFacts.Fact.ContinuousSocialInsuranceMonths, RuleFacts.Fact.SocialInsuranceMonthsLast12,
    ];

    /// <summary>The bureau's file named the talent: its months are Registry facts from now on.</summary>
    public void Apply(InsuranceRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        RegistryInsurance = new InsuranceFeed
        {
            Months = recorded.Months,
            ContinuousMonths = recorded.ContinuousMonths,
            MonthsLast12 = recorded.MonthsLast12,
            AsOfMonth = recorded.AsOfMonth,
            Provenance = FactProvenance.From(recorded.Provenance),
        };
        KeepInsuranceProvenance();
        _sources = null;
        EventsApplied++;
    }

    private static readonly string[] InsuranceKeys = ["socialInsuranceMonths", "continuousSocialInsuranceMonths", "socialInsuranceMonthsLast12"];

    /// <summary>The feed's months come from the feed, whatever the registry's profile events say of other facts.</summary>
    private void KeepInsuranceProvenance()
    {
        if (RegistryInsurance is not { } feed)
        {
            return;
        }

        foreach (var key in InsuranceKeys)
        {
            Provenance[key] = feed.Provenance;
        }
    }

    public void Apply(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        Employment(confirmed.EmploymentId).Confirm(confirmed);
        Refresh();
        EventsApplied++;
    }

    /// <summary>The employment ended: kept on that employment even when its confirmation has not been seen yet.</summary>
    public void Apply(EmploymentEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        Employment(ended.EmploymentId).End(ended.EndDate);
        Refresh();
        EventsApplied++;
    }

    private EmploymentFact Employment(Guid id)
    {
        if (Employments.Count == 0 && EmploymentId is { } stored)
        {
            // Stored before employments were kept one by one: the current employment becomes the first of them.
            Employments.Add(new EmploymentFact
            {
                EmploymentId = stored,
                Confirmed = true,
                EmployerId = EmployerId,
                EmployerName = EmployerName,
                Street = Street,
                IndustryChain = IndustryChain,
                EmployerType = EmployerType,
                EmployerInZone = EmployerInZone,
                StartDate = EmploymentStart,
                ContractEnd = ContractEnd,
                SocialInsuranceMonths = SocialInsuranceMonths,
                InsuranceReportedOn = InsuranceReportedOn,
                EndDate = EmploymentEnd,
            });
        }

        if (Employments.Find(e => e.EmploymentId == id) is not { } employment)
        {
            employment = new EmploymentFact { EmploymentId = id };
            Employments.Add(employment);
        }

        return employment;
    }

    /// <summary>Makes the current-employment fields say what <see cref="Employments"/> say: the confirmed employment
    /// that started last, with its end if it ended.</summary>
    private void Refresh()
    {
        var current = Employments.Where(e => e.Confirmed).OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EmploymentId).FirstOrDefault();
        EmploymentId = current?.EmploymentId;
        EmployerId = current?.EmployerId;
        EmployerName = current?.EmployerName;
        Street = current?.Street;
        IndustryChain = current?.IndustryChain;
        EmployerType = current?.EmployerType;
        EmployerInZone = current?.EmployerInZone;
        EmploymentStart = current?.StartDate;
        ContractEnd = current?.ContractEnd;
        EmploymentEnd = current?.EndDate;
        SocialInsuranceMonths = current?.SocialInsuranceMonths;
        InsuranceReportedOn = current?.InsuranceReportedOn;
    }

    public void Apply(LeaseStarted lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        Hold(TalentApartmentBenefit);
        EventsApplied++;
    }

    public void Apply(LeaseEnded lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        HeldBenefits.Remove(TalentApartmentBenefit);
        EventsApplied++;
    }

    public void Hold(string benefit)
    {
        if (!HeldBenefits.Contains(benefit))
        {
            HeldBenefits.Add(benefit);
        }
    }

    public bool EmployedOn(DateOnly day) => EmploymentStart is { } start && start <= day && (EmploymentEnd is null || EmploymentEnd >= day);

    /// <summary>Reported months plus the whole months since, while still employed locally.</summary>
    public int? InsuranceMonthsOn(DateOnly day)
    {
        if (SocialInsuranceMonths is not { } reported || InsuranceReportedOn is not { } on)
        {
            return null;
        }

        var until = EmploymentEnd is { } end && end < day ? end : day;
        var months = ((until.Year - on.Year) * 12) + until.Month - on.Month - (until.Day < on.Day ? 1 : 0);
        return reported + Math.Max(0, months);
    }

    /// <summary>The engine's view of this talent on <paramref name="asOf"/>.</summary>
    public RuleFacts.TalentFacts ToRuleFacts(DateOnly asOf)
    {
        // The highest degree, the latest of equals (a loop: a re-match does this a million times).
        EducationFact? highest = null;
        foreach (var education in Education)
        {
            if (highest is null || Degree(education.DegreeLevel) > Degree(highest.DegreeLevel)
                || (Degree(education.DegreeLevel) == Degree(highest.DegreeLevel) && education.GraduationDate > highest.GraduationDate))
            {
                highest = education;
            }
        }

        var employed = EmploymentStart is not null ? EmployedOn(asOf) : (bool?)null;
        var months = InsuranceMonthsOn(asOf);
        return new RuleFacts.TalentFacts
        {
            DegreeLevel = highest is null ? null : Degree(highest.DegreeLevel),
            FullTime = highest?.FullTime,
            UniversityTier = highest is null ? null : Tier(highest.UniversityTier),
            BirthDate = BirthDate,
            GraduationDate = highest?.GraduationDate,
            SocialInsuranceMonths = RegistryInsurance?.Months ?? months,
            ContinuousSocialInsuranceMonths = RegistryInsurance?.ContinuousMonths ?? (employed == true ? months : employed == false ? 0 : null),
            SocialInsuranceMonthsLast12 = RegistryInsurance?.MonthsLast12 ?? (months is null ? null : employed == true ? Math.Min(12, months.Value) : 0),
            EmploymentStartDate = employed == true ? EmploymentStart : null,
            ContractEndDate = employed == true ? ContractEnd ?? DateOnly.MaxValue : null,
            EmployerInZone = employed == true ? EmployerInZone : employed == false ? false : null,
            EmployerType = employed == true ? EnumText.ParseOrNull<RuleFacts.EmployerType>(EmployerType) : null,
            IndustryChain = employed == true ? IndustryChain : null,
            EmployedLocally = employed,
            OwnsHomeLocally = OwnsHomeLocally,
            FirstHomePurchase = FirstHomePurchase,
            SeniorTechnician = SeniorTechnician,
            StartupRegisteredInZone = StartupRegisteredInZone,
            TeamAverageAge = TeamAverageAge,
            StartupGrade = EnumText.ParseOrNull<RuleFacts.StartupGrade>(StartupGrade),
            HukouHuzhou = HukouHuzhou,
            TalentTier = EnumText.ParseOrNull<RuleFacts.TalentTier>(TalentTier),
            HeldBenefits = [.. HeldBenefits],
            Sources = Sources(),
        };
    }

    // Names only (EnumText): a number such as "7" is not a degree and must not rank above a doctorate.
    private static RuleFacts.DegreeLevel Degree(string level) => EnumText.ParseOrNull<RuleFacts.DegreeLevel>(level) ?? RuleFacts.DegreeLevel.Associate;

    private static RuleFacts.UniversityTier? Tier(string tier) => tier switch
    {
        "Tier985" => RuleFacts.UniversityTier.Project985,
        "Tier211" => RuleFacts.UniversityTier.Project211,
        _ => EnumText.ParseOrNull<RuleFacts.UniversityTier>(tier),
    };
}

/// <summary>One employment as policy-matching keeps it: confirmed by its employer's HR, ended, or both, in whichever
/// order the registry's events were applied.</summary>
public sealed class EmploymentFact
{
    public Guid EmploymentId { get; set; }
    public bool Confirmed { get; set; }
    public Guid? EmployerId { get; set; }
    public string? EmployerName { get; set; }
    public string? Street { get; set; }
    public string? IndustryChain { get; set; }
    public string? EmployerType { get; set; }
    public bool? EmployerInZone { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? ContractEnd { get; set; }
    public int? SocialInsuranceMonths { get; set; }
    public DateOnly? InsuranceReportedOn { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>When HR confirmed it (unknown for employments stored before it was kept).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public void Confirm(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        Confirmed = true;
        EmployerId = confirmed.EmployerId;
        EmployerName = confirmed.EmployerName;
        Street = confirmed.Street;
        IndustryChain = confirmed.IndustryChain;
        EmployerType = confirmed.EmployerType;
        EmployerInZone = confirmed.EmployerInZone;
        StartDate = confirmed.StartDate;
        ContractEnd = confirmed.ContractEnd;
        SocialInsuranceMonths = confirmed.SocialInsuranceMonths;
        InsuranceReportedOn = DateOnly.FromDateTime(confirmed.ConfirmedAt.UtcDateTime);
        ConfirmedAt = confirmed.ConfirmedAt;
    }

    public void End(DateOnly endDate) => EndDate = endDate;
}

/// <summary>Where a fact's value comes from, as talent-registry told (a plain class, like <see cref="EducationFact"/>).</summary>
/// <summary>The social-insurance bureau's figures for one talent, up to <see cref="AsOfMonth"/> (<c>yyyy-MM</c>).</summary>
public sealed class InsuranceFeed
{
    public int Months { get; set; }
    public int ContinuousMonths { get; set; }
    public int MonthsLast12 { get; set; }
    public string AsOfMonth { get; set; } = "";
    public FactProvenance Provenance { get; set; } = new();
}

public sealed class FactProvenance
{
    /// <summary>One of <see cref="FactSources"/>.</summary>
    public string Source { get; set; } = FactSources.SelfDeclared;
    public string By { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The verification's reference when recorded (a degree's 学信网 verification code and report date).</summary>
    public string? Reference { get; set; }

    public static FactProvenance From(FactProvenanceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new FactProvenance
        {
            Source = info.Source,
            By = info.By,
            At = info.At,
            EvidenceIds = info.EvidenceIds is { } ids ? [.. ids] : [],
            Reference = info.Reference,
        };
    }
}

/// <summary>One degree as policy-matching keeps it (a plain class: stored documents must not depend on the
/// constructor shape of event records).</summary>
public sealed class EducationFact
{
    public string DegreeLevel { get; set; } = "";
    public bool FullTime { get; set; }
    public string University { get; set; } = "";
    public string UniversityTier { get; set; } = "";
    public string? Major { get; set; }
    public DateOnly GraduationDate { get; set; }

    public static EducationFact From(EducationRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new EducationFact
        {
            DegreeLevel = info.DegreeLevel,
            FullTime = info.FullTime,
            University = info.University,
            UniversityTier = info.UniversityTier,
            Major = info.Major,
            GraduationDate = info.GraduationDate,
        };
    }
}
