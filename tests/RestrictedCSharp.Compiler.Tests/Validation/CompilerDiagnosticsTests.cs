using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler.Tests.Validation;

public class CompilerDiagnosticsTests
{
    [Fact]
    public async Task An_ordinary_bot_is_accepted_with_no_diagnostics()
    {
        var source = """
            using System.Collections.Generic;
            using System.Linq;

            public sealed record Move(int X, int Y);

            public static class Bot
            {
                public static Move Choose(IReadOnlyList<Move> moves, int seed)
                {
                    var random = new System.Random(seed);
                    return moves.OrderBy(m => m.X + m.Y).ThenBy(_ => random.Next()).First();
                }
            }
            """;

        var result = await Submissions.ValidateAsync(source);

        result.Diagnostics.Should().BeEmpty();
        result.Accepted.Should().BeTrue();
        result.Compilation.Should().NotBeNull();
    }

    [Fact]
    public async Task A_compiler_error_rejects_and_is_reported_with_its_place()
    {
        var result = await Submissions.ValidateAsync("public static class Bot\n{\n    public static int F() => missing;\n}\n", "Broken.cs");

        result.Accepted.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new
        {
            Id = "CS0103",
            Severity = DiagnosticSeverity.Error,
            File = "Broken.cs",
            Line = 3,
            Column = 30,
            EndLine = 3,
            EndColumn = 37,
            Suppressed = false,
        });
        error.Message.Should().Contain("missing");
    }

    [Fact]
    public async Task A_compiler_warning_is_reported_but_does_not_reject()
    {
        var result = await Submissions.ValidateAsync("public static class Bot { public static int F() { int unused = 1; return 2; } }");

        result.Accepted.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<SubmissionDiagnostic>(d => d.Severity == DiagnosticSeverity.Warning && d.Id == "CS0219");
    }

    [Fact]
    public async Task A_compiler_warning_the_author_silenced_is_not_reported()
    {
        var result = await Submissions.ValidateAsync(
            "#pragma warning disable CS0219\npublic static class Bot { public static int F() { int unused = 1; return 2; } }");

        result.Accepted.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task Nullable_annotations_are_allowed_and_checked_only_where_a_file_enables_them()
    {
        const string bot = "public static class Bot { public static string? Maybe; public static string F() { string s = null; return s; } }";

        var plain = await Submissions.ValidateAsync(bot);
        var enabled = await Submissions.ValidateAsync("#nullable enable\n" + bot);

        plain.Accepted.Should().BeTrue();
        plain.Diagnostics.Should().BeEmpty("'string?' is legal (no CS8632) and null flow is not analysed");
        enabled.Accepted.Should().BeTrue();
        enabled.Diagnostics.Select(d => d.Id).Should().Contain(["CS8600", "CS8603"]).And.OnlyContain(id => id.StartsWith("CS86"));
    }

    [Fact]
    public async Task Unsafe_code_is_refused_by_the_compiler_and_by_the_analyzer()
    {
        var result = await Submissions.ValidateAsync("public static unsafe class Bot { public static int* P; }");

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "CS0227");
        result.Diagnostics.Should().Contain(d => d.Id.StartsWith("RCX01"));
    }

    [Fact]
    public async Task Diagnostics_are_sorted_by_file_line_column_and_id()
    {
        var result = await Submissions.ValidateAsync(
            new SourceFile("b.cs", "public static class B { public static int F() => x + y; }"),
            new SourceFile("a.cs", "public static class A\n{\n    public static int F() => q;\n    public static int G() => p;\n}\n"));

        result.Diagnostics.Select(d => (d.File, d.Line, d.Column)).Should().BeInAscendingOrder(Comparer<(string, int, int)>.Create(
            (l, r) => string.CompareOrdinal(l.Item1, r.Item1) is var f and not 0 ? f : l.Item2 != r.Item2 ? l.Item2.CompareTo(r.Item2) : l.Item3.CompareTo(r.Item3)));
        result.Diagnostics.Select(d => d.File).Should().Equal("a.cs", "a.cs", "b.cs", "b.cs");
    }

    [Fact]
    public async Task The_compilation_has_the_fixed_options()
    {
        var result = await Submissions.ValidateAsync("public static class Bot { }");

        var options = result.Compilation!.Options;
        options.OutputKind.Should().Be(OutputKind.DynamicallyLinkedLibrary);
        options.OptimizationLevel.Should().Be(OptimizationLevel.Release);
        options.AllowUnsafe.Should().BeFalse();
        options.CheckOverflow.Should().BeFalse();
        options.Deterministic.Should().BeTrue();
        options.NullableContextOptions.Should().Be(NullableContextOptions.Annotations);
        options.SpecificDiagnosticOptions.Should().Contain(new KeyValuePair<string, ReportDiagnostic>("RCX0001", ReportDiagnostic.Error));
    }
}
