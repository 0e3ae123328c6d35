using System.Reflection;
using System.Runtime.Loader;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Build;

/// <summary>The whole build: validate → guard → emit → audit → artifact. Guarded bots are run in-process.</summary>
[Collection(GuardedCode.Collection)]
public class BotBuilderTests
{
    private const string Counter = """
        public sealed class Bot
        {
            public int Count(int n)
            {
                var total = 0;
                for (var i = 0; i < n; i++) { total += i % 7; }
                return total;
            }

            public string Pad(int width) => "x".PadLeft(width);
        }
        """;

    private static readonly BotBuilder Bots = new(RuleSetLoader.Preset(Presets.Bots));

    private static Task<BuildResult> BuildAsync(string source, BotBuilder? builder = null) =>
        (builder ?? Bots).BuildAsync(new[] { new SourceFile("Bot.cs", source) });

    [Fact]
    public async Task An_assembly_past_the_assembly_bytes_limit_is_RCX1011_and_nothing_is_kept()
    {
        var small = new BotBuilder(Validation.Submissions.BotsWith("limit assembly-bytes 2048"));

        var result = await BuildAsync(Counter, small);

        result.Bot.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1011");
        diagnostic.Message.Should().Contain("2048");
    }

    [Fact]
    public async Task A_legitimate_bot_builds_into_a_guarded_audited_assembly_with_a_manifest()
    {
        var result = await BuildAsync(Counter);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Bot!.Assembly.Should().NotBeEmpty();
        result.GuardedSources.Should().ContainSingle().Which.Text.Should().Contain("global::RestrictedCSharp.Guards.Guard.");
        var manifest = result.Bot.Manifest;
        manifest.RulesHash.Should().Be(RuleSetLoader.Preset(Presets.Bots).ContentHash);
        manifest.SourceHash.Should().MatchRegex("^[0-9a-f]{64}$");
        manifest.Budgets.Ticks.Should().Be(RuleSetLoader.Preset(Presets.Bots).GetLimit(BudgetLimit.Ticks));
    }

    [Fact]
    public async Task Builds_are_deterministic()
    {
        var first = await BuildAsync(Counter);
        var second = await BuildAsync(Counter);

        second.Bot!.Assembly.SequenceEqual(first.Bot!.Assembly).Should().BeTrue();
        second.Bot.Manifest.Should().Be(first.Bot.Manifest);
    }

