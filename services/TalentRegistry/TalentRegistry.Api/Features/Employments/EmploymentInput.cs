using System.Globalization;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>Validation and parsing of employment terms shared by the requests that state them.</summary>
public static class EmploymentInput
{
    /// <summary>Fifty years of monthly contributions.</summary>
    public const int MaxSocialInsuranceMonths = 600;

    public static void ValidateTerms(ValidationErrors errors, string? startDate, string? contractEnd, string? position, int? socialInsuranceMonths)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var start = Date(startDate);
        if (start is null)
        {
            errors.Add("startDate", "startDate is required, as yyyy-MM-dd.");
        }

        if (contractEnd is not null)
        {
            if (Date(contractEnd) is not { } end)
            {
                errors.Add("contractEnd", "contractEnd must be yyyy-MM-dd.");
            }
            else if (start is not null && end <= start)
            {
                errors.Add("contractEnd", "contractEnd must be after startDate.");
            }
        }

        errors.MaxLength("position", position, 100);
        errors.PlainText("position", position);
        errors.Range("socialInsuranceMonths", socialInsuranceMonths, 0, MaxSocialInsuranceMonths);
    }

    /// <summary>A start between 1950 and a year from today; a contract ending within 30 years of the start.</summary>
    public static void ValidateDates(ValidationErrors errors, string? startDate, string? contractEnd, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Date(startDate) is not { } start)
        {
            return;
        }

        if (PlausibleDates.Start(start, today) is { } problem)
        {
            errors.Add("startDate", $"startDate {problem}.");
        }
        else if (Date(contractEnd) is { } end && PlausibleDates.ContractEnd(end, start) is { } endProblem)
        {
            errors.Add("contractEnd", $"contractEnd {endProblem}.");
        }
    }

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static EmploymentTerms Terms(string? startDate, string? contractEnd, string? position, int? socialInsuranceMonths) =>
        new(Date(startDate)!.Value, Date(contractEnd), position?.Trim(), socialInsuranceMonths ?? 0);

    /// <summary>409 pointing at the existing record when the same hire (talent, employer, start) is already recorded.</summary>
    public static async Task EnsureNewHireAsync(IStore store, Guid talentId, Guid employerId, DateOnly startDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetAsync<Employment>(Employment.IdOf(talentId, employerId, startDate), cancellationToken) is { } existing)
        {
            throw new RuleViolationException(
                $"This employment (same employer and start date) is already recorded; it is {existing.Status}.",
                existing.Status.ToString(),
                new Dictionary<string, object?> { ["existingEmploymentId"] = existing.Id });
        }
    }
}
