using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// A delegate's <c>BeginInvoke</c>/<c>EndInvoke</c> (RCX0004). The bot's own delegate types are not judged by
    /// name, so this pair, which the runtime provides for every delegate and which throws on .NET, is refused here
    /// whoever declared the delegate. <c>Invoke</c> and the delegate type itself stay ordinary code.
    /// </summary>
    internal static class AsynchronousDelegateCalls
    {
        public static void Register(CompilationStartAnalysisContext context)
        {
            context.RegisterOperationAction(
                c => Report(c, ((IInvocationOperation)c.Operation).TargetMethod, ReportLocations.ForInvocationLocation(c.Operation.Syntax)),
                OperationKind.Invocation);
            context.RegisterOperationAction(
                c => Report(c, ((IMethodReferenceOperation)c.Operation).Method, c.Operation.Syntax.GetLocation()),
                OperationKind.MethodReference);
        }

        public static bool IsAsynchronousDelegateMethod(IMethodSymbol method) =>
            method.Name is "BeginInvoke" or "EndInvoke" && method.ContainingType?.TypeKind == TypeKind.Delegate;

        private static void Report(OperationAnalysisContext context, IMethodSymbol method, Location location)
        {
            if (IsAsynchronousDelegateMethod(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.AsynchronousDelegateCall, location, method.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)));
            }
        }
    }
}
