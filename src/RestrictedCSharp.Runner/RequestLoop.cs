using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The runner's work, on the <see cref="BotThread"/>: announce readiness, then serve one request at a time
/// until the host closes the pipe or asks to shut down. Anything that is not a valid request gets a
/// protocol-error reply and ends the process: the channel cannot be trusted after.
/// </summary>
internal sealed class RequestLoop(FrameChannel channel, SandboxReport sandbox)
{
    private BotSession? _session;
    private bool _loadAttempted;

    public int Run()
    {
        try
        {
            RunnerWarmUp.Run();
            channel.Send(new ReadyReply(sandbox));
            while (true)
            {
                Request? request;
                try
                {
                    request = channel.Receive();
                }
                catch (ProtocolException e)
                {
                    channel.TrySend(new ErrorReply(ErrorCodes.ProtocolError, e.Message));
                    return RunnerExitCodes.ProtocolError;
                }
                if (request is null or ShutdownRequest) return RunnerExitCodes.Clean;

                var reply = Serve(request);
                channel.Send(reply);
                // The host retires a runner after such a reply; of those outcomes, the runner itself reports only
                // memory-limit (the heap may be poisoned: never serve another call).
                if (reply is CallResultReply result && RunnerLifetime.EndsTheRunner(result))
                    return result.Result.Outcome == CallOutcome.MemoryLimit ? RunnerExitCodes.MemoryLimit : RunnerExitCodes.InternalError;
            }
        }
        catch (IOException)
        {
            return RunnerExitCodes.Clean; // the host went away
        }
        catch (OutOfMemoryException)
        {
            // Out of heap outside a bot call (a huge reply, say): the host reads this exit code as memory-limit.
            return RunnerExitCodes.MemoryLimit;
        }
    }

    private Reply Serve(Request request) => request switch
    {
        PingRequest => new PongReply(),
        SelfTestRequest selfTest => new SelfTestReply(EscapeSelfTest.Run(selfTest)),
        LoadRequest load => Load(load),
        CallRequest call => Call(call),
        _ => new ErrorReply(ErrorCodes.ProtocolError, $"Unexpected request {request.GetType().Name}."),
    };

    private Reply Load(LoadRequest request)
    {
        if (_loadAttempted)
            return new ErrorReply(ErrorCodes.InvalidState, "A runner loads one bot, once.");
        if (Invalid(request.Budgets) is { } invalid) return invalid;
        _loadAttempted = true;
        var (session, reply) = BotSession.Load(request);
        _session = session;
        return reply;
    }

    private Reply Call(CallRequest request)
    {
        if (_session is not { } session)
            return new ErrorReply(ErrorCodes.InvalidState, "No bot is loaded.");
        if (request.Budgets is { } budgets && Invalid(budgets) is { } invalid) return invalid;
        return new CallResultReply(session.Call(request));
    }

    /// <summary>Budgets the guards would refuse; the guards' own limits are the check.</summary>
    private static ErrorReply? Invalid(CallBudgets budgets)
    {
        try
        {
            _ = new GuardLimits(budgets.Ticks, budgets.CallDepth, budgets.AllocatedBytes);
            return null;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return new ErrorReply(ErrorCodes.BadCall, e.Message);
        }
    }
}
