using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Calls and creations: each asks, on the original node, for its size guard (GuardInserter.Allocations), its
/// library work (GuardInserter.LibraryWork) and its structural work (GuardInserter.StructuralText).
/// </summary>
internal sealed partial class GuardInserter
{
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
}
