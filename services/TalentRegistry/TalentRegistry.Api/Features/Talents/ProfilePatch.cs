using System.Text.Json;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>A JSON merge patch (RFC 7396) of a talent's profile: absent fields stay as they are, null clears a field
/// that may be empty. Fields: <c>phone</c>, <c>email</c>, <c>hukouHuzhou</c> (true or false), <c>ownsHomeLocally</c>,
/// <c>firstHomePurchase</c>, <c>seniorTechnician</c>, <c>startupRegisteredInZone</c> (true, false or null),
/// <c>teamAverageAge</c> (16–80 with at most one decimal, or null), <c>education</c> (the whole list, at least one degree)
/// and <c>version</c>. <c>talentTier</c> and <c>startupGrade</c> are never declared (an official's decision, see
/// <see cref="Domain.Facts.Classifications"/>); any other field is a 400 naming it.</summary>
public sealed class ProfilePatch
{
    public Patched<string?> Phone { get; private set; }
    public Patched<string?> Email { get; private set; }
    public long? Version { get; private set; }

    /// <summary>The declarable facts the patch sets, each as JSON text (<see cref="FactValues"/>).</summary>
    public Dictionary<string, string> Facts { get; } = [];

    public static ProfilePatch Read(JsonElement body, JsonSerializerOptions options, ValidationErrors errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var patch = new ProfilePatch();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", "The body must be a JSON object: the profile fields to change (absent fields stay as they are).");
            return patch;
        }

        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "phone":
                    patch.Phone = new(true, Text(errors, "phone", value));
                    break;
                case "email":
                    patch.Email = new(true, Text(errors, "email", value));
                    break;
                case "hukouHuzhou":
                    patch.Fact(errors, Domain.Facts.HukouHuzhou, value, nullable: false);
                    break;
                case "ownsHomeLocally":
                    patch.Fact(errors, Domain.Facts.OwnsHomeLocally, value, nullable: true);
                    break;
                case "firstHomePurchase":
                    patch.Fact(errors, Domain.Facts.FirstHomePurchase, value, nullable: true);
                    break;
                case "seniorTechnician":
                    patch.Fact(errors, Domain.Facts.SeniorTechnician, value, nullable: true);
                    break;
                case "startupRegisteredInZone":
                    patch.Fact(errors, Domain.Facts.StartupRegisteredInZone, value, nullable: true);
                    break;
                case "teamAverageAge":
                    patch.TeamAverageAge(errors, value);
                    break;
                case "education":
                    patch.Education(errors, value, options, today);
                    break;
                case "version":
                    patch.Version = value.ValueKind == JsonValueKind.Null ? null
                        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var version) && version >= 0 ? version
                        : Invalid<long?>(errors, "version", "version must be a record version (a whole number) or null.");
                    break;
                case "talentTier":
                    errors.Add("talentTier", ProfileInput.TierRule);
                    break;
                case "startupGrade":
                    errors.Add("startupGrade", ProfileInput.StartupGradeRule);
                    break;
                default:
                    errors.Add(property.Name, $"{property.Name} is not a profile field that can be changed.");
                    break;
            }
        }

        ProfileInput.ValidateContact(errors, patch.Phone.Value, patch.Email.Value);
        return patch;
    }

    private static string? Text(ValidationErrors errors, string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => Invalid<string?>(errors, field, $"{field} must be text or null."),
    };

    private void Fact(ValidationErrors errors, string fact, JsonElement value, bool nullable)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False || (nullable && value.ValueKind == JsonValueKind.Null))
        {
            Facts[fact] = nullable ? FactValues.Write<bool?>(value.ValueKind == JsonValueKind.Null ? null : value.GetBoolean()) : FactValues.Write(value.GetBoolean());
            return;
        }

        errors.Add(fact, nullable ? $"{fact} must be true, false or null (unknown)." : $"{fact} must be true or false.");
    }

    private void TeamAverageAge(ValidationErrors errors, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Facts[Domain.Facts.TeamAverageAge] = FactValues.Write<decimal?>(null);
        }
        else if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var age) && age is >= 16 and <= 80 && decimal.Round(age, 1) == age)
        {
            Facts[Domain.Facts.TeamAverageAge] = FactValues.Write<decimal?>(age);
        }
        else
        {
            errors.Add("teamAverageAge", "teamAverageAge must be the team's average age in years, from 16 to 80 with at most one decimal (e.g. 38.5), or null.");
        }
    }

    private void Education(ValidationErrors errors, JsonElement value, JsonSerializerOptions options, DateOnly today)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("education", "education must be the list of degrees (at least one); it cannot be cleared.");
            return;
        }

        List<EducationInput>? education;
        try
        {
            education = value.Deserialize<List<EducationInput>>(options);
        }
        catch (JsonException e)
        {
            var field = $"education{e.Path?.TrimStart('$')}";
            errors.Add(field, $"{field} has the wrong type.");
            return;
        }

        var before = errors.IsEmpty;
        ProfileInput.ValidateEducation(errors, education);
        ProfileInput.ValidateDates(errors, education, today);
        if (before && errors.IsEmpty)
        {
            Facts[Domain.Facts.Education] = FactValues.Write(ProfileInput.ToEducation(education!).ToList());
        }
    }

    private static T Invalid<T>(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return default!;
    }
}
