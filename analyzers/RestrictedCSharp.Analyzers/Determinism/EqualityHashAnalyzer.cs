using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses, at its declaration, a type of the bot that declares <c>Equals</c> without a <c>GetHashCode</c>
    /// of its own (RCX0403): used as a hash key, its guarded <c>Equals</c> would run a number of times that
    /// depends on per-process hash codes (<see cref="EqualityHashes"/>). Like RCX0401 it applies whatever the
    /// rules: a replay must not depend on the process it ran in.
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
        }

        private static void DeclaredType(SymbolAnalysisContext context, IAssemblySymbol own)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (EqualityHashes.Refusal(type, own) is not { } reason)
            {
                return;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax declaration)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        RestrictedDiagnostics.EqualsWithoutDeterministicHash, declaration.Identifier.GetLocation(), type.Name, reason));
                }
            }
        }
    }
}
