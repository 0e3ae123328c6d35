using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Inserts the guards into one syntax tree, reading the original tree's semantic model. Every
/// decision is made on the original node (before its children are rewritten); insertions are
/// written on existing lines, so the guarded text has the author's line numbers.
/// </summary>
/// <remarks>
/// Expressions that must be wrapped (a size argument, an array dimension, an initializer) are
/// recorded when their parent is visited and wrapped in <see cref="Visit"/> once rewritten.
/// </remarks>
internal sealed partial class GuardInserter : CSharpSyntaxRewriter
{
    private readonly SemanticModel _model;
    private readonly IAllocationSizeRules _sizeRules;
    private readonly LeafAnalysis _leaves;
    private readonly TickCost _costs;
    private readonly Dictionary<SyntaxNode, Func<ExpressionSyntax, ExpressionSyntax>> _pendingWraps = new();

    // For each function being visited: its iterator flag's name, or null if it is not an iterator.
    private readonly Stack<string?> _iteratorFlags = new();
    private int _nameCounter;

    public GuardInserter(SemanticModel model, IAllocationSizeRules sizeRules, LeafCallCosts leafCalls)
    {
        _model = model;
        _sizeRules = sizeRules;
        _leaves = leafCalls.Leaves;
        _costs = leafCalls.CostsFor(model);
    }

    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var rewritten = base.Visit(node);
        if (rewritten is ExpressionSyntax expression && _pendingWraps.Remove(node, out var wrap))
        {
            rewritten = GuardSyntax.MoveTriviaOutside(expression, wrap);
        }

