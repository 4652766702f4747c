using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Intake counts per distinct (employer, street, industry chain, degree, university tier, origin, month)
/// tuple (<see cref="IntakeCellKey"/>), held in memory. Loaded from the stored intake records at start-up and advanced after each committed hire,
/// it answers any breakdown by summing cells: every breakdown sums the same cells, so totals always reconcile.</summary>
public sealed class IntakeCube
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, int> _employerIndex = [];
    private readonly List<Guid> _employers = [];
    private readonly Dictionary<string, int> _streetIndex = new(StringComparer.Ordinal);
    private readonly List<string> _streets = [];

    // Every tuple, with each employer's cells listed so an employer filter reads only that employer's cells.
    private readonly IntakeCells _cells = new();
    private readonly List<List<int>> _cellsByEmployer = [];

    // The same counts without the employer: far fewer cells for the queries that neither group nor filter by employer.
    private readonly IntakeCells _withoutEmployer = new();
    private int _total;

    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public int CellCount
    {
        get
        {
            lock (_gate)
            {
                return _cells.Count;
            }
        }
    }

    /// <summary>Counts one hire; a record a cell key cannot hold (see <see cref="Refusal"/>) is refused with an
    /// <see cref="ArgumentOutOfRangeException"/> and changes nothing.</summary>
    public void Add(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            AddLocked(record);
        }
    }

    /// <summary>Counts every record, or none when one of them is refused.</summary>
    public void AddRange(IEnumerable<IntakeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        lock (_gate)
        {
            foreach (var record in list)
            {
                if (RefusalLocked(record) is { } problem)
                {
                    throw new ArgumentOutOfRangeException(nameof(records), problem);
                }
            }

            foreach (var record in list)
            {
                AddLocked(record);
            }
        }
    }

    /// <summary>Counts the record unless it is refused; <paramref name="problem"/> then says why.</summary>
    public bool TryAdd(IntakeRecord record, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            problem = RefusalLocked(record);
            if (problem is null)
            {
                AddLocked(record);
            }

            return problem is null;
        }
    }

    /// <summary>Why the record cannot be counted (a value outside its enum, a month outside 1970–2311, more streets or
    /// employers than a key holds), or null. Every field of a key has a fixed width; a value outside it would spill
    /// into its neighbours, so it is refused instead of shifted.</summary>
    public string? Refusal(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            return RefusalLocked(record);
        }
    }

    public IntakeResult Query(IntakeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = MonthIndex(query.From);
        var months = MonthIndex(query.To) - from + 1;
        if (from < 0 || months < 1 || from + months > IntakeCellKey.MonthCount)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"The period must run forward within {IntakeCellKey.BaseYear}–{IntakeCellKey.LastYear}.");
        }

        var groupMask = IntakeCellKey.GroupMask(query.By);
        var groups = new Dictionary<long, (int Count, int[]? Months)>();
        var totalMonths = query.Monthly ? new int[months] : null;
        var total = 0;
        lock (_gate)
        {
            if (!TryResolve(query.Filter, out var filterMask, out var filterValue))
            {
                return Build(query, groups, 0, totalMonths);
            }

            var byEmployer = (filterMask & IntakeCellKey.EmployerMask) != 0;
            var set = byEmployer || (groupMask & IntakeCellKey.EmployerMask) != 0 ? _cells : _withoutEmployer;
            var positions = byEmployer ? _cellsByEmployer[IntakeCellKey.Employer(filterValue)] : null;
            var count = positions?.Count ?? set.Count;
            for (var j = 0; j < count; j++)
            {
                var i = positions is null ? j : positions[j];
                var key = set.Keys[i];
                var month = IntakeCellKey.Month(key) - from;
                if ((uint)month >= (uint)months || (key & filterMask) != filterValue)
                {
                    continue;
                }

                var cell = set.Counts[i];
                total += cell;
                ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key & groupMask, out var exists);
                if (!exists && query.Monthly)
                {
                    group.Months = new int[months];
                }

                group.Count += cell;
                if (query.Monthly)
                {
                    group.Months![month] += cell;
                    totalMonths![month] += cell;
                }
            }

            return Build(query, groups, total, totalMonths);
        }
    }

    public static int MonthIndex(DateOnly month) => IntakeCellKey.MonthIndex(month);

    private void AddLocked(IntakeRecord record)
    {
        var key = KeyOf(record);
        if (_cells.Increment(key) is { } added)
        {
            var employer = IntakeCellKey.Employer(key);
            while (_cellsByEmployer.Count <= employer)
            {
                _cellsByEmployer.Add([]);
            }

            _cellsByEmployer[employer].Add(added);
        }

        _withoutEmployer.Increment(key & ~IntakeCellKey.EmployerMask);
        _total++;
    }

    private string? RefusalLocked(IntakeRecord r)
    {
        if (IntakeCellKey.FieldRefusal(r) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrEmpty(r.Street) || (!_streetIndex.ContainsKey(r.Street) && _streets.Count >= IntakeCellKey.MaxStreets))
        {
            return $"Intake record {r.Id}: street is missing or one more than the {IntakeCellKey.MaxStreets} a key holds.";
        }

        return !_employerIndex.ContainsKey(r.EmployerId) && _employers.Count >= IntakeCellKey.MaxEmployers
            ? $"Intake record {r.Id}: one employer more than the {IntakeCellKey.MaxEmployers} a key holds."
            : null;
    }

    private long KeyOf(IntakeRecord r)
    {
        if (RefusalLocked(r) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(r), problem);
        }

        if (!_employerIndex.TryGetValue(r.EmployerId, out var employer))
        {
            employer = _employerIndex[r.EmployerId] = _employers.Count;
            _employers.Add(r.EmployerId);
        }

        if (!_streetIndex.TryGetValue(r.Street, out var street))
        {
            street = _streetIndex[r.Street] = _streets.Count;
            _streets.Add(r.Street);
        }

        return IntakeCellKey.Of(r, employer, street);
    }

    /// <summary>Turns the filter into mask/value over cell keys; false when it names a value no cell has.</summary>
    private bool TryResolve(IntakeFilter filter, out long mask, out long value)
    {
        mask = 0;
        value = 0;
        int? employer = null;
        if (filter.EmployerId is { } employerId)
        {
            if (!_employerIndex.TryGetValue(employerId, out var index))
            {
                return false;
            }

            employer = index;
        }

        int? street = null;
        if (filter.Street is { } streetName)
        {
            if (!_streetIndex.TryGetValue(streetName, out var index))
            {
                return false;
            }

            street = index;
        }

        IntakeCellKey.Constrain(ref mask, ref value, employer, street, filter);
        return true;
    }

    private IntakeResult Build(IntakeQuery query, Dictionary<long, (int Count, int[]? Months)> groups, int total, int[]? totalMonths)
    {
        if (query.By.Count == 0)
        {
            return new IntakeResult(total, [], totalMonths);
        }

        var list = groups
            .Select(g => new IntakeGroup(Describe(g.Key, query.By), g.Value.Count, g.Value.Months))
            .OrderBy(g => string.Join('|', query.By.Select(d => SortValue(d, g.Key[d]))), StringComparer.Ordinal)
            .ToList();
        return new IntakeResult(total, list, totalMonths);
    }

    private Dictionary<IntakeDimension, string> Describe(long key, IReadOnlyList<IntakeDimension> by) =>
        by.Distinct().ToDictionary(d => d, d => IntakeCellKey.Describe(key, d, _employers, _streets));

    private static string SortValue(IntakeDimension dimension, string value) => dimension switch
    {
        IntakeDimension.Degree => ((int)Enum.Parse<DegreeLevel>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        IntakeDimension.UniversityTier => ((int)Enum.Parse<UniversityTier>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        IntakeDimension.IndustryChain => ((int)Enum.Parse<IndustryChain>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
