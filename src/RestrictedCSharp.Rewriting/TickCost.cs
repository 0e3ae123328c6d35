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
    private readonly CountedLoops _loops;
    private readonly Dictionary<StatementSyntax, int> _rounds = new();

    /// <summary>Made by <see cref="CostModel.SitesIn"/>, one per tree.</summary>
    public TickCost(SemanticModel model, CostModel costs)
    {
        _model = model;
        _leafCalls = costs.LeafCalls;
        _tables = costs.Tables;
        _loops = new CountedLoops(model, costs.Tables);
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
        => !IsAbsorbed(loop)
            && _loops.Recognize(loop) is { BoundIsWholeCondition: true, BoundRounds: > 0 and var rounds } counted
            && counted.CounterMovesOnlyInIncrementor && !counted.CanLeaveEarly()
                ? rounds
                : null;

    /// <summary>
    /// For <c>for (int i = C; i &lt; a.Length; i++)</c> where <c>a</c> is a local or parameter array and
    /// the body writes neither <c>i</c> nor <c>a</c>: the array's name and C. Such a loop runs exactly
    /// <c>a.Length - C</c> rounds, so it can be charged before it starts.
    /// </summary>
    public (string Array, int Start)? ArrayBoundLoop(ForStatementSyntax loop)
    {
        if (IsAbsorbed(loop)
            || _loops.Recognize(loop) is not { Step: 1, ArrayBound: { } arrayName } counted
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
            || !counted.CounterMovesOnlyInIncrementor
            || VariableEscapes.Escape(array, function, _model))
        {
            return null;
        }

        return (arrayName.Identifier.ValueText, (int)counted.Start);
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
        => loop.AwaitKeyword.RawKind == 0 && _tables.LengthOf(CountedLoops.Unparenthesized(loop.Expression), _model) is { } length and <= MaximumAbsorbedIterations
            ? length
            : 0;

    /// <summary>The rounds of a small counted loop (an upper bound if its condition has more terms), or 0.</summary>
    private int CountRounds(ForStatementSyntax loop)
        => _loops.Recognize(loop) is { Bound: not null } counted && counted.CounterMovesOnlyInIncrementor

            // A counter that would wrap around instead of ending the loop is never absorbed.
            && counted.BoundRounds is { } rounds and <= MaximumAbsorbedIterations
                ? (int)rounds
                : 0;

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
