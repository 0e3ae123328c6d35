using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Runner;
using RestrictedCSharp.Sandbox;

// Nothing may be written before the lockdown: its first stage re-executes this program.
RunnerArguments arguments;
try
{
    arguments = RunnerArguments.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"runner: {e.Message}");
    return RunnerExitCodes.BadUsage;
}

// The frame channel is the raw stdout descriptor; Console.Out goes to stderr, so nothing written through
// the console (by the runtime, or by a bot) can corrupt a frame.
using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
var channel = new FrameChannel(input, output);

SandboxStatus status;
try
{
    status = SandboxLockdown.Enter(arguments.Policy);
}
catch (SandboxUnavailableException e)
{
    channel.TrySend(new ErrorReply(ErrorCodes.SandboxUnavailable, e.Message));
    return RunnerExitCodes.SandboxUnavailable;
}
Console.SetOut(Console.Error);
Console.SetIn(TextReader.Null);

var report = SandboxReports.From(status);
return BotThread.Run(
    () => new RequestLoop(channel, report).Run(),
    onParked: () => channel.TrySend(new CallResultReply(CallResult.Failed(
        CallFailures.ForTrip(GuardBudget.Tripped) ?? CallOutcome.StackLimit,
        "The bot exceeded its budget with the thread's stack nearly exhausted; the runner is replaced."),
        RunnerExits: true)));
