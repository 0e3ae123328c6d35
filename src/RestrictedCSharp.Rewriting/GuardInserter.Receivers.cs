using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Receivers no guard can stand around (docs/soundness/library-work.md), decided in <see cref="UnwrappableReceivers"/>:
/// <list type="bullet">
/// <item><c>base</c>: <c>base.Contains(x)</c> becomes <c>Walk((List&lt;int&gt;)this, false).Contains(x)</c> (the same object
/// and, for a public member that is not virtual, the same member), and a virtual or protected member carries the
/// charge in its first argument (<c>base.InsertItem(AfterCharge&lt;int&gt;(Walk(…this…), i), item)</c>);</item>
/// <item>a value reached through a conditional access and tested by a further <c>?.</c>: the access before it is
/// lifted into the guard (<c>a?.Items?.Contains(x)</c> becomes <c>Walk(a?.Items)?.Contains(x)</c>, which means the same:
/// null when <c>a</c> or <c>a.Items</c> is null).</item>
/// </list>
/// A charge requested on a binding that neither applies to is a disagreement with the analyzer (RCX0520 refuses such
/// code): the rewrite fails instead of leaving the call uncharged.
/// </summary>
internal sealed partial class GuardInserter
{
    private static readonly SyntaxAnnotation s_baseReceiver = new("RestrictedCSharp.BaseReceiver");

    // Wraps of the expression of a conditional access that a binding leads, applied by lifting (see ApplyLifts).
    private readonly Dictionary<SyntaxNode, Func<ExpressionSyntax, ExpressionSyntax>> _pendingLifts = new();

    // Calls whose work was requested where their conditional access was visited, before their receiver.
    private readonly HashSet<SyntaxNode> _requestedEarly = new();

    // Receivers a charge was requested for that no guard could stand around.
    private readonly List<SyntaxNode> _unchargeable = new();

    /// <summary>Marks the walk that stands for <c>base</c>, for the stripper.</summary>
    public static SyntaxAnnotation BaseReceiver => s_baseReceiver;

    /// <summary>The receivers no charge could be placed on; the rewrite fails if there is any.</summary>
    public IReadOnlyList<SyntaxNode> Unchargeable => _unchargeable;

    /// <summary>Charges the receiver of a library member called on <c>base</c>, which <paramref name="baseSyntax"/> is.</summary>
    private void RequestBaseReceiverWalk(IMethodSymbol member, IEnumerable<IArgumentOperation> arguments, SyntaxNode baseSyntax, ITypeSymbol baseType, LibraryCost cost)
    {
        // The charge is on `this`, as the base class: the object `base` is.
        var self = CastExpression(GuardSyntax.TypeName(baseType), ThisExpression());
        switch (UnwrappableReceivers.ChargeOfBase(member, arguments, out var carrier))
        {
            case BaseReceiverCharge.Receiver when ReceiverWalk(self, baseType, cost) is { } walk:
                RequestWrap(baseSyntax, _ => walk.WithAdditionalAnnotations(s_baseReceiver));
                return;
            case BaseReceiverCharge.Argument when carrier is { Parameter.Type: var type, Syntax: ArgumentSyntax { Expression: var value } }
                && IsNameable(type) && ReceiverWalk(self, baseType, cost) is { } walk:
                var typeArgument = GuardSyntax.TypeName(type);
                RequestWrap(value, e => GuardSyntax.CallWithArguments(GuardNames.AfterCharge, typeArgument, Argument(walk), Argument(e)));
                return;
            default:
                _unchargeable.Add(baseSyntax);
                return;
        }
    }

    /// <summary>
    /// Before the conditional access <paramref name="node"/> is visited, requests the work of the call or element
    /// access its <c>?.</c> leads to, whose receiver is <paramref name="node"/>'s expression: that expression is visited
    /// first, so a charge requested when the call itself is visited would come too late.
    /// </summary>
    private void RequestWorkAfterConditionalAccess(ConditionalAccessExpressionSyntax node)
    {
        var binding = UnwrappableReceivers.LeadingBinding(node.WhenNotNull);
        switch (binding)
        {
            case MemberBindingExpressionSyntax { Parent: InvocationExpressionSyntax call } when call.Expression == binding
                && _model.GetOperation(call) is IInvocationOperation invocation:
                RequestSizeGuard(invocation.TargetMethod, invocation.Arguments, node.Expression);
                RequestLibraryWork(invocation, call, node.Expression);
                _requestedEarly.Add(call);
                break;
            case ElementBindingExpressionSyntax element:
                RequestElementWork(element, element.ArgumentList, node.Expression, assigned: false);
                break;
        }
    }


