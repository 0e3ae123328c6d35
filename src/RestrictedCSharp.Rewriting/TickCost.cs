using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The deterministic cost of a guard site: one for reaching it, plus one for every statement it
/// guards. Statements in nested loop bodies, lambdas and local functions are not counted (they
/// are sites of their own), except in <em>small counted loops</em>: a <c>for</c> loop whose counter
/// runs between constants (or up to a lookup table's length, see <see cref="FixedLengthArrays"/>)
/// over at most <see cref="MaximumAbsorbedIterations"/> rounds and is not written in its body, and a
/// <c>foreach</c> over such a table. Such a loop has no tick of its own; its whole cost (rounds
/// times body) is charged by the enclosing site, which leaves the loop free for the JIT to unroll
/// and a leaf that holds one free of any call. Everything is decided from syntax and constants, so
/// the same source costs the same on every machine.
/// </summary>
internal sealed class TickCost
{
    /// <summary>
    /// The largest cost of one site: costs saturate here instead of wrapping. It is beyond any
    /// budget and any work a call can do, so a saturated charge is never less than the work
    /// (nested small loops and leaf calls multiply, so a short source can reach it). Charges above
    /// an <see cref="int"/> are written as several (see <see cref="ChargeSyntax"/>).
    /// </summary>
    public const long MaximumCost = 1L << 62;

    /// <summary>The most rounds a counted loop may have and still be charged by its enclosing site.</summary>
    public const int MaximumAbsorbedIterations = 16;

    private readonly SemanticModel _model;
    private readonly LeafCallCosts _leafCalls;
    private readonly FixedLengthArrays _tables;
    private readonly Dictionary<StatementSyntax, int> _rounds = new();

    /// <summary>Made by <see cref="LeafCallCosts.CostsFor"/>, one per tree.</summary>
    public TickCost(SemanticModel model, LeafCallCosts leafCalls, FixedLengthArrays tables)
    {
        _model = model;
        _leafCalls = leafCalls;
        _tables = tables;
    }

    /// <summary>The cost of a site that guards <paramref name="guarded"/> (a body, a statement or an expression).</summary>
    public long Of(SyntaxNode? guarded) => Math.Min(CostOf(guarded), MaximumCost);

    /// <summary>
    /// The cost of one round of <paramref name="loop"/>: its body, and the leaf calls of the parts of
    /// its header that run every round (a <c>for</c>'s condition and incrementors, a <c>while</c>'s condition).
    /// </summary>
    public long OfRound(StatementSyntax loop) => Add(CostOf(LoopBody(loop)), RoundCalls(loop));

    /// <summary>
    /// The cost of a site that guards some of a block's statements, as <see cref="Of"/> would count
    /// a block of just those (each statement costs one less alone than as the whole of a site).
    /// </summary>
    public long OfStatements(IEnumerable<StatementSyntax> statements)
        => statements.Aggregate(1L, (sum, statement) => Add(sum, CostOf(statement) - 1));

    /// <summary>Adds two costs, saturating at <see cref="MaximumCost"/>.</summary>
    public static long Add(long left, long right)
        => left >= MaximumCost || right >= MaximumCost || left > MaximumCost - right ? MaximumCost : left + right;

    /// <summary>Multiplies two costs, saturating at <see cref="MaximumCost"/>.</summary>
    public static long Multiply(long left, long right)
        => left <= 0 || right <= 0 ? 0 : left > MaximumCost / right ? MaximumCost : Math.Min(left * right, MaximumCost);

