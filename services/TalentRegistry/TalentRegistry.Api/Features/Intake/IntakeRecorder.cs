using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Stages the intake record of a confirmed hire in the hire's own unit of work (first hire per person only)
/// and moves the in-memory cube once that unit of work has committed. A record the cube would refuse is never stored.</summary>
public sealed class IntakeRecorder(IStore store, IntakeCube cube)
{
    public async Task<IntakeRecord?> StageAsync(IUnitOfWork unitOfWork, Talent talent, Employment employment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(employment);
        if (employment.ConfirmedAt is not { } confirmedAt || await store.GetAsync<IntakeRecord>(talent.Id, cancellationToken) is not null)
        {
            return null;
        }

        var record = IntakeRecord.For(talent, employment, Zone.MonthOf(confirmedAt));
        if (cube.Refusal(record) is { } problem)
        {
            // Only a record stored before its values were validated gets here: refuse the hire rather than count it wrong.
            throw new RuleViolationException($"This hire cannot be counted as intake until the talent's or the employer's record is corrected. {problem}", "InvalidRecord");
        }

        unitOfWork.Insert(record);
        return record;
    }

    public void Committed(IntakeRecord? record)
    {
        if (record is not null)
        {
            cube.Add(record);
        }
    }

    public void Committed(IEnumerable<IntakeRecord> records) => cube.AddRange(records);
}
