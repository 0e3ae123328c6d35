using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Builds the syntax the rewriter inserts. Everything is written on one line with single spaces,
/// and no node gets a line break of its own, so the guarded source keeps the author's line numbers.
/// </summary>
internal static class GuardSyntax
{
    /// <summary>Marks a block the rewriter added around a single statement (a loop body, a goto…).</summary>
    public static readonly SyntaxAnnotation WrapperBlock = new("RestrictedCSharp.GuardWrapper");

    private static readonly SyntaxTrivia s_space = Space;

    public static SyntaxToken SpacedToken(SyntaxKind kind) => Token(TriviaList(), kind, TriviaList(s_space));

    public static SyntaxToken BareToken(SyntaxKind kind) => Token(TriviaList(), kind, TriviaList());

    /// <summary><c>global::RestrictedCSharp.Guards.Guard.Name(args)</c>, no trivia.</summary>
    public static InvocationExpressionSyntax Call(string name, params ExpressionSyntax[] arguments)
        => CallWithArguments(name, typeArgument: null, arguments.Select(Argument).ToArray());

    /// <summary><c>global::RestrictedCSharp.Guards.Guard.Name&lt;T&gt;(arguments)</c> (no type argument list when null).</summary>
    public static InvocationExpressionSyntax CallWithArguments(string name, TypeSyntax? typeArgument, params ArgumentSyntax[] arguments)
        => CallWithTypeArguments(name, typeArgument is null ? [] : [typeArgument], arguments);

