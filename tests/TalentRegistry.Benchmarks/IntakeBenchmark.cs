using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure;
using TalentPortal.TalentRegistry.Infrastructure.DemoData;

namespace TalentPortal.TalentRegistry.Benchmarks;

/// <summary>(a) Intake breakdowns over generated hires: the in-memory cube against the same GROUP BY in SQLite
/// (in-memory database, one row per hire, no index), the same random queries on both, answers cross-checked.</summary>
internal static class IntakeBenchmark
{
    private static readonly IntakeDimension[] Dimensions = Enum.GetValues<IntakeDimension>();

    public static void Run(string seedsFile, int hires, int employers, int cubeQueries, int sqliteQueries)
    {
        var stored = EmployerSeeds.Load(seedsFile, DateTimeOffset.UnixEpoch);
        var all = stored.Concat(DemoTalentGenerator.SyntheticEmployers(Math.Max(employers - stored.Count, 0), 42, DateTimeOffset.UnixEpoch)).ToList();
        var generator = new DemoTalentGenerator(2026, all, new DateOnly(2024, 1, 1), new DateOnly(2026, 10, 31));
        var clock = Stopwatch.StartNew();
        var records = new IntakeRecord[hires];
        for (var i = 0; i < hires; i++)
        {
            records[i] = generator.Next().ToIntakeRecord(Guid.CreateVersion7());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {hires:N0} hires over {all.Count} employers in {clock.Elapsed.TotalSeconds:0.0} s"));
        clock.Restart();
        var cube = new IntakeCube();
        cube.AddRange(records);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cube built in {clock.Elapsed.TotalMilliseconds:0} ms: {cube.CellCount:N0} cells"));

        using var sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        clock.Restart();
        Load(sqlite, records);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sqlite loaded in {clock.Elapsed.TotalSeconds:0.0} s"));

        var random = new Random(7);
        var queries = Enumerable.Range(0, cubeQueries).Select(_ => RandomQuery(random, all)).ToList();
        foreach (var query in queries.Take(20))
        {
            cube.Query(query);
        }

        var cubeTimes = new Percentiles("cube (any breakdown)");
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            cube.Query(query);
            cubeTimes.Add(Stopwatch.GetElapsedTime(started));
        }

        var sqliteTimes = new Percentiles("sqlite GROUP BY (same queries)");
        foreach (var query in queries.Take(sqliteQueries))
        {
            var started = Stopwatch.GetTimestamp();
            var (total, groups) = Sqlite(sqlite, query);
            sqliteTimes.Add(Stopwatch.GetElapsedTime(started));
            var expected = cube.Query(query);
            if (expected.Total != total || (query.By.Count > 0 && expected.Groups.Count != groups))
            {
                throw new InvalidOperationException($"Cube and SQLite disagree: {expected.Total}/{expected.Groups.Count} vs {total}/{groups}.");
            }
        }

        Console.WriteLine(cubeTimes);
        Console.WriteLine(sqliteTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio sqlite/cube: p50 {sqliteTimes.At(50) / cubeTimes.At(50):0}x, p95 {sqliteTimes.At(95) / cubeTimes.At(95):0}x (answers identical on {Math.Min(sqliteQueries, queries.Count)} queries)"));
        Figures.Print($"intake breakdown over {hires:N0} hires, p95 (goal < 20 ms)", "ms", cubeTimes.At(95));
        Figures.Print($"same GROUP BY in SQLite over {hires:N0} rows, p95", "ms", sqliteTimes.At(95));
        Figures.Print("SQLite p95 ÷ ours p95 (goal ≥ 10)", "×", sqliteTimes.At(95) / cubeTimes.At(95));
    }

    private static IntakeQuery RandomQuery(Random random, List<Employer> employers)
    {
        var by = Dimensions.Where(_ => random.Next(3) == 0).Take(3).ToList();
        var from = new DateOnly(2024, 1, 1).AddMonths(random.Next(30));
        var to = from.AddMonths(random.Next(1, 24));
        var filter = random.Next(4) switch
        {
            0 => new IntakeFilter(),
            1 => new IntakeFilter(Street: Zone.Streets[random.Next(Zone.Streets.Count)]),
            2 => new IntakeFilter(Degree: (DegreeLevel)random.Next(4), FromOutsideHuzhou: true),
            _ => new IntakeFilter(EmployerId: employers[random.Next(employers.Count)].Id),
        };
        return new IntakeQuery(from, to, by, filter, Monthly: random.Next(2) == 0);
    }

    private static void Load(SqliteConnection connection, IntakeRecord[] records)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE intake (employer TEXT, street TEXT, chain INTEGER, degree INTEGER, tier INTEGER, outside INTEGER, month INTEGER)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO intake VALUES ($e, $s, $c, $d, $t, $o, $m)";
        var parameters = new[] { "$e", "$s", "$c", "$d", "$t", "$o", "$m" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var r in records)
        {
            parameters[0].Value = r.EmployerId.ToString();
            parameters[1].Value = r.Street;
            parameters[2].Value = (int)r.IndustryChain;
            parameters[3].Value = (int)r.Degree;
            parameters[4].Value = (int)r.UniversityTier;
            parameters[5].Value = r.FromOutsideHuzhou ? 1 : 0;
            parameters[6].Value = IntakeCube.MonthIndex(r.Month);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static (int Total, int Groups) Sqlite(SqliteConnection connection, IntakeQuery query)
    {
        var columns = query.By.Select(d => d switch
        {
            IntakeDimension.Employer => "employer",
            IntakeDimension.Street => "street",
            IntakeDimension.IndustryChain => "chain",
            IntakeDimension.Degree => "degree",
            IntakeDimension.UniversityTier => "tier",
            _ => "outside",
        }).ToList();
        var groupBy = columns.Concat(query.Monthly ? ["month"] : []).ToList();
        using var command = connection.CreateCommand();
        var where = new List<string> { "month BETWEEN $from AND $to" };
        command.Parameters.AddWithValue("$from", IntakeCube.MonthIndex(query.From));
        command.Parameters.AddWithValue("$to", IntakeCube.MonthIndex(query.To));
        if (query.Filter.Street is { } street)
        {
            where.Add("street = $street");
            command.Parameters.AddWithValue("$street", street);
        }

        if (query.Filter.Degree is { } degree)
        {
            where.Add("degree = $degree");
            command.Parameters.AddWithValue("$degree", (int)degree);
        }

        if (query.Filter.FromOutsideHuzhou is { } outside)
        {
            where.Add("outside = $outside");
            command.Parameters.AddWithValue("$outside", outside ? 1 : 0);
        }

        if (query.Filter.EmployerId is { } employer)
        {
            where.Add("employer = $employer");
            command.Parameters.AddWithValue("$employer", employer.ToString());
        }

        var select = groupBy.Count == 0 ? "" : string.Join(", ", groupBy) + ", ";
        command.CommandText = $"SELECT {select}COUNT(*) FROM intake WHERE {string.Join(" AND ", where)}" + (groupBy.Count == 0 ? "" : $" GROUP BY {string.Join(", ", groupBy)}");
        using var reader = command.ExecuteReader();
        var total = 0;
        var groups = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            total += reader.GetInt32(groupBy.Count);
            groups.Add(string.Join('|', Enumerable.Range(0, columns.Count).Select(i => reader.GetValue(i).ToString())));
        }

        return (total, groups.Count);
    }
}
