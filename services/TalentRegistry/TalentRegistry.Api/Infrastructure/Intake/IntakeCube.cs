using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure.Intake;

/// <summary>Intake counts per distinct (employer, street, industry chain, degree, university tier, origin, month)
/// tuple, held in memory. Loaded from the stored intake records at start-up and advanced after each committed hire,
/// it answers any breakdown by summing cells: every breakdown sums the same cells, so totals always reconcile.</summary>
public sealed class IntakeCube
{
    private const int BaseYear = 1970;
    private const int MonthBits = 12;
    private const int OriginShift = MonthBits;
    private const int TierShift = OriginShift + 1;
    private const int DegreeShift = TierShift + 3;
    private const int ChainShift = DegreeShift + 3;
    private const int StreetShift = ChainShift + 4;
    private const int EmployerShift = StreetShift + 10;

    private const long EmployerMask = -1L << EmployerShift;

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, int> _employerIndex = [];
    private readonly List<Guid> _employers = [];
    private readonly Dictionary<string, int> _streetIndex = new(StringComparer.Ordinal);
    private readonly List<string> _streets = [];

    // Every tuple, with each employer's cells listed so an employer filter reads only that employer's cells.
    private readonly CellSet _cells = new();
    private readonly List<List<int>> _cellsByEmployer = [];

    // The same counts without the employer: far fewer cells for the queries that neither group nor filter by employer.
    private readonly CellSet _withoutEmployer = new();
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

