namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>Thrown when policy files are invalid; lists every problem found, not just the first.</summary>
public sealed class PolicyValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PolicyValidationException(IReadOnlyList<PolicyError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates an exception with no listed problems.</summary>
    public PolicyValidationException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message and no listed problems.</summary>
    public PolicyValidationException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates an exception with a message, an inner exception and no listed problems.</summary>
    public PolicyValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    private static string Describe(IReadOnlyList<PolicyError> errors) =>
        $"Invalid policy file(s), {errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
}