    private long CostOf(SyntaxNode? guarded)
    {
        // Reaching the site costs one; a single guarded statement or expression costs one more.
        long count = guarded is BlockSyntax ? 1 : 2;
        if (guarded is not StatementSyntax guardedStatement)
        {
            return guarded is null ? count : Add(count, _leafCalls.In(guarded, _model));
        }

        if (guarded is not BlockSyntax)
        {
            count = Add(count, OnceCalls(guardedStatement));
        }

        if (IsAbsorbed(guardedStatement))
        {
            return Add(count, AbsorbedRounds(guardedStatement));
        }

        if (IsLoop(guardedStatement))
        {
            return count;
        }

        var pending = new Stack<SyntaxNode>();
        pending.Push(guarded);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.ChildNodes())
            {
                switch (child)
                {
                    case LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                        continue;
                    case StatementSyntax counted when IsAbsorbed(counted):
                        count = Add(count, Add(1 + OnceCalls(counted), AbsorbedRounds(counted)));
                        break;
                    case StatementSyntax statement:
                        if (statement is not BlockSyntax)
                        {
                            count = Add(count, 1 + OnceCalls(statement));
                        }

                        if (!IsLoop(statement))
                        {
                            pending.Push(statement);
                        }

                        break;
                    case ElseClauseSyntax or SwitchSectionSyntax or CatchClauseSyntax or FinallyClauseSyntax:
                        pending.Push(child);
                        break;
                }
            }
        }

        return count;
    }

    /// <summary>All the rounds of a small counted loop, which its enclosing site charges: they multiply when such loops nest.</summary>
    private long AbsorbedRounds(StatementSyntax loop) => Multiply(Rounds(loop), Add(CostOf(LoopBody(loop)), RoundCalls(loop)));

    /// <summary>
    /// The rounds of a <c>for</c> loop too long to be absorbed whose counter runs between constants
    /// (<c>for (int i = C1; i &lt; C2; i += C3)</c>, any comparison that the step moves towards, C2
    /// possibly a lookup table's length),
    /// is written only by its incrementor, never wraps around, and whose body cannot leave the
    /// loop early (no <c>break</c> of this loop, <c>return</c>, <c>goto</c>, <c>yield</c> or
    /// <c>throw</c>): such a loop runs exactly that many rounds, so it can be charged before it
    /// starts without charging honest code for rounds it skips. Null for any other loop.
    /// </summary>
    public long? ConstantRounds(ForStatementSyntax loop)
    {
        if (IsAbsorbed(loop)
            || loop.Declaration is not { Variables: [{ Initializer: { } initializer } variable] }
            || _model.GetDeclaredSymbol(variable) is not ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } counter
            || Constant(initializer.Value) is not { } start
            || loop.Incrementors is not [var incrementor] || Step(incrementor, counter) is not { } step
            || loop.Condition is null || Unparenthesized(loop.Condition) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression }
            || Bound(loop.Condition, counter) is not { } bound
            || Rounds(start, step, bound.Comparison, bound.Limit) is not ({ } rounds and > 0))
        {
            return null;
        }

        if (!CounterMovesOnlyInIncrementor(loop, counter) || CanLeaveEarly(loop))
        {
            return null;
        }

        return rounds;
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>The rounds of a counted loop, or null if the counter would wrap around instead of ending it.</summary>
    private static long? Rounds(long start, long step, SyntaxKind comparison, long limit)
    {
        bool upwards = comparison is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression;
        if (upwards != step > 0)
        {
            return null;
        }

        // Distance to the last value that satisfies the condition, in the step's direction.
        long span = comparison switch
        {
            SyntaxKind.LessThanExpression => limit - 1 - start,
            SyntaxKind.LessThanOrEqualExpression => limit - start,
            SyntaxKind.GreaterThanExpression => start - (limit + 1),
            _ => start - limit,
        };
        if (span < 0)
        {
            return 0;
        }

        long stride = Math.Abs(step);
        long rounds = (span / stride) + 1;

        // The value that ends the loop must still be an int, or the counter wraps and goes on.
        long end = start + (rounds * step);
        return end is >= int.MinValue and <= int.MaxValue ? rounds : null;
    }

    /// <summary>Whether the body of <paramref name="loop"/> has a way out other than the loop's condition or an exception it does not throw itself.</summary>
    private static bool CanLeaveEarly(ForStatementSyntax loop)
    {
        foreach (var node in loop.Statement.DescendantNodesAndSelf(n => n is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax or GotoStatementSyntax or YieldStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax:
                    return true;
                case BreakStatementSyntax jump when BreaksOut(jump, loop):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a <c>break</c> leaves <paramref name="loop"/> (rather than a loop or switch inside it).</summary>
    private static bool BreaksOut(BreakStatementSyntax jump, ForStatementSyntax loop)
    {
        for (var parent = jump.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == loop)
            {
                return true;
            }

            if (parent is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or SwitchStatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For <c>for (int i = C; i &lt; a.Length; i++)</c> where <c>a</c> is a local or parameter array and
    /// the body writes neither <c>i</c> nor <c>a</c>: the array's name and C. Such a loop runs exactly
    /// <c>a.Length - C</c> rounds, so it can be charged before it starts.
    /// </summary>
    public (string Array, int Start)? ArrayBoundLoop(ForStatementSyntax loop)
    {
        if (IsAbsorbed(loop)
            || loop.Declaration is not { Variables: [{ Initializer: { } initializer } variable] }
            || _model.GetDeclaredSymbol(variable) is not ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } counter
            || Constant(initializer.Value) is not { } start
            || loop.Incrementors is not [var incrementor] || Step(incrementor, counter) is not 1
            || loop.Condition is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression } condition
            || condition.Left is not IdentifierNameSyntax left || !SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(left).Symbol, counter)
            || condition.Right is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax arrayName, Name.Identifier.ValueText: "Length" }
            || _model.GetSymbolInfo(arrayName).Symbol is not (ILocalSymbol { RefKind: RefKind.None, Type: IArrayTypeSymbol { IsSZArray: true } } or IParameterSymbol { RefKind: RefKind.None, Type: IArrayTypeSymbol { IsSZArray: true } }) 
            || _model.GetSymbolInfo(arrayName).Symbol is not { } array)
        {
            return null;
        }

        // The array must not change while the loop runs: not in its body, and not through a closure
        // or a reference anywhere in the function (a call in the body can run either).
        var flow = _model.AnalyzeDataFlow(loop.Statement);
        var function = (SyntaxNode?)loop.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not GlobalStatementSyntax) ?? loop.SyntaxTree.GetRoot();
        if (flow is null || !flow.Succeeded
            || flow.WrittenInside.Contains(array, SymbolEqualityComparer.Default)
            || !CounterMovesOnlyInIncrementor(loop, counter)
            || VariableEscapes.Escape(array, function, _model))
        {
            return null;
        }

        return (arrayName.Identifier.ValueText, (int)start);
    }

    /// <summary>Whether <paramref name="statement"/> is a small counted loop, charged by its enclosing site.</summary>
    public bool IsAbsorbed(StatementSyntax statement)
        => statement is ForStatementSyntax or CommonForEachStatementSyntax && Rounds(statement) > 0;

    private int Rounds(StatementSyntax loop)
    {
        if (!_rounds.TryGetValue(loop, out var rounds))
        {
            rounds = loop switch
            {
                ForStatementSyntax @for => CountRounds(@for),
                CommonForEachStatementSyntax @foreach => CountRounds(@foreach),
                _ => 0,
            };
            _rounds[loop] = rounds;
        }

        return rounds;
    }

    /// <summary>The rounds of a <c>foreach</c> over a small lookup table (a <c>break</c> can only end it sooner), or 0.</summary>
    private int CountRounds(CommonForEachStatementSyntax loop)
        => loop.AwaitKeyword.RawKind == 0 && _tables.LengthOf(Unparenthesized(loop.Expression), _model) is { } length and <= MaximumAbsorbedIterations
            ? length
            : 0;

    /// <summary>The rounds of a counted loop (an upper bound if its condition has more terms), or 0.</summary>
    private int CountRounds(ForStatementSyntax loop)
    {
        if (loop.Declaration is not { Variables: [{ Initializer: { } initializer } variable] }
            || loop.Incrementors.Count != 1
            || loop.Condition is null
            || _model.GetDeclaredSymbol(variable) is not ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } counter
            || Constant(initializer.Value) is not { } start
            || Step(loop.Incrementors[0], counter) is not { } step
            || Bound(loop.Condition, counter) is not { } bound)
        {
            return 0;
        }

        if (!CounterMovesOnlyInIncrementor(loop, counter))
        {
            return 0;
        }

        // A counter that would wrap around instead of ending the loop is never absorbed.
        return Rounds(start, step, bound.Comparison, bound.Limit) is { } rounds and <= MaximumAbsorbedIterations ? (int)rounds : 0;
    }

    /// <summary>
    /// Whether only the incrementor writes <paramref name="counter"/>: not the body, not the condition
    /// (<c>i &lt; 10 &amp;&amp; (i = 0) == 0</c>), and nothing the loop calls (a lambda or local function
    /// that captures it, a method it is passed to by reference).
    /// </summary>
    private bool CounterMovesOnlyInIncrementor(ForStatementSyntax loop, ILocalSymbol counter)
    {
        var body = _model.AnalyzeDataFlow(loop.Statement);
        var condition = loop.Condition is null ? null : _model.AnalyzeDataFlow(loop.Condition);
        return body is { Succeeded: true } && !body.WrittenInside.Contains(counter, SymbolEqualityComparer.Default)
            && (condition is null || (condition.Succeeded && !condition.WrittenInside.Contains(counter, SymbolEqualityComparer.Default)))
            && !VariableEscapes.Escape(counter, loop, _model);
    }

    private long? Constant(ExpressionSyntax expression)
        => _model.GetConstantValue(expression) is { HasValue: true, Value: int value } ? value : null;

    /// <summary>A constant, or the length of a lookup table (<c>Table.Length</c>): a loop's limit known from the source.</summary>
    private long? Limit(ExpressionSyntax expression)
        => Constant(expression)
            ?? (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length ? _tables.LengthOf(length.Expression, _model) : null);

    private long? Step(ExpressionSyntax incrementor, ILocalSymbol counter)
    {
        bool IsCounter(ExpressionSyntax e) => e is IdentifierNameSyntax name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name).Symbol, counter);
        return incrementor switch
        {
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression } p when IsCounter(p.Operand) => 1,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } p when IsCounter(p.Operand) => 1,
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression } p when IsCounter(p.Operand) => -1,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression } p when IsCounter(p.Operand) => -1,
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } a when IsCounter(a.Left) && Constant(a.Right) is > 0 and var c => c,
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } a when IsCounter(a.Left) && Constant(a.Right) is > 0 and var c => -c,
            _ => null,
        };
    }

    /// <summary>
    /// <c>counter &lt; C</c> (and &lt;=, &gt;, &gt;=, with the counter on either side, C a constant or
    /// a lookup table's length), or such a comparison as the first term of an <c>&amp;&amp;</c>,
    /// which can only end the loop sooner.
    /// </summary>
    private (SyntaxKind Comparison, long Limit)? Bound(ExpressionSyntax condition, ILocalSymbol counter)
    {
        while (condition is ParenthesizedExpressionSyntax parenthesized)
        {
            condition = parenthesized.Expression;
        }

        if (condition is not BinaryExpressionSyntax binary)
        {
            return null;
        }

        if (binary.IsKind(SyntaxKind.LogicalAndExpression))
        {
            return Bound(binary.Left, counter);
        }

        bool IsCounter(ExpressionSyntax e) => e is IdentifierNameSyntax name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name).Symbol, counter);
        var kind = binary.Kind();
        if (kind is not (SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression))
        {
            return null;
        }

        if (IsCounter(binary.Left) && Limit(binary.Right) is { } right)
        {
            return (kind, right);
        }

        if (IsCounter(binary.Right) && Limit(binary.Left) is { } left)
        {
            var mirrored = kind switch
            {
                SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
                SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
                SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
                _ => SyntaxKind.LessThanOrEqualExpression,
            };
            return (mirrored, left);
        }

        return null;
    }

    /// <summary>
    /// The leaf calls a statement makes once when it runs: for a loop, those of the header parts that
    /// run once (a <c>for</c>'s declaration and initializers, a <c>foreach</c>'s collection).
    /// </summary>
    private long OnceCalls(StatementSyntax statement) => statement switch
    {
        ForStatementSyntax loop => LeafCallsIn(loop.Initializers.Cast<SyntaxNode>().Concat(loop.Declaration?.Variables.Select(v => v.Initializer?.Value).OfType<SyntaxNode>() ?? [])),
        CommonForEachStatementSyntax loop => _leafCalls.In(loop.Expression, _model),
        WhileStatementSyntax or DoStatementSyntax => 0,
        _ => _leafCalls.In(statement, _model),
    };

    /// <summary>The leaf calls of the header parts of a loop that run every round.</summary>
    private long RoundCalls(StatementSyntax loop) => loop switch
    {
        ForStatementSyntax @for => LeafCallsIn(@for.Incrementors.Cast<SyntaxNode>().Concat(@for.Condition is { } condition ? [condition] : [])),
        WhileStatementSyntax @while => _leafCalls.In(@while.Condition, _model),
        DoStatementSyntax @do => _leafCalls.In(@do.Condition, _model),
        _ => 0,
    };

    private long LeafCallsIn(IEnumerable<SyntaxNode> parts) => parts.Aggregate(0L, (sum, part) => Add(sum, _leafCalls.In(part, _model)));

    private static StatementSyntax LoopBody(StatementSyntax loop) => loop switch
    {
        ForStatementSyntax @for => @for.Statement,
        CommonForEachStatementSyntax @foreach => @foreach.Statement,
        WhileStatementSyntax @while => @while.Statement,
        DoStatementSyntax @do => @do.Statement,
        _ => throw new ArgumentException("Not a loop.", nameof(loop)),
    };

    private static bool IsLoop(StatementSyntax statement)
        => statement is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;
}
