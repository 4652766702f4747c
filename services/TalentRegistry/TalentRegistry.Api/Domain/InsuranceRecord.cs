using System.Security.Cryptography;
using System.Text;
using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>One line of the social-insurance bureau's monthly file: the person paid (or not) in that month at that
/// employer. Its id derives from person, month and credit code, so the same line uploaded again finds the same record.</summary>
public sealed class InsuranceRecord : IAggregate
{
    private InsuranceRecord()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = "";

    public string CreditCode { get; private set; } = "";
    public bool Paid { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static Guid IdOf(string personKey, string month, string creditCode)
    {
        ArgumentNullException.ThrowIfNull(personKey);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{personKey}|{month}|{creditCode}")).AsSpan(0, 16));
    }

    public static InsuranceRecord Record(string personKey, Guid talentId, string month, string creditCode, bool paid, DateTimeOffset at) => new()
    {
        Id = IdOf(personKey, month, creditCode),
        TalentId = talentId,
        Month = month,
        CreditCode = creditCode,
        Paid = paid,
        RecordedAt = at,
    };

    /// <summary>A later file says otherwise for the same month; false when it says the same.</summary>
    public bool Change(bool paid, DateTimeOffset at)
    {
        if (Paid == paid)
        {
            return false;
        }

        Paid = paid;
        RecordedAt = at;
        return true;
    }
}
