using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

public class ReservedNameTests
{
    [Fact]
    public Task Guard_namespace_and_below_are_refused() => VerifyAsync("""
        namespace {|RCX0301:RestrictedCSharp.Guards|} { class Fuel { } }
        namespace {|RCX0301:RestrictedCSharp.Guards.Inner|} { class Fuel { } }
        namespace RestrictedCSharp { namespace {|RCX0301:Guards|} { class Fuel2 { } } }
        namespace RestrictedCSharp.GuardsOfMine { class Fine { } }
        namespace RestrictedCSharp.Bots { class Fine { } }
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
            namespace RestrictedCSharp { namespace {|RCX0301:Guards.Budget|} { } }
            """);
        diagnostics.Single().GetMessage().Should().StartWith("Namespace 'RestrictedCSharp.Guards.Budget' is not allowed");
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
}
