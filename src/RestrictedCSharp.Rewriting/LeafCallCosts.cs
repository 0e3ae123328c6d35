using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The ticks that direct calls to leaves add to the site that makes them. A leaf that only the
/// bot calls has no entry guard (see <see cref="EntryGuard.None"/>), so its work is charged where it
/// is called: what its entry tick would cost, its own calls to leaves included. A call in a
/// property access, an operator, a conversion or a constructor counts like any other. Leaves that
/// a library can call tick on entry instead and cost nothing here.
/// </summary>
internal sealed class LeafCallCosts
{
    private readonly CostModel _costs;
    private readonly Dictionary<IMethodSymbol, long> _entryCosts = new(SymbolEqualityComparer.Default);

    /// <summary>Made by <see cref="CostModel"/>, one per compilation: a leaf's cost is its site's cost, asked of its own tree.</summary>
    public LeafCallCosts(CostModel costs) => _costs = costs;

    /// <summary>
    /// The cost of the leaf calls that <paramref name="node"/> (a statement or an expression) makes
    /// itself: calls in its nested statements, lambdas and local functions belong to their own sites.
    /// </summary>
    public long In(SyntaxNode node, SemanticModel model)
    {
        if (model.GetOperation(node) is not { } root)
        {
            return 0;
        }

        long cost = 0;
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            cost = Add(cost, CalleeCost(operation));
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation)
                    && (child.Syntax is not StatementSyntax statement || statement == node))
                {
                    pending.Push(child);
                }
            }
        }

        return cost;
    }

    private long CalleeCost(IOperation operation) => operation switch
    {
        IInvocationOperation { IsVirtual: false } call => EntryCost(call.TargetMethod),
        IObjectCreationOperation { Constructor: { } constructor } => EntryCost(constructor),
        IPropertyReferenceOperation property => PropertyCost(property),
        IBinaryOperation { OperatorMethod: { } method } => EntryCost(method),
        IUnaryOperation { OperatorMethod: { } method } => EntryCost(method),
        IIncrementOrDecrementOperation { OperatorMethod: { } method } => EntryCost(method),
        ICompoundAssignmentOperation { OperatorMethod: { } method } => EntryCost(method),
        IConversionOperation { OperatorMethod: { } method } => EntryCost(method),
        _ => 0,
    };

    /// <summary>A property read runs its getter, an assignment its setter, a compound assignment or an increment both.</summary>
    private long PropertyCost(IPropertyReferenceOperation property)
    {
        bool written = property.Parent is IAssignmentOperation assignment && assignment.Target == property
            || property.Parent is IIncrementOrDecrementOperation;
        bool read = property.Parent is not ISimpleAssignmentOperation || !written;
        return Add(
            read && property.Property.GetMethod is { } getter ? EntryCost(getter) : 0,
            written && property.Property.SetMethod is { } setter ? EntryCost(setter) : 0);
    }

    /// <summary>What a bare leaf's entry tick would cost; zero for anything else, which guards itself or is not the bot's.</summary>
    private long EntryCost(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_entryCosts.TryGetValue(method, out long known))
        {
            return known;
        }

        // Zero while in progress; leaves never call themselves, so this is only a guard.
        _entryCosts[method] = 0;
        long cost = 0;
        if (_costs.Leaves.IsBareLeaf(method) && method.DeclaringSyntaxReferences is [var reference])
        {
            if (ExpressionBodies.FunctionBodyOf(reference.GetSyntax()) is { } body)
            {
                cost = _costs.SitesIn(body.SyntaxTree).Of(body);
            }
        }

        _entryCosts[method] = cost;
        return cost;
    }

    private static long Add(long left, long right) => TickCost.Add(left, right);
}
