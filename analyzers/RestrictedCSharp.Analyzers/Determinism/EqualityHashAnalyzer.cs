using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses, at its declaration, a type of the bot that declares <c>Equals</c> without a <c>GetHashCode</c>
    /// of its own (RCX0403): used as a hash key, its guarded <c>Equals</c> would run a number of times that
    /// depends on per-process hash codes (<see cref="EqualityHashes"/>). Like RCX0401 it applies whatever the
    /// rules: a replay must not depend on the process it ran in. The same holds one step removed: a record or struct
    /// whose generated equality compares a part with the bot's Equals is judged at its declaration, and a tuple,
    /// anonymous type or key-value pair holding one where library code hashes it (<see cref="HashedKeys"/>) or where it is
    /// converted to object or an interface, out of that rule's sight (<see cref="ErasedKeys"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EqualityHashAnalyzer : RulesAnalyzer
    {
        /// <summary>Active while the project's rules file (or the <c>bots</c> preset) can be read.</summary>
        public EqualityHashAnalyzer()
            : this(null)
        {
        }

        internal EqualityHashAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.EqualsWithoutDeterministicHash);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var own = start.Compilation.Assembly;
            start.RegisterSymbolAction(c => DeclaredType(c, own), SymbolKind.NamedType);
            var keys = new HashedKeys(start.Compilation);
            start.RegisterOperationAction(
                c => HashedKey(c.ReportDiagnostic, keys, Reached(c.Operation), c.Operation.Syntax),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.MethodReference);
            start.RegisterSyntaxNodeAction(c => NamedType(c, keys), SyntaxKind.GenericName);
            ErasedKeys.Register(start, keys);
        }

        private static ISymbol? Reached(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => (ISymbol?)creation.Constructor ?? creation.Type,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };

        // A type written out (a field, a parameter, a collection expression's target); a creation is judged as an operation.
        private static void NamedType(SyntaxNodeAnalysisContext context, HashedKeys keys)
        {
            if (context.Node.Parent is ObjectCreationExpressionSyntax)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol is INamedTypeSymbol type)
            {
                HashedKey(context.ReportDiagnostic, keys, type, context.Node);
            }
        }

        private static void HashedKey(System.Action<Diagnostic> report, HashedKeys keys, ISymbol? symbol, SyntaxNode site)
        {
            if (symbol is null || keys.Find(symbol) is not { } refusal)
            {
                return;
            }

            report(Diagnostic.Create(
                RestrictedDiagnostics.EqualsWithoutDeterministicHash,
                site.GetLocation(),
                Show(refusal.Key),
                $"{(keys.IsOwn(refusal.Container) ? "is hashed, or hidden as object out of a hash's sight," : "is hashed")} by '{Show(refusal.Container)}' and compares its part '{Show(refusal.Part)}' with the Equals the bot declares, but its hash differs between processes",
                "use a type of your own that declares Equals and GetHashCode as the key, or a record struct whose parts' hashes are the same in every process"));
        }

        private static string Show(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        private static void DeclaredType(SymbolAnalysisContext context, IAssemblySymbol own)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (EqualityHashes.Refusal(type, own) is not { } refusal)
            {
                return;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax declaration)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        RestrictedDiagnostics.EqualsWithoutDeterministicHash, declaration.Identifier.GetLocation(), type.Name, refusal.Clause, refusal.Advice));
                }
            }
        }
    }
}
