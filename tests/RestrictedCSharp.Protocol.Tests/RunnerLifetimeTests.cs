using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

/// <summary>The host–runner contract on which calls end a runner process, as Protocol states it for both sides.</summary>
public class RunnerLifetimeTests
{
    [Fact]
    public void Only_a_killed_dead_untrusted_or_out_of_heap_runner_is_retired()
    {
        var ending = Enum.GetValues<CallOutcome>().Where(RunnerLifetime.EndsTheRunner);

        ending.Should().BeEquivalentTo([CallOutcome.Timeout, CallOutcome.Crashed, CallOutcome.MemoryLimit, CallOutcome.ProtocolError]);
    }

    [Fact]
    public void A_reply_that_says_the_runner_exits_ends_it_whatever_its_outcome()
    {
        RunnerLifetime.EndsTheRunner(new CallResultReply(CallResult.Failed(CallOutcome.TickLimit, "parked"), RunnerExits: true)).Should().BeTrue();
        RunnerLifetime.EndsTheRunner(new CallResultReply(CallResult.Failed(CallOutcome.TickLimit, "tripped"))).Should().BeFalse();
        RunnerLifetime.EndsTheRunner(new CallResultReply(CallResult.Failed(CallOutcome.MemoryLimit, "out of heap"))).Should().BeTrue();
    }
}
