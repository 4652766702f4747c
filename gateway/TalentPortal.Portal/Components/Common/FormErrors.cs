using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Components.Common;

/// <summary>Messages per form field, from local checks or from the API's ProblemDetails <c>errors</c>.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _messages.Count > 0;

    public void Add(string field, string message)
    {
        if (!_messages.TryGetValue(field, out var list))
        {
            _messages[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Puts each of the problem's field errors next to its field; true when at least one landed.</summary>
    public bool AddProblem(ApiProblem problem, string? fallbackField, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(problem);
        foreach (var field in fields)
        {
            foreach (var message in problem.For(field, fallbackField))
            {
                Add(field, message);
            }
        }

        return Any;
    }

    public IReadOnlyList<string> For(string field) => _messages.TryGetValue(field, out var list) ? list : [];

    public bool Has(string field) => _messages.ContainsKey(field);

    /// <summary>The value of aria-describedby / aria-invalid for a field.</summary>
    public string? DescribedBy(string field, string errorId) => Has(field) ? errorId : null;
}
