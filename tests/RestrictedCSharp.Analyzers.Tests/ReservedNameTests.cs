using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

public class ReservedNameTests
{
    [Fact]
    public Task Guard_namespace_and_below_are_refused() => VerifyAsync("""
        namespace {|RCX0301:RestrictedCSharp.Guards|} { class Fuel { } }
        namespace {|RCX0301:RestrictedCSharp.Guards.Inner|} { class Fuel { } }
        namespace {|RCX0303:RestrictedCSharp|} { namespace {|RCX0301:Guards|} { class Fuel2 { } } }
        namespace RestrictedCSharpBots { class Fine { } }
        namespace Bots.RestrictedCSharp.Guards { class Fine { } }
        """);

    [Fact]
    public Task File_scoped_guard_namespace_is_refused() => VerifyAsync("""
        namespace {|RCX0301:RestrictedCSharp.Guards|};
        class Fuel { }
        """);

    [Fact]
    public async Task Guard_namespace_message_names_the_namespace()
    {
        var diagnostics = await VerifyAsync("""
            namespace {|RCX0303:RestrictedCSharp|} { namespace {|RCX0301:Guards.Budget|} { } }
            """);
        diagnostics.Single(d => d.Id == "RCX0301").GetMessage().Should().StartWith("'RestrictedCSharp.Guards.Budget' is not allowed");
    }

    [Fact]
    public Task Reserved_identifiers_are_refused_where_declared_and_used() => VerifyAsync("""
        class {|RCX0302:__rcxBudget|}
        {
            int {|RCX0302:__rcx_ticks|};
            int Run(int {|RCX0302:__rcxArg|})
            {
                var {|RCX0302:@__rcxLocal|} = this.{|RCX0302:__rcx_ticks|} + {|RCX0302:__rcxArg|};
                return {|RCX0302:\u005F_rcxLocal|};
            }
            int __Rcx_case_differs;
            int rcx__fine;
        }
        """);

    // The attack: every inserted 'global::RestrictedCSharp.Guards.Guard.Tick(…)' bound to these no-ops.
    [Fact]
    public Task A_top_level_type_named_like_the_toolchain_root_is_refused() => VerifyAsync("""
        public static class {|RCX0304:RestrictedCSharp|}
        {
            public static class Guards { public static class Guard { public static void Tick(int cost) { } } }
        }
        """);

    [Fact]
    public Task A_type_in_the_toolchain_root_namespace_is_refused() => VerifyAsync("""
        namespace {|RCX0303:RestrictedCSharp|}
        {
            public static class Guards { public static class Guard { public static void Tick(int cost) { } } }
        }
        """);

    [Theory]
    [InlineData("System.Foo", "System")]
    [InlineData("System", "System")]
    [InlineData("Microsoft.CodeAnalysis", "Microsoft")]
    [InlineData("Windows.Foundation", "Windows")]
    [InlineData("Internal.Runtime", "Internal")]
    [InlineData("RestrictedCSharp.Bots", "RestrictedCSharp")]
    [InlineData("@System.Collections", "System")]
    [InlineData("\\u0053ystem.Text", "System")]
    public async Task Namespaces_under_a_reserved_root_are_refused(string name, string root)
    {
        var diagnostics = await VerifyAsync("namespace {|RCX0303:" + name + "|} { class Shadow { } }");
        diagnostics.Single().GetMessage().Should().Contain($"'{root}' belongs to the runtime, the compiler or the toolchain");
    }

    [Fact]
    public Task A_file_scoped_reserved_namespace_is_refused() => VerifyAsync("""
        namespace {|RCX0303:System.Linq.Mine|};
        static class Enumerable { }
        """);

    [Theory]
    [InlineData("class {|RCX0304:System|} { }")]
    [InlineData("struct {|RCX0304:Microsoft|} { }")]
    [InlineData("interface {|RCX0304:Windows|} { }")]
    [InlineData("enum {|RCX0304:Internal|} { A }")]
    [InlineData("delegate void {|RCX0304:RestrictedCSharp|}();")]
    [InlineData("record {|RCX0304:System|}(int X);")]
    [InlineData("record struct {|RCX0304:System|}(int X);")]
    [InlineData("class {|RCX0304:System|}<T> { }")]
    [InlineData("class {|RCX0304:@RestrictedCSharp|} { }")]
    [InlineData("class {|RCX0304:Restricted\\u0043Sharp|} { public class Guards { } }")]
    [InlineData("partial class {|RCX0304:RestrictedCSharp|} { } partial class {|RCX0304:RestrictedCSharp|} { public class Guards { } }")]
    public Task Top_level_types_named_like_a_reserved_root_are_refused(string source) => VerifyAsync(source);

    [Fact]
    public Task Aliases_named_like_a_reserved_root_are_refused() => VerifyAsync("""
        using {|RCX0304:RestrictedCSharp|} = Shadow;
        using {|RCX0304:@System|} = Shadow;
        using Guards = Shadow;
        class Shadow { }
        """);

    [Fact]
    public Task Nested_types_and_namespaces_of_the_same_names_are_the_bots_own() => VerifyAsync("""
        namespace Bots.System { class RestrictedCSharp { class Guards { } } }
        class Bot
        {
            class System { }
            class RestrictedCSharp { public class Guards { public class Guard { } } }
            int Systems;
        }
        class Microsoftish { }
        namespace Game { class Windows { } }
        """);
}
