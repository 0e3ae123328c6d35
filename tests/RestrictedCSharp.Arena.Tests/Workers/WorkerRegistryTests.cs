using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Tests.Workers;

/// <summary>The server's table of workers: what a report must be, when a worker is gone, and its bound.</summary>
public sealed class WorkerRegistryTests
{
    [Theory]
    [InlineData("w1", 4, 0, 0L, null)]
    [InlineData("<img src=x onerror=alert(1)>", 4, 4, 10L, null)]
    [InlineData("", 4, 0, 0L, "the worker's name must be 1 to 64 characters")]
    [InlineData(null, 4, 0, 0L, "the worker's name must be 1 to 64 characters")]
    [InlineData("   ", 4, 0, 0L, "the worker's name must be printable ASCII characters")]
    [InlineData("bell\u0007", 4, 0, 0L, "the worker's name must be printable ASCII characters")]
    [InlineData("new\nline", 4, 0, 0L, "the worker's name must be printable ASCII characters")]
    [InlineData("\u202Eright-to-left", 4, 0, 0L, "the worker's name must be printable ASCII characters")]
    [InlineData("w", -1, 0, 0L, "slots must be 0 to 1024")]
    [InlineData("w", 1025, 0, 0L, "slots must be 0 to 1024")]
    [InlineData("w", 2, 3, 0L, "busy must be 0 to the worker's slots")]
    [InlineData("w", 2, -1, 0L, "busy must be 0 to the worker's slots")]
    [InlineData("w", 2, 0, -5L, "jobsDone must not be negative")]
    public void A_report_is_checked(string? name, int slots, int busy, long jobsDone, string? problem) =>
        new WorkerHeartbeatReport(name, slots, busy, jobsDone).Problem().Should().Be(problem);

    [Fact]
    public void A_name_of_64_characters_passes_and_65_do_not()
    {
        new WorkerHeartbeatReport(new string('a', 64), 1, 0, 0).Problem().Should().BeNull();
        new WorkerHeartbeatReport(new string('a', 65), 1, 0, 0).Problem().Should().NotBeNull();
    }

    [Fact]
    public void A_worker_is_live_until_three_heartbeats_are_missed()
    {
        var clock = new ManualClock();
        var registry = new WorkerRegistry(clock);
        registry.Record(new WorkerHeartbeatReport("w1", 4, 1, 7)).Should().BeTrue();
        // The same name again replaces its entry.
        registry.Record(new WorkerHeartbeatReport("w1", 4, 3, 9)).Should().BeTrue();
        clock.Advance(TimeSpan.FromSeconds(2));
        registry.Record(new WorkerHeartbeatReport("w2", 2, 0, 0)).Should().BeTrue();
        registry.Live().Select(w => (w.Name, w.Slots, w.Busy, w.JobsDone)).Should().Equal(("w1", 4, 3, 9L), ("w2", 2, 0, 0L));
        registry.Live().Single(w => w.Name == "w2").LastSeen.Should().Be(clock.Now.UtcDateTime);

        // w1 last heard exactly three intervals ago: still live.
        clock.Advance(3 * WorkerHeartbeat.Interval - TimeSpan.FromSeconds(2));
        registry.Live().Select(w => w.Name).Should().Equal("w1", "w2");
        clock.Advance(TimeSpan.FromSeconds(1));
        registry.Live().Select(w => w.Name).Should().Equal(["w2"], "w1 was last heard more than three intervals ago");
        clock.Advance(TimeSpan.FromSeconds(2));
        registry.Live().Should().BeEmpty();
        registry.Count.Should().Be(0, "the gone are removed, not only hidden");
    }

    [Fact]
    public void Ten_thousand_names_cannot_grow_the_table_past_its_bound()
    {
        var clock = new ManualClock();
        var registry = new WorkerRegistry(clock, capacity: 100);
        registry.Record(new WorkerHeartbeatReport("real", 8, 0, 0)).Should().BeTrue();
        var taken = Enumerable.Range(0, 10_000).Count(i => registry.Record(new WorkerHeartbeatReport($"fake-{i}", 1024, 0, 0)));
        taken.Should().Be(99);
        registry.Count.Should().Be(100);
        registry.Record(new WorkerHeartbeatReport("real", 8, 2, 1)).Should().BeTrue("a worker already known keeps reporting when the table is full");

        // Once the flood stops, its names go; the table takes new workers again.
        clock.Advance(WorkerRegistry.LiveFor - TimeSpan.FromSeconds(1));
        registry.Record(new WorkerHeartbeatReport("real", 8, 2, 1)).Should().BeTrue();
        clock.Advance(TimeSpan.FromSeconds(2));
        registry.Record(new WorkerHeartbeatReport("another", 2, 0, 0)).Should().BeTrue();
        registry.Live().Select(w => w.Name).Should().Equal("another", "real");
    }
}
