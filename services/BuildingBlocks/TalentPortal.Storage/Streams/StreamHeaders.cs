namespace TalentPortal.Storage.Streams;

/// <summary>The headers that carry an event's <see cref="StreamAddress"/> on the broker.</summary>
public static class StreamHeaders
{
    public const string Stream = "TalentPortal-Stream";
    public const string Subject = "TalentPortal-Subject";
    public const string Sequence = "TalentPortal-Sequence";
}
