using TalentPortal.PolicyMatching.Rules.Policies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>
/// Reads policies from YAML, one policy per file, and rejects invalid files with every problem named by file,
/// YAML path and line. The only I/O is <see cref="LoadDirectory"/> reading the files it is pointed at.
/// </summary>
public static class PolicyLoader
{
    private static readonly string[] Keys =
        ["code", "name", "category", "authority", "legalReference", "oncePerPerson", "exclusionGroup", "stacking", "trust", "versions", "tests"];

    private static readonly string[] VersionKeys = ["id", "effectiveFrom", "effectiveTo", "document", "criteria", "benefit"];

    /// <summary>Loads every <c>*.yaml</c> / <c>*.yml</c> file of a directory (not recursive), ordered by file name.</summary>
    /// <exception cref="PolicyValidationException">Any file is invalid, or two files share a policy code.</exception>
    public static IReadOnlyList<PolicyDefinition> LoadDirectory(string path)
    {
        var files = Directory.EnumerateFiles(path, "*.yaml")
            .Concat(Directory.EnumerateFiles(path, "*.yml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var errors = new List<PolicyError>();
        var policies = new List<PolicyDefinition>();
        foreach (var file in files)
        {
            try
            {
                policies.Add(Parse(File.ReadAllText(file), Path.GetFileName(file)));
            }
            catch (PolicyValidationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        foreach (var duplicate in policies.GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = duplicate.First().SourceFile;
            errors.AddRange(duplicate.Skip(1).Select(p => new PolicyError(p.SourceFile, "code", $"duplicate code '{p.Code}' (also in {first})")));
        }

        foreach (var group in policies.Where(p => p.ExclusionGroup is not null).GroupBy(p => p.ExclusionGroup!, StringComparer.Ordinal))
        {
            if (group.Select(p => p.Stacking).Distinct().Count() > 1)
            {
                errors.AddRange(group.Select(p => new PolicyError(p.SourceFile, "stacking", $"policies of exclusion group '{group.Key}' disagree on stacking")));
            }
        }

        return errors.Count > 0 ? throw new PolicyValidationException(errors) : policies;
    }

    /// <summary>Parses one policy file.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">Name used in error messages and <see cref="PolicyDefinition.SourceFile"/>.</param>
    /// <exception cref="PolicyValidationException">The file is invalid.</exception>
    public static PolicyDefinition Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (YamlLimits.Check(text, fileName) is { } tooLarge)
        {
            throw new PolicyValidationException([tooLarge]);
        }

        var errors = new YamlErrors(fileName);
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.List.Add(new PolicyError(fileName, "", $"not valid YAML: {e.InnerException?.Message ?? e.Message}", (int)e.Start.Line));
            throw new PolicyValidationException(errors.List);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this for some unterminated flow collections.
            var line = (int)(parser.Current?.End.Line ?? 0);
            errors.List.Add(new PolicyError(fileName, "", "not valid YAML: unterminated flow mapping or sequence ({ } or [ ])", line));
            throw new PolicyValidationException(errors.List);
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add("", null, "expected exactly one YAML document");
            throw new PolicyValidationException(errors.List);
        }

        YamlMerge.Apply(stream.Documents[0].RootNode);
        var policy = Policy(errors, stream.Documents[0].RootNode, fileName);
        return errors.List.Count == 0 && policy is not null ? policy : throw new PolicyValidationException(errors.List);
    }

    private static PolicyDefinition? Policy(YamlErrors errors, YamlNode root, string fileName)
    {
        var map = errors.Map(root, "", Keys);
        if (map is null)
        {
            return null;
        }

        var code = map.String("code");
        var name = map.Localized("name");
        var category = map.String("category");
        var authority = map.Localized("authority");
        var legalReference = map.String("legalReference");
        var oncePerPerson = map.Bool("oncePerPerson") ?? false;
        var group = map.String("exclusionGroup", required: false);
        var stacking = Stacking(errors, map, group);
        var trust = TrustParser.Parse(errors, map);
        var versions = Versions(errors, map, legalReference ?? "", out var ids);
        var count = errors.List.Count;
        if (code is null || name is null || category is null || authority is null || legalReference is null || stacking is null || trust is null || versions is null)
        {
            return null;
        }

        var tests = TestCaseParser.Parse(errors, map, ids);
        return errors.List.Count > count
            ? null
            : new PolicyDefinition(code, name, category, authority, legalReference, oncePerPerson, group, stacking.Value, versions, tests, fileName, trust);
    }

    private static StackingRule? Stacking(YamlErrors errors, YamlMap map, string? group)
    {
        var text = map.String("stacking", required: false);
        StackingRule? rule = text switch
        {
            null => group is null ? StackingRule.Stack : StackingRule.Higher,
            "higher" => StackingRule.Higher,
            "stack" => StackingRule.Stack,
            _ => null,
        };
        if (rule is null)
        {
            errors.Add(map.PathOf("stacking"), map.Get("stacking", false), $"unknown stacking rule '{text}'; use higher or stack");
        }
        else if (rule == StackingRule.Higher && group is null)
        {
            errors.Add(map.PathOf("stacking"), map.Get("stacking", false), "'higher' needs an exclusionGroup");
            rule = null;
        }

        return rule;
    }

    private static List<PolicyVersion>? Versions(YamlErrors errors, YamlMap map, string legalReference, out HashSet<string> ids)
    {
        ids = new HashSet<string>(StringComparer.Ordinal) { "effectiveFrom", "effectiveTo" };
        var items = map.Sequence("versions");
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            errors.Add(map.PathOf("versions"), map.Node, "a policy needs at least one version");
            return null;
        }

        var count = errors.List.Count;
        var parsed = new List<(PolicyVersion? Version, string Path, YamlMap? Map)>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"versions[{i}]";
            var v = errors.Map(items[i], path, VersionKeys);
            parsed.Add((v is null ? null : Version(errors, v, path, legalReference, ids), path, v));
        }

        CheckDates(errors, parsed);
        if (errors.List.Count > count)
        {
            return null;
        }

        // A criterion cites the document of the version where it last changed, not every later amending notice.
        var versions = parsed.Select(p => p.Version!).OrderBy(v => v.EffectiveFrom).ToList();
        for (var i = 1; i < versions.Count; i++)
        {
            versions[i] = versions[i].CitingUnchangedFrom(versions[i - 1]);
        }

        return versions;
    }

