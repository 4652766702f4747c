namespace TalentPortal.Housing.Infrastructure;

/// <summary>Configuration section "Housing".</summary>
public sealed class HousingOptions
{
    /// <summary>Lease term limit in years.</summary>
    public int LeaseTermYears { get; set; } = 3;

    /// <summary>Default time a talent has to answer an offer, in days.</summary>
    public int OfferResponseDays { get; set; } = 7;

    /// <summary>Section "Housing:Offers": the windows an official's offer dates must lie in.</summary>
    public OfferWindows Offers { get; set; } = new();

    /// <summary>Days between the end of employment and the move-out date of the notice.</summary>
    public int MoveOutGraceDays { get; set; } = 60;

    /// <summary>How often pending offers past their deadline are lapsed and leases past their move-out day ended.</summary>
    public TimeSpan OfferSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Weeks of allocations the expected wait is based on.</summary>
    public int AllocationWindowWeeks { get; set; } = 12;

    public string? ApartmentsFile { get; set; }

    public string? ServiceCategoriesFile { get; set; }
}
