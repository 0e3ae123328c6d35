using System.Reflection;
using System.Text.Json;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// Runs the runner's own load and call paths once, with no bot involved, before it announces that it is
/// ready: the JIT work (serializers, reflection invocation, the guards' budget)
/// then happens while a pooled runner waits, not while a host waits for a bot to load.
/// </summary>
internal static class RunnerWarmUp
{
    public static void Run()
    {
        var budgets = new CallBudgets(1_000, 10, 1 << 20);
        var load = new LoadRequest(new AssemblyImage("warm-up.dll", [0x4d, 0x5a]), null, null, [], budgets);
        var call = new CallRequest("Add", [JsonSerializer.SerializeToElement(1), JsonSerializer.SerializeToElement("two")], budgets);
        Messages.DecodeRequest(Messages.Encode(load));
        Messages.DecodeRequest(Messages.Encode(call));

        GuardBudget.Begin(new GuardLimits(budgets.Ticks, budgets.CallDepth, budgets.AllocatedBytes));
        var argument = call.Arguments[0].Deserialize(typeof(int), BotJson.Options);
        var sum = typeof(RunnerWarmUp).GetMethod(nameof(Add), BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [argument, 2], culture: null);
        JsonSerializer.SerializeToElement(sum, typeof(int), BotJson.Options);
        GuardBudget.End();

        var loaded = Messages.ToJson(new LoadedBot("WarmUp", ["Add"]));
        Messages.Encode(new CallResultReply(new CallResult { Outcome = CallOutcome.Ok, Value = loaded }));
        typeof(RunnerWarmUp).Assembly.GetExportedTypes();
    }

    private static int Add(int a, int b) => a + b;
}
