using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>Records the social-insurance bureau's monthly file (UTF-8 CSV or the first worksheet of an .xlsx, the body or
/// the multipart field <c>file</c>, read like an import: see <see cref="UploadedTable"/>): zone officials and admins only. Each valid row records that the person paid, or
/// not, in that month at that employer; the same line again is unchanged, a changed <c>paid</c> updates it; a person
/// not registered is a rejected row. Then each person named gets their insurance facts again from all their records
/// (Registry, by <see cref="Feed"/>) and their declared months are compared with the feed's total.</summary>
public static class ImportInsuranceRecords
{
    public const string Feed = "insurance-feed";
    public const int MaxRejectedRowsShown = 1000;
    private const int RowsPerCommit = 500;

    public static async Task<IResult> HandleAsync(
        HttpContext http, IStore store, PersonalData personalData, ImportFiles files, IOptions<InsuranceFeedOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        TalentAccess.DemandStreet(Caller.From(http.User), street: null);
        var path = files.PathOf(Guid.CreateVersion7());
        try
        {
            await ImportUpload.SaveAsync(http.Request, path, options.Value.MaxFileBytes, cancellationToken);
            var table = UploadedTable.Open(() => File.OpenRead(path), options.Value.MaxRows, options.Value.MaxUnzippedBytes);
            var columns = InsuranceColumns.Of(table.Header);
            // Every row is counted first, so a file past the limit is refused whole before any row is recorded.
            var count = table.Rows().Count();
            if (count == 0)
            {
                throw ImportUpload.Invalid("The file has a header but no rows.");
            }

            var now = time.GetUtcNow();
            var feed = new FeedRun(store, personalData, now);
            var rows = 0;
            foreach (var line in table.Rows())
            {
                var reasons = new List<string>();
                if (InsuranceRow.Read(columns, line, Zone.Today(now), reasons) is { } row)
                {
                    await feed.RecordAsync(row, cancellationToken);
                }
                else
                {
                    feed.Reject(line.Number, reasons);
                }

                if (++rows % RowsPerCommit == 0)
                {
                    await feed.CommitAsync(cancellationToken);
                }
            }

            await feed.CommitAsync(cancellationToken);
            var differences = await feed.SummariseAsync(cancellationToken);
            return TypedResults.Ok(new InsuranceFeedResponse(
                rows, feed.Recorded, feed.Updated, feed.Unchanged, feed.Rejections.Count, feed.Talents.Count, feed.LatestMonth,
                [.. feed.Rejections.Take(MaxRejectedRowsShown)], differences));
        }
        finally
        {
            files.Delete(path);
        }
    }

    /// <summary>One file's progress: records staged since the last commit, counts, and the people it named.</summary>
    private sealed class FeedRun(IStore store, PersonalData personalData, DateTimeOffset now)
    {
        private readonly Dictionary<Guid, InsuranceRecord> _staged = [];
        private readonly Dictionary<string, Guid?> _talentOfPerson = new(StringComparer.Ordinal);
        private IUnitOfWork _unitOfWork = store.BeginUnitOfWork();

        public int Recorded { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public string? LatestMonth { get; private set; }
        public List<RejectedRowResponse> Rejections { get; } = [];
        public HashSet<Guid> Talents { get; } = [];

        public void Reject(int number, List<string> reasons) => Rejections.Add(new RejectedRowResponse(number, reasons));

        public async Task RecordAsync(InsuranceRow row, CancellationToken cancellationToken)
        {
            var personKey = personalData.PersonKey(row.NationalId.Value);
            if (!_talentOfPerson.TryGetValue(personKey, out var talentId))
            {
                talentId = (await store.GetAsync<PersonEntry>(PersonEntry.IdOf(personKey), cancellationToken))?.TalentId;
                _talentOfPerson[personKey] = talentId;
            }

            if (talentId is not { } talent)
            {
                Reject(row.Number, ["nationalId: not registered; register the person first."]);
                return;
            }

            var id = InsuranceRecord.IdOf(personKey, row.Month, row.CreditCode);
            var existing = _staged.GetValueOrDefault(id) ?? await store.GetAsync<InsuranceRecord>(id, cancellationToken);
            if (existing is null)
            {
                var record = InsuranceRecord.Record(personKey, talent, row.Month, row.CreditCode, row.Paid, now);
                _unitOfWork.Insert(record);
                _staged[id] = record;
                Recorded++;
            }
            else if (existing.Change(row.Paid, now))
            {
                if (_staged.TryAdd(id, existing))
                {
                    _unitOfWork.Update(existing);
                }

                Updated++;
            }
            else
            {
                Unchanged++;
            }

            Talents.Add(talent);
            LatestMonth = LatestMonth is null || string.CompareOrdinal(row.Month, LatestMonth) > 0 ? row.Month : LatestMonth;
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_staged.Count == 0)
            {
                return;
            }

            await _unitOfWork.CommitAsync(cancellationToken);
            _staged.Clear();
            _unitOfWork = store.BeginUnitOfWork();
        }

        /// <summary>Each person named gets their insurance facts from all their records; returns who differs.</summary>
        public async Task<List<InsuranceDifference>> SummariseAsync(CancellationToken cancellationToken)
        {
            var differences = new List<InsuranceDifference>();
            var provenance = FactProvenance.Of(FactSources.Registry, Feed, now);
            foreach (var talentId in Talents)
            {
                var talent = await store.GetAsync<Talent>(talentId, cancellationToken);
                if (talent is null)
                {
                    continue;
                }

                var records = await store.FindAsync<InsuranceRecord>(r => r.TalentId == talentId, cancellationToken: cancellationToken);
                var employments = await store.FindAsync<Employment>(e => e.TalentId == talentId, cancellationToken: cancellationToken);
                var declared = employments.Where(e => e.Status == EmploymentStatus.Confirmed).MaxBy(e => e.StartDate)?.SocialInsuranceMonths;
                var summary = InsuranceSummary.Of(records, LatestMonth!, declared, provenance.Copy());
                if (talent.RecordInsurance(summary))
                {
                    var unitOfWork = store.BeginUnitOfWork();
                    unitOfWork.Update(talent);
                    unitOfWork.Publish(talent.ToInsuranceRecorded()!);
                    await unitOfWork.CommitAsync(cancellationToken);
                }

                if (summary.Differs)
                {
                    differences.Add(new InsuranceDifference(talentId, summary.DeclaredMonths!.Value, summary.Months));
                }
            }

            return differences;
        }
    }
}
