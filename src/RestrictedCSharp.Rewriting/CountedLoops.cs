using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// What a <c>for</c> loop's header says about how many rounds it runs: <c>for (int i = C; cond; step)</c>
/// with an <see cref="int"/> counter started at a constant and moved by a constant step, its condition a
/// comparison with a constant or a lookup table's length, or <c>i &lt; array.Length</c>. Recognized once
/// per loop (see <see cref="CountedLoops"/>); what the counting may rely on besides the header (only the
/// incrementor writes the counter, the body cannot leave early) is asked of the loop when needed.
/// </summary>
internal sealed class CountedLoop
{
    private readonly CountedLoops _owner;
    private bool? _counterMovesOnlyInIncrementor;

    internal CountedLoop(CountedLoops owner, ForStatementSyntax syntax, ILocalSymbol counter, long start, long step, (SyntaxKind Comparison, long Limit)? bound, bool boundIsWholeCondition, IdentifierNameSyntax? arrayBound)
    {
        _owner = owner;
        Syntax = syntax;
        Counter = counter;
        Start = start;
        Step = step;
        Bound = bound;
        BoundIsWholeCondition = boundIsWholeCondition;
        ArrayBound = arrayBound;
    }

    public ForStatementSyntax Syntax { get; }

    public ILocalSymbol Counter { get; }

    public long Start { get; }

    public long Step { get; }

    /// <summary>
    /// <c>counter &lt; C</c> (and &lt;=, &gt;, &gt;=, the counter on either side, C a constant or a lookup
    /// table's length), normalized with the counter on the left; possibly only the first term of an
    /// <c>&amp;&amp;</c>, which can only end the loop sooner. Null for any other condition.
    /// </summary>
    public (SyntaxKind Comparison, long Limit)? Bound { get; }

    /// <summary>Whether <see cref="Bound"/> is the whole condition, so that it ends the loop and nothing else does.</summary>
    public bool BoundIsWholeCondition { get; }

    /// <summary>The array of a condition written <c>counter &lt; array.Length</c>, <c>array</c> a by-value local or parameter; otherwise null.</summary>
    public IdentifierNameSyntax? ArrayBound { get; }

    /// <summary>The rounds <see cref="Bound"/> allows, or null if there is no bound or the counter would wrap around instead of ending the loop.</summary>
    public long? BoundRounds => Bound is { } bound ? CountedLoops.Rounds(Start, Step, bound.Comparison, bound.Limit) : null;

    /// <summary>
    /// Whether only the incrementor writes the counter: not the body, not the condition
    /// (<c>i &lt; 10 &amp;&amp; (i = 0) == 0</c>), and nothing the loop calls (a lambda or local function
    /// that captures it, a method it is passed to by reference).
    /// </summary>
    public bool CounterMovesOnlyInIncrementor => _counterMovesOnlyInIncrementor ??= _owner.CounterMovesOnlyInIncrementor(Syntax, Counter);

