using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A talent's confirmed employment as housing learns it from talent-registry (EmploymentConfirmed,
/// EmploymentEnded): it places a resident in a street and with an employer, which decides which street officials and
/// which HR see them. Its id is the registry's employment id, and events may arrive in any order: an end that arrives
/// first is kept, and the confirmation that follows fills in the employer without reopening it.</summary>
public sealed class Employment : IAggregate
{
    private Employment()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public string? Street { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    /// <summary>Confirmed and not ended: the employment that places the resident.</summary>
    public bool IsCurrent => EmployerId is not null && EndDate is null;

    public static Employment From(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var employment = new Employment { Id = confirmed.EmploymentId, TalentId = confirmed.TalentId };
        employment.Confirm(confirmed);
        return employment;
    }

    public static Employment From(EmploymentEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var employment = new Employment { Id = ended.EmploymentId, TalentId = ended.TalentId };
        employment.End(ended);
        return employment;
    }

    public void Confirm(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        EmployerId = confirmed.EmployerId;
        Street = confirmed.Street;
        StartDate = confirmed.StartDate;
    }

    public void End(EmploymentEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        EndDate = ended.EndDate;
    }

    /// <summary>The employment that places a talent now: the current one that started last.</summary>
    public static Employment? CurrentOf(IEnumerable<Employment> employments) =>
        employments.Where(e => e.IsCurrent).OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).FirstOrDefault();
}
