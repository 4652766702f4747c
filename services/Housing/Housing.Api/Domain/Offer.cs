using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>An official offers a unit to a waiting application; the talent accepts or refuses before the deadline, or
/// the offer lapses. While pending it holds both the unit and the application (unique hold keys, so two pending
/// offers for one unit or one application cannot both be stored).</summary>
public sealed class Offer : IAggregate
{
    private Offer()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid ApplicationId { get; private set; }
    public Guid TalentId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public string UnitNumber { get; private set; } = "";
    public string Street { get; private set; } = "";
    public decimal MonthlyRent { get; private set; }
    public DateOnly? StartDate { get; private set; }

    /// <summary>The talent must answer before this instant.</summary>
    public DateTimeOffset RespondBy { get; private set; }
    public OfferStatus Status { get; private set; }
    public string OfferedBy { get; private set; } = "";

    /// <summary>Waiting applications that wanted the unit and came before this one when it was offered (0 when the
    /// offer followed the queue), and the official's reason for passing them over.</summary>
    public int PassedOver { get; private set; }
    public string? SkipReason { get; private set; }
    public DateTimeOffset OfferedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    public Guid? LeaseId { get; private set; }

    /// <summary>"unit:{id}" while pending, else "closed:{id}" (unique).</summary>
    public string UnitHoldKey { get; private set; } = "";

    /// <summary>"application:{id}" while pending, else "closed:{id}" (unique).</summary>
    public string ApplicationHoldKey { get; private set; } = "";

    public static Offer Make(
        HousingApplication application, ApartmentUnit unit, DateTimeOffset respondBy, DateOnly? startDate, QueueSkip? skip, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(unit);
        if (!application.Wants(unit))
        {
            throw new RuleViolationException($"Unit {unit.Number} does not match the application's preferences (project, layout).", "PreferenceMismatch");
        }

        if (respondBy <= at)
        {
            throw new InvalidFieldException("respondBy", "respondBy must be in the future.");
        }

        var offer = new Offer
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application.Id,
            TalentId = application.TalentId,
            UnitId = unit.Id,
            ProjectId = unit.ProjectId,
            ProjectName = unit.ProjectName,
            UnitNumber = unit.Number,
            Street = unit.Street,
            MonthlyRent = unit.MonthlyRent,
            StartDate = startDate,
            RespondBy = respondBy,
            Status = OfferStatus.Pending,
            OfferedBy = by,
            OfferedAt = at,
            PassedOver = skip?.PassedOver ?? 0,
            SkipReason = skip?.Reason,
            UnitHoldKey = $"unit:{unit.Id:N}",
            ApplicationHoldKey = $"application:{application.Id:N}",
        };
        application.ReceiveOffer(offer.Id);
        unit.Reserve(offer.Id);
        return offer;
    }

    public bool IsExpired(DateTimeOffset now) => Status == OfferStatus.Pending && now >= RespondBy;

    /// <summary>The talent accepts: a lease starts from the application's benefit, which it uses up, with the stepped
    /// rent continuing after <paramref name="priorBenefitMonths"/> months the person already used.</summary>
    public Lease Accept(
        HousingApplication application, ApartmentUnit unit, ApartmentEntitlement entitlement, int priorBenefitMonths, int termYears, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(entitlement);
        EnsurePending("accepted", now);
        var today = Zone.Today(now);
        var start = StartDate is { } s && s > today ? s : today;
        var lease = Lease.Start(this, application.PersonKey, entitlement, priorBenefitMonths, start, termYears, now);
        entitlement.UseFor(lease.Id, now);
        application.Housed(Id, lease.Id, now);
        unit.Let(Id, lease.Id);
        Close(OfferStatus.Accepted, now);
        LeaseId = lease.Id;
        return lease;
    }

    public void Refuse(HousingApplication application, ApartmentUnit unit, string? reason, DateTimeOffset now)
    {
        EnsurePending("refused", now);
        RefusalReason = reason;
        PutBack(application, unit, OfferStatus.Refused, now);
    }

    /// <summary>The deadline passed without an answer.</summary>
    public void Lapse(HousingApplication application, ApartmentUnit unit, DateTimeOffset now)
    {
        if (!IsExpired(now))
        {
            throw new IllegalStateException($"Offer {Id}", "lapsed", Status.ToString());
        }

        PutBack(application, unit, OfferStatus.Lapsed, now);
    }

    private void EnsurePending(string action, DateTimeOffset now)
    {
        if (Status != OfferStatus.Pending)
        {
            throw new IllegalStateException($"Offer {Id}", action, Status.ToString());
        }

        if (IsExpired(now))
        {
            throw new IllegalStateException($"Offer {Id}", action, "Expired");
        }
    }

    private void PutBack(HousingApplication application, ApartmentUnit unit, OfferStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(unit);
        application.Demote(Id);
        unit.Release(Id);
        Close(status, now);
    }

    private void Close(OfferStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        UnitHoldKey = $"closed:{Id:N}";
        ApplicationHoldKey = $"closed:{Id:N}";
    }
}
