using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Function entries: the tick, the counted frame (with a stack probe for a large frame) and the leaf prefix
/// around each body, as <see cref="CostModel.GuardOf"/> decides; expression bodies that get a guard become
/// blocks (recorded in <see cref="ExpandedBodies"/> for the validator); iterators count their frame only while they run.
/// </summary>
internal sealed partial class GuardInserter
{
    // The functions whose expression body became a block, as the original tree has them.
    private readonly HashSet<SyntaxNode> _expandedBodies = new();

    /// <summary>
    /// The original functions (methods, local functions, accessors, properties, indexers, lambdas) whose expression
    /// body this rewrite turned into a block: the one change besides the guards (see <see cref="ExpressionBodyExpander"/>).
    /// </summary>
    public IReadOnlySet<SyntaxNode> ExpandedBodies => _expandedBodies;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => GuardMethod(node, base.VisitMethodDeclaration);

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => GuardMethod(node, base.VisitConstructorDeclaration);

    public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) => GuardMethod(node, base.VisitDestructorDeclaration);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) => GuardMethod(node, base.VisitOperatorDeclaration);

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) => GuardMethod(node, base.VisitConversionOperatorDeclaration);

    private SyntaxNode? GuardMethod<T>(T node, Func<T, SyntaxNode?> visitChildren)
        where T : BaseMethodDeclarationSyntax
    {
        var symbol = _model.GetDeclaredSymbol(node) as IMethodSymbol;
        var flag = BeginFunction(symbol);
        var visited = (BaseMethodDeclarationSyntax)visitChildren(node)!;
        _iteratorFlags.Pop();
        return GuardFunctionBody<BaseMethodDeclarationSyntax>(
            node, visited, symbol, flag, f => f.Body, f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var symbol = _model.GetDeclaredSymbol(node) as IMethodSymbol;
        var flag = BeginFunction(symbol);
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        _iteratorFlags.Pop();
        return GuardFunctionBody(
            node, visited, symbol, flag, f => f.Body, f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var symbol = _model.GetDeclaredSymbol(node) as IMethodSymbol;
        var flag = BeginFunction(symbol);
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        _iteratorFlags.Pop();
        return GuardFunctionBody(
            node, visited, symbol, flag, f => f.Body, f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));
    }

    /// <summary>
    /// Guards a function's body (a block, or an expression body turned into one) unless it needs no
    /// guard. <paramref name="original"/> is measured for the cost; <paramref name="visited"/> is rewritten.
    /// The syntax kinds share no base type with these members, hence the accessors.
    /// </summary>
    private SyntaxNode GuardFunctionBody<TNode>(
        TNode original,
        TNode visited,
        IMethodSymbol? symbol,
        string? flag,
        Func<TNode, BlockSyntax?> body,
        Func<TNode, ArrowExpressionClauseSyntax?> expressionBody,
        Func<TNode, SyntaxToken> semicolon,
        Func<TNode, BlockSyntax, TNode> withBlockBody)
        where TNode : SyntaxNode
    {
        var originalBody = body(original);
        var originalExpression = expressionBody(original);
        var guard = _costModel.GuardOf(_model, (SyntaxNode?)originalBody ?? originalExpression, symbol);
        if (guard.Entry == EntryGuard.None)
        {
            return visited;
        }

        if (originalBody is not null)
        {
            return withBlockBody(visited, guard.Entry == EntryGuard.Frame
                ? GuardBlockBody(originalBody, body(visited)!, symbol, flag, guard.Probe)
                : EntryGuarded(body(visited)!, _costs.Of(originalBody), guard, flag));
        }

        if (originalExpression is not null)
        {
            _expandedBodies.Add(original);
            var block = ExpressionBodies.MemberBodyToBlock(expressionBody(visited)!, semicolon(visited), ExpressionBodies.ReturnsValue(symbol));
            return withBlockBody(visited, EntryGuarded(block, _costs.Of(originalExpression), guard, flag));
        }

        return visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        if (node.Initializer is not null && _model.GetDeclaredSymbol(node) is { } property)
        {
            RequestInitializerGuard(node.Initializer.Value, property.Type);
        }

        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return GuardedGetter(node, node.ExpressionBody, visited.ExpressionBody, visited.SemicolonToken) is { } accessors
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors)
            : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return GuardedGetter(node, node.ExpressionBody, visited.ExpressionBody, visited.SemicolonToken) is { } accessors
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors)
            : visited;
    }

    // An expression-bodied property or indexer that needs an entry guard becomes a getter with a block body.
    private AccessorListSyntax? GuardedGetter(
        BasePropertyDeclarationSyntax node, ArrowExpressionClauseSyntax? original, ArrowExpressionClauseSyntax? visited, SyntaxToken semicolon)
    {
        if (original is null
            || _costModel.GuardOf(_model, original, ExpressionBodies.Getter(_model, node)) is not { Entry: not EntryGuard.None } guard)
        {
            return null;
        }

        _expandedBodies.Add(node);
        long cost = _costs.Of(original);
        return ExpressionBodies.GetterOnlyAccessorList(visited!, semicolon, body => EntryGuarded(body, cost, guard, null));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        => GuardAnonymousFunction(node, n => base.VisitParenthesizedLambdaExpression((ParenthesizedLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        => GuardAnonymousFunction(node, n => base.VisitSimpleLambdaExpression((SimpleLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        => GuardAnonymousFunction(node, n => base.VisitAnonymousMethodExpression((AnonymousMethodExpressionSyntax)n));

    private SyntaxNode? GuardAnonymousFunction(AnonymousFunctionExpressionSyntax node, Func<AnonymousFunctionExpressionSyntax, SyntaxNode?> visitChildren)
    {
        if (ExpressionBodies.IsExpressionTree(_model, node))
        {
            return node;
        }

        _iteratorFlags.Push(null);
        var visited = (AnonymousFunctionExpressionSyntax)visitChildren(node)!;
        _iteratorFlags.Pop();
        var symbol = ExpressionBodies.LambdaSymbol(_model, node);
        var guard = _costModel.GuardOf(_model, node.Body, symbol);
        if (guard.Entry == EntryGuard.None)
        {
            return visited;
        }

        if (node.Block is not null)
        {
            return visited.WithBlock(EntryGuarded(visited.Block!, _costs.Of(node.Block), guard, null));
        }

        _expandedBodies.Add(node);
        var block = ExpressionBodies.LambdaBodyToBlock(visited.ExpressionBody!, ExpressionBodies.ReturnsValue(symbol));
        return visited.WithExpressionBody(null).WithBlock(EntryGuarded(block, _costs.Of(node.ExpressionBody), guard, null));
    }

    private string? BeginFunction(IMethodSymbol? symbol)
    {
        string? flag = symbol is { IsIterator: true } ? NewName(GuardNames.IteratorActivePrefix) : null;
        _iteratorFlags.Push(flag);
        return flag;
    }

    /// <summary><c>{ Tick(cost); body }</c> for <see cref="EntryGuard.Tick"/>, <see cref="GuardBody"/> for <see cref="EntryGuard.Frame"/>.</summary>
    private BlockSyntax EntryGuarded(BlockSyntax body, long cost, FunctionGuard guard, string? iteratorFlag)
        => guard.Entry == EntryGuard.Tick
            ? GuardSyntax.InsertAfterOpenBrace(body, ChargeSyntax.Tick(cost))
            : GuardBody(body, cost, iteratorFlag, guard.Probe);

    /// <summary>
    /// A block body's guard: <see cref="GuardBody"/>, or, when the body begins with a leaf prefix
    /// that can return (see <see cref="LeafPrefix"/>), <c>{ prefix… Enter(cost); try { rest } finally { Exit(); } }</c>
    /// with <c>Tick(prefix cost)</c> before each <c>return</c> of the prefix. Either way out pays one
    /// update of the counters: a return from the prefix its tick, the rest the whole body's cost
    /// when the frame is entered.
    /// </summary>
    private BlockSyntax GuardBlockBody(BlockSyntax original, BlockSyntax visited, IMethodSymbol? symbol, string? iteratorFlag, bool probe)
    {
        // A large frame is allocated at entry, before any prefix: it probes first.
        int prefix = !probe && iteratorFlag is null && symbol is { MethodKind: not (MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor) }
            ? LeafPrefix.Length(original, _model, _costModel.Leaves)
            : 0;
        if (prefix == 0 || visited.Statements.Count != original.Statements.Count)
        {
            return GuardBody(visited, _costs.Of(original), iteratorFlag, probe);
        }

        var tick = ChargeSyntax.Tick(_costs.OfStatements(original.Statements.Take(prefix)));
        var ticked = visited.WithStatements(List(visited.Statements.Select((statement, i) => i < prefix ? GuardSyntax.PrependToReturns(statement, tick) : statement)));
        return GuardSyntax.WrapTailInTryFinally(ticked, prefix, ChargeSyntax.Enter(_costs.Of(original)), [GuardSyntax.CallStatement(GuardNames.Exit)]);
    }

    /// <summary>
    /// <c>{ Enter(cost); try { body } finally { Exit(); } }</c>. For an iterator the frame is counted
    /// only while it runs: a flag says whether it is, each <c>yield return</c> leaves and re-enters
    /// (see <see cref="VisitYieldStatement"/>), and the <c>finally</c> exits only if the flag is set.
    /// </summary>
    private BlockSyntax GuardBody(BlockSyntax body, long cost, string? iteratorFlag, bool probe)
    {
        // Probed after Enter: a trip there leaves the frame uncounted (see Guard.ProbeStack).
        StatementSyntax[] enter = probe ? [.. ChargeSyntax.Enter(cost), GuardSyntax.CallStatement(GuardNames.ProbeStack)] : ChargeSyntax.Enter(cost);
        if (iteratorFlag is null)
        {
            return GuardSyntax.WrapInTryFinally(body, enter, [GuardSyntax.CallStatement(GuardNames.Exit)]);
        }

        var declareFlag = GuardSyntax.DeclareFlag(iteratorFlag);
        var exitIfActive = GuardSyntax.CallStatementIf(iteratorFlag, GuardNames.Exit);
        return GuardSyntax.WrapInTryFinally(body, [.. enter, declareFlag], [exitIfActive]);
    }

    public override SyntaxNode? VisitYieldStatement(YieldStatementSyntax node)
    {
        var visited = (StatementSyntax)base.VisitYieldStatement(node)!;
        var flag = _iteratorFlags.Count > 0 ? _iteratorFlags.Peek() : null;
        if (!node.IsKind(SyntaxKind.YieldReturnStatement) || flag is null)
        {
            return visited;
        }

        // { flag = false; Exit(); yield return e; Enter(1); flag = true; }
        var leave = new[] { GuardSyntax.SetFlag(flag, false), GuardSyntax.CallStatement(GuardNames.Exit) };
        var resume = new[] { GuardSyntax.CallStatement(GuardNames.Enter, GuardSyntax.Number(1)), GuardSyntax.SetFlag(flag, true) };
        var open = Token(visited.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space));
        var close = Token(TriviaList(), SyntaxKind.CloseBraceToken, visited.GetTrailingTrivia());
        var inner = visited.WithoutLeadingTrivia().WithTrailingTrivia(Space);
        return Block(open, List(leave.Append(inner).Concat(resume)), close).WithAdditionalAnnotations(GuardSyntax.WrapperBlock);
    }
}
