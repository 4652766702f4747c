using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A node of a criteria tree: <see cref="AllOf"/>, <see cref="AnyOf"/>, <see cref="NotOf"/> or a <see cref="Comparison"/>.</summary>
/// <param name="Id">Identifier from the YAML <c>id</c> key, or the YAML path when none was given.</param>
/// <param name="Path">YAML path of the node inside its file, e.g. <c>versions[0].criteria.all[2]</c>.</param>
public abstract record CriterionNode(string Id, string Path)
{
    /// <summary>Every comparison of the tree, in file order.</summary>
    internal IEnumerable<Comparison> Comparisons() => this switch
    {
        Comparison c => [c],
        AllOf all => all.Children.SelectMany(child => child.Comparisons()),
        AnyOf any => any.Children.SelectMany(child => child.Comparisons()),
        NotOf not => not.Child.Comparisons(),
        _ => [],
    };
}

/// <summary>Holds when every child holds.</summary>
/// <param name="Id">Identifier of the group.</param>
/// <param name="Path">YAML path of the group.</param>
/// <param name="Children">The children, in file order.</param>
public sealed record AllOf(string Id, string Path, IReadOnlyList<CriterionNode> Children) : CriterionNode(Id, Path);

/// <summary>Holds when at least one child holds.</summary>
/// <param name="Id">Identifier of the group.</param>
/// <param name="Path">YAML path of the group.</param>
/// <param name="Children">The alternatives, in file order.</param>
public sealed record AnyOf(string Id, string Path, IReadOnlyList<CriterionNode> Children) : CriterionNode(Id, Path);

/// <summary>Holds when its child fails (Unknown stays Unknown).</summary>
/// <param name="Id">Identifier of the node.</param>
/// <param name="Path">YAML path of the node.</param>
/// <param name="Child">The negated criterion.</param>
public sealed record NotOf(string Id, string Path, CriterionNode Child) : CriterionNode(Id, Path);

/// <summary>Comparison operators a criterion can use (<c>after</c>/<c>before</c> in YAML become <see cref="Min"/>/<see cref="Max"/>).</summary>
public enum ComparisonOperator
{
    /// <summary>Equal to.</summary>
    Eq,

    /// <summary>Not equal to.</summary>
    Ne,

    /// <summary>At least (inclusive).</summary>
    Min,

    /// <summary>At most (inclusive).</summary>
    Max,

    /// <summary>One of a list.</summary>
    In,

    /// <summary>None of a list.</summary>
    NotIn,

    /// <summary>A set fact contains the value.</summary>
    Contains,

    /// <summary>A set fact does not contain the value.</summary>
    NotContains,
}

/// <summary>A test on one fact, with the clause of the legal text it encodes.</summary>
public sealed record Comparison : CriterionNode
{
    internal Comparison(string id, string path, Fact fact, ComparisonOperator op, ComparisonOperand operand, string document, string article, bool ownDocument)
        : base(id, path)
    {
        Fact = fact;
        Operator = op;
        Operand = operand;
        Document = document;
        Article = article;
        OwnDocument = ownDocument;
    }

    /// <summary>The fact tested.</summary>
    public Fact Fact { get; }

    /// <summary>The operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The required value as written (normalised), e.g. <c>Master</c>, <c>2020-01-01</c>, <c>985, 211</c>.</summary>
    public string Value => Operand.Display;

    /// <summary>Where the rule comes from: document and article, e.g. <c>《…实施办法》第三条</c>.</summary>
    public string Clause => $"{Document} {Article}";

    /// <summary>The document the clause cites: the criterion's own <c>document:</c>, else the document of the version
    /// where the criterion last changed.</summary>
    internal string Document { get; }

    internal string Article { get; }

    /// <summary>Whether the criterion names its document itself (it is then cited as written).</summary>
    internal bool OwnDocument { get; }

    internal ComparisonOperand Operand { get; }

    /// <summary>Whether <paramref name="other"/> states the same rule: fact, operator, operand and article (and the
    /// document, where either names its own).</summary>
    internal bool SameRuleAs(Comparison other) =>
        Fact == other.Fact && Operator == other.Operator && Article == other.Article
        && Operand.Display == other.Operand.Display && Operand.Number == other.Operand.Number && Operand.Mask == other.Operand.Mask
        && Operand.Decimal == other.Operand.Decimal && Operand.Texts.SequenceEqual(other.Operand.Texts)
        && (!(OwnDocument || other.OwnDocument) || Document == other.Document);

    /// <summary>The same criterion citing <paramref name="document"/>.</summary>
    internal Comparison CitingFrom(string document) => new(Id, Path, Fact, Operator, Operand, document, Article, OwnDocument);
}

/// <summary>A typed operand; which member is meaningful depends on the fact's kind.</summary>
/// <param name="Display">Normalised text for people.</param>
/// <param name="Number">Integer, enum value, 0/1 for booleans, or a date's day number.</param>
/// <param name="Mask">Bit set of enum values for <c>in</c>/<c>notIn</c>.</param>
/// <param name="Decimal">Decimal operand.</param>
/// <param name="Texts">Text operands.</param>
internal sealed record ComparisonOperand(string Display, long Number, ulong Mask, decimal Decimal, IReadOnlyList<string> Texts);
