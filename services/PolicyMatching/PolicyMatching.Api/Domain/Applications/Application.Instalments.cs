using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Domain.Applications;

public sealed partial class Application
{
    public void RecordPayment(int number, DateTimeOffset now, Actor actor)
    {
        var instalment = DueInstalment(number);
        instalment.State = InstalmentState.Paid;
        instalment.PaidAt = now;
        instalment.CheckedAt = now;
        instalment.SuspendedReason = null;
        History.Add(new ApplicationTransition { From = State, To = State, Action = $"instalment-{number}-paid", ActorId = actor.Id, ActorRole = actor.Role, At = now });
        CompleteIfDone(actor, now);
    }

    public void SuspendInstalment(int number, DateTimeOffset now, Actor actor, string reason)
    {
        var instalment = DueInstalment(number);
        instalment.State = InstalmentState.Suspended;
        instalment.SuspendedReason = reason;
        instalment.CheckedAt = now;
        History.Add(new ApplicationTransition { From = State, To = State, Action = $"instalment-{number}-suspended", ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = reason });
    }

    private Instalment DueInstalment(int number)
    {
        EnsureState("pay", ApplicationState.Approved);
        var instalment = Instalments.FirstOrDefault(i => i.Number == number) ?? throw ProblemException.NotFound($"Instalment {number} does not exist.");
        if (instalment.State == InstalmentState.Paid)
        {
            throw Refused("pay", $"Instalment {number} is already paid.");
        }

        return instalment;
    }

    private void CompleteIfDone(Actor actor, DateTimeOffset now)
    {
        if (State == ApplicationState.Approved && Instalments.All(i => i.State == InstalmentState.Paid))
        {
            Move(State, ApplicationState.Completed, "complete", actor, now, null);
        }
    }
}
