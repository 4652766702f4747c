using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One text of a policy file (YAML). Exactly one is Published per policy code; officials edit by drafting a
/// new text, previewing its diff and publishing it, which supersedes the previous one.</summary>
public sealed class PolicyDocument : IAggregate
{
    private PolicyDocument()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string Code { get; private set; } = "";
    public string Yaml { get; private set; } = "";
    public PolicyDocumentState State { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public static PolicyDocument Draft(string code, string yaml, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Yaml = yaml,
        State = PolicyDocumentState.Draft,
        CreatedBy = by,
        CreatedAt = now,
    };

    public static PolicyDocument Seeded(string code, string yaml, DateTimeOffset now)
    {
        var document = Draft(code, yaml, "seed", now);
        document.Publish("seed", now);
        return document;
    }

    public void Publish(string by, DateTimeOffset now)
    {
        Require(PolicyDocumentState.Draft, "publish");
        State = PolicyDocumentState.Published;
        PublishedBy = by;
        PublishedAt = now;
    }

    public void Supersede() => State = PolicyDocumentState.Superseded;

    public void Discard()
    {
        Require(PolicyDocumentState.Draft, "discard");
        State = PolicyDocumentState.Discarded;
    }

    public void Retire()
    {
        Require(PolicyDocumentState.Published, "retire");
        State = PolicyDocumentState.Retired;
    }

    private void Require(PolicyDocumentState state, string action)
    {
        if (State != state)
        {
            throw ServiceDefaults.Http.ProblemException.Conflict(
                $"Cannot {action} a policy text that is {State}.",
                new Dictionary<string, object?> { ["state"] = State.ToString() });
        }
    }
}
