using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentPortal.Portal.Resources;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>What every page must pass, whatever it shows: axe-core finds no serious or critical violation (WCAG 2.1 A
/// and AA rules and axe's best practices), and the text a person reads (including what date and month inputs display) is in the page's language, with no
/// resource key, raw code or US date left in it.</summary>
public static partial class PageChecks
{
    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Criterion ids that are also plain English (a full-time degree, social-insurance records).</summary>
    private static readonly string[] EnglishWords = ["full-time", "social-insurance"];

    /// <summary>Resource keys a person would never write: compound identifiers (SignIn, Degree_Master). Plain words that
    /// happen to be keys (Password) are English text on English pages.</summary>
    private static readonly Regex ResourceKeys = BuildResourceKeyPattern();

    /// <summary>Criterion ids of the seeded policies (seeds/policies/*.yaml) that are not English words themselves.</summary>
    private static readonly Regex CriterionIds = BuildCriterionPattern();

    /// <summary>Codes shown on purpose, and where. The policy editor names each policy by its code: the code is the key of
    /// the YAML document the admin edits there (<c>code: LIVING_ALLOWANCE</c>), so the admin must see it next to the name
    /// (policy codes are UPPER_SNAKE; on these pages nothing else is).
    /// The operations page names the service (talent-registry, policy-matching, housing) whose failed messages it lists:
    /// the admin finds that service's logs and queues by this name.</summary>
    private static readonly (string Path, Regex ShownOnPurpose)[] Allowed =
    [
        ("/policies/admin", UpperSnake()),
        ("/operations", ServiceId()),
    ];

    /// <summary>Fails listing every problem <see cref="FindProblemsAsync"/> finds.</summary>
    public static async Task CheckAsync(this IPage page, Language language)
    {
        var problems = await page.FindProblemsAsync(language);
        Assert.True(problems.Count == 0, $"{page.Url} ({language}):\n  " + string.Join("\n  ", problems));
    }

    public static async Task<IReadOnlyList<string>> FindProblemsAsync(this IPage page, Language language)
    {
        var problems = new List<string>();
        var axe = await page.RunAxe(AxeOptions);
        foreach (var violation in axe.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            foreach (var node in violation.Nodes)
            {
                problems.Add($"axe {violation.Impact} {violation.Id} at {node.Target}: {violation.Help} — {Shorten(node.Html)}");
            }
        }

        var shown = await ShownTextAsync(page);
        if (shown.Lang != language.Code)
        {
            problems.Add($"<html lang=\"{shown.Lang}\"> on a {language} page");
        }

        var text = string.Join('\n', [shown.Text, .. shown.Attributes, .. shown.Controls]);
        var path = new Uri(page.Url).AbsolutePath;
        foreach (var (where, shownOnPurpose) in Allowed)
        {
            if (path.StartsWith(where, StringComparison.Ordinal))
            {
                text = shownOnPurpose.Replace(text, " ");
            }
        }

        problems.AddRange(FindTextProblems(text, language));
        return problems;
    }

    /// <summary>The text problems in <paramref name="text"/>, read in <paramref name="language"/>.</summary>
    public static IEnumerable<string> FindTextProblems(string text, Language language)
    {
        foreach (Match key in ResourceKeys.Matches(text))
        {
            yield return $"untranslated resource key \"{key.Value}\" in \"{Around(text, key)}\"";
        }

        foreach (Match key in KeyLike().Matches(text))
        {
            yield return $"resource-key-like text \"{key.Value}\" in \"{Around(text, key)}\"";
        }

        foreach (Match code in UpperSnake().Matches(text))
        {
            yield return $"raw code \"{code.Value}\" in \"{Around(text, code)}\"";
        }

        // A record's id (a GUID, e.g. the subject of a failed message on the operations page) is shown on purpose; one that
        // starts with a letter reads like a kebab-case code.
        foreach (Match id in (language.IsChinese ? Kebab() : CriterionIds).Matches(text).Where(m => !Guid.TryParseExact(m.Value, "D", out _)))
        {
            yield return $"raw id \"{id.Value}\" in \"{Around(text, id)}\"";
        }

        foreach (Match date in UsDate().Matches(text))
        {
            yield return $"US date \"{date.Value}\" in \"{Around(text, date)}\"";
        }

        if (language.IsChinese)
        {
            foreach (Match month in EnglishMonth().Matches(text))
            {
                yield return $"English month \"{month.Value}\" on a Chinese page in \"{Around(text, month)}\"";
            }
        }
    }

    private sealed record Shown(string Lang, string Text, string[] Attributes, string[] Controls);

    /// <summary>What the page shows: its visible text, the texts of attributes read out or shown (labels, titles,
    /// placeholders, alt texts, values of text-like inputs), and what Chromium's date, month and time inputs display
    /// (their fields live in a user-agent shadow root that no page script can read, so it is read through DevTools).</summary>
    private static async Task<Shown> ShownTextAsync(IPage page)
    {
        var dom = await page.EvaluateAsync<JsonElement>("""
            () => ({
              lang: document.documentElement.lang,
              title: document.title,
              text: document.body.innerText,
              attributes: [...document.querySelectorAll('[aria-label],[title],[placeholder],img[alt],input[type=date],input[type=month],input[type=submit],input[type=button]')]
                .flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('alt'),
                               e.matches('input[type=submit],input[type=button]') ? e.value : null])
                .filter(t => t),
            })
            """);
        var attributes = dom.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!).Append(dom.GetProperty("title").GetString()!).ToArray();
        return new Shown(dom.GetProperty("lang").GetString() ?? "", dom.GetProperty("text").GetString() ?? "", attributes, await DateControlTextsAsync(page));
    }

    private static async Task<string[]> DateControlTextsAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var document = await session.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = -1, ["pierce"] = true });
            var texts = new List<string>();
            if (document is { } root)
            {
                CollectDateControls(root.GetProperty("root"), texts);
            }

            return [.. texts];
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    /// <summary>Adds what each input with a user-agent shadow root displays; walks documents, frames and shadow roots.</summary>
    private static void CollectDateControls(JsonElement node, List<string> texts)
    {
        if (node.TryGetProperty("nodeName", out var name) && name.GetString() == "INPUT")
        {
            if (node.TryGetProperty("shadowRoots", out var roots))
            {
                var shown = new List<string>();
                foreach (var root in roots.EnumerateArray())
                {
                    CollectText(root, shown);
                }

                texts.Add(string.Concat(shown));
            }

            return;
        }

        foreach (var child in Children(node))
        {
            CollectDateControls(child, texts);
        }
    }

    private static void CollectText(JsonElement node, List<string> texts)
    {
        if (node.GetProperty("nodeType").GetInt32() == 3)
        {
            texts.Add(node.GetProperty("nodeValue").GetString() ?? "");
        }

        foreach (var child in Children(node))
        {
            CollectText(child, texts);
        }
    }

    private static IEnumerable<JsonElement> Children(JsonElement node)
    {
        foreach (var property in new[] { "children", "shadowRoots", "pseudoElements" })
        {
            if (node.TryGetProperty(property, out var list))
            {
                foreach (var child in list.EnumerateArray())
                {
                    yield return child;
                }
            }
        }

        if (node.TryGetProperty("contentDocument", out var frame))
        {
            yield return frame;
        }
    }

    private static Regex BuildResourceKeyPattern()
    {
        var resources = new ResourceManager(typeof(PortalText));
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var keys = set.Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .Where(k => k.Contains('_', StringComparison.Ordinal) || k.Skip(1).Any(char.IsUpper))
            .OrderByDescending(k => k.Length)
            .Select(Regex.Escape);
        return new Regex($@"(?<![A-Za-z0-9_-])(?:{string.Join('|', keys)})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant);
    }

    private static Regex BuildCriterionPattern()
    {
        var folder = Path.Combine(RepositoryRoot(), "seeds", "policies");
        var ids = Directory.EnumerateFiles(folder, "*.yaml")
            .SelectMany(File.ReadLines)
            .Select(line => CriterionIdLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Where(id => id.Contains('-', StringComparison.Ordinal) && !EnglishWords.Contains(id))
            .Distinct()
            .OrderByDescending(id => id.Length)
            .Select(Regex.Escape);
        return new Regex($@"(?<![A-Za-z0-9_-])(?:{string.Join('|', ids)})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TalentPortal.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("TalentPortal.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 30);
        var end = Math.Min(text.Length, match.Index + match.Length + 30);
        return text[start..end].ReplaceLineEndings(" ⏎ ");
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";


    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:talent-registry|policy-matching)(?![A-Za-z0-9_-])")]
    private static partial Regex ServiceId();

    [GeneratedRegex(@"^\s*-?\s*id:\s*([a-z0-9-]+)\s*$")]
    private static partial Regex CriterionIdLine();

    /// <summary>Prefix_suffix identifiers (Degree_Unknown, FieldProblem_x): a key built at run time that PortalText lacks.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Z][a-z][A-Za-z0-9]*_[A-Za-z0-9_]+(?![A-Za-z0-9_-])")]
    private static partial Regex KeyLike();

    /// <summary>TALENT_APARTMENT, OFFICIAL_VERIFIED.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_-])")]
    private static partial Regex UpperSnake();

    /// <summary>continuous-social-insurance: in Chinese text no word is written so (a file name such as hires-2026-11.csv
    /// is the person's own).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_.@/-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![A-Za-z0-9_@/-]|\.[A-Za-z0-9])")]
    private static partial Regex Kebab();

    /// <summary>03/01/2026, mm/dd/yyyy, June 1, 2025, and Chromium's empty US month picker (--------- ----).</summary>
    [GeneratedRegex(@"(?<![0-9/])\d{1,2}/\d{1,2}/\d{2,4}(?![0-9/])|mm/dd/yyyy|(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|-{3,}\s*-{4}", RegexOptions.IgnoreCase)]
    private static partial Regex UsDate();

    /// <summary>An English month, also as a month input shows it (June2025: its fields are separate texts).</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?![a-z])")]
    private static partial Regex EnglishMonth();
}
