using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>The per-call lines a command line prints.</summary>
public sealed class CallRecordTests
{
    [Fact]
    public void A_json_line_has_the_documented_fields_in_order()
    {
        var record = new CallRecord(1, new CallResult
        {
            Outcome = CallOutcome.Ok, Value = JsonSerializer.SerializeToElement(new[] { 1, 2 }),
            Ticks = 5, AllocatedBytes = 24, WallMs = 0.0123456,
        });

        record.ToJsonLine().Should().Be("""{"call":1,"outcome":"ok","value":[1,2],"ticks":5,"allocatedBytes":24,"wallMs":0.012,"message":null}""");
    }

    [Fact]
    public void A_failed_call_has_a_null_value_a_message_and_the_bots_frames()
    {
        var record = new CallRecord(3, new CallResult
        {
            Outcome = CallOutcome.Exception, Message = "System.Exception: no", Ticks = 9,
            StackFrames = [new BotStackFrame("Bot.Act", "Bot.cs", 12)],
        });

        using var line = JsonDocument.Parse(record.ToJsonLine());
        line.RootElement.GetProperty("outcome").GetString().Should().Be("exception");
        line.RootElement.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        line.RootElement.GetProperty("message").GetString().Should().Be("System.Exception: no");
        line.RootElement.GetProperty("stack")[0].GetString().Should().Be("at Bot.Act in Bot.cs:line 12");
        record.ToTextLine().Should().StartWith("call 3: exception").And.Contain("Bot.cs:line 12");
    }

    [Fact]
    public async Task Running_n_calls_yields_one_numbered_record_per_call()
    {
        var bot = new CountingBot();

        var records = new List<CallRecord>();
        await foreach (var record in CallRecord.RunAsync(bot, "Act", [], 3)) records.Add(record);

        records.Select(r => r.Call).Should().Equal(1, 2, 3);
        records.Select(r => r.Result.Value!.Value.GetInt32()).Should().Equal(1, 2, 3);
    }

    private sealed class CountingBot : IBot
    {
        private int _calls;
        public CallResult Load { get; } = new() { Outcome = CallOutcome.Ok };
        public bool IsLoaded => true;
        public string? EntryType => "Counting";
        public IReadOnlyList<string> Methods => ["Act"];
        public IReadOnlyList<string> AuditFindings => [];
        public SandboxReport? Sandbox => null;
        public int? ProcessId => null;
        public int ProcessesUsed => 0;

        public Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CallBudgets? budgets, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CallResult { Outcome = CallOutcome.Ok, Value = JsonSerializer.SerializeToElement(++_calls) });

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