    private static PolicyVersion? Version(YamlErrors errors, YamlMap map, string path, string legalReference, HashSet<string> ids)
    {
        var id = map.String("id");
        var from = map.Date("effectiveFrom", within: (EngineDates.Earliest, EngineDates.Latest));
        var to = map.Date("effectiveTo", required: false, within: (EngineDates.Earliest, EngineDates.Latest));
        if (from is not null && to < from)
        {
            errors.Add(map.PathOf("effectiveTo"), map.Get("effectiveTo", false), $"ends before it starts ({from:yyyy-MM-dd})");
        }

        var document = map.String("document", required: false) ?? legalReference;
        var criteriaParser = new CriteriaParser(errors, document);
        var criteria = criteriaParser.Parse(map.Get("criteria", true), map.PathOf("criteria"));
        var benefit = BenefitParser.Parse(errors, map, criteriaParser, document);
        ids.UnionWith(criteriaParser.Ids);
        return id is null || from is null || criteria is null || benefit is null
            ? null
            : new PolicyVersion(id, from.Value, to, document, criteria, benefit);
    }

    /// <summary>Version ids are unique and date ranges do not overlap; only the last version may be open-ended.</summary>
    private static void CheckDates(YamlErrors errors, List<(PolicyVersion? Version, string Path, YamlMap? Map)> parsed)
    {
        var valid = parsed.Where(p => p.Version is not null).OrderBy(p => p.Version!.EffectiveFrom).ToList();
        foreach (var duplicate in valid.GroupBy(p => p.Version!.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (_, path, map) in duplicate.Skip(1))
            {
                errors.Add($"{path}.id", map!.Node, $"duplicate version id '{duplicate.Key}'");
            }
        }

        for (var i = 1; i < valid.Count; i++)
        {
            var (earlier, earlierPath, _) = valid[i - 1];
            var (later, laterPath, laterMap) = valid[i];
            if (earlier!.EffectiveTo is null)
            {
                errors.Add($"{earlierPath}.effectiveTo", laterMap!.Node,
                    $"is open-ended but {laterPath} starts {later!.EffectiveFrom:yyyy-MM-dd}; set effectiveTo to {later.EffectiveFrom.AddDays(-1):yyyy-MM-dd} or earlier");
            }
            else if (earlier.EffectiveTo >= later!.EffectiveFrom)
            {
                errors.Add($"{laterPath}.effectiveFrom", laterMap!.Get("effectiveFrom", false),
                    $"overlaps {earlierPath} ({earlier.EffectiveFrom:yyyy-MM-dd} to {earlier.EffectiveTo:yyyy-MM-dd}); versions must not overlap");
            }
        }
    }
}
