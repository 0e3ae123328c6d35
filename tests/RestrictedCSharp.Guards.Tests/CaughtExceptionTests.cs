namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// The rewritten catch filter (<c>Guard.IsUncatchable</c>) clears what the caught exception captured of the stack.
/// If a field name of System.Exception is wrong on this runtime, these tests fail with MissingFieldException.
/// </summary>
[Collection(Infrastructure.GuardStateCollection.Name)]
public sealed class CaughtExceptionTests : IDisposable
{
    public void Dispose() => GuardBudget.End();

    [Fact]
    public void An_exception_the_bot_catches_carries_no_stack_trace_nor_do_its_inner_exceptions()
    {
        GuardBudget.Begin(new GuardLimits(1000, 10, 1 << 20));
        Exception? caught = null;
        try
        {
            ThrowWrapped();
        }
        catch (Exception e) when (!Guard.IsUncatchable(e))
        {
            caught = e;
        }

        caught.Should().NotBeNull();
        caught!.StackTrace.Should().BeNull();
        caught.InnerException!.StackTrace.Should().BeNull();
        var texts = new[] { caught.ToString(), "" + caught, $"{caught}", ((object)caught).ToString()!, string.Join(",", new[] { caught }) };
        texts.Should().OnlyContain(t => !t.Contains(" at ") && !t.Contains(".cs") && !t.Contains('/'));
        texts.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void An_uncatchable_exception_keeps_its_trace_for_the_host()
    {
        Exception? seen = null;
        try
        {
            try
            {
                throw new OutOfMemoryException();
            }
            catch (Exception e) when (!Guard.IsUncatchable(e))
            {
            }
        }
        catch (OutOfMemoryException e)
        {
            seen = e;
        }

        seen!.StackTrace.Should().NotBeNull();
    }

    private static void ThrowWrapped()
    {
        try
        {
            throw new ArgumentException("inner");
        }
        catch (ArgumentException inner)
        {
            throw new InvalidOperationException("outer", inner);
        }
    }
}
