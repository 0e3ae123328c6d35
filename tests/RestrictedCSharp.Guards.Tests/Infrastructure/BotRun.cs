using System.Reflection;
using System.Runtime.Loader;
using RestrictedCSharp.Guards;

namespace RestrictedCSharp.Guards.Tests.Infrastructure;

/// <summary>What running a bot's entry point once under a budget produced.</summary>
internal sealed record BotOutcome(GuardLimitKind Tripped, object? Result, Exception? Exception, GuardUsage Usage)
{
    /// <summary>The bot thread parked itself after a trip instead of returning (the process would be replaced).</summary>
    public bool Parked { get; init; }

    public override string ToString() => $"tripped={Tripped}, result={Result}, exception={Exception?.GetType().Name}: {Exception?.Message}, usage={Usage}";
}

/// <summary>
/// Loads a compiled bot into a collectible context and calls a static method on a dedicated thread
/// with a fixed stack, as the runner does. The guard runtime is shared with the test's own context.
/// </summary>
internal static class BotRun
{
    public const int ThreadStackBytes = 4 * 1024 * 1024;

    public static readonly GuardLimits SmallLimits = new(ticks: 1_000_000, callDepth: 500, allocatedBytes: 16 * 1024 * 1024);

    public static BotOutcome Run(CompiledBot bot, string typeName = "Bot", string methodName = "Run", GuardLimits? limits = null, bool guarded = true)
    {
        var context = new BotLoadContext();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(bot.Assembly), new MemoryStream(bot.Pdb));
            var method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{typeName}.{methodName} not found.");
            BotOutcome? outcome = null;
            var thread = new Thread(() => outcome = Call(method, limits ?? SmallLimits, guarded), ThreadStackBytes) { IsBackground = true };
            thread.Start();
            // As the runner does: wait for the call to return or for the bot thread to park itself.
            WaitHandle.WaitAny([new ThreadJoinHandle(thread).Handle, GuardBudget.ParkedHandle]);
            if (outcome is null && GuardBudget.IsParked)
            {
                var parked = new BotOutcome(GuardBudget.Tripped, null, null, GuardBudget.Usage) { Parked = true };
                GuardPark.ReleaseForTests();
                return parked;
            }

            thread.Join();
            return outcome!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs <c>Bot.Run()</c> of the source, guarded.</summary>
    public static BotOutcome Guarded(string source, GuardLimits? limits = null, string methodName = "Run")
        => Run(BotCompiler.Compile(source, guarded: true), methodName: methodName, limits: limits);

    /// <summary>Runs <c>Bot.Run()</c> of the source as written (a generous budget is set, nothing reads it).</summary>
    public static BotOutcome Unguarded(string source, string methodName = "Run")
        => Run(BotCompiler.Compile(source, guarded: false), methodName: methodName, guarded: false);

    private static BotOutcome Call(MethodInfo method, GuardLimits limits, bool guarded)
    {
        GuardBudget.Begin(guarded ? limits : new GuardLimits(long.MaxValue, int.MaxValue, long.MaxValue));
        object? result = null;
        Exception? exception = null;
        try
        {
            result = method.Invoke(null, null);
        }
        catch (TargetInvocationException e)
        {
            exception = e.InnerException;
        }

        var usage = GuardBudget.End();
        return new BotOutcome(usage.Tripped, result, exception, usage);
    }

    /// <summary>A wait handle set when a thread ends.</summary>
    private sealed class ThreadJoinHandle
    {
        private readonly ManualResetEvent _ended = new(false);

        public ThreadJoinHandle(Thread thread)
        {
            var watcher = new Thread(() => { thread.Join(); _ended.Set(); }) { IsBackground = true };
            watcher.Start();
        }

        public WaitHandle Handle => _ended;
    }

    private sealed class BotLoadContext : AssemblyLoadContext
    {
        public BotLoadContext()
            : base(isCollectible: true)
        {
        }

        // Null: everything else, the guard runtime included, resolves in the default context.
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}

/// <summary>Tests that run guarded code share the process-wide guard state, so they never run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GuardStateCollection
{
    public const string Name = "Guard state";
}
