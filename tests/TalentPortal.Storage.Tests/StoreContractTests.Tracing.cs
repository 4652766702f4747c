using System.Diagnostics;

namespace TalentPortal.Storage.Tests;

/// <summary>The trace context an event was written in, kept the same way by every adapter.</summary>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Commit_insideAnActivity_keepsItsTraceContext_throughClaimBurialAndRevival()
    {
        var traced = Guid.NewGuid();
        var untraced = Guid.NewGuid();
        string traceParent;
        using (var request = new Activity("register talent").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            request.TraceStateString = "portal=1";
            traceParent = request.Id!;
            await CommitAsync(Event(traced));
        }

        await CommitAsync(Event(untraced));

        var pending = await AllPendingAsync();
        var message = pending.Single(m => m.Subject == traced.ToString("N"));
        Assert.Equal(traceParent, message.TraceParent);
        Assert.Equal("portal=1", message.TraceState);
        Assert.Null(pending.Single(m => m.Subject == untraced.ToString("N")).TraceParent);

        await Store.Outbox.BuryAsync(message.Id, "poison", DateTimeOffset.UtcNow);
        var dead = Assert.Single(await Store.Outbox.DeadAsync(10));
        Assert.Equal(traceParent, dead.TraceParent);
        Assert.Equal("portal=1", dead.TraceState);

        Assert.True(await Store.Outbox.ReviveAsync(message.Id));
        var revived = (await AllPendingAsync()).Single(m => m.Id == message.Id);
        Assert.Equal(traceParent, revived.TraceParent);
        Assert.Equal("portal=1", revived.TraceState);
    }
}