    public void Add(IntakeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            AddLocked(record);
        }
    }

    public void AddRange(IEnumerable<IntakeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            foreach (var record in records)
            {
                AddLocked(record);
            }
        }
    }

    public IntakeResult Query(IntakeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = MonthIndex(query.From);
        var months = MonthIndex(query.To) - from + 1;
        var groupMask = GroupMask(query.By);
        var groups = new Dictionary<long, (int Count, int[]? Months)>();
        var totalMonths = query.Monthly ? new int[months] : null;
        var total = 0;
        lock (_gate)
        {
            if (!TryResolve(query.Filter, out var filterMask, out var filterValue))
            {
                return Build(query, groups, 0, totalMonths);
            }

            var byEmployer = (filterMask & EmployerMask) != 0;
            var set = byEmployer || (groupMask & EmployerMask) != 0 ? _cells : _withoutEmployer;
            var positions = byEmployer ? _cellsByEmployer[(int)(filterValue >>> EmployerShift)] : null;
            var count = positions?.Count ?? set.Count;
            for (var j = 0; j < count; j++)
            {
                var i = positions is null ? j : positions[j];
                var key = set.Keys[i];
                var month = (int)(key & ((1 << MonthBits) - 1)) - from;
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

    public static int MonthIndex(DateOnly month) => ((month.Year - BaseYear) * 12) + month.Month - 1;

    private void AddLocked(IntakeRecord record)
    {
        var key = KeyOf(record);
        if (_cells.Increment(key) is { } added)
        {
            var employer = (int)(key >>> EmployerShift);
            while (_cellsByEmployer.Count <= employer)
            {
                _cellsByEmployer.Add([]);
            }

            _cellsByEmployer[employer].Add(added);
        }

        _withoutEmployer.Increment(key & ~EmployerMask);
        _total++;
    }

    private long KeyOf(IntakeRecord r)
    {
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

        return ((long)employer << EmployerShift) | ((long)street << StreetShift) | ((long)r.IndustryChain << ChainShift)
            | ((long)r.Degree << DegreeShift) | ((long)r.UniversityTier << TierShift) | ((r.FromOutsideHuzhou ? 1L : 0L) << OriginShift)
            | (long)MonthIndex(r.Month);
    }

    private static long GroupMask(IReadOnlyList<IntakeDimension> by)
    {
        var mask = 0L;
        foreach (var dimension in by)
        {
            mask |= dimension switch
            {
                IntakeDimension.Employer => EmployerMask,
                IntakeDimension.Street => 0x3FFL << StreetShift,
                IntakeDimension.IndustryChain => 0xFL << ChainShift,
                IntakeDimension.Degree => 0x7L << DegreeShift,
                IntakeDimension.UniversityTier => 0x7L << TierShift,
                IntakeDimension.Origin => 1L << OriginShift,
                _ => 0,
            };
        }

        return mask;
    }

    /// <summary>Turns the filter into mask/value over cell keys; false when it names a value no cell has.</summary>
    private bool TryResolve(IntakeFilter filter, out long mask, out long value)
    {
        mask = 0;
        value = 0;
        if (filter.EmployerId is { } employerId)
        {
            if (!_employerIndex.TryGetValue(employerId, out var employer))
            {
                return false;
            }

            mask |= EmployerMask;
            value |= (long)employer << EmployerShift;
        }

        if (filter.Street is { } streetName)
        {
            if (!_streetIndex.TryGetValue(streetName, out var street))
            {
                return false;
            }

            mask |= 0x3FFL << StreetShift;
            value |= (long)street << StreetShift;
        }

        Constrain(ref mask, ref value, (long?)filter.IndustryChain, 0xF, ChainShift);
        Constrain(ref mask, ref value, (long?)filter.Degree, 0x7, DegreeShift);
        Constrain(ref mask, ref value, (long?)filter.UniversityTier, 0x7, TierShift);
        Constrain(ref mask, ref value, filter.FromOutsideHuzhou is { } outside ? (outside ? 1 : 0) : null, 0x1, OriginShift);
        return true;
    }

    private static void Constrain(ref long mask, ref long value, long? wanted, long bits, int shift)
    {
        if (wanted is { } v)
        {
            mask |= bits << shift;
            value |= v << shift;
        }
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
        by.Distinct().ToDictionary(d => d, d => d switch
        {
            IntakeDimension.Employer => _employers[(int)(key >>> EmployerShift)].ToString(),
            IntakeDimension.Street => _streets[(int)((key >> StreetShift) & 0x3FF)],
            IntakeDimension.IndustryChain => ((IndustryChain)((key >> ChainShift) & 0xF)).ToString(),
            IntakeDimension.Degree => ((DegreeLevel)((key >> DegreeShift) & 0x7)).ToString(),
            IntakeDimension.UniversityTier => ((UniversityTier)((key >> TierShift) & 0x7)).ToString(),
            _ => ((key >> OriginShift) & 1) == 1 ? "outside" : "huzhou",
        });

    private static string SortValue(IntakeDimension dimension, string value) => dimension switch
    {
        IntakeDimension.Degree => ((int)Enum.Parse<DegreeLevel>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        IntakeDimension.UniversityTier => ((int)Enum.Parse<UniversityTier>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        IntakeDimension.IndustryChain => ((int)Enum.Parse<IndustryChain>(value)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>Counts per cell key in parallel arrays (scanned without indirection), with a dictionary to find a key.</summary>
    private sealed class CellSet
    {
        private readonly Dictionary<long, int> _index = [];

        public long[] Keys { get; private set; } = new long[1024];
        public int[] Counts { get; private set; } = new int[1024];
        public int Count { get; private set; }

        /// <summary>Adds one to the key's cell; returns the cell's position when the key is new.</summary>
        public int? Increment(long key)
        {
            if (_index.TryGetValue(key, out var position))
            {
                Counts[position]++;
                return null;
            }

            if (Count == Keys.Length)
            {
                var keys = Keys;
                var counts = Counts;
                Array.Resize(ref keys, keys.Length * 2);
                Array.Resize(ref counts, counts.Length * 2);
                Keys = keys;
                Counts = counts;
            }

            Keys[Count] = key;
            Counts[Count] = 1;
            _index[key] = Count;
            return Count++;
        }
    }
}
