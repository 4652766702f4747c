namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Field errors collected while validating a request.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Requires a non-blank value no longer than <paramref name="maxLength"/>.</summary>
    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{field} must be at most {maxLength} characters.");
        }
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
    }

    /// <summary>Requires the name of a defined <typeparamref name="TEnum"/> member (<see cref="EnumText"/>); null is
    /// accepted unless <paramref name="required"/>.</summary>
    public void Enum<TEnum>(string field, string? value, bool required = true) where TEnum : struct, System.Enum
    {
        if (value is null && !required)
        {
            return;
        }

        if (!EnumText.TryParse<TEnum>(value, out _))
        {
            Add(field, $"{field} must be one of {EnumText.Names<TEnum>()}.");
        }
    }

    /// <summary>Requires <paramref name="value"/> (when present) to lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public void Range<T>(string field, T? value, T min, T max) where T : struct, IComparable<T>
    {
        if (value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0))
        {
            Add(field, $"{field} must be between {min} and {max}.");
        }
    }

    /// <summary>Requires an amount of money (yuan) with at most two decimals, within [0, <paramref name="max"/>].</summary>
    public void Money(string field, decimal? value, decimal max)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v < 0 || v > max)
        {
            Add(field, $"{field} must be between 0 and {max}.");
        }
        else if (decimal.Round(v, 2) != v)
        {
            Add(field, $"{field} may have at most two decimals.");
        }
    }

    /// <summary>Refuses control and bidirectional-formatting characters in a name or other text shown to people.</summary>
    public void PlainText(string field, string? value, bool multiline = false)
    {
        if (value is not null && Text.HasHiddenCharacters(value, multiline))
        {
            Add(field, $"{field} may not contain control or bidirectional formatting characters.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
