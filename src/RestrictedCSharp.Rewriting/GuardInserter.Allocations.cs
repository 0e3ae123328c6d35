using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Allocations the code sizes: array dimensions, and the size arguments the allocation size rules name
/// (a capacity, a count, a sequence copied), each checked against the allocation budget before it is made.
/// </summary>
internal sealed partial class GuardInserter
{
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
        int bytesPerElement = ValueSizes.ElementBytes(arrayType.ElementType);
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
            return GuardSyntax.TypeName(element);
        }

        return null;
    }
}
