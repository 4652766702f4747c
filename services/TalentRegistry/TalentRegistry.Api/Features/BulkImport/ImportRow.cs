using System.Globalization;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Employments;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>One valid import row: a person with one degree and, when employer columns are filled, a hire.</summary>
public sealed record ImportRow(
    int Number, string FullName, NationalId NationalId, string? Phone, string? Email, bool HukouHuzhou, string? TalentTier,
    EducationRecord Education, string? EmployerCreditCode, EmploymentTerms? Terms)
{
    /// <summary>Validates every field of a row (dates against <paramref name="today"/>); returns null and fills
    /// <paramref name="reasons"/> when anything is wrong.</summary>
    public static ImportRow? Read(ImportFile file, FileRow row, DateOnly today, List<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reasons);
        string H(ImportColumn c) => file.HeaderOf(c);
        string? F(ImportColumn c) => file.Field(row, c);

        var name = F(ImportColumn.FullName);
        if (name is null || name.Length > 50)
        {
            reasons.Add($"{H(ImportColumn.FullName)}: required, at most 50 characters.");
        }

        NationalId? nationalId = null;
        if (file.KindOf(row, ImportColumn.NationalId) == CellKind.Number)
        {
            reasons.Add($"{H(ImportColumn.NationalId)}: {FileRow.IdInNumberCell}.");
        }
        else if (!NationalId.TryParse(F(ImportColumn.NationalId), out nationalId, out var idProblem))
        {
            reasons.Add($"{H(ImportColumn.NationalId)}: {idProblem}.");
        }
        else if (PlausibleDates.Birth(nationalId!.BirthDate, today) is { } birthProblem)
        {
            reasons.Add($"{H(ImportColumn.NationalId)}: {birthProblem}.");
        }

        var degree = ImportValues.Degree(F(ImportColumn.Degree));
        if (degree is null)
        {
            reasons.Add($"{H(ImportColumn.Degree)}: must be 博士, 硕士, 本科 or 大专 (or Doctorate, Master, Bachelor, Associate).");
        }

        var university = F(ImportColumn.University);
        if (university is null || university.Length > 100)
        {
            reasons.Add($"{H(ImportColumn.University)}: required, at most 100 characters.");
        }

        var tier = ImportValues.Tier(F(ImportColumn.UniversityTier));
        if (tier is null)
        {
            reasons.Add($"{H(ImportColumn.UniversityTier)}: must be 985, 211, 双一流, 海外QS前200 or 其他.");
        }

        var graduation = ImportValues.DayOrMonthEnd(F(ImportColumn.GraduationDate));
        if (graduation is null)
        {
            reasons.Add($"{H(ImportColumn.GraduationDate)}: must be a date (2024-06-30) or a month (2024-06).");
        }
        else if (PlausibleDates.Graduation(graduation.Value, today) is { } graduationProblem)
        {
            reasons.Add($"{H(ImportColumn.GraduationDate)}: {graduationProblem}.");
        }

        var hukou = Optional(ImportColumn.HukouHuzhou, ImportValues.YesNo, false);
        var fullTime = Optional(ImportColumn.FullTime, ImportValues.YesNo, true);
        var talentTier = F(ImportColumn.TalentTier)?.ToUpperInvariant().TrimEnd('类');
        if (talentTier is not (null or "A" or "B" or "C" or "D" or "E"))
        {
            reasons.Add($"{H(ImportColumn.TalentTier)}: must be one of A, B, C, D, E.");
        }

        var terms = ReadTerms(file, row, today, reasons);
        if (F(ImportColumn.Phone) is { Length: > 20 })
        {
            reasons.Add($"{H(ImportColumn.Phone)}: at most 20 characters.");
        }

        if (F(ImportColumn.Email) is { Length: > 100 })
        {
            reasons.Add($"{H(ImportColumn.Email)}: at most 100 characters.");
        }

        foreach (var column in new[] { ImportColumn.Major, ImportColumn.Position }.Where(c => F(c) is { Length: > 100 }))
        {
            reasons.Add($"{H(column)}: at most 100 characters.");
        }

        foreach (var column in PlainTextColumns.Where(c => F(c) is { } value && Text.HasHiddenCharacters(value)))
        {
            reasons.Add($"{H(column)}: may not contain control or bidirectional formatting characters.");
        }

        if (reasons.Count > 0)
        {
            return null;
        }

        var education = new EducationRecord
        {
            DegreeLevel = degree!.Value,
            FullTime = fullTime,
            University = university!,
            UniversityTier = tier!.Value,
            Major = F(ImportColumn.Major),
            GraduationDate = graduation!.Value,
        };
        return new ImportRow(row.Number, name!, nationalId!, F(ImportColumn.Phone), F(ImportColumn.Email), hukou, talentTier, education, F(ImportColumn.EmployerCreditCode), terms);

        bool Optional(ImportColumn column, Func<string?, bool?> parse, bool fallback)
        {
            var raw = F(column);
            if (raw is null)
            {
                return fallback;
            }

            if (parse(raw) is { } value)
            {
                return value;
            }

            reasons.Add($"{H(column)}: must be 是 or 否.");
            return fallback;
        }
    }

    private static readonly ImportColumn[] PlainTextColumns =
        [ImportColumn.FullName, ImportColumn.Phone, ImportColumn.Email, ImportColumn.University, ImportColumn.Major, ImportColumn.Position];

    private static EmploymentTerms? ReadTerms(ImportFile file, FileRow row, DateOnly today, List<string> reasons)
    {
        var rawStart = file.Field(row, ImportColumn.StartDate);
        var rawEnd = file.Field(row, ImportColumn.ContractEnd);
        var rawMonths = file.Field(row, ImportColumn.SocialInsuranceMonths);
        var hasEmployer = file.Field(row, ImportColumn.EmployerCreditCode) is not null;
        if (!hasEmployer && rawStart is null)
        {
            return null;
        }

        var start = ImportValues.Day(rawStart);
        if (start is null)
        {
            reasons.Add($"{file.HeaderOf(ImportColumn.StartDate)}: required with an employer, a date such as 2025-07-01.");
        }
        else if (PlausibleDates.Start(start.Value, today) is { } startProblem)
        {
            reasons.Add($"{file.HeaderOf(ImportColumn.StartDate)}: {startProblem}.");
            start = null;
        }

        DateOnly? end = null;
        if (rawEnd is not null)
        {
            end = ImportValues.Day(rawEnd);
            if (end is null)
            {
                reasons.Add($"{file.HeaderOf(ImportColumn.ContractEnd)}: must be a date such as 2028-06-30.");
            }
            else if (start is not null && PlausibleDates.ContractEnd(end.Value, start.Value) is { } endProblem)
            {
                reasons.Add($"{file.HeaderOf(ImportColumn.ContractEnd)}: {endProblem}.");
            }
        }

        var months = 0;
        if (rawMonths is not null && (!int.TryParse(rawMonths, NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > EmploymentInput.MaxSocialInsuranceMonths))
        {
            reasons.Add($"{file.HeaderOf(ImportColumn.SocialInsuranceMonths)}: must be a whole number from 0 to {EmploymentInput.MaxSocialInsuranceMonths}.");
        }

        return start is null ? null : new EmploymentTerms(start.Value, end, file.Field(row, ImportColumn.Position), months);
    }
}
