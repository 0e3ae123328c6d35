namespace RestrictedCSharp.Arena.Tests.Workers;

/// <summary>A clock the test moves by hand (no timer of it is ever waited on).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public ManualClock() : this(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
