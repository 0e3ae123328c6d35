using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Code outside bodies: field, event and property initializers and constructor-initializer arguments run
/// outside any guarded body, so each is wrapped in a counted frame of its own cost.
/// </summary>
internal sealed partial class GuardInserter
{
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

        var typeSyntax = GuardSyntax.TypeName(type);
        long cost = _costs.Of(value);
        _pendingWraps[value] = e => GuardSyntax.CallWithArguments(
            GuardNames.EndInitializer,
            typeSyntax,
            Argument(GuardSyntax.Call(GuardNames.BeginInitializer, GuardSyntax.Number(cost))),
            Argument(e));
    }
}
