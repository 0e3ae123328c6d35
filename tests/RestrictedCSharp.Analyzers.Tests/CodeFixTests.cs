using Microsoft.CodeAnalysis.CodeFixes;
using RestrictedCSharp.Analyzers.CodeFixes;
using RestrictedCSharp.Analyzers.Tests.Infrastructure;

namespace RestrictedCSharp.Analyzers.Tests;

public class CodeFixTests
{
    [Fact]
    public async Task Unseeded_Random_uses_a_seed_parameter_in_scope()
    {
        var fixedSource = await CodeFixRunner.ApplyAllAsync(new SeedRandomCodeFix(), """
            using System;
            class Bot
            {
                Random Make(int turn, int gameSeed) => new Random();
                Random Target(int seed) { Random r = new(); return r; }
            }
            """);
        fixedSource.Should().Be("""
            using System;
            class Bot
            {
                Random Make(int turn, int gameSeed) => new Random(gameSeed);
                Random Target(int seed) { Random r = new(seed); return r; }
            }
            """);
    }

    [Fact]
    public async Task Unseeded_Random_prefers_a_field_named_seed_to_other_names_and_skips_later_locals()
    {
        var fixedSource = await CodeFixRunner.ApplyAllAsync(new SeedRandomCodeFix(), """
            class Bot
            {
                private readonly int _seed = 7;
                private readonly long seedLong = 8;
                System.Random Make(int reseedCount)
                {
                    var random = new System.Random();
                    int seedLater = 3;
                    return random;
                }
            }
            """);
        fixedSource.Should().Contain("var random = new System.Random(_seed);");
    }

    [Fact]
    public async Task Unseeded_Random_without_a_seed_in_scope_gets_a_placeholder()
    {
        var fixedSource = await CodeFixRunner.ApplyAllAsync(new SeedRandomCodeFix(), """
            class Bot
            {
                private int seed = 1;
                static System.Random Make() => new System.Random();
            }
            """);
        fixedSource.Should().Contain("static System.Random Make() => new System.Random(0 /* TODO: use the game's seed */);");
        (await AnalyzeAsync(fixedSource)).Should().BeEmpty("the fixed code is allowed");
    }

    [Fact]
    public async Task Console_output_statements_are_removed()
    {
        var fixedSource = await CodeFixRunner.ApplyAllAsync(new RemoveConsoleWriteCodeFix(), """
            using System;
            class Bot
            {
                int Run(int x)
                {
                    Console.WriteLine("thinking");
                    var y = x * 2;
                    Console.Write(y);
                    if (y > 3) Console.WriteLine();
                    return y;
                }
            }
            """);
        fixedSource.Should().Be("""
            using System;
            class Bot
            {
                int Run(int x)
                {
                    var y = x * 2;
                    if (y > 3)
                    {
                    }
                    return y;
                }
            }
            """);
    }

    [Fact]
    public async Task Console_calls_that_are_not_statements_are_not_offered_a_removal()
    {
        var source = """
            class Bot
            {
                int Run() => System.Console.Read();
                void Out() => System.Console.WriteLine();
            }
            """;
        var document = await CodeFixRunner.ApplyAllAsync(new RemoveConsoleWriteCodeFix(), source);
        document.Should().Be(source);
    }

    [Fact]
    public async Task Fix_all_removes_every_console_statement_in_one_batch()
    {
        var provider = new RemoveConsoleWriteCodeFix();
        provider.GetFixAllProvider().Should().BeSameAs(WellKnownFixAllProviders.BatchFixer);
        var fixedSource = await CodeFixRunner.FixAllAsync(provider, """
            class Bot
            {
                void Run()
                {
                    System.Console.WriteLine(1);
                    System.Console.WriteLine(2);
                    System.Console.Write(3);
                }
            }
            """, "RCX.RemoveConsoleWrite");
        fixedSource.Should().Be("""
            class Bot
            {
                void Run()
                {
                }
            }
            """);
    }

    [Fact]
    public async Task GetType_comparison_becomes_an_is_pattern()
    {
        var fixedSource = await CodeFixRunner.ApplyAllAsync(new TypeCheckWithIsCodeFix(), """
            class Unit { }
            class Bot
            {
                bool A(object o) => o.GetType() == typeof(Unit);
                bool B(object o) => typeof(string) != o.GetType();
                bool C(object[] items, object a) => items[0].GetType() == typeof(int) && (a ?? items).GetType() == typeof(Unit);
            }
            """);
        fixedSource.Should().Be("""
            class Unit { }
            class Bot
            {
                bool A(object o) => o is Unit;
                bool B(object o) => o is not string;
                bool C(object[] items, object a) => items[0] is int && (a ?? items) is Unit;
            }
            """);
        (await AnalyzeAsync(fixedSource)).Should().BeEmpty("the fixed code is allowed");
    }

    [Fact]
    public async Task GetType_used_otherwise_is_not_offered_the_pattern()
    {
        var source = """
            class Bot
            {
                string Name(object o) => o.GetType().Name;
            }
            """;
        (await CodeFixRunner.ApplyAllAsync(new TypeCheckWithIsCodeFix(), source)).Should().Be(source);
    }

    [Fact]
    public void Fix_providers_fix_the_symbol_diagnostics_and_batch_fix_all()
    {
        CodeFixProvider[] providers = [new SeedRandomCodeFix(), new RemoveConsoleWriteCodeFix(), new TypeCheckWithIsCodeFix()];
        foreach (var provider in providers)
        {
            provider.FixableDiagnosticIds.Should().BeEquivalentTo("RCX0001", "RCX0002");
            provider.GetFixAllProvider().Should().BeSameAs(WellKnownFixAllProviders.BatchFixer);
        }
    }

    private static async Task<IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic>> AnalyzeAsync(string source) =>
        await AnalyzerRunner.RunAsync(TestCompilations.Create(source), AnalyzerRunner.Bots);
}
