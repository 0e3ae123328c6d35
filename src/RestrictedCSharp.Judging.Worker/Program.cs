using System.Text.Json;
using RestrictedCSharp.Judging;
using RestrictedCSharp.Judging.Worker;
using RestrictedCSharp.Sandbox;

// Nothing may be written or read before the lockdown: its first stage re-executes this program, and the request
// (the only input an author controls) is read only inside the sandbox.
ParentWatch.Remember();
WorkerArguments arguments;
try
{
    arguments = WorkerArguments.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"judging worker: {e.Message}");
    return 2;
}

var game = WorkerGame.Resolve(arguments);
// The artifact's hash is SHA-256 through OpenSSL, loaded on first use: hashing once here maps its libraries now, and
// the sandbox grants the libraries the process has mapped (the runner never hashes, so its grants lack them).
System.Security.Cryptography.SHA256.HashData(ReadOnlySpan<byte>.Empty);
using var output = Console.OpenStandardOutput();
try
{
    SandboxLockdown.Enter(new SandboxPolicy
    {
        ReadOnlyPaths = game.ReadablePaths,
        CpuSeconds = arguments.CpuSeconds,
        RequireSandbox = arguments.RequireSandbox,
    });
}
catch (SandboxUnavailableException e)
{
    Reply(new WorkerReply(WorkerReply.Failed, null, null, null, $"the compile worker's sandbox is unavailable: {e.Message}"));
    return 3;
}
// A server killed with SIGKILL cannot stop its workers: a worker whose parent is gone stops itself.
ParentWatch.Start();
// stdout carries the reply and nothing else: whatever the runtime or a library prints goes to stderr.
Console.SetOut(Console.Error);

if (arguments.SelfTest is { } targets)
{
    WorkerSelfTest.Run(targets, game, output);
    return 0;
}

if (arguments.Warm)
{
    // A pooled worker: Roslyn loaded and its paths compiled on a source of its own, inside the sandbox, then one
    // byte to say so; the request (and the deadline the client charges to it) comes after.
    await WorkerWarmUp.RunAsync(game);
    output.WriteByte(WorkerWarmUp.ReadyMarker);
    output.Flush();
}

try
{
    Reply(await JudgeAsync());
}
catch (OutOfMemoryException)
{
    Reply(new WorkerReply(WorkerReply.Failed, null, null, null, "the compile worker ran out of memory"));
}
catch (Exception e)
{
    Reply(new WorkerReply(WorkerReply.Failed, null, null, null, $"the compile worker failed: {e.GetType().Name}: {e.Message}"));
}
return 0;

async Task<WorkerReply> JudgeAsync()
{
    var bytes = ReadAtMost(Console.OpenStandardInput(), arguments.MaxRequestBytes);
    if (bytes is null) return Fail($"the request is over {arguments.MaxRequestBytes} bytes");
    JudgeRequest? request;
    try
    {
        request = JsonSerializer.Deserialize(bytes, JudgingJsonContext.Default.JudgeRequest);
    }
    catch (JsonException e)
    {
        return Fail($"the request is not valid: {e.Message}");
    }
    if (request?.Files is null || request.Game is null || request.Files.Any(f => f?.Name is null || f.Text is null))
        return Fail("the request lacks its game or files");
    if (!Enum.IsDefined(request.Mode)) return Fail($"unknown mode {(int)request.Mode}");
    if (request.Game != arguments.Game) return Fail($"the request is for game '{request.Game}', this worker for '{arguments.Game}'");
    if (game.Problem is not null) return Fail(game.Problem);
    return await SubmissionJudging.JudgeAsync(request, game, CancellationToken.None);
}

static WorkerReply Fail(string reason) => new(WorkerReply.Failed, null, null, null, reason);

void Reply(WorkerReply reply)
{
    JsonSerializer.Serialize(output, reply, JudgingJsonContext.Default.WorkerReply);
    output.Flush();
}

static byte[]? ReadAtMost(Stream input, int limit)
{
    using var buffer = new MemoryStream();
    var chunk = new byte[81920];
    int read;
    while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
    {
        if (buffer.Length + read > limit) return null;
        buffer.Write(chunk, 0, read);
    }
    return buffer.ToArray();
}
