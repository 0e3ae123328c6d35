using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Judges the symbols one compilation's code reaches and reports the refused ones (RCX0001–RCX0003).
    /// One per compilation: its <see cref="SymbolPolicy"/> caches a verdict per symbol, and every
    /// check is safe to run concurrently.
    /// </summary>
    internal sealed class SymbolChecker
    {
        private readonly SymbolPolicy _policy;
        private readonly ConstructorConstraints _constructorConstraints;

        public SymbolChecker(RuleSet rules, Compilation compilation)
        {
            _policy = new SymbolPolicy(rules, compilation.Assembly);
            _constructorConstraints = new ConstructorConstraints(_policy.Evaluate, compilation.Assembly);
            Rules = rules;
            TupleInterface = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ITuple");
            DisposeMethod = FirstMethod(compilation.GetSpecialType(SpecialType.System_IDisposable), "Dispose");
            DisposeAsyncMethod = FirstMethod(compilation.GetTypeByMetadataName("System.IAsyncDisposable"), "DisposeAsync");
        }

        public RuleSet Rules { get; }

        /// <summary>What a positional pattern on a non-tuple without <c>Deconstruct</c> calls.</summary>
        public INamedTypeSymbol? TupleInterface { get; }

        /// <summary><c>IDisposable.Dispose</c>: what a <c>using</c> calls on anything but a ref struct.</summary>
        public IMethodSymbol? DisposeMethod { get; }

        /// <summary><c>IAsyncDisposable.DisposeAsync</c>: what an <c>await using</c> calls on anything but a ref struct.</summary>
        public IMethodSymbol? DisposeAsyncMethod { get; }

        /// <summary>
        /// Reports <paramref name="symbol"/> at <paramref name="location"/> if the rules refuse it.
        /// <paramref name="site"/> is the syntax that reaches it (for the exemptions);
        /// <paramref name="shownAs"/> names it in the message when the symbol judged is its definition.
        /// </summary>
        public void Check(ISymbol? symbol, SyntaxNode site, Location location, SemanticModel model, Action<Diagnostic> report, ISymbol? shownAs = null)
        {
            if (symbol is null)
            {
                return;
            }

            var verdict = _policy.Evaluate(symbol);
            if (verdict.IsAllowed)
            {
                CheckConstructorConstraints(symbol, site, location, model, report);
                return;
            }

            if (IsExempt(site, model))
            {
                return;
            }

            var shown = (shownAs ?? symbol).ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            report(Diagnostic.Create(RestrictedDiagnostics.For(verdict.Kind), location, RepeatedUses.Key(shown), shown, verdict.Explain()));
        }

        /// <summary>
        /// Whether a member is reached through a value whose type the rules refuse (<c>TextWriter</c> in
        /// <c>Console.Error.WriteLine</c>, <c>Point</c> in <c>p.X</c>). Such a value was reported where it was
        /// made or named, so its members are not reported again: one use, one diagnostic.
        /// </summary>
        public bool IsReachedThroughRefusedValue(IOperation? instance) =>
            instance is { Type: { } type } && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }
            && !_policy.Evaluate(type).IsAllowed;

        /// <summary>Reports a type argument whose parameterless constructor a <c>new()</c> constraint would call against the rules (RCX0402).</summary>
        private void CheckConstructorConstraints(ISymbol symbol, SyntaxNode site, Location location, SemanticModel model, Action<Diagnostic> report)
        {
            if (_constructorConstraints.Find(symbol) is not { } refusal || IsExempt(site, model))
            {
                return;
            }

            report(Diagnostic.Create(
                RestrictedDiagnostics.ConstructorConstraintRefused,
                location,
                Show(refusal.Argument),
                refusal.Parameter.Name,
                Show(refusal.Constructor),
                refusal.Verdict.Explain()));
        }

        private static string Show(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        /// <summary>
        /// Whether a member the compiler calls on the author's behalf is refused by its own rule. The types in its
        /// signature are the operands' and the construct's, which are judged (and reported) where they appear.
        /// </summary>
        public bool RefusesImplied(ISymbol? symbol) =>
            symbol is not null && _policy.Evaluate(symbol) is { IsAllowed: false, Kind: not VerdictKind.UsesDeniedType };

        /// <summary>Whether the rules allow <paramref name="symbol"/>, without reporting anything.</summary>
        public bool Allows(ISymbol symbol) => _policy.Evaluate(symbol).IsAllowed;

        public void Check(ISymbol? symbol, SyntaxNode site, SemanticModel model, Action<Diagnostic> report) =>
            Check(symbol, site, site.GetLocation(), model, report);

        /// <summary>
        /// Places where naming a symbol grants nothing, or where another rule already reports:
        /// <c>nameof(...)</c>, documentation comments, and the attributes that are language features.
        /// Only asked after a refusal, so the walk up the tree costs nothing on allowed code.
        /// </summary>
        private bool IsExempt(SyntaxNode site, SemanticModel model)
        {
            if (site.IsPartOfStructuredTrivia())
            {
                return true;
            }

            return IsInsideNameOf(site, model) || IsInsideReportedAttribute(site, model);
        }

        // Feature attributes report themselves; an assembly-level attribute reports itself (RCX0207) only when the
        // rules refuse its type, and the arguments of an allowed one are judged like any other code.
        private bool IsInsideReportedAttribute(SyntaxNode site, SemanticModel model) =>
            FeatureAttributes.EnclosingAttribute(site) is { } attribute
            && (FeatureAttributes.FeatureOf(attribute, model) is not null
                || (FeatureAttributes.IsAssemblyOrModuleLevel(attribute) && !AllowsAttribute(attribute, model)));

        /// <summary>Whether the rules allow the type of <paramref name="attribute"/> (unresolved: no, a compiler error reports it).</summary>
        private bool AllowsAttribute(AttributeSyntax attribute, SemanticModel model) =>
            FeatureAttributes.AttributeType(attribute, model) is { } type && _policy.Evaluate(type).IsAllowed;

        private static IMethodSymbol? FirstMethod(INamedTypeSymbol? type, string name)
        {
            if (type is not null)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol method)
                    {
                        return method;
                    }
                }
            }

            return null;
        }

        private static bool IsInsideNameOf(SyntaxNode site, SemanticModel model)
        {
            for (var current = site; current is not null; current = current.Parent)
            {
                if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation
                    && invocation.ArgumentList.Span.Contains(site.Span)
                    && model.GetOperation(invocation) is INameOfOperation)
                {
                    return true;
                }

                if (current is StatementSyntax or MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