    /// <summary><c>global::RestrictedCSharp.Guards.Guard.Name&lt;T1, T2…&gt;(arguments)</c> (no type argument list when empty).</summary>
    public static InvocationExpressionSyntax CallWithTypeArguments(string name, TypeSyntax[] typeArguments, params ArgumentSyntax[] arguments)
    {
        SimpleNameSyntax member = typeArguments.Length == 0
            ? IdentifierName(name)
            : GenericName(Identifier(name), TypeArgumentList(SeparatedList(typeArguments, typeArguments.Skip(1).Select(_ => SpacedToken(SyntaxKind.CommaToken)))));
        var access = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, GuardTypeExpression(), member);
        return InvocationExpression(access, ArgumentList(SeparatedList(arguments, arguments.Skip(1).Select(_ => SpacedToken(SyntaxKind.CommaToken)))));
    }

    /// <summary><c>global::RestrictedCSharp.Guards.Guard.Name(args); </c></summary>
    public static StatementSyntax CallStatement(string name, params ExpressionSyntax[] arguments)
        => ExpressionStatement(Call(name, arguments), SpacedToken(SyntaxKind.SemicolonToken));

    /// <summary><c>global::RestrictedCSharp.Guards.Guard</c>, as the parser reads it in an expression.</summary>
    public static ExpressionSyntax GuardTypeExpression()
    {
        var parts = GuardNames.GuardTypeMetadataName.Split('.');
        ExpressionSyntax type = AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            type = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, IdentifierName(part));
        }

        return type;
    }

    /// <summary>
    /// A type as written from its fully qualified name (<see cref="SymbolDisplayFormat.FullyQualifiedFormat"/>):
    /// the one way the rewriter writes a type, which the parser turns into the same syntax any source would.
    /// </summary>
    public static TypeSyntax TypeName(string fullyQualifiedName) => ParseTypeName(fullyQualifiedName);

    /// <inheritdoc cref="TypeName(string)"/>
    public static TypeSyntax TypeName(ITypeSymbol type) => TypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

    /// <summary><c>bool flag = true; </c>: the rewriter's own local (an iterator's flag).</summary>
    public static StatementSyntax DeclareFlag(string flag)
        => LocalDeclarationStatement(
                VariableDeclaration(
                    PredefinedType(SpacedToken(SyntaxKind.BoolKeyword)),
                    SingletonSeparatedList(VariableDeclarator(
                        Identifier(TriviaList(), flag, TriviaList(s_space)),
                        argumentList: null,
                        EqualsValueClause(SpacedToken(SyntaxKind.EqualsToken), LiteralExpression(SyntaxKind.TrueLiteralExpression))))))
            .WithSemicolonToken(SpacedToken(SyntaxKind.SemicolonToken));

    /// <summary><c>flag = value; </c></summary>
    public static StatementSyntax SetFlag(string flag, bool value)
        => ExpressionStatement(
            AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                IdentifierName(Identifier(TriviaList(), flag, TriviaList(s_space))),
                SpacedToken(SyntaxKind.EqualsToken),
                LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression)),
            SpacedToken(SyntaxKind.SemicolonToken));

    /// <summary><c>if (flag) global::RestrictedCSharp.Guards.Guard.Name(); </c></summary>
    public static StatementSyntax CallStatementIf(string flag, string name)
        => IfStatement(
            default,
            SpacedToken(SyntaxKind.IfKeyword),
            BareToken(SyntaxKind.OpenParenToken),
            IdentifierName(flag),
            SpacedToken(SyntaxKind.CloseParenToken),
            CallStatement(name),
            @else: null);

    /// <summary>An int literal where the value fits (tick costs, element sizes), a long literal otherwise.</summary>
    public static LiteralExpressionSyntax Number(long value)
        => LiteralExpression(SyntaxKind.NumericLiteralExpression, value is >= int.MinValue and <= int.MaxValue ? Literal((int)value) : Literal(value));

    /// <summary>
    /// <c>out long name</c>: the guards' out parameters are all <c>long</c>, and a keyword type, unlike
    /// <c>var</c>, cannot bind to a bot type that happens to be named <c>var</c>.
    /// </summary>
    public static ArgumentSyntax OutLong(string name)
        => Argument(null, SpacedToken(SyntaxKind.OutKeyword),
            DeclarationExpression(PredefinedType(SpacedToken(SyntaxKind.LongKeyword)), SingleVariableDesignation(Identifier(name))));

    /// <summary>
    /// Replaces <paramref name="original"/> (already rewritten) by <paramref name="wrapper"/>, moving
    /// the original's leading and trailing trivia outside so that line breaks stay where they were.
    /// </summary>
    public static ExpressionSyntax MoveTriviaOutside(ExpressionSyntax original, Func<ExpressionSyntax, ExpressionSyntax> wrap)
    {
        var inner = original.WithoutLeadingTrivia().WithoutTrailingTrivia();
        return wrap(inner).WithLeadingTrivia(original.GetLeadingTrivia()).WithTrailingTrivia(original.GetTrailingTrivia());
    }

    /// <summary>
    /// Puts <paramref name="prefix"/> in front of a statement: into the block after its <c>{</c>, or,
    /// for any other statement, into a new block <c>{ prefix statement }</c> written around it.
    /// </summary>
    public static BlockSyntax Prepend(StatementSyntax statement, params StatementSyntax[] prefix)
    {
        if (statement is BlockSyntax block && !block.HasAnnotation(WrapperBlock))
        {
            return InsertAfterOpenBrace(block, prefix);
        }

        // { prefix statement } — the braces take the statement's outer trivia.
        var open = Token(statement.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(s_space));
        var close = Token(TriviaList(s_space), SyntaxKind.CloseBraceToken, statement.GetTrailingTrivia());
        var inner = statement.WithoutLeadingTrivia().WithoutTrailingTrivia();
        return Block(open, List(prefix.Append(inner)), close).WithAdditionalAnnotations(WrapperBlock);
    }

    /// <summary><c>{ prefix… original statements }</c>, the prefix on the line of the <c>{</c>.</summary>
    public static BlockSyntax InsertAfterOpenBrace(BlockSyntax block, params StatementSyntax[] prefix)
    {
        // The open brace's trailing trivia (usually the line break) moves after the prefix.
        var open = block.OpenBraceToken;
        var newOpen = open.WithTrailingTrivia(s_space);
        var prefixList = prefix.ToList();
        var last = prefixList[^1];
        prefixList[^1] = last.WithTrailingTrivia(open.TrailingTrivia);
        return block.WithOpenBraceToken(newOpen).WithStatements(List(prefixList.Concat(block.Statements)));
    }

    /// <summary>
    /// <c>{ head… try { statements } finally { tail } }</c> around a body block, written so that the
    /// original statements keep their lines: the new text sits on the lines of the original braces.
    /// </summary>
    public static BlockSyntax WrapInTryFinally(BlockSyntax body, StatementSyntax[] head, StatementSyntax[] finallyStatements)
    {
        var innerBlock = Block(
            Token(TriviaList(), SyntaxKind.OpenBraceToken, body.OpenBraceToken.TrailingTrivia),
            body.Statements,
            Token(body.CloseBraceToken.LeadingTrivia, SyntaxKind.CloseBraceToken, TriviaList(s_space)));
        return Block(
            Token(body.OpenBraceToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(s_space)),
            List(head.Append(TryFinally(innerBlock, finallyStatements))),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, body.CloseBraceToken.TrailingTrivia));
    }

    /// <summary>
    /// <c>{ s0 … s(k-1) beforeTry… try { sk … } finally { tail } }</c>: a body block whose first
    /// <paramref name="prefixLength"/> statements stay outside the <c>try</c>. The text that opens the
    /// <c>try</c> goes on the line of the first statement inside it, so every statement keeps its line.
    /// </summary>
    public static BlockSyntax WrapTailInTryFinally(BlockSyntax body, int prefixLength, StatementSyntax[] beforeTry, StatementSyntax[] finallyStatements)
    {
        var first = body.Statements[prefixLength];
        var opening = beforeTry.ToArray();
        opening[0] = opening[0].WithLeadingTrivia(first.GetLeadingTrivia());
        var innerBlock = Block(
            SpacedToken(SyntaxKind.OpenBraceToken),
            List(body.Statements.Skip(prefixLength).Select((statement, i) => i == 0 ? statement.WithoutLeadingTrivia() : statement)),
            Token(body.CloseBraceToken.LeadingTrivia, SyntaxKind.CloseBraceToken, TriviaList(s_space)));
        var statements = body.Statements.Take(prefixLength).Concat(opening).Append(TryFinally(innerBlock, finallyStatements));
        return Block(body.OpenBraceToken, List(statements), Token(TriviaList(), SyntaxKind.CloseBraceToken, body.CloseBraceToken.TrailingTrivia));
    }

    /// <summary>Puts <paramref name="prefix"/> in front of every <c>return</c> of <paramref name="statement"/>, outside lambdas and local functions.</summary>
    public static StatementSyntax PrependToReturns(StatementSyntax statement, StatementSyntax prefix)
        => (StatementSyntax)new ReturnPrefixer(prefix).Visit(statement)!;

    private sealed class ReturnPrefixer(StatementSyntax prefix) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitReturnStatement(ReturnStatementSyntax node) => Prepend(node, prefix);

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => node;

        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => node;

        public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => node;

        public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => node;
    }

    private static TryStatementSyntax TryFinally(BlockSyntax block, StatementSyntax[] finallyStatements)
        => TryStatement(
            SpacedToken(SyntaxKind.TryKeyword),
            block,
            List<CatchClauseSyntax>(),
            FinallyClause(
                SpacedToken(SyntaxKind.FinallyKeyword),
                Block(SpacedToken(SyntaxKind.OpenBraceToken), List(finallyStatements), SpacedToken(SyntaxKind.CloseBraceToken))));
}
