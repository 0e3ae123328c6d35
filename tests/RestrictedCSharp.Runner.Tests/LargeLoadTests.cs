using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Runner.Tests.Infrastructure;

namespace RestrictedCSharp.Runner.Tests;

/// <summary>
/// A bot near the preset's 16 MiB <c>assembly-bytes</c> arrives in one load frame of about 21 MiB of base64. The runner
/// loads it and plays under the preset's 256 MiB heap, and the frame's buffer is not kept pooled for the bot's life.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class LargeLoadTests
{
    private const int PresetHeapBytes = 256 << 20;

    private const int PaddingPerField = 0x3E0000;

    [Fact]
    public async Task A_bot_near_16_MiB_loads_and_plays_under_the_preset_memory_limit()
    {
        var image = BigAdder(4 * PaddingPerField);
        image.Length.Should().BeInRange(15 * 1024 * 1024, 16 * 1024 * 1024);
        await using var runner = await RawRunner.StartAsync(PresetHeapBytes);

        await runner.WriteAsync(Framed(new LoadRequest(new AssemblyImage("BigBot", image), "Bot", null, [], new CallBudgets(1_000_000, 500, 32L << 20))));
        var load = (await runner.ReceiveAsync()).Should().BeOfType<CallResultReply>().Which;
        load.Result.Outcome.Should().Be(CallOutcome.Ok, load.Result.Message);

        for (var i = 0; i < 20; i++)
        {
            // Each call allocates a little; what the load left behind must leave room for a bot's own 128 MiB.
            await runner.WriteAsync(Framed(new CallRequest("Add", [JsonSerializer.SerializeToElement(i), JsonSerializer.SerializeToElement(1)])));
            var call = (await runner.ReceiveAsync()).Should().BeOfType<CallResultReply>().Which;
            call.Result.Outcome.Should().Be(CallOutcome.Ok, call.Result.Message);
            call.Result.Value!.Value.GetInt32().Should().Be(i + 1);
        }
    }

    private static byte[] Framed(Request request)
    {
        var stream = new MemoryStream();
        new FrameWriter(stream, Frames.MaxRequestBytes).Write(request);
        return stream.ToArray();
    }

    /// <summary>An assembly with a class Bot whose Add adds, padded with initialized data to about <paramref name="padding"/> bytes.</summary>
    private static byte[] BigAdder(int padding)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("BigBot"), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("BigBot");
        var type = module.DefineType("Bot", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        var add = type.DefineMethod("Add", MethodAttributes.Public, typeof(int), [typeof(int), typeof(int)]);
        var il = add.GetILGenerator();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Ret);
        var random = new Random(1);
        for (var (part, left) = (0, padding); left > 0; part++, left -= PaddingPerField)
        {
            // Initialized data comes in fields of under 4 MiB.
            var data = new byte[Math.Min(left, PaddingPerField)];
            random.NextBytes(data);
            module.DefineInitializedData("Padding" + part, data, FieldAttributes.Static | FieldAttributes.Private);
        }
        type.CreateType();
        module.CreateGlobalFunctions();
        var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }
}
