using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure.Intake;

/// <summary>Stages the intake record of a confirmed hire in the hire's own unit of work (first hire per person only)
/// and moves the in-memory cube once that unit of work has committed.</summary>
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
