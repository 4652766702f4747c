using System.Linq.Expressions;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Store filters built from parts, and pages of records whose scope the store cannot filter on.</summary>
public static class Filters
{
    /// <summary>Both conditions, as one expression the store adapters translate.</summary>
    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    /// <summary>
    /// One <paramref name="page"/> of the records <paramref name="fetch"/> returns in order that also pass
    /// <paramref name="keep"/> (a scope rule that needs another record), reading the store in batches until the page is
    /// full or the records run out.
    /// </summary>
    public static async Task<IReadOnlyList<T>> PageAsync<T>(Func<int, int, Task<IReadOnlyList<T>>> fetch, Func<T, Task<bool>> keep, Page page)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(page);
        var batch = Math.Max(page.Take, 100);
        var kept = new List<T>();
        for (var offset = 0; kept.Count < page.Skip + page.Take; offset += batch)
        {
            var read = await fetch(offset, batch);
            foreach (var record in read)
            {
                if (await keep(record))
                {
                    kept.Add(record);
                }
            }

            if (read.Count < batch)
            {
                break;
            }
        }

        return [.. kept.Skip(page.Skip).Take(page.Take)];
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
