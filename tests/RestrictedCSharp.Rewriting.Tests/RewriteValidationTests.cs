using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>
/// A rewrite that went wrong is a refusal with an ID (RCX2001) and a message for the operator's bug report, never a
/// crash: a guard once stood around a member binding (<c>Walk(.Items)</c>), which the compiler met as a
/// NullReferenceException surfacing as 'rcsc: internal error'.
/// </summary>
public sealed class RewriteValidationTests
{
    private const string Source = """
        using System.Collections.Generic;
        public sealed class Box { public List<int> Items = new List<int>(); }
        public static class Bot
        {
            public static bool? Has(Box a, int x) => a?.Items?.Contains(x);
        }
        """;

    [Fact]
    public void A_guard_around_a_member_binding_is_refused_with_a_stable_diagnostic()
    {
        var compilation = BotCompiler.CreateCompilation(Source);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var rewritten = GuardRewriter.RewriteTree(tree, model, DefaultAllocationSizeRules.Create(), new CostModel(compilation));
        var guarded = rewritten.Guarded.GetRoot();

        // What the first version of the conditional-access charge wrote: the binding moved out of its `?`.
        var binding = guarded.DescendantNodes().OfType<MemberBindingExpressionSyntax>().First(b => b.Name.Identifier.Text == "Items");
        var walk = SyntaxFactory.InvocationExpression(
            SyntaxFactory.ParseExpression("global::RestrictedCSharp.Guards.Guard.Walk"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(binding))));
        var broken = guarded.ReplaceNode(binding, walk);

        var thrown = FluentActions.Invoking(() => RewriteValidator.Validate(tree, model, broken, rewritten.ExpandedBodies))
            .Should().Throw<GuardRewriteException>().Which;
        thrown.Message.Should().Contain("does not parse");
        thrown.Diagnostic.Id.Should().Be("RCX2001");
        thrown.Diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        thrown.Diagnostic.GetMessage().Should().Contain("report it to the game's operator").And.Contain("does not parse");
    }

    [Fact]
    public void A_binding_outside_its_conditional_access_is_found_and_a_valid_tree_passes()
    {
        var compilation = BotCompiler.CreateCompilation(Source);
        var tree = compilation.SyntaxTrees.Single();
        var conditional = tree.GetRoot().DescendantNodes().OfType<ConditionalAccessExpressionSyntax>().First();

        // a?.Items?.Contains(x) with the outer `?` dropped: the binding .Items now leads nothing it belongs to.
        var strayed = tree.GetRoot().ReplaceNode(conditional, conditional.WhenNotNull);

        RewriteValidator.FindParseError(tree, strayed).Should().NotBeNull();
        RewriteValidator.FindParseError(tree, tree.GetRoot()).Should().BeNull();
    }

    [Fact]
    public void A_charge_the_rewriter_finds_no_place_for_is_a_refusal_not_an_uncharged_call()
    {
        // The analyzer refuses this shape (RCX0520); the rewriter, given it anyway, must not build it uncharged.
        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation("""
            using System.Collections.Generic;
            public sealed class Box { public List<int> Items = new List<int>(); }
            public static class Bot
            {
                public static bool? Has(Box a, int x) => a?.Items.Contains(x);
            }
            """), DefaultAllocationSizeRules.Create());

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX2001");
        result.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line.Should().Be(4);
    }
}
