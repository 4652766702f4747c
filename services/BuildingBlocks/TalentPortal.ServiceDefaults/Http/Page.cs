namespace TalentPortal.ServiceDefaults.Http;

/// <summary>The page of a list an endpoint answers with: every list endpoint takes <c>skip</c> and <c>take</c>, and
/// <c>take</c> has a maximum, so no request reads a whole collection.</summary>
public sealed record Page(int Skip, int Take)
{
    public const int DefaultTake = 50;
    public const int MaxTake = 500;
    public const int MaxSkip = 1_000_000;

    /// <summary>Reads <c>skip</c> (default 0) and <c>take</c> (default <paramref name="defaultTake"/>, at most
    /// <paramref name="maxTake"/>); out of range is a 400 naming the parameter.</summary>
    public static Page Of(int? skip, int? take, int defaultTake = DefaultTake, int maxTake = MaxTake)
    {
        if (skip is < 0 or > MaxSkip)
        {
            throw new InvalidFieldException("skip", $"skip must be between 0 and {MaxSkip}.");
        }

        if (take is < 1 || take > maxTake)
        {
            throw new InvalidFieldException("take", $"take must be between 1 and {maxTake}.");
        }

        return new Page(skip ?? 0, take ?? Math.Min(defaultTake, maxTake));
    }
}