    /// <summary>Whether the body has a way out other than the loop's condition or an exception it does not throw itself.</summary>
    public bool CanLeaveEarly()
    {
        foreach (var node in Syntax.Statement.DescendantNodesAndSelf(n => n is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax or GotoStatementSyntax or YieldStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax:
                    return true;
                case BreakStatementSyntax jump when BreaksOut(jump):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a <c>break</c> leaves this loop (rather than a loop or switch inside it).</summary>
    private bool BreaksOut(BreakStatementSyntax jump)
    {
        for (var parent = jump.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == Syntax)
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
}

/// <summary>
/// The one recognizer of counted <c>for</c> loops of a tree (see <see cref="CountedLoop"/>): the site costs
/// ask it whether a loop is small enough to absorb, whether it runs a number of rounds known from constants,
/// and whether it runs up to an array's length, and each reads the same recognized header.
/// </summary>
internal sealed class CountedLoops
{
    private readonly SemanticModel _model;
    private readonly FixedLengthArrays _tables;
    private readonly Dictionary<ForStatementSyntax, CountedLoop?> _loops = new();

    public CountedLoops(SemanticModel model, FixedLengthArrays tables)
    {
        _model = model;
        _tables = tables;
    }

    /// <summary>The counted loop <paramref name="loop"/> is, or null if its header is not one.</summary>
    public CountedLoop? Recognize(ForStatementSyntax loop)
    {
        if (!_loops.TryGetValue(loop, out var counted))
        {
            counted = Read(loop);
            _loops[loop] = counted;
        }

        return counted;
    }

    private CountedLoop? Read(ForStatementSyntax loop)
    {
        if (loop.Declaration is not { Variables: [{ Initializer: { } initializer } variable] }
            || loop.Incrementors is not [var incrementor]
            || loop.Condition is not { } condition
            || _model.GetDeclaredSymbol(variable) is not ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } counter
            || Constant(initializer.Value) is not { } start
            || StepOf(incrementor, counter) is not { } step)
        {
            return null;
        }

        var bound = BoundOf(condition, counter);
        bool whole = Unparenthesized(condition) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression };
        return new CountedLoop(this, loop, counter, start, step, bound, whole, ArrayBoundOf(condition, counter));
    }

    /// <summary>The rounds of a counted loop, or null if the counter would wrap around instead of ending it.</summary>
    internal static long? Rounds(long start, long step, SyntaxKind comparison, long limit)
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

    internal bool CounterMovesOnlyInIncrementor(ForStatementSyntax loop, ILocalSymbol counter)
    {
        var body = _model.AnalyzeDataFlow(loop.Statement);
        var condition = loop.Condition is null ? null : _model.AnalyzeDataFlow(loop.Condition);
        return body is { Succeeded: true } && !body.WrittenInside.Contains(counter, SymbolEqualityComparer.Default)
            && (condition is null || (condition.Succeeded && !condition.WrittenInside.Contains(counter, SymbolEqualityComparer.Default)))
            && !VariableEscapes.Escape(counter, loop, _model);
    }

    internal static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private long? Constant(ExpressionSyntax expression)
        => _model.GetConstantValue(expression) is { HasValue: true, Value: int value } ? value : null;

    /// <summary>A constant, or the length of a lookup table (<c>Table.Length</c>): a loop's limit known from the source.</summary>
    private long? Limit(ExpressionSyntax expression)
        => Constant(expression)
            ?? (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length ? _tables.LengthOf(length.Expression, _model) : null);

    private bool IsCounter(ExpressionSyntax expression, ILocalSymbol counter)
        => expression is IdentifierNameSyntax name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name).Symbol, counter);

    private long? StepOf(ExpressionSyntax incrementor, ILocalSymbol counter) => incrementor switch
    {
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression } p when IsCounter(p.Operand, counter) => 1,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } p when IsCounter(p.Operand, counter) => 1,
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression } p when IsCounter(p.Operand, counter) => -1,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression } p when IsCounter(p.Operand, counter) => -1,
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } a when IsCounter(a.Left, counter) && Constant(a.Right) is > 0 and var c => c,
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } a when IsCounter(a.Left, counter) && Constant(a.Right) is > 0 and var c => -c,
        _ => null,
    };

    private (SyntaxKind Comparison, long Limit)? BoundOf(ExpressionSyntax condition, ILocalSymbol counter)
    {
        if (Unparenthesized(condition) is not BinaryExpressionSyntax binary)
        {
            return null;
        }

        if (binary.IsKind(SyntaxKind.LogicalAndExpression))
        {
            return BoundOf(binary.Left, counter);
        }

        var kind = binary.Kind();
        if (kind is not (SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression))
        {
            return null;
        }

        if (IsCounter(binary.Left, counter) && Limit(binary.Right) is { } right)
        {
            return (kind, right);
        }

        if (IsCounter(binary.Right, counter) && Limit(binary.Left) is { } left)
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

    /// <summary><c>counter &lt; array.Length</c> as written (no parentheses), <c>array</c> a by-value local or parameter of a one-dimensional array type.</summary>
    private IdentifierNameSyntax? ArrayBoundOf(ExpressionSyntax condition, ILocalSymbol counter)
        => condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression } comparison
            && IsCounter(comparison.Left, counter)
            && comparison.Right is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax array, Name.Identifier.ValueText: "Length" }
            && _model.GetSymbolInfo(array).Symbol is ILocalSymbol { RefKind: RefKind.None, Type: IArrayTypeSymbol { IsSZArray: true } }
                or IParameterSymbol { RefKind: RefKind.None, Type: IArrayTypeSymbol { IsSZArray: true } }
                ? array
                : null;
}