    /// <summary>
    /// Records a wrap of <paramref name="node"/>, an expression a binding leads: as a lift when it is the value a
    /// further <c>?.</c> tests, otherwise as a receiver no charge can be placed on.
    /// </summary>
    private bool RedirectBindingWrap(SyntaxNode node, Func<ExpressionSyntax, ExpressionSyntax> wrap)
    {
        if (node is not ExpressionSyntax expression || !UnwrappableReceivers.IsLedByBinding(expression))
        {
            return false;
        }

        if (UnwrappableReceivers.IsLiftable(expression))
        {
            _pendingLifts[node] = _pendingLifts.TryGetValue(node, out var inner) ? e => wrap(inner(e)) : wrap;
        }
        else
        {
            _unchargeable.Add(node);
        }

        return true;
    }

    public override SyntaxNode? VisitConditionalAccessExpression(ConditionalAccessExpressionSyntax node)
    {
        RequestWorkAfterConditionalAccess(node);
        var rewritten = base.VisitConditionalAccessExpression(node);
        bool isRoot = node.Parent is not ConditionalAccessExpressionSyntax outer || outer.WhenNotNull != node;
        return isRoot && rewritten is ConditionalAccessExpressionSyntax chain ? ApplyLifts(node, chain) : rewritten;
    }

    /// <summary>
    /// Lifts the chain <c>e0?.w1?.w2…?.wn</c> (written as <c>e0?(w1?(w2…?wn))</c>) at each <c>wi</c> with a pending wrap:
    /// the accesses up to <c>wi</c> become one expression, wrapped, and tested by the <c>?.</c> that followed <c>wi</c>:
    /// <c>Wrap(e0?.w1…?.wi)?.wi+1…</c>. The stripper turns the lifted form back into the chain.
    /// </summary>
    private ExpressionSyntax ApplyLifts(ConditionalAccessExpressionSyntax original, ConditionalAccessExpressionSyntax rewritten)
    {
        // The spine, original and rewritten in step: each link is a conditional access whose expression is wi.
        var links = new List<(ConditionalAccessExpressionSyntax Original, ConditionalAccessExpressionSyntax Rewritten)>();
        for (ExpressionSyntax? o = original, r = rewritten; o is ConditionalAccessExpressionSyntax oc && r is ConditionalAccessExpressionSyntax rc; o = oc.WhenNotNull, r = rc.WhenNotNull)
        {
            links.Add((oc, rc));
        }

        if (!links.Skip(1).Any(l => _pendingLifts.ContainsKey(l.Original.Expression)))
        {
            return rewritten;
        }

        ExpressionSyntax current = links[0].Rewritten.Expression;
        var segments = new List<(SyntaxToken Question, ExpressionSyntax Access)>();
        for (int i = 0; i < links.Count; i++)
        {
            var question = links[i].Rewritten.OperatorToken;
            var next = i + 1 < links.Count ? links[i + 1].Rewritten.Expression : links[i].Rewritten.WhenNotNull;
            segments.Add((question, next));
            if (i + 1 < links.Count && _pendingLifts.Remove(links[i + 1].Original.Expression, out var wrap))
            {
                current = GuardSyntax.MoveTriviaOutside(Chain(current, segments), wrap);
                segments.Clear();
            }
        }

        return Chain(current, segments);
    }

    /// <summary><c>e?.s1?.s2…</c> as C# nests it: <c>e?(s1?(s2…))</c>.</summary>
    internal static ExpressionSyntax Chain(ExpressionSyntax expression, IReadOnlyList<(SyntaxToken Question, ExpressionSyntax Access)> segments)
    {
        if (segments.Count == 0)
        {
            return expression;
        }

        ExpressionSyntax tail = segments[^1].Access;
        for (int i = segments.Count - 1; i >= 1; i--)
        {
            tail = ConditionalAccessExpression(segments[i - 1].Access, segments[i].Question, tail);
        }

        return ConditionalAccessExpression(expression, segments[0].Question, tail);
    }
}
