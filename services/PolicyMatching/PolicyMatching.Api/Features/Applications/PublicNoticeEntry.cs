using TalentPortal.PolicyMatching.Domain.Applications;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>One line of the public notice (公示): the applicant's name is shown with the given name masked.</summary>
public sealed record PublicNoticeEntry(Guid ApplicationId, string ApplicantName, string PolicyCode, decimal? Amount, string? Street, DateOnly? NoticeStart, DateOnly? NoticeEnd, int OpenObjections)
{
    public static PublicNoticeEntry From(Application a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, MaskName(a.ApplicantName), a.PolicyCode, a.Amount, a.Street, a.NoticeStart, a.NoticeEnd, a.OpenObjections);
    }

    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length <= 1 ? name : $"{name[0]}{new string('*', name.Length - 1)}";
    }
}
