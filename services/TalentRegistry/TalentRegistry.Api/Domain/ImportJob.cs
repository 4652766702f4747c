using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A bulk import of talents and hires from a CSV file, processed in the background in batches; each batch
/// commits its rows together with the job's progress, so processed/total is always what is stored. An import by HR of
/// their employer records confirmed hires (intake in the month of the import); any other import records declared
/// hires that the employer's HR confirms.</summary>
public sealed class ImportJob : IAggregate, IOwnedJob
{
    private ImportJob()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string FileName { get; private set; } = "";
    public string SubmittedBy { get; private set; } = "";
    public string SubmitterRole { get; private set; } = "";
    public Guid? EmployerScope { get; private set; }

    /// <summary>Street officials' street: every row's employer must lie in it.</summary>
    public string? StreetScope { get; private set; }

    /// <summary>The street the import belongs to (its employer's for HR, the official's own for street officials;
    /// null for zone-wide imports), for who may read it.</summary>
    public string? Street { get; private set; }
    public ImportJobStatus Status { get; private set; }
    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int TalentsCreated { get; private set; }
    public int HiresConfirmed { get; private set; }

    /// <summary>Hires recorded as declared (imports by officials and admins), waiting for the employer's HR.</summary>
    public int HiresDeclared { get; private set; }
    public int Unchanged { get; private set; }
    public int Rejected { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public string? Failure { get; private set; }

    /// <summary>Whether the import's hires are confirmed: only HR imports for their own employer (and demo seeding), so
    /// an official cannot raise the intake figures they are measured on; everyone else's hires wait as declared.</summary>
    public bool ConfirmsHires { get; private set; }

    /// <summary>Demo seeding only: hires count as confirmed on their start date, so the demo shows a history.</summary>
    public bool ConfirmsOnStartDate { get; private set; }

    /// <summary>The replica that holds the uploaded file and runs the import (<see cref="JobOwner"/>).</summary>
    public string? Owner { get; private set; }

    public static ImportJob Submit(
        string fileName, int total, string by, string role, Guid? employerScope, string? streetScope, DateTimeOffset at, string? street = null, Guid? id = null,
        string? owner = null) =>
        new()
        {
            Owner = owner,
            Id = id ?? Guid.CreateVersion7(),
            FileName = fileName,
            Total = total,
            SubmittedBy = by,
            SubmitterRole = role,
            EmployerScope = employerScope,
            StreetScope = streetScope,
            Street = street ?? streetScope,
            Status = ImportJobStatus.Queued,
            SubmittedAt = at,
            ConfirmsHires = employerScope is not null,
        };

    /// <summary>The demo data of a seeded deployment: confirmed hires, counted in the months they started.</summary>
    public static ImportJob Seed(string fileName, int total, DateTimeOffset at) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            FileName = fileName,
            Total = total,
            SubmittedBy = "seed",
            SubmitterRole = "seed",
            Status = ImportJobStatus.Queued,
            SubmittedAt = at,
            ConfirmsHires = true,
            ConfirmsOnStartDate = true,
        };

    /// <summary>Starts the import, or resumes one a stopped process left running: its <see cref="Processed"/> rows were
    /// committed with their progress, so it goes on from the next row.</summary>
    public void Start(DateTimeOffset at)
    {
        if (Status is not (ImportJobStatus.Queued or ImportJobStatus.Running))
        {
            throw new IllegalStateException($"Import {Id}", "started", Status.ToString());
        }

        Status = ImportJobStatus.Running;
        StartedAt ??= at;
    }

    public void RecordBatch(int processed, int talentsCreated, int hiresConfirmed, int hiresDeclared, int unchanged, int rejected)
    {
        Processed += processed;
        TalentsCreated += talentsCreated;
        HiresConfirmed += hiresConfirmed;
        HiresDeclared += hiresDeclared;
        Unchanged += unchanged;
        Rejected += rejected;
    }

    public void Complete(DateTimeOffset at)
    {
        Status = ImportJobStatus.Completed;
        FinishedAt = at;
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        Status = ImportJobStatus.Failed;
        Failure = reason;
        FinishedAt = at;
    }
}
