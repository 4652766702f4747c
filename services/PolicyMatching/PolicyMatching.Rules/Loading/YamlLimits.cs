using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>
/// Bounds on a policy file, checked on YamlDotNet's event stream (which reads without recursion) before the document
/// is built: its size, how deep it nests and how much its aliases expand. YamlDotNet builds nodes recursively and the
/// criteria parser walks every alias again, so an unbounded file could overflow the stack (which no handler can
/// catch) or expand exponentially ("billion laughs"); such a file is refused in milliseconds instead.
/// </summary>
public static class YamlLimits
{
    /// <summary>Largest policy file, in UTF-8 bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Deepest nesting of mappings and sequences, aliases expanded.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most aliases (<c>*name</c>) in one file.</summary>
    public const int MaxAliases = 256;

    /// <summary>Most nodes once every alias is expanded.</summary>
    public const int MaxExpandedNodes = 100_000;

    /// <summary>The first limit <paramref name="text"/> exceeds, or null when it is within all of them. Malformed YAML
    /// passes here: the loader reports it with its line.</summary>
    internal static PolicyError? Check(string text, string fileName)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return new PolicyError(fileName, "", $"the file is larger than {MaxBytes / 1024} KB");
        }

        var parser = new Parser(new StringReader(text));
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, (long Size, int Height)>(StringComparer.Ordinal);
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                var line = (int)parser.Current!.Start.Line;
                PolicyError? problem = parser.Current switch
                {
                    MappingStart or SequenceStart => Open((NodeEvent)parser.Current),
                    MappingEnd or SequenceEnd => Close(),
                    Scalar scalar => Add(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1, 1),
                    AnchorAlias alias => Alias(alias),
                    _ => null,
                };
                if (problem is not null)
                {
                    return problem with { Line = line };
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed: the loader reports it with its line.
            return null;
        }

        return null;

        PolicyError? Open(NodeEvent start)
        {
            if (open.Count + 1 > MaxDepth)
            {
                return TooDeep();
            }

            open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value));
            return null;
        }

        PolicyError? Close()
        {
            var frame = open.Pop();
            var (size, height) = (frame.Size + 1, frame.Height + 1);
            return Add(frame.Anchor, size, height);
        }

        PolicyError? Alias(AnchorAlias alias)
        {
            if (++aliases > MaxAliases)
            {
                return new PolicyError(fileName, "", $"more than {MaxAliases} aliases (*name); write the values out or use fewer anchors");
            }

            // An unknown alias is reported by the loader.
            return anchors.TryGetValue(alias.Value.Value, out var anchored) ? Add(null, anchored.Size, anchored.Height) : null;
        }

        // Adds a finished node (its expanded size and height) to the node that contains it.
        PolicyError? Add(string? anchor, long size, int height)
        {
            if (anchor is not null)
            {
                anchors[anchor] = (size, height);
            }

            if (open.Count + height > MaxDepth + 1)
            {
                return TooDeep();
            }

            if (open.TryPeek(out var parent))
            {
                parent.Size += size;
                parent.Height = Math.Max(parent.Height, height);
                if (parent.Size > MaxExpandedNodes)
                {
                    return new PolicyError(fileName, "", $"aliases expand to more than {MaxExpandedNodes} nodes");
                }
            }
            else if (size > MaxExpandedNodes)
            {
                return new PolicyError(fileName, "", $"aliases expand to more than {MaxExpandedNodes} nodes");
            }

            return null;
        }

        PolicyError TooDeep() => new(fileName, "", $"nested more than {MaxDepth} levels deep (aliases expanded)");
    }

    private sealed class Frame(string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public long Size { get; set; }

        public int Height { get; set; }
    }
}
