using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses generic recursion that expands (RCX0512): <c>F&lt;T&gt;</c> calling <c>F&lt;List&lt;T&gt;&gt;</c>,
    /// or a generic type making ever larger instances of itself. Every round would load and compile a new
    /// type or method, outside the ticks and outside the heap limit; see <see cref="GenericInstantiationGraph"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExpandingGenericsAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public ExpandingGenericsAnalyzer()
            : this(null)
        {
        }

        internal ExpandingGenericsAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.ExpandingGenericRecursion);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var graph = new GenericInstantiationGraph();
            start.RegisterOperationAction(c => Operation(c, graph), Instantiating);
            start.RegisterSymbolAction(c => Declaration(c, graph), SymbolKind.NamedType, SymbolKind.Field, SymbolKind.Property, SymbolKind.Method);
            start.RegisterCompilationEndAction(c => Report(c, graph));
        }

        // Everywhere a constructed type or method can be named or inferred.
        private static readonly ImmutableArray<OperationKind> Instantiating = ImmutableArray.Create(
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.MethodReference, OperationKind.DelegateCreation,
            OperationKind.TypeOf, OperationKind.DefaultValue, OperationKind.ArrayCreation, OperationKind.Conversion,
            OperationKind.Tuple, OperationKind.IsType, OperationKind.DeclarationPattern, OperationKind.TypePattern,
            OperationKind.VariableDeclarator, OperationKind.FieldReference, OperationKind.PropertyReference,
            OperationKind.SizeOf, OperationKind.Literal);

        private static void Operation(OperationAnalysisContext context, GenericInstantiationGraph graph)
        {
            var operation = context.Operation;
            var location = operation.Syntax.GetLocation();
            graph.AddInstantiations(operation.Type, location);
            switch (operation)
            {
                case IInvocationOperation invocation:
                    graph.AddInstantiations(invocation.TargetMethod, location);
                    break;
                case IMethodReferenceOperation reference:
                    graph.AddInstantiations(reference.Method, location);
                    break;
                case IObjectCreationOperation creation:
                    graph.AddInstantiations(creation.Constructor, location);
                    break;
                case ITypeOfOperation typeOf:
                    graph.AddInstantiations(typeOf.TypeOperand, location);
                    break;
                case IIsTypeOperation isType:
                    graph.AddInstantiations(isType.TypeOperand, location);
                    break;
                case IDeclarationPatternOperation declaration:
                    graph.AddInstantiations(declaration.MatchedType, location);
                    break;
                case ITypePatternOperation pattern:
                    graph.AddInstantiations(pattern.MatchedType, location);
                    break;
                case IVariableDeclaratorOperation declarator:
                    graph.AddInstantiations(declarator.Symbol.Type, location);
                    break;
                case IFieldReferenceOperation field:
                    graph.AddInstantiations(field.Field.ContainingType, location);
                    break;
                case IPropertyReferenceOperation property:
                    graph.AddInstantiations(property.Property.ContainingType, location);
                    break;
            }
        }

        private static void Declaration(SymbolAnalysisContext context, GenericInstantiationGraph graph)
        {
            var symbol = context.Symbol;
            var location = symbol.Locations.FirstOrDefault() ?? Location.None;
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    graph.AddInstantiations(type.BaseType, location);
                    foreach (var implemented in type.Interfaces)
                    {
                        graph.AddInstantiations(implemented, location);
                    }

                    break;
                case IFieldSymbol field:
                    graph.AddInstantiations(field.Type, location);
                    break;
                case IPropertySymbol property:
                    graph.AddInstantiations(property.Type, location);
                    break;
                case IMethodSymbol method:
                    graph.AddInstantiations(method.ReturnType, location);
                    foreach (var parameter in method.Parameters)
                    {
                        graph.AddInstantiations(parameter.Type, location);
                    }

                    break;
            }
        }

        private static void Report(CompilationAnalysisContext context, GenericInstantiationGraph graph)
        {
            // One growing argument is seen by every operation around it (a call on `new Layer<Layer<T>>()`):
            // report it at the innermost.
            var cycles = graph.ExpandingCycles().ToList();
            var byGrowth = cycles.ToLookup(c => (c.To, c.Argument), c => c.Location, new GrowthComparer());
            var reported = new HashSet<Location>();
            foreach (var (from, argument, to, location) in cycles
                .OrderBy(c => c.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(c => c.Location.SourceSpan.Start))
            {
                var enclosesAnother = byGrowth[(to, argument)].Any(other =>
                    other.SourceTree == location.SourceTree
                    && other.SourceSpan != location.SourceSpan
                    && location.SourceSpan.Contains(other.SourceSpan));
                if (!enclosesAnother && reported.Add(location))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        RestrictedDiagnostics.ExpandingGenericRecursion, location, from.Name,
                        argument.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), to.Name, to.ContainingSymbol.Name));
                }
            }
        }

        private sealed class GrowthComparer : IEqualityComparer<(ITypeParameterSymbol To, ITypeSymbol Argument)>
        {
            public bool Equals((ITypeParameterSymbol To, ITypeSymbol Argument) x, (ITypeParameterSymbol To, ITypeSymbol Argument) y) =>
                SymbolEqualityComparer.Default.Equals(x.To, y.To) && SymbolEqualityComparer.Default.Equals(x.Argument, y.Argument);

            public int GetHashCode((ITypeParameterSymbol To, ITypeSymbol Argument) obj) =>
                SymbolEqualityComparer.Default.GetHashCode(obj.To) ^ SymbolEqualityComparer.Default.GetHashCode(obj.Argument);
        }
    }
}
