using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses functions whose stack frame is too large for the depth guard to measure (RCX0501): a
    /// 32 MiB struct local or by-value argument would overflow the bot thread's stack in one frame; and
    /// struct types too large for the library code that copies values of its type arguments (RCX0503).
    /// The estimate is the rewriter's (<see cref="StackFrameEstimator"/>), which probes the stack in
    /// every function above a smaller size.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StackFrameAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public StackFrameAnalyzer()
            : this(null)
        {
        }

        internal StackFrameAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.StackFrameTooLarge, RestrictedDiagnostics.ValueTypeTooLarge);

        // Frame sizes do not depend on the rules, but nothing is analyzed while the rules are broken.
        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            start.RegisterOperationAction(MethodBody, OperationKind.MethodBody, OperationKind.ConstructorBody);
            start.RegisterOperationAction(NestedFunction, OperationKind.LocalFunction, OperationKind.AnonymousFunction);
            start.RegisterOperationAction(Initializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterSymbolAction(ValueType, SymbolKind.NamedType);
            LibraryValueSizes.Register(start);
        }

        private static void ValueType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Struct || type.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
            {
                return;
            }

            long bytes = new StackFrameEstimator().SizeOf(type);
            if (bytes > StackFrameEstimator.MaximumValueBytes)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.ValueTypeTooLarge, location, type.Name, bytes, StackFrameEstimator.MaximumValueBytes));
            }
        }

        private static void MethodBody(OperationAnalysisContext context)
        {
            var body = (IMethodBodyBaseOperation)context.Operation;
            Check(context, context.ContainingSymbol as IMethodSymbol, (IOperation?)body.BlockBody ?? body.ExpressionBody);
        }

        private static void NestedFunction(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case ILocalFunctionOperation function:
                    Check(context, function.Symbol, (IOperation?)function.Body ?? function.IgnoredBody);
                    break;
                case IAnonymousFunctionOperation lambda:
                    Check(context, lambda.Symbol, lambda.Body);
                    break;
            }
        }

        /// <summary>
        /// A field or property initializer runs inside a constructor or the type initializer, which the runtime
        /// calls wherever the type is first used, at any depth; its values count like a function's own.
        /// </summary>
        private static void Initializer(OperationAnalysisContext context) =>
            Check(context, null, ((ISymbolInitializerOperation)context.Operation).Value);

        private static string InitializerName(IOperation operation) => operation switch
        {
            IFieldInitializerOperation field when field.InitializedFields.FirstOrDefault() is { } first => "the initializer of " + first.Name,
            IPropertyInitializerOperation property when property.InitializedProperties.FirstOrDefault() is { } first => "the initializer of " + first.Name,
            _ => "this function",
        };

        private static void Check(OperationAnalysisContext context, IMethodSymbol? method, IOperation? body)
        {
            // One estimator per function: actions run concurrently, and struct sizes are cheap to redo.
            long bytes = new StackFrameEstimator().FrameBytes(method, body);
            if (bytes > StackFrameEstimator.MaximumFrameBytes)
            {
                var location = method?.Locations.FirstOrDefault(l => l.IsInSource) is { } declared && method.MethodKind != MethodKind.AnonymousFunction
                    ? declared
                    : context.Operation is ISymbolInitializerOperation initializer ? initializer.Value.Syntax.GetLocation()
                    : context.Operation.Syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.StackFrameTooLarge, location,
                    method?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) ?? InitializerName(context.Operation), bytes, StackFrameEstimator.MaximumFrameBytes));
            }
        }
    }
}
