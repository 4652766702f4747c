using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

public sealed class OutboxSequenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sequence_followsCommitTimeThenPosition_andStaysAboveTheOverflowedOldValues()
    {
        var first = OutboxMessage.SequenceOf(Now, 0);
        var laterInTheSameUnit = OutboxMessage.SequenceOf(Now, 4000);
        var nextMicrosecond = OutboxMessage.SequenceOf(Now.AddTicks(TimeSpan.TicksPerMicrosecond), 0);
        var oldFormula = unchecked((Now.UtcTicks * 1000) + 4000);

        Assert.True(first > 0);
        Assert.True(first < laterInTheSameUnit && laterInTheSameUnit < nextMicrosecond);
        Assert.True(oldFormula < first);
        Assert.True(OutboxMessage.SequenceOf(new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero), 4095) > nextMicrosecond);
    }

    [Fact]
    public void Create_setsSequenceAndPendingSequenceFromCommitTimeAndPosition()
    {
        var message = OutboxMessage.Create(new TalentRegistered(Guid.NewGuid(), "person", "张三", new DateOnly(1996, 1, 2), "Male", false, null, [], Now), Now, 2);

        Assert.Equal(OutboxMessage.SequenceOf(Now, 2), message.Sequence);
        Assert.Equal(message.Sequence, message.PendingSequence);
    }
}
