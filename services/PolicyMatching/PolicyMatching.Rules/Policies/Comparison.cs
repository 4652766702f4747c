using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Policies;

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
