using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses a collection expression into a <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> of more than
    /// <see cref="RuntimeBufferElements"/> elements that the compiler builds on the stack (RCX0504). Up to that
    /// length it uses the runtime's <c>InlineArray2..16&lt;T&gt;</c>; beyond, it writes an <c>[InlineArray(N)]</c>
    /// type into the bot's assembly, whose frame grows with the source and which no frame estimate sees, so the
    /// audit refuses it. Constants into a <c>ReadOnlySpan</c> of a primitive are data in the assembly, no buffer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpanBufferAnalyzer : RulesAnalyzer
    {
        /// <summary>The longest runtime inline-array type (<c>System.Runtime.CompilerServices.InlineArray16&lt;T&gt;</c>).</summary>
        public const int RuntimeBufferElements = 16;

        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public SpanBufferAnalyzer()
            : this(null)
        {
        }

        internal SpanBufferAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.SpanBufferTooLong);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules) =>
            start.RegisterSyntaxNodeAction(CollectionExpression, SyntaxKind.CollectionExpression);

        private static void CollectionExpression(SyntaxNodeAnalysisContext context)
        {
            var expression = (CollectionExpressionSyntax)context.Node;
            if (expression.Elements.Count <= RuntimeBufferElements || expression.Elements.Any(e => e is SpreadElementSyntax))
            {
                return; // a spread has no length the compiler knows: it builds an array
            }

            var model = context.SemanticModel;
            if (model.GetTypeInfo(expression, context.CancellationToken).ConvertedType is not INamedTypeSymbol
                {
                    IsGenericType: true, Name: "Span" or "ReadOnlySpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
                } span
                || IsConstantData(span, expression, model, context))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                RestrictedDiagnostics.SpanBufferTooLong,
                expression.GetLocation(),
                span.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                expression.Elements.Count,
                RuntimeBufferElements));
        }

        private static bool IsConstantData(INamedTypeSymbol span, CollectionExpressionSyntax expression, SemanticModel model, SyntaxNodeAnalysisContext context)
        {
            var element = span.TypeArguments[0];
            var primitive = element.TypeKind == TypeKind.Enum || element.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char
                or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double;
            return span.Name == "ReadOnlySpan" && primitive && expression.Elements.All(e =>
                e is ExpressionElementSyntax item && model.GetConstantValue(item.Expression, context.CancellationToken).HasValue);
        }
    }
}
