using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Tests.Workers;

/// <summary>The ladder's bound on matches waiting or playing per game follows the slots there are, within limits.</summary>
public sealed class LadderCapacityTests
{
    private readonly ManualClock _clock = new();

    private (LadderCapacity Capacity, WorkerRegistry Workers) Make(int depth = 8, int matchSlots = 4)
    {
        var workers = new WorkerRegistry(_clock);
        return (new LadderCapacity(new ArenaOptions { DataDirectory = "unused", LadderQueueDepth = depth, MatchSlots = matchSlots }, workers), workers);
    }

    [Fact]
    public void Without_workers_the_bound_is_the_configured_depth()
    {
        Make(depth: 8, matchSlots: 16).Capacity.Bound().Should().Be(8, "unchanged from the embedded arena, whatever its slots");
    }

    [Fact]
    public void With_workers_it_is_twice_all_the_slots_but_never_below_the_depth()
    {
        var (capacity, workers) = Make(depth: 8, matchSlots: 4);
        workers.Record(new WorkerHeartbeatReport("small", 1, 0, 0));
        capacity.Bound().Should().Be(10, "2 × (4 local + 1)");
        workers.Record(new WorkerHeartbeatReport("big", 16, 0, 0));
        capacity.Bound().Should().Be(42, "2 × (4 + 1 + 16)");

        var (few, idle) = Make(depth: 50, matchSlots: 1);
        idle.Record(new WorkerHeartbeatReport("w", 2, 0, 0));
        few.Bound().Should().Be(50, "the configured depth is a floor");

        var (none, zero) = Make(depth: 8, matchSlots: 0);
        zero.Record(new WorkerHeartbeatReport("w", 0, 0, 0));
        none.Bound().Should().Be(8);
    }

    [Fact]
    public void Lying_heartbeats_are_capped()
    {
        var (capacity, workers) = Make();
        for (var i = 0; i < 1000; i++) workers.Record(new WorkerHeartbeatReport($"liar-{i}", WorkerHeartbeatReport.MaxSlots, 0, 0));
        capacity.Bound().Should().Be(LadderCapacity.Ceiling);
    }

    [Fact]
    public void Gone_workers_no_longer_count()
    {
        var (capacity, workers) = Make(depth: 8, matchSlots: 4);
        workers.Record(new WorkerHeartbeatReport("w", 16, 0, 0));
        capacity.Bound().Should().Be(40);
        _clock.Advance(WorkerRegistry.LiveFor + TimeSpan.FromSeconds(1));
        capacity.Bound().Should().Be(8);
    }
}
