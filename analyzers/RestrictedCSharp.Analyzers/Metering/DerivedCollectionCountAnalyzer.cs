using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses a bot type that derives from a library collection, stream or other sized type and declares a
    /// member named like its count (RCX0521): <c>Count</c>, <c>Length</c>, their <c>Long</c> forms, or an explicit
    /// implementation of one (<c>int ICollection&lt;int&gt;.Count =&gt; 0</c>). The guards charge a library call by
    /// the count they read before it (<see cref="LibraryWork"/>), through the interface or the virtual member; an
    /// override, a re-implementation or a hiding member re-mapped to an interface could report less than the
    /// library then walks, and a loop of such calls would run to the wall clock.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DerivedCollectionCountAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public DerivedCollectionCountAnalyzer()
            : this(null)
        {
        }

        internal DerivedCollectionCountAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.DerivedCollectionCount);

        private static readonly ImmutableHashSet<string> CountNames = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Count", "LongCount", "Length", "LongLength");

        // Whether a type is sized does not depend on the rules, but nothing is analyzed while the rules are broken.
        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules) =>
            start.RegisterSymbolAction(DeclaredType, SymbolKind.NamedType);

        private static void DeclaredType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class || SizedLibraryBase(type, context.Compilation) is not { } libraryBase)
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (!member.IsImplicitlyDeclared && CountNames.Contains(SimpleName(member)))
                {
                    foreach (var location in member.Locations)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            RestrictedDiagnostics.DerivedCollectionCount,
                            location,
                            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                            libraryBase.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                            member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
                    }
                }
            }
        }

        /// <summary>The nearest base type from outside the bot whose values have a length the library walks, if any.</summary>
        private static INamedTypeSymbol? SizedLibraryBase(INamedTypeSymbol type, Compilation compilation)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (!SymbolEqualityComparer.Default.Equals(current.ContainingAssembly, compilation.Assembly))
                {
                    return LibraryWork.IsSized(current) ? current : null;
                }
            }

            return null;
        }

        /// <summary>A member's name without the interface of an explicit implementation (<c>ICollection&lt;int&gt;.Count</c> is <c>Count</c>).</summary>
        private static string SimpleName(ISymbol member)
        {
            var name = member.Name;
            var dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(dot + 1);
        }
    }
}
