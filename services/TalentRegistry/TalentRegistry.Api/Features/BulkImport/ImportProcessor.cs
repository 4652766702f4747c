using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Runs an import job: validates each row, registers new people (by person key, so a re-import creates
/// nothing new), records hires (confirmed for HR imports, declared otherwise), and commits every batch of rows together
/// with the job's progress and the events. Rows are read from the file a batch at a time.</summary>
public sealed class ImportProcessor(IStore store, PersonalData personalData, IntakeCube cube, TimeProvider time)
{
    public const int BatchSize = 500;

    private IStore Store { get; } = store;
    private PersonalData PersonalData { get; } = personalData;
    private IntakeCube Cube { get; } = cube;
    private TimeProvider Time { get; } = time;

    public async Task RunAsync(ImportJob job, ImportFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(file);
        var employers = (await Store.FindAsync<Employer>(_ => true, cancellationToken: cancellationToken)).ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var start = Store.BeginUnitOfWork();
        job.Start(Time.GetUtcNow());
        start.Update(job);
        await start.CommitAsync(cancellationToken);

        // Batch n+1 is validated and looked up while batch n commits (the store writes on one thread, so this keeps
        // both cores busy); what the uncommitted batch holds is remembered job-wide, so nothing is written twice.
        var seen = new JobMemory();
        (Task Commit, Batch Batch)? committing = null;
        // A resumed import skips the rows committed before the process stopped (each batch commits with its progress).
        using var rows = file.ReadRows().Skip(job.Processed).GetEnumerator();
        var more = rows.MoveNext();
        while (more)
        {
            var batch = new Batch(this, job, file, employers, seen);
            var size = 0;
            for (; more && size < BatchSize; size++, more = rows.MoveNext())
            {
                await batch.ProcessAsync(rows.Current, cancellationToken);
            }

            if (committing is { } previous)
            {
                await previous.Commit;
                previous.Batch.Committed();
            }

            batch.Stage(size);
            committing = (Task.Run(() => batch.CommitAsync(cancellationToken), cancellationToken), batch);
        }

        if (committing is { } last)
        {
            await last.Commit;
            last.Batch.Committed();
        }

        var done = Store.BeginUnitOfWork();
        job.Complete(Time.GetUtcNow());
        done.Update(job);
        await done.CommitAsync(cancellationToken);
    }

    /// <summary>People, hires and intake an import has written or is writing, across its batches.</summary>
    private sealed class JobMemory
    {
        public Dictionary<string, Talent> Talents { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Hires { get; } = new(StringComparer.Ordinal);
        public HashSet<Guid> IntakeTalents { get; } = [];
    }

    private enum HireOutcome
    {
        None,
        Confirmed,
        Declared,
    }

    /// <summary>One unit of work of up to <see cref="BatchSize"/> rows.</summary>
    private sealed class Batch(ImportProcessor owner, ImportJob job, ImportFile file, Dictionary<string, Employer> employers, JobMemory seen)
    {
        private readonly IUnitOfWork _unitOfWork = owner.Store.BeginUnitOfWork();
        private readonly Dictionary<string, Talent> _talents = seen.Talents;
        private readonly HashSet<string> _hires = seen.Hires;
        private readonly HashSet<Guid> _intakeTalents = seen.IntakeTalents;
        private readonly List<IntakeRecord> _intake = [];
        private readonly DateTimeOffset _now = owner.Time.GetUtcNow();
        private int _created;
        private int _confirmed;
        private int _declared;
        private int _unchanged;
        private int _rejected;

        private DateOnly Today => Zone.Today(_now);

        public async Task ProcessAsync(FileRow line, CancellationToken cancellationToken)
        {
            var reasons = new List<string>();
            var row = ImportRow.Read(file, line, Today, reasons);
            var employer = EmployerOf(file.Field(line, ImportColumn.EmployerCreditCode), file.Field(line, ImportColumn.StartDate) is not null, reasons);
            var (talent, created) = row is null || reasons.Count > 0 ? (null, false) : await TalentAsync(row, reasons, cancellationToken);
            var hire = talent is null || employer is null ? HireOutcome.None : await HireAsync(talent, employer, row!.Terms!, reasons, cancellationToken);
            if (talent is null || reasons.Count > 0)
            {
                _rejected++;
                _unitOfWork.Insert(new ImportRejection { JobId = job.Id, Row = line.Number, Reasons = reasons });
                return;
            }

            _created += created ? 1 : 0;
            _confirmed += hire == HireOutcome.Confirmed ? 1 : 0;
            _declared += hire == HireOutcome.Declared ? 1 : 0;
            _unchanged += created || hire != HireOutcome.None ? 0 : 1;
        }

        /// <summary>Adds the batch's counts to the job, to be committed with its rows.</summary>
        public void Stage(int processed)
        {
            job.RecordBatch(processed, _created, _confirmed, _declared, _unchanged, _rejected);
            _unitOfWork.Update(job);
        }

        public Task CommitAsync(CancellationToken cancellationToken) => _unitOfWork.CommitAsync(cancellationToken);

        public void Committed() => owner.Cube.AddRange(_intake);

        private Employer? EmployerOf(string? creditCode, bool hasStart, List<string> reasons)
        {
            var column = file.HeaderOf(ImportColumn.EmployerCreditCode);
            Employer? employer = null;
            if (creditCode is { } raw)
            {
                if (!CreditCode.TryParse(raw, out var code, out var problem))
                {
                    reasons.Add($"{column}: {problem}.");
                    return null;
                }

                if (!employers.TryGetValue(code, out employer))
                {
                    reasons.Add($"{column}: no employer with code {code} is registered in the zone.");
                    return null;
                }
            }
            else if (job.EmployerScope is { } own && hasStart)
            {
                employer = employers.Values.FirstOrDefault(e => e.Id == own);
            }

            if (employer is null)
            {
                if (hasStart || job.StreetScope is not null || job.EmployerScope is not null)
                {
                    reasons.Add($"{column}: required for a hire ({file.HeaderOf(ImportColumn.StartDate)} given) and for HR or street imports.");
                }

                return null;
            }

            if (job.EmployerScope is { } scope && employer.Id != scope)
            {
                reasons.Add($"{column}: HR may import hires only for their own employer.");
            }
            else if (job.StreetScope is { } street && employer.Street != street)
            {
                reasons.Add($"{column}: {employer.Name} is not in {street}; street officials import hires in their own street only.");
            }

            return employer;
        }

        /// <summary>The row's person: registered now, or the one registered with this national ID if the names match
        /// (a row cannot attach a hire to someone else's person by their national ID alone).</summary>
        private async Task<(Talent? Talent, bool Created)> TalentAsync(ImportRow row, List<string> reasons, CancellationToken cancellationToken)
        {
            var personKey = owner.PersonalData.PersonKey(row.NationalId.Value);
            if (!_talents.TryGetValue(personKey, out var known))
            {
                var person = await owner.Store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken);
                known = person is null ? null : await owner.Store.GetAsync<Talent>(person.TalentId, cancellationToken);
            }

            if (known is not null)
            {
                _talents[personKey] = known;
                if (PersonName.Matches(known.FullName, row.FullName))
                {
                    return (known, false);
                }

                reasons.Add($"{file.HeaderOf(ImportColumn.FullName)}: does not match the name registered with this national ID; check it against the ID card.");
                return (null, false);
            }

            // The person is registered by whoever submitted the import: HR attests, officials (and seeding) verify.
            var supplied = FactProvenance.Of(FactProvenance.SourceOf(job.SubmitterRole), job.SubmittedBy, _now);
            if (row.TalentTier is not null && supplied.Source != FactSources.OfficialVerified)
            {
                reasons.Add($"{file.HeaderOf(ImportColumn.TalentTier)}: the talent tier is set by the talent office's 人才分类认定 decision, not by an HR import.");
                return (null, false);
            }

            var talent = Talent.Register(
                Guid.CreateVersion7(), row.FullName, row.NationalId, owner.PersonalData, row.Phone, row.Email, row.HukouHuzhou, row.TalentTier,
                [row.Education], supplied, IdentityMethod.Import);
            _talents[personKey] = talent;
            _unitOfWork.Insert(talent);
            _unitOfWork.Insert(talent.ToPersonEntry());
            _unitOfWork.Publish(talent.ToRegisteredEvent());
            return (talent, true);
        }

        private async Task<HireOutcome> HireAsync(Talent talent, Employer employer, EmploymentTerms terms, List<string> reasons, CancellationToken cancellationToken)
        {
            var key = Employment.KeyOf(talent.Id, employer.Id, terms.StartDate);
            if (_hires.Contains(key) || (talent.Version > 0 && await owner.Store.GetAsync<Employment>(Employment.IdOf(talent.Id, employer.Id, terms.StartDate), cancellationToken) is not null))
            {
                return HireOutcome.None;
            }

            if (!job.ConfirmsHires)
            {
                _hires.Add(key);
                _unitOfWork.Insert(talent.DeclareEmployment(employer, terms, job.SubmittedBy, _now));
                return HireOutcome.Declared;
            }

            // Intake counts in the month the hire is confirmed, which is now; only demo seeding backdates to the start.
            var started = new DateTimeOffset(terms.StartDate.ToDateTime(TimeOnly.MinValue), Zone.Offset);
            var confirmedAt = job.ConfirmsOnStartDate && started < _now ? started : _now;
            var employment = talent.ConfirmEmployment(employer, terms, job.SubmittedBy, confirmedAt, _now);
            IntakeRecord? record = null;
            if (!_intakeTalents.Contains(talent.Id) && (talent.Version == 0 || await owner.Store.GetAsync<IntakeRecord>(talent.Id, cancellationToken) is null))
            {
                record = IntakeRecord.For(talent, employment, Zone.MonthOf(confirmedAt));
                if (owner.Cube.Refusal(record) is { } problem)
                {
                    reasons.Add($"{file.HeaderOf(ImportColumn.NationalId)}: this person's stored record must be corrected before the hire can count as intake. {problem}");
                    return HireOutcome.None;
                }
            }

            _hires.Add(key);
            _unitOfWork.Insert(employment);
            _unitOfWork.Publish(employment.ToConfirmedEvent());
            if (record is not null)
            {
                _intakeTalents.Add(talent.Id);
                _unitOfWork.Insert(record);
                _intake.Add(record);
            }

            return HireOutcome.Confirmed;
        }
    }
}
