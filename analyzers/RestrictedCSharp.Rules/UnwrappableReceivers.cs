using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rules
{
    /// <summary>How the receiver of a call on <c>base</c> is charged, since no guard can stand around <c>base</c>.</summary>
    public enum BaseReceiverCharge
    {
        /// <summary>
        /// <c>base</c> becomes the walk of <c>this</c> typed as the base class: the same object, and, for a public
        /// member that is not virtual, the same member (<c>base.Contains(x)</c> → <c>Walk((List&lt;int&gt;)this).Contains(x)</c>).
        /// </summary>
        Receiver,

        /// <summary>
        /// A virtual or protected member (<c>base.InsertItem(i, item)</c> in an override): <c>this</c> is charged inside
        /// its first argument, which keeps the call non-virtual and the argument's value and type.
        /// </summary>
        Argument,

        /// <summary>Neither: a virtual or protected member without an argument to carry the charge (RCX0520).</summary>
        Refused,
    }

    /// <summary>
    /// Receivers no guard can stand around (docs/soundness/library-work.md): <c>base</c>, and a value reached through
    /// a conditional access (<c>.Items</c> in <c>a?.Items…</c>, a member binding that only means something at the start
    /// of what follows a <c>?.</c>). The rewriter charges them another way where it can, and the analyzer refuses
    /// the rest (RCX0520); both ask this class, so that check and build agree.
    /// </summary>
    public static class UnwrappableReceivers
    {
        /// <summary>
        /// How a library member called on <c>base</c>, whose receiver is walked, is charged; for
        /// <see cref="BaseReceiverCharge.Argument"/>, <paramref name="carrier"/> is the argument that carries the charge.
        /// </summary>
        public static BaseReceiverCharge ChargeOfBase(IMethodSymbol member, IEnumerable<IArgumentOperation> arguments, out IArgumentOperation? carrier)
        {
            carrier = null;
            if (!member.IsVirtual && !member.IsOverride && !member.IsAbstract && member.DeclaredAccessibility == Accessibility.Public)
            {
                return BaseReceiverCharge.Receiver;
            }

            foreach (var argument in arguments)
            {
                // A value written by the bot, passed by value, whose type can be a type argument.
                if (argument.ArgumentKind == ArgumentKind.Explicit
                    && argument.Parameter is { RefKind: RefKind.None or RefKind.In, Type: { IsRefLikeType: false } type }
                    && type is not (IPointerTypeSymbol or IFunctionPointerTypeSymbol or IErrorTypeSymbol)
                    && !type.IsAnonymousType
                    && argument.Syntax is ArgumentSyntax { RefKindKeyword.RawKind: 0 })
                {
                    carrier = argument;
                    return BaseReceiverCharge.Argument;
                }
            }

            return BaseReceiverCharge.Refused;
        }

        /// <summary>
        /// Whether <paramref name="expression"/> starts with the member or element binding of an enclosing conditional
        /// access (<c>.Items</c>, <c>.Items.First()</c>, <c>[0]</c> after a <c>?</c>): it means nothing on its own, so no
        /// call can be written around it.
        /// </summary>
        public static bool IsLedByBinding(ExpressionSyntax expression) => LeadingBinding(expression) is not null;

        /// <summary>The member or element binding that <paramref name="expression"/> starts with, or null.</summary>
        public static ExpressionSyntax? LeadingBinding(ExpressionSyntax expression)
        {
            var current = expression;
            while (true)
            {
                switch (current)
                {
                    case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                        return current;
                    case MemberAccessExpressionSyntax access:
                        current = access.Expression;
                        break;
                    case InvocationExpressionSyntax invocation:
                        current = invocation.Expression;
                        break;
                    case ElementAccessExpressionSyntax element:
                        current = element.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax postfix:
                        current = postfix.Operand;
                        break;
                    case ConditionalAccessExpressionSyntax conditional:
                        current = conditional.Expression;
                        break;
                    case AssignmentExpressionSyntax assignment:
                        current = assignment.Left;
                        break;
                    default:
                        return null;
                }
            }
        }

        /// <summary>
        /// Whether a guard can charge <paramref name="receiver"/>, led by a binding, by lifting the conditional access
        /// before it: it is the whole value a further <c>?.</c> tests (<c>a?.Items?.Contains(x)</c> becomes
        /// <c>Walk(a?.Items)?.Contains(x)</c>, which means the same). Followed by a plain <c>.</c> instead, a null value
        /// would throw where the lifted form gives null, so it cannot be lifted.
        /// </summary>
        public static bool IsLiftable(ExpressionSyntax receiver)
            => receiver.Parent is ConditionalAccessExpressionSyntax conditional
                && conditional.Expression == receiver
                && conditional.Parent is ConditionalAccessExpressionSyntax outer
                && outer.WhenNotNull == conditional;

        /// <summary>The conditional access whose <c>?</c> the binding <paramref name="binding"/> follows.</summary>
        public static ConditionalAccessExpressionSyntax? ConditionalAccessOf(ExpressionSyntax binding)
        {
            for (SyntaxNode node = binding; node.Parent is { } parent; node = parent)
            {
                if (parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == node)
                {
                    return conditional;
                }

                if (!IsLeftmost(node))
                {
                    return null;
                }
            }

            return null;
        }

        private static bool IsLeftmost(SyntaxNode node) => node.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression == node,
            InvocationExpressionSyntax invocation => invocation.Expression == node,
            ElementAccessExpressionSyntax element => element.Expression == node,
            PostfixUnaryExpressionSyntax postfix => postfix.Operand == node,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression == node,
            _ => false,
        };

        /// <summary>Whether a call's receiver, as its operation reports it, is <c>base</c>.</summary>
        public static bool IsBaseReceiver(IOperation? instance)
            => instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } reference
                && reference.Syntax.IsKind(SyntaxKind.BaseExpression);
    }
}
