using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Facts and their provenance. A value the graduate declares never overwrites a verified one without keeping
/// it: the verified value stays beside the declared one until an official decides.</summary>
public sealed partial class Talent
{
    /// <summary>Provenance per fact key (<see cref="Facts"/>); the birth date follows <see cref="Identity"/>.</summary>
    public Dictionary<string, FactProvenance> Provenance { get; private set; } = [];

    /// <summary>Per declarable fact, the verified value a pending declaration displaced.</summary>
    public Dictionary<string, KeptFact> VerifiedValues { get; private set; } = [];

    /// <summary>The fact's value as JSON (<see cref="FactValues"/>).</summary>
    public string ValueOf(string fact) => fact switch
    {
        Facts.Education => FactValues.Write(Education),
        Facts.HukouHuzhou => FactValues.Write(HukouHuzhou),
        Facts.OwnsHomeLocally => FactValues.Write(OwnsHomeLocally),
        Facts.FirstHomePurchase => FactValues.Write(FirstHomePurchase),
        Facts.SeniorTechnician => FactValues.Write(SeniorTechnician),
        Facts.StartupRegisteredInZone => FactValues.Write(StartupRegisteredInZone),
        Facts.TeamAverageAge => FactValues.Write(TeamAverageAge),
        Facts.TalentTier => FactValues.Write(TalentTier),
        Facts.StartupGrade => FactValues.Write(StartupGrade),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a declarable fact."),
    };

    public FactProvenance? ProvenanceOf(string fact) => Provenance.GetValueOrDefault(Facts.KeysOf(fact)[0]);

    /// <summary>Sets a declarable fact to <paramref name="value"/> (JSON) from <paramref name="supplied"/>; null when
    /// nothing changed. A self-declared value displacing a verified one keeps the verified value beside it; a value from
    /// HR, an official or an admin replaces both.</summary>
    public FactChange? ChangeFact(string fact, string value, FactProvenance supplied)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        var current = ValueOf(fact);
        var previous = ProvenanceOf(fact);
        if (current == value && (supplied.IsSelfDeclared || previous is { IsSelfDeclared: false, Rejected: false }))
        {
            return null;
        }

        var displaced = false;
        if (!supplied.IsSelfDeclared)
        {
            VerifiedValues.Remove(fact);
        }
        else if (previous is { IsSelfDeclared: false })
        {
            VerifiedValues[fact] = new KeptFact { Value = current, Provenance = previous.Copy() };
            displaced = true;
        }

        SetValue(fact, value);
        SetProvenance(fact, supplied);
        return new FactChange(fact, value, VerifiedValues.GetValueOrDefault(fact)?.Value, displaced);
    }

    /// <summary>An official verified the declared value: it becomes official, the kept verified value goes.</summary>
    public void ConfirmFact(string fact, FactProvenance by)
    {
        VerifiedValues.Remove(fact);
        SetProvenance(fact, by);
    }

    /// <summary>An official refused the declared value: the fact returns to its verified value when one was kept, else it
    /// stays declared and is marked rejected.</summary>
    public void RejectFact(string fact)
    {
        if (VerifiedValues.Remove(fact, out var kept))
        {
            SetValue(fact, kept.Value);
            SetProvenance(fact, kept.Provenance);
            return;
        }

        foreach (var key in Facts.KeysOf(fact))
        {
            if (Provenance.TryGetValue(key, out var provenance))
            {
                provenance.Rejected = true;
            }
        }
    }

    /// <summary>An official's classification decision (<see cref="Facts.Classifications"/>: the 人才分类认定 sets the
    /// talent tier, the start-up grading the start-up grade); nobody else sets these facts.</summary>
    public void Classify(string fact, string value, FactProvenance by)
    {
        switch (fact)
        {
            case Facts.TalentTier:
                TalentTier = value;
                break;
            case Facts.StartupGrade:
                StartupGrade = value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a classification fact.");
        }

        VerifiedValues.Remove(fact);
        SetProvenance(fact, by);
    }

    /// <summary>Every fact's provenance as events carry it, the birth date's from the identity.</summary>
    public Dictionary<string, FactProvenanceInfo> ProvenanceInfo()
    {
        var all = Provenance.ToDictionary(p => p.Key, p => p.Value.ToInfo());
        if (Identity is not null)
        {
            all[Facts.BirthDate] = Identity.ToInfo();
        }

        return all;
    }

    private void SetValue(string fact, string value)
    {
        switch (fact)
        {
            case Facts.Education:
                Education = FactValues.Read<List<EducationRecord>>(value) ?? [];
                break;
            case Facts.HukouHuzhou:
                HukouHuzhou = FactValues.Read<bool>(value);
                break;
            case Facts.OwnsHomeLocally:
                OwnsHomeLocally = FactValues.Read<bool?>(value);
                break;
            case Facts.FirstHomePurchase:
                FirstHomePurchase = FactValues.Read<bool?>(value);
                break;
            case Facts.SeniorTechnician:
                SeniorTechnician = FactValues.Read<bool?>(value);
                break;
            case Facts.StartupRegisteredInZone:
                StartupRegisteredInZone = FactValues.Read<bool?>(value);
                break;
            case Facts.TeamAverageAge:
                TeamAverageAge = FactValues.Read<decimal?>(value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a declarable fact.");
        }
    }

    private void SetProvenance(string fact, FactProvenance provenance)
    {
        foreach (var key in Facts.KeysOf(fact))
        {
            Provenance[key] = provenance.Copy();
        }
    }
}