    [Fact]
    public async Task A_rejected_submission_produces_no_assembly()
    {
        var result = await BuildAsync("public class Bot { public string Read() => System.IO.File.ReadAllText(\"/etc/passwd\"); }");

        result.Succeeded.Should().BeFalse();
        result.Bot.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Id == "RCX0001");
        result.GuardedSources.Should().BeEmpty("nothing past validation ran");
    }

    [Fact]
    public async Task A_bot_that_shadows_the_guards_with_its_own_type_is_refused_before_any_guard_is_inserted()
    {
        var result = await BuildAsync("""
            public static class RestrictedCSharp { public static class Guards { public static class Guard { public static void Tick(int cost) { } } } }
            public sealed class Bot { public long Act() { long s = 0; for (var i = 0; i < 50_000_000; i++) { s += i; } return s; } }
            """);

        result.Succeeded.Should().BeFalse();
        result.Bot.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Id == "RCX0304");
    }

    [Fact]
    public async Task A_bot_with_framework_like_names_nothing_generated_reaches_builds_and_passes_the_audit()
    {
        var result = await BuildAsync("""
            namespace Bots.RestrictedCSharp { public static class Guards { public static int One() => 1; } }
            namespace Bots { public sealed class Bot { private sealed class System { public int N; } public int Act() { var s = new System(); for (var i = 0; i < 3; i++) { s.N += RestrictedCSharp.Guards.One(); } return s.N; } } }
            """);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task A_lambda_body_followed_by_a_line_break_before_its_closing_parenthesis_builds()
    {
        // Once a GuardRewriteException (line count mismatch) out of 'rcsc build'.
        var result = await BuildAsync("""
            using System.Linq;
            public sealed class Bot
            {
                public int Act(int[] xs) => xs.Select(x => x * x // squares
                    ).Where(x => x > 2
                ).Sum();
            }
            """);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.GuardedSources.Single().Text.ReplaceLineEndings("\n").Split('\n').Should().HaveCount(7);
    }

    [Fact]
    public async Task The_built_bot_runs_under_its_budgets()
    {
        var bot = Load(await BuildAsync(Counter));

        Call(bot, "Count", 100, new GuardLimits(1_000_000, 100, 1 << 20)).Should().Be(Enumerable.Range(0, 100).Sum(i => i % 7));
        var trip = () => Call(bot, "Count", 10_000_000, new GuardLimits(10_000, 100, 1 << 20));
        trip.Should().Throw<TargetInvocationException>().WithInnerException<TickLimitExceededException>();
    }

    [Fact]
    public async Task Size_rules_in_the_rules_file_drive_the_allocation_checks()
    {
        // The bots preset charges 2 bytes a char of padding; a game can declare a dearer cost.
        var dear = RuleSetLoader.Load("include bots\nsize M:System.String.PadLeft(System.Int32) totalWidth count 4096", "/game/restricted.rules").RuleSet!;
        var limits = new GuardLimits(1_000_000, 100, 1 << 20);

        Call(Load(await BuildAsync(Counter)), "Pad", 1000, limits).Should().Be("x".PadLeft(1000));
        var dearBot = Load(await BuildAsync(Counter, new BotBuilder(dear)));
        var trip = () => Call(dearBot, "Pad", 1000, limits);
        trip.Should().Throw<TargetInvocationException>().WithInnerException<AllocationLimitExceededException>();
    }

    [Fact]
    public async Task A_bot_reads_the_ticks_left_exactly_and_the_same_on_every_call()
    {
        // Stops a search when the budget runs low, the way a bot without a clock must: the rounds it
        // manages are a function of the budget alone, whatever the JIT tier (60 calls cross tier-up and OSR).
        const string searcher = """
            using RestrictedCSharp;
            public sealed class Bot
            {
                public long Search(int reserve)
                {
                    long rounds = 0;
                    while (Budget.TicksLeft > reserve) { rounds++; }
                    var consistent = Budget.TicksUsed + Budget.TicksLeft == Budget.TickLimit;
                    return consistent ? rounds : -rounds;
                }
            }
            """;
        var bot = Load(await BuildAsync(searcher));
        var limits = new GuardLimits(200_000, 100, 1 << 20);

        var readings = Enumerable.Range(0, 60).Select(_ => (long)Call(bot, "Search", 1_000, limits)!).ToList();

        readings.Should().OnlyContain(r => r == readings[0], "ticks are a deterministic count");
        readings[0].Should().BeGreaterThan(10_000, "most of the budget goes to the search").And.BeLessThan(200_000);
        var dearer = (long)Call(bot, "Search", 100_000, limits)!;
        dearer.Should().BeGreaterThan(0).And.BeLessThan(readings[0], "a larger reserve leaves fewer rounds");
    }

    [Fact]
    public async Task The_artifact_is_written_with_its_manifest()
    {
        var result = await BuildAsync(Counter);
        var folder = Directory.CreateTempSubdirectory("rcx-build-");
        try
        {
            var path = Path.Combine(folder.FullName, "out", "bot.dll");
            await result.Bot!.WriteAsync(path);

            File.ReadAllBytes(path).Should().Equal(result.Bot.Assembly);
            BotManifest.FromJson(File.ReadAllText(Path.Combine(folder.FullName, "out", "bot.manifest.json"))).Should().Be(result.Bot.Manifest);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static object Load(BuildResult result)
    {
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var context = new AssemblyLoadContext("bot", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(result.Bot!.Assembly.ToArray()));
        return Activator.CreateInstance(assembly.GetType("Bot")!)!;
    }

    private static object? Call(object bot, string method, int argument, GuardLimits limits)
    {
        GuardBudget.Begin(limits);
        try
        {
            return bot.GetType().GetMethod(method)!.Invoke(bot, [argument]);
        }
        finally
        {
            GuardBudget.End();
        }
    }
}

/// <summary>Guarded code shares the guard runtime's process-wide counters: one test at a time.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class GuardedCode
{
    public const string Collection = "Guarded code";
}
