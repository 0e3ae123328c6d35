using RestrictedCSharp.Rules;
using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>The IL audit in front of every load, and how the runner picks the bot's entry class.</summary>
[Collection(RunnerCollection.Name)]
public sealed class LoadingTests(HostFixture fixture)
{
    [Fact]
    public async Task A_host_not_told_the_audit_rules_refuses_to_guess_them()
    {
        // No silent default: the audit runs by the rules the caller names, or is skipped on purpose.
        var unnamed = async () => await fixture.StartAsync(TestBotCompiler.Plain(TestBots.ReadsFiles), HostFixture.Options with { AuditRules = null });

        (await unnamed.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(nameof(BotHostOptions.AuditRules));
    }

    [Fact]
    public async Task The_audit_rejects_an_assembly_that_reaches_outside_the_rules_before_any_process_sees_it()
    {
        var pool = fixture.Host.PoolFor(HostFixture.Options.RunnerSettings);
        var acquiresBefore = pool.WarmAcquires + pool.ColdStarts;

        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.ReadsFiles));

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.IsLoaded.Should().BeFalse();
        bot.AuditFindings.Should().Contain(f => f.Contains("System.IO.File"));
        (pool.WarmAcquires + pool.ColdStarts).Should().Be(acquiresBefore, "no runner was used");
        var call = await bot.CallAsync("Read", None);
        call.Outcome.Should().Be(CallOutcome.Rejected);
    }

    [Fact]
    public async Task The_hosts_audit_applies_denials_inherited_from_an_overridden_member()
    {
        // Int32.ToString is allowed by its own type's rule, but overrides the denied Object.ToString: the build refuses it,
        // and so must the host's audit of a stored bot that never went through the build.
        var rules = RuleSetLoader.Load("include bots\ndeny M:System.Object.ToString ; the game hides every ToString", "game.rules").RuleSet!;
        var path = TestBotCompiler.Guarded("public sealed class Bot { public string Show(int x) => x.ToString(); }");

        await using var bot = await fixture.StartAsync(path, HostFixture.Options with { AuditRules = rules });
        await using var control = await fixture.StartAsync(path);

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.AuditFindings.Should().Contain(f => f.Contains("System.Int32.ToString") && f.Contains("deny M:System.Object.ToString"));
        control.AuditFindings.Should().BeEmpty("the bots preset allows Int32.ToString");
    }

    [Fact]
    public async Task A_guarded_bot_that_follows_the_rules_passes_the_audit()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.Containment));

        bot.AuditFindings.Should().BeEmpty();
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
    }

    [Fact]
    public async Task The_class_implementing_the_games_interface_is_the_entry()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.TwoEntryClasses),
            HostFixture.Options with { BotInterfaceName = "IGameBot" });

        bot.EntryType.Should().Be("First");
        (await bot.CallAsync("Move", Args(1))).Value!.Value.GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task A_named_entry_class_wins()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.TwoEntryClasses),
            HostFixture.Options with { EntryTypeName = "Second" });

        bot.EntryType.Should().Be("Second");
        (await bot.CallAsync("Move", Args(1))).Value!.Value.GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Several_candidate_classes_and_no_name_is_a_rejected_load_that_lists_them()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.TwoEntryClasses));

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.Load.Message.Should().Contain("First").And.Contain("Second");
    }

    [Fact]
    public async Task A_file_that_is_not_an_assembly_is_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-bot-{Guid.NewGuid():N}.dll");
        await File.WriteAllTextAsync(path, "MZ but not really");
        try
        {
            await using var audited = await fixture.StartAsync(path);
            await using var unaudited = await fixture.StartAsync(path, HostFixture.Options with { SkipAudit = true });

            audited.Load.Outcome.Should().Be(CallOutcome.Rejected);
            unaudited.Load.Outcome.Should().Be(CallOutcome.Rejected);
            unaudited.Load.Message.Should().Contain("BadImageFormat");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Many_bots_run_at_once_each_in_its_own_process()
    {
        var path = TestBotCompiler.Guarded(TestBots.Containment);
        var bots = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.StartAsync(path)));
        try
        {
            var results = await Task.WhenAll(bots.SelectMany((bot, b) =>
                Enumerable.Range(0, 5).Select(i => bot.CallAsync("Add", Args(b * 100, i)))));

            results.Should().OnlyContain(r => r.IsOk);
            results.Select(r => r.Value!.Value.GetInt32()).Order().Should().Equal(
                Enumerable.Range(0, 4).SelectMany(b => Enumerable.Range(0, 5).Select(i => b * 100 + i)).Order());
            bots.Select(b => b.Sandbox).Should().OnlyContain(s => s != null);
        }
        finally
        {
            foreach (var bot in bots) await bot.DisposeAsync();
        }
    }
}
