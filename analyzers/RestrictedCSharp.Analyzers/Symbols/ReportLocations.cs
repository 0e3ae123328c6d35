using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Where a refused symbol is reported: the narrowest syntax that names it, so the squiggle sits on
    /// what the author must change and two diagnostics never share a span by accident.
    /// <list type="bullet">
    /// <item>a call: the callee, e.g. <c>Console.WriteLine</c> in <c>Console.WriteLine("x")</c>;
    /// a constructor initializer: <c>base(...)</c> / <c>this(...)</c></item>
    /// <item>an object creation: the whole <c>new Random()</c>; an attribute's constructor: the attribute's name</item>
    /// <item>a field, property, event or method-group reference: the member access (<c>DateTime.Now</c>),
    /// the element access (<c>list[^1]</c>), or the bare name</item>
    /// <item>a user-defined operator: the operator token; a user-defined conversion: the converted
    /// expression (for a cast, the cast)</item>
    /// <item>a type written in code: its possibly qualified name without the type argument list
    /// (<c>System.IO.File</c>, <c>Stack</c> in <c>Stack&lt;int&gt;</c>); type arguments report themselves</item>
    /// <item><c>typeof(T)</c>: the typeof expression (it yields a <c>System.Type</c>)</item>
    /// <item>members the compiler calls for a construct: <c>foreach</c> the collection expression,
    /// deconstruction its left side, <c>using</c> and <c>await</c> their keyword, a positional pattern its
    /// parenthesised clause, a query clause the clause, a collection initializer's <c>Add</c> the element</item>
    /// <item>a <c>using static</c> or alias directive: the type it names</item>
    /// </list>
    /// </summary>
    internal static class ReportLocations
    {
        public static SyntaxNode ForInvocation(SyntaxNode syntax) => syntax switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression,
            _ => syntax,
        };

        public static Location ForInvocationLocation(SyntaxNode syntax) => syntax switch
        {
            ConstructorInitializerSyntax initializer => Location.Create(
                initializer.SyntaxTree, TextSpan.FromBounds(initializer.ThisOrBaseKeyword.SpanStart, initializer.Span.End)),
            _ => ForInvocation(syntax).GetLocation(),
        };

        public static SyntaxNode ForObjectCreation(SyntaxNode syntax) => syntax switch
        {
            AttributeSyntax attribute => attribute.Name,
            _ => syntax,
        };

        public static Location ForOperator(SyntaxNode syntax) => syntax switch
        {
            BinaryExpressionSyntax binary => binary.OperatorToken.GetLocation(),
            AssignmentExpressionSyntax assignment => assignment.OperatorToken.GetLocation(),
            PrefixUnaryExpressionSyntax prefix => prefix.OperatorToken.GetLocation(),
            PostfixUnaryExpressionSyntax postfix => postfix.OperatorToken.GetLocation(),
            _ => syntax.GetLocation(),
        };

        public static SyntaxNode ForPositionalPattern(SyntaxNode syntax) => syntax switch
        {
            RecursivePatternSyntax { PositionalPatternClause: { } clause } => clause,
            _ => syntax,
        };

        /// <summary>A type name up to the end of its identifier: <c>System.Collections.Generic.List</c> of <c>...List&lt;int&gt;</c>.</summary>
        public static Location ForTypeName(SyntaxNode fullName, SimpleNameSyntax name) =>
            Location.Create(fullName.SyntaxTree, TextSpan.FromBounds(fullName.SpanStart, name.Identifier.Span.End));
    }
}
