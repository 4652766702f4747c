using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>How much of a person a caller sees: full national ID and phone only when revealed (officials, audited);
/// the birth date for the graduate themself and officials, the birth year only for HR (with the masked ID's last four
/// characters, a full birth date would leave few candidates for the whole number); who supplied each fact for officials
/// and admins only.</summary>
public sealed record TalentView(bool Reveal, bool BirthYearOnly, bool ShowsSuppliers = false)
{
    public static TalentView For(Caller caller, bool reveal = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new TalentView(reveal, caller.IsEmployerHr, caller.IsOfficial || caller.IsAdmin);
    }
}
