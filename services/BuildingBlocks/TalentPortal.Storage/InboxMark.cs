namespace TalentPortal.Storage;

internal sealed record InboxMark(string Consumer, Guid MessageId)
{
    public string Key => $"{Consumer}|{MessageId:N}";
}
