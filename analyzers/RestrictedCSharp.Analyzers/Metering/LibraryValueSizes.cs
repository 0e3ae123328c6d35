using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// RCX0503 for values the bot builds rather than declares: library generic code copies values of its type arguments
    /// into frames no guard probes, so a type argument of a library type or method (a value tuple's own parts and
    /// <c>TRest</c>, a <c>KeyValuePair</c>'s, a nullable's, a <c>List&lt;T&gt;</c>'s) may be no larger than a struct the bot
    /// may declare. Counted at the total size of its parts (<see cref="StackFrameEstimator.SizeOf"/>).
    /// </summary>
    internal static class LibraryValueSizes
    {
        public static void Register(CompilationStartAnalysisContext start)
        {
            var own = start.Compilation.Assembly;
            start.RegisterOperationAction(
                c => Check(c.ReportDiagnostic, own, Reached(c.Operation), c.Operation.Syntax),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.MethodReference, OperationKind.Tuple,
                OperationKind.DefaultValue);
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    if (c.Node.Parent is not ObjectCreationExpressionSyntax
                        && c.SemanticModel.GetSymbolInfo(c.Node, c.CancellationToken).Symbol is INamedTypeSymbol type)
                    {
                        Check(c.ReportDiagnostic, own, type, c.Node);
                    }
                },
                SyntaxKind.GenericName, SyntaxKind.TupleType, SyntaxKind.NullableType);
        }

        private static ISymbol? Reached(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => (ISymbol?)creation.Constructor ?? creation.Type,
            IMethodReferenceOperation reference => reference.Method,
            _ => operation.Type,
        };

        private static void Check(Action<Diagnostic> report, IAssemblySymbol own, ISymbol? symbol, SyntaxNode site)
        {
            if (symbol is null)
            {
                return;
            }

            var estimator = new StackFrameEstimator();
            foreach (var (_, argument, container) in HashedKeys.Substitutions(symbol))
            {
                if (SymbolEqualityComparer.Default.Equals(container.ContainingAssembly, own) || !argument.IsValueType
                    || SymbolEqualityComparer.Default.Equals(argument.ContainingAssembly, own))
                {
                    // The bot's own generic code is estimated (RCX0505), its own structs are judged where declared,
                    // and a reference is a pointer.
                    continue;
                }

                var bytes = estimator.SizeOf(argument);
                if (bytes > StackFrameEstimator.MaximumValueBytes)
                {
                    report(Diagnostic.Create(
                        RestrictedDiagnostics.ValueTypeTooLarge,
                        site.GetLocation(),
                        argument.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        bytes,
                        StackFrameEstimator.MaximumValueBytes));
                    return;
                }
            }
        }
    }
}
