using System.Linq.Expressions;

namespace TalentPortal.Storage;

/// <summary>An index over one member path of a document.</summary>
public sealed record IndexModel(string Name, LambdaExpression Key, bool Unique);
