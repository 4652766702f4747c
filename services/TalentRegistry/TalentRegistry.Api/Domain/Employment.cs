using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A talent's employment at a zone employer. Declared by the talent (or an official) it waits for the
/// employer's HR; once confirmed it counts as intake; it ends when the talent leaves.</summary>
public sealed class Employment : IAggregate
{
    private Employment()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string TalentName { get; private set; } = "";
    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public string Street { get; private set; } = "";
    public IndustryChain IndustryChain { get; private set; }
    public EmployerType EmployerType { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? ContractEnd { get; private set; }
    public string? Position { get; private set; }
    public int SocialInsuranceMonths { get; private set; }
    public EmploymentStatus Status { get; private set; }

    /// <summary>talent|employer|start, readable form of what <see cref="IdOf"/> hashes.</summary>
    public string HireKey { get; private set; } = "";
    public string DeclaredBy { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public string? EndReason { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsCurrent => Status != EmploymentStatus.Ended;

    public static string KeyOf(Guid talentId, Guid employerId, DateOnly startDate) =>
        $"{talentId:N}|{employerId:N}|{startDate:yyyyMMdd}";

    /// <summary>The id of the hire (talent, employer, start): the same hire recorded twice collides on the id.</summary>
    public static Guid IdOf(Guid talentId, Guid employerId, DateOnly startDate) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(KeyOf(talentId, employerId, startDate))).AsSpan(0, 16));

    internal static Employment Declare(Guid talentId, string talentName, Employer employer, EmploymentTerms terms, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(employer);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.ContractEnd is { } end && end <= terms.StartDate)
        {
            throw new InvalidFieldException("contractEnd", "contractEnd must be after startDate.");
        }

        return new Employment
        {
            Id = IdOf(talentId, employer.Id, terms.StartDate),
            TalentId = talentId,
            TalentName = talentName,
            EmployerId = employer.Id,
            EmployerName = employer.Name,
            Street = employer.Street,
            IndustryChain = employer.IndustryChain,
            EmployerType = employer.EmployerType,
            StartDate = terms.StartDate,
            ContractEnd = terms.ContractEnd,
            Position = terms.Position,
            SocialInsuranceMonths = terms.SocialInsuranceMonths,
            Status = EmploymentStatus.Declared,
            HireKey = KeyOf(talentId, employer.Id, terms.StartDate),
            DeclaredBy = by,
            DeclaredAt = at,
        };
    }

    /// <summary>HR confirms the hire: from now on the talent counts as recruited.</summary>
    public void Confirm(string by, DateTimeOffset at)
    {
        if (Status != EmploymentStatus.Declared)
        {
            throw new IllegalStateException($"Employment {Id}", "confirmed", Status.ToString());
        }

        Status = EmploymentStatus.Confirmed;
        ConfirmedBy = by;
        ConfirmedAt = at;
    }

    /// <summary>The talent left (or the declared hire did not happen).</summary>
    public void End(DateOnly endDate, string? reason, DateTimeOffset at)
    {
        if (Status == EmploymentStatus.Ended)
        {
            throw new IllegalStateException($"Employment {Id}", "ended", Status.ToString());
        }

        if (endDate < StartDate)
        {
            throw new InvalidFieldException("endDate", $"endDate must not be before the start date {StartDate:yyyy-MM-dd}.");
        }

        Status = EmploymentStatus.Ended;
        EndDate = endDate;
        EndReason = reason;
        EndedAt = at;
    }

    public EmploymentConfirmed ToConfirmedEvent() => new(
        TalentId, Id, EmployerId, EmployerName, Street, IndustryChain.ToString(), EmployerType.ToString(), StartDate, ContractEnd,
        SocialInsuranceMonths, ConfirmedAt ?? throw new InvalidOperationException("Employment is not confirmed."), EmployerInZone: true, Position);

    public EmploymentEnded ToEndedEvent() => new(
        TalentId, Id, EmployerId, EndDate ?? throw new InvalidOperationException("Employment has not ended."), EndedAt!.Value, EndReason);
}
