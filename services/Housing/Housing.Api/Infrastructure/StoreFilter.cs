using System.Linq.Expressions;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>Combines optional filter parts into one expression the store can translate (a single lambda whose body is
/// an AND of the parts, without Invoke).</summary>
public static class StoreFilter
{
    public static Expression<Func<T, bool>> All<T>(params Expression<Func<T, bool>>?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? body = null;
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            var rebound = new Rebind(part.Parameters[0], parameter).Visit(part.Body);
            body = body is null ? rebound : Expression.AndAlso(body, rebound);
        }

        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(true), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
