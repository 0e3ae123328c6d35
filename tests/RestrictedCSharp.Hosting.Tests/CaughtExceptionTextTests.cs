using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Every path from an allowed call to <c>Exception.ToString</c> (virtual dispatch through string <c>+</c>,
/// interpolation, <c>object.ToString</c>, library code formatting elements) yields the same text in every runner
/// process, without the host's paths or stack frames: the rewritten catch clause clears what a caught exception
/// captured of the stack.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class CaughtExceptionTextTests(HostFixture fixture)
{
    private const string Source = """
        using System;
        using System.Collections.Generic;

        public sealed class Bot
        {
            public string Describe()
            {
                var texts = new List<string>();
                try { Fail(3); }
                catch (InvalidOperationException e) { Add(texts, e); }
                try { int.Parse("not a number"); }
                catch (FormatException e) { Add(texts, e); }
                return string.Join("\n", texts);
            }

            private static void Add(List<string> texts, Exception e)
            {
                texts.Add("" + e);
                texts.Add($"{e}");
                texts.Add(((object)e).ToString());
                texts.Add(string.Join(",", new[] { e }));
            }

            private static void Fail(int depth)
            {
                if (depth == 0) throw new InvalidOperationException("from the bot", new ArgumentException("inner"));
                Fail(depth - 1);
            }
        }
        """;

    [Fact]
    public async Task Exception_text_is_identical_in_two_processes_and_holds_no_path_nor_frame()
    {
        var assembly = TestBotCompiler.Guarded(Source);
        var texts = new List<string>();
        for (var process = 0; process < 2; process++)
        {
            await using var bot = await fixture.StartAsync(assembly);
            bot.IsLoaded.Should().BeTrue(bot.Load.Message);
            var result = await bot.CallAsync("Describe", []);
            result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
            texts.Add(result.Value!.Value.GetString()!);
        }

        texts[0].Should().Contain("from the bot").And.Contain("FormatException");
        texts[1].Should().Be(texts[0]);
        texts[0].Should().NotContain(" at ").And.NotContain(TestBotCompiler.SourceFileName).And.NotContain("/");
    }
}
