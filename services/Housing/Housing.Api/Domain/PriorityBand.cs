namespace TalentPortal.Housing.Domain;

/// <summary>The waiting list's priority rule. Base band: 1 = talent tier A or B (any degree); 2 = doctorate;
/// 3 = master; 4 = bachelor; 5 = anything else or a profile housing has not received yet. Each refused or lapsed
/// offer moves the application one band down (band + 1, no floor). Within a band, earlier applications come first.</summary>
public static class PriorityBand
{
    public const int Lowest = 5;

    public static int Of(string? talentTier, string? highestDegree)
    {
        if (talentTier is "A" or "B")
        {
            return 1;
        }

        return highestDegree switch
        {
            "Doctorate" => 2,
            "Master" => 3,
            "Bachelor" => 4,
            _ => Lowest,
        };
    }

    public static string Describe(int band) => band switch
    {
        1 => "talent tier A/B",
        2 => "doctorate",
        3 => "master",
        4 => "bachelor",
        _ => "other",
    };
}