        return rewritten;
    }

    // Attribute arguments are constants: nothing to guard, and calls are not allowed there.
    public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) => node;

    // ---- Function entries: tick, depth, iterators ----

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
        var guard = GuardedFunctions.For(_leaves, _model, (SyntaxNode?)originalBody ?? originalExpression, symbol);
        if (guard == EntryGuard.None)
        {
            return visited;
        }

        bool probe = _leaves.Frames.NeedsProbe(_model, (SyntaxNode?)originalBody ?? originalExpression, symbol);
        if (originalBody is not null)
        {
            return withBlockBody(visited, guard == EntryGuard.Frame
                ? GuardBlockBody(originalBody, body(visited)!, symbol, flag, probe)
                : EntryGuarded(body(visited)!, _costs.Of(originalBody), guard, flag));
        }

        if (originalExpression is not null)
        {
            var block = ExpressionBodies.MemberBodyToBlock(expressionBody(visited)!, semicolon(visited), ExpressionBodies.ReturnsValue(symbol));
            return withBlockBody(visited, EntryGuarded(block, _costs.Of(originalExpression), guard, flag, probe));
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
        if (node.ExpressionBody is null
            || GuardedFunctions.For(_leaves, _model, node.ExpressionBody, ExpressionBodies.Getter(_model, node)) is not (not EntryGuard.None and var guard))
        {
            return visited;
        }

        long cost = _costs.Of(node.ExpressionBody);
        bool probe = _leaves.Frames.NeedsProbe(_model, node.ExpressionBody, ExpressionBodies.Getter(_model, node));
        var accessors = ExpressionBodies.GetterOnlyAccessorList(visited.ExpressionBody!, visited.SemicolonToken, body => EntryGuarded(body, cost, guard, null, probe));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (node.ExpressionBody is null
            || GuardedFunctions.For(_leaves, _model, node.ExpressionBody, ExpressionBodies.Getter(_model, node)) is not (not EntryGuard.None and var guard))
        {
            return visited;
        }

        long cost = _costs.Of(node.ExpressionBody);
        bool probe = _leaves.Frames.NeedsProbe(_model, node.ExpressionBody, ExpressionBodies.Getter(_model, node));
        var accessors = ExpressionBodies.GetterOnlyAccessorList(visited.ExpressionBody!, visited.SemicolonToken, body => EntryGuarded(body, cost, guard, null, probe));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
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
        var guard = GuardedFunctions.For(_leaves, _model, node.Body, symbol);
        if (guard == EntryGuard.None)
        {
            return visited;
        }

        bool probe = _leaves.Frames.NeedsProbe(_model, node.Body, symbol);
        if (node.Block is not null)
        {
            return visited.WithBlock(EntryGuarded(visited.Block!, _costs.Of(node.Block), guard, null, probe));
        }

        var block = ExpressionBodies.LambdaBodyToBlock(visited.ExpressionBody!, ExpressionBodies.ReturnsValue(symbol));
        return visited.WithExpressionBody(null).WithBlock(EntryGuarded(block, _costs.Of(node.ExpressionBody), guard, null, probe));
    }

    private string? BeginFunction(IMethodSymbol? symbol)
    {
        string? flag = symbol is { IsIterator: true } ? NewName(GuardNames.IteratorActivePrefix) : null;
        _iteratorFlags.Push(flag);
        return flag;
    }

    /// <summary><c>{ Tick(cost); body }</c> for <see cref="EntryGuard.Tick"/>, <see cref="GuardBody"/> for <see cref="EntryGuard.Frame"/>.</summary>
    private BlockSyntax EntryGuarded(BlockSyntax body, long cost, EntryGuard guard, string? iteratorFlag, bool probe = false)
        => guard == EntryGuard.Tick
            ? GuardSyntax.InsertAfterOpenBrace(body, ChargeSyntax.Tick(cost))
            : GuardBody(body, cost, iteratorFlag, probe);

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
            ? LeafPrefix.Length(original, _model, _leaves)
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

        var declareFlag = ParseStatement($"bool {iteratorFlag} = true; ");
        var exitIfActive = ParseStatement($"if ({iteratorFlag}) {GuardNames.GuardType}.{GuardNames.Exit}(); ");
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
        var leave = new[] { ParseStatement($"{flag} = false; "), GuardSyntax.CallStatement(GuardNames.Exit) };
        var resume = new[] { GuardSyntax.CallStatement(GuardNames.Enter, GuardSyntax.Number(1)), ParseStatement($"{flag} = true; ") };
        var open = Token(visited.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space));
        var close = Token(TriviaList(), SyntaxKind.CloseBraceToken, visited.GetTrailingTrivia());
        var inner = visited.WithoutLeadingTrivia().WithTrailingTrivia(Space);
        return Block(open, List(leave.Append(inner).Concat(resume)), close).WithAdditionalAnnotations(GuardSyntax.WrapperBlock);
    }

    // ---- Loops and goto ----

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        if (_costs.IsAbsorbed(node))
        {
            // A small counted loop: its enclosing site has charged all its rounds.
            return visited;
        }

        long roundCost = _costs.OfRound(node);
        if (ChargeSyntax.FitsOneCharge(roundCost) && _costs.ConstantRounds(node) is { } rounds)
        {
            // for (int i = C1; i < C2; i++) with no way out of its body: charged for all its rounds before it starts.
            return GuardSyntax.Prepend(visited, RoundsCharge(rounds, (int)roundCost));
        }

        if (ChargeSyntax.FitsOneCharge(roundCost) && _costs.ArrayBoundLoop(node) is { } bound)
        {
            // for (int i = start; i < array.Length; i++): charged for all its rounds before it starts.
            var charge = GuardSyntax.CallStatement(
                GuardNames.TickLoop,
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(bound.Array), IdentifierName("Length")),
                GuardSyntax.Number(bound.Start),
                GuardSyntax.Number(roundCost));
            return GuardSyntax.Prepend(visited, charge);
        }

        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary><c>Guard.TickLoop(rounds, 0, cost)</c>; rounds beyond an int's range move into the start.</summary>
    private static StatementSyntax RoundsCharge(long rounds, int cost)
    {
        long start = rounds <= int.MaxValue ? 0 : int.MaxValue - rounds;
        return GuardSyntax.CallStatement(GuardNames.TickLoop, GuardSyntax.Number(rounds + start), GuardSyntax.Number(start), GuardSyntax.Number(cost));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        if (_costs.IsAbsorbed(node))
        {
            // Over a small lookup table: its enclosing site has charged all its rounds.
            return base.VisitForEachStatement(node);
        }

        bool upFront = RequestUpFrontCharge(node);
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return upFront ? visited : visited.WithStatement(TickFirst(visited.Statement, node));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        if (_costs.IsAbsorbed(node))
        {
            return base.VisitForEachVariableStatement(node);
        }

        bool upFront = RequestUpFrontCharge(node);
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return upFront ? visited : visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary>
    /// A <c>foreach</c> over a one- or two-dimensional array or a string has as many rounds as the length,
    /// known when it starts: <c>Guard.Iterations(collection, cost)</c> charges them all then and
    /// returns the collection as it was, and the body has no tick.
    /// </summary>
    private bool RequestUpFrontCharge(CommonForEachStatementSyntax node)
    {
        var type = _model.GetTypeInfo(node.Expression).Type;
        if (type is not (IArrayTypeSymbol { IsSZArray: true } or IArrayTypeSymbol { Rank: 2 } or { SpecialType: SpecialType.System_String }) || node.AwaitKeyword.RawKind != 0)
        {
            return false;
        }

        long cost = _costs.OfRound(node);
        if (!ChargeSyntax.FitsOneCharge(cost))
        {
            return false;
        }

        _pendingWraps[node.Expression] = e => GuardSyntax.Call(GuardNames.Iterations, e, GuardSyntax.Number(cost));
        return true;
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary>
    /// <c>goto label</c>, <c>goto case</c> and <c>goto default</c> tick where they jump: every cycle
    /// that is not a loop statement passes through a goto, so charging the jump charges each
    /// round exactly as a tick at its target would.
    /// </summary>
    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (StatementSyntax)base.VisitGotoStatement(node)!;
        return GuardSyntax.Prepend(visited, GuardSyntax.CallStatement(GuardNames.Tick, GuardSyntax.Number(1)));
    }

    /// <summary><c>{ Tick(cost of a round); body }</c> for a loop's visited body.</summary>
    private BlockSyntax TickFirst(StatementSyntax visitedBody, StatementSyntax originalLoop)
        => GuardSyntax.Prepend(visitedBody, ChargeSyntax.Tick(_costs.OfRound(originalLoop)));

    // ---- Catch clauses ----

    /// <summary>
    /// Every catch clause gets the filter <c>when (!Guard.IsUncatchable(e) &amp;&amp; (author's filter))</c>:
    /// a guard trip, an out-of-memory or an exhausted stack is never caught, and the author's
    /// filter never runs for one. A bare <c>catch</c> gets a typed declaration to filter on.
    /// </summary>
    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        string variable;
        if (visited.Declaration is null)
        {
            variable = NewName(GuardNames.CatchAllPrefix);
            var keywordTrivia = visited.CatchKeyword.TrailingTrivia;
            var declaration = CatchDeclaration(
                GuardSyntax.BareToken(SyntaxKind.OpenParenToken),
                ParseTypeName("global::System.Exception").WithTrailingTrivia(Space),
                Identifier(variable),
                Token(TriviaList(), SyntaxKind.CloseParenToken, keywordTrivia));
            visited = visited.WithCatchKeyword(visited.CatchKeyword.WithTrailingTrivia(Space)).WithDeclaration(declaration);
        }
        else if (visited.Declaration.Identifier.IsKind(SyntaxKind.None))
        {
            variable = NewName(GuardNames.CaughtExceptionPrefix);
            var declaration = visited.Declaration;
            visited = visited.WithDeclaration(declaration
                .WithType(declaration.Type.WithTrailingTrivia(declaration.Type.GetTrailingTrivia().Add(Space)))
                .WithIdentifier(Identifier(variable)));
        }
        else
        {
            variable = visited.Declaration.Identifier.ValueText;
        }

        var uncatchable = PrefixUnaryExpression(
            SyntaxKind.LogicalNotExpression,
            GuardSyntax.Call(GuardNames.IsUncatchable, IdentifierName(variable)));

        if (visited.Filter is null)
        {
            // The filter goes after ')', which passes its trailing trivia on.
            var closeParen = visited.Declaration!.CloseParenToken;
            var filter = CatchFilterClause(
                GuardSyntax.SpacedToken(SyntaxKind.WhenKeyword),
                GuardSyntax.BareToken(SyntaxKind.OpenParenToken),
                uncatchable,
                Token(TriviaList(), SyntaxKind.CloseParenToken, closeParen.TrailingTrivia));
            return visited
                .WithDeclaration(visited.Declaration.WithCloseParenToken(closeParen.WithTrailingTrivia(Space)))
                .WithFilter(filter);
        }

        var authorFilter = visited.Filter.FilterExpression;
        var combined = BinaryExpression(
            SyntaxKind.LogicalAndExpression,
            uncatchable.WithTrailingTrivia(Space),
            GuardSyntax.SpacedToken(SyntaxKind.AmpersandAmpersandToken),
            GuardSyntax.MoveTriviaOutside(authorFilter, e => ParenthesizedExpression(e)));
        return visited.WithFilter(visited.Filter.WithFilterExpression(combined));
    }

    // ---- Allocations ----

    public override SyntaxNode? VisitArrayCreationExpression(ArrayCreationExpressionSyntax node)
    {
        if (_model.GetTypeInfo(node).Type is IArrayTypeSymbol arrayType)
        {
            RequestArraySizeGuards(node, arrayType);
        }

        return base.VisitArrayCreationExpression(node);
    }

    private void RequestArraySizeGuards(ArrayCreationExpressionSyntax node, IArrayTypeSymbol arrayType)
    {
        // A size stated beside an initializer must stay a constant (CS0150), and the initializer
        // spells out every element: such an array is as fixed in size as an object.
        var sizes = node.Type.RankSpecifiers[0].Sizes.Where(s => !s.IsKind(SyntaxKind.OmittedArraySizeExpression)).ToList();
        if (sizes.Count == 0 || node.Initializer is not null)
        {
            return;
        }

        // Small and constant sizes are guarded too: each is one subtraction from the unchecked
        // allowance, and a loop of them would otherwise allocate unchecked until a tick checkpoint.
        int bytesPerElement = ElementSizeEstimator.Estimate(arrayType.ElementType);
        if (sizes.Count == 1)
        {
            _pendingWraps[sizes[0]] = e => GuardSyntax.Call(GuardNames.ArrayLength, e, GuardSyntax.Number(bytesPerElement));
            return;
        }

        // Dimensions are evaluated left to right; the running element count travels in out variables.
        if (!sizes.All(s => IsIntegral(_model.GetTypeInfo(s).Type)))
        {
            return;
        }

        string? previous = null;
        for (int i = 0; i < sizes.Count; i++)
        {
            string? elementsSoFar = previous;
            if (i == sizes.Count - 1)
            {
                _pendingWraps[sizes[i]] = e => GuardSyntax.CallWithArguments(GuardNames.LastDimension, null,
                    Argument(e), Argument(IdentifierName(elementsSoFar!)), Argument(GuardSyntax.Number(bytesPerElement)));
                break;
            }

            string elements = NewName(GuardNames.ElementsPrefix);
            _pendingWraps[sizes[i]] = i == 0
                ? e => GuardSyntax.CallWithArguments(GuardNames.FirstDimension, null, Argument(e), GuardSyntax.OutLong(elements))
                : e => GuardSyntax.CallWithArguments(GuardNames.NextDimension, null, Argument(e), Argument(IdentifierName(elementsSoFar!)), GuardSyntax.OutLong(elements));
            previous = elements;
        }
    }

    private static bool IsIntegral(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Char or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or
        SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        // A call a ?. leads to was requested where its conditional access was visited (GuardInserter.Receivers).
        if (!_requestedEarly.Contains(node) && _model.GetOperation(node) is IInvocationOperation invocation)
        {
            var receiver = (node.Expression as MemberAccessExpressionSyntax)?.Expression;
            RequestSizeGuard(invocation.TargetMethod, invocation.Arguments, receiver);
            RequestLibraryWork(invocation, node, receiver);
            RequestStructuralWork(invocation, node);
        }

        return base.VisitInvocationExpression(node);
    }

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        if (_model.GetOperation(node) is IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            RequestSizeGuard(constructor, creation.Arguments, receiver: null);
            RequestArgumentWork(constructor, creation.Arguments, receiver: null);
        }

        return base.VisitObjectCreationExpression(node);
    }

    public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        if (_model.GetOperation(node) is IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            RequestSizeGuard(constructor, creation.Arguments, receiver: null);
            RequestArgumentWork(constructor, creation.Arguments, receiver: null);
        }

        return base.VisitImplicitObjectCreationExpression(node);
    }

    private SyntaxNode? VisitAssignmentWithSizeGuards(AssignmentExpressionSyntax node)
    {
        // A capacity set through a property: list.Capacity = n.
        if (node.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && _model.GetOperation(node) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.SetMethod: { } setter } }
            && _sizeRules.GetRule(setter) is { ParameterOrdinal: 0, Kind: AllocationSizeKind.Count } rule)
        {
            long bytes = rule.BytesPerUnit;
            _pendingWraps[node.Right] = e => GuardSyntax.Call(GuardNames.AllocationCount, e, GuardSyntax.Number(bytes));
        }

        return base.VisitAssignmentExpression(node);
    }

    private void RequestSizeGuard(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, ExpressionSyntax? receiver)
    {
        if (_sizeRules.GetRule(method) is not { } rule)
        {
            return;
        }

        var argument = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == rule.ParameterOrdinal);
        if (argument is not { ArgumentKind: ArgumentKind.Explicit, Parameter: { RefKind: RefKind.None } parameter })
        {
            return;
        }

        if (WrittenArgument(argument, receiver) is not { } syntax)
        {
            return;
        }

        // A receiver a binding leads (a?.Items.ToList()) is checked after the call, by the allocation it made,
        // unless a lift can stand a guard around it (a?.Items?.ToList()).
        if (UnwrappableReceivers.IsLedByBinding(syntax) && !UnwrappableReceivers.IsLiftable(syntax))
        {
            return;
        }

        long bytes = rule.BytesPerUnit;
        if (rule.Kind == AllocationSizeKind.Count)
        {
            _pendingWraps[syntax] = e => GuardSyntax.Call(GuardNames.AllocationCount, e, GuardSyntax.Number(bytes));
            return;
        }

        var elementType = SequenceElementType(parameter.Type);
        RequestWrap(syntax, e => GuardSyntax.CallWithArguments(GuardNames.AllocationSequence, elementType, Argument(e), Argument(GuardSyntax.Number(bytes))));
    }

    /// <summary>The argument as written and passed by value: an argument, or the receiver of an extension method call.</summary>
    private static ExpressionSyntax? WrittenArgument(IArgumentOperation argument, ExpressionSyntax? receiver) => argument.Syntax switch
    {
        ArgumentSyntax { RefKindKeyword.RawKind: 0 } written => written.Expression,
        ExpressionSyntax written when written == receiver && written is not BaseExpressionSyntax => written,
        _ => null,
    };

    /// <summary>T of an <c>IEnumerable&lt;T&gt;</c> parameter or value, when T can be written; otherwise C# infers it.</summary>
    private static TypeSyntax? SequenceElementType(ITypeSymbol parameterType)
    {
        if (parameterType is INamedTypeSymbol { IsGenericType: true, TypeArguments: [var element] } && IsNameable(element))
        {
            return ParseTypeName(element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }

        return null;
    }

    // ---- Code outside bodies: field, property and constructor initializers ----

    public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        if (!node.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            RequestVariableInitializerGuards(node.Declaration);
        }

        return base.VisitFieldDeclaration(node);
    }

    public override SyntaxNode? VisitEventFieldDeclaration(EventFieldDeclarationSyntax node)
    {
        RequestVariableInitializerGuards(node.Declaration);
        return base.VisitEventFieldDeclaration(node);
    }

    private void RequestVariableInitializerGuards(VariableDeclarationSyntax declaration)
    {
        foreach (var variable in declaration.Variables)
        {
            if (variable.Initializer is { } initializer)
            {
                var type = _model.GetDeclaredSymbol(variable) switch
                {
                    IFieldSymbol field => field.Type,
                    IEventSymbol @event => @event.Type,
                    _ => null,
                };
                if (type is not null)
                {
                    RequestInitializerGuard(initializer.Value, type);
                }
            }
        }
    }

    public override SyntaxNode? VisitConstructorInitializer(ConstructorInitializerSyntax node)
    {
        if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol constructor)
        {
            RequestArgumentGuards(constructor, node.ArgumentList);
        }

        return base.VisitConstructorInitializer(node);
    }

    public override SyntaxNode? VisitPrimaryConstructorBaseType(PrimaryConstructorBaseTypeSyntax node)
    {
        if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol constructor)
        {
            RequestArgumentGuards(constructor, node.ArgumentList);
        }

        return base.VisitPrimaryConstructorBaseType(node);
    }

    /// <summary>
    /// Constructor-initializer arguments run before the constructor's body (and its guard), so a
    /// recursion through them (<c>: this(new C(n - 1))</c>) is counted around each argument.
    /// </summary>
    private void RequestArgumentGuards(IMethodSymbol method, ArgumentListSyntax arguments)
    {
        for (int i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                continue;
            }

            var parameter = argument.NameColon is { } name
                ? method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : i < method.Parameters.Length ? method.Parameters[i] : null;
            if (parameter is null || parameter.IsParams)
            {
                continue;
            }

            RequestInitializerGuard(argument.Expression, parameter.Type);
        }
    }

    /// <summary>
    /// <c>EndInitializer&lt;T&gt;(BeginInitializer(cost), value)</c>: the expression's cost (the leaf
    /// calls it makes included) and a counted frame around an expression that runs outside any
    /// guarded body. Constants and lambdas (which run nothing when created) are left alone; T is
    /// written out so target-typed values keep their meaning.
    /// </summary>
    private void RequestInitializerGuard(ExpressionSyntax value, ITypeSymbol type)
    {
        // A bare array initializer (T[] a = { x, y }) cannot be wrapped; its elements can.
        if (value is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } elements)
        {
            if (type is IArrayTypeSymbol arrayType)
            {
                foreach (var element in elements.Expressions)
                {
                    RequestInitializerGuard(element, element is InitializerExpressionSyntax ? arrayType : arrayType.ElementType);
                }
            }

            return;
        }

        if (value is LiteralExpressionSyntax or AnonymousFunctionExpressionSyntax
            || _model.GetConstantValue(value).HasValue
            || !IsNameable(type) || type.IsRefLikeType)
        {
            return;
        }

        var typeSyntax = ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        long cost = _costs.Of(value);
        _pendingWraps[value] = e => GuardSyntax.CallWithArguments(
            GuardNames.EndInitializer,
            typeSyntax,
            Argument(GuardSyntax.Call(GuardNames.BeginInitializer, GuardSyntax.Number(cost))),
            Argument(e));
    }

    private static bool IsNameable(ITypeSymbol type) => type switch
    {
        { IsAnonymousType: true } or IPointerTypeSymbol or IFunctionPointerTypeSymbol or IErrorTypeSymbol => false,
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.All(IsNameable),
        _ => true,
    };

    private string NewName(string prefix) => prefix + (++_nameCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
