using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Library work: before a call into library code, the data it walks is charged in ticks (what it
/// walks is decided in <see cref="LibraryWork"/>, from the member's signature and its <c>cost</c> rule).
/// The same goes for what the compiler turns into library calls over strings: concatenation, string
/// equality, a <c>switch</c> on a string, interpolation holes, and spreads in collection expressions.
/// Each wrap returns its operand unchanged (or, for a lazily pulled sequence, a sequence that charges
/// each element as it is pulled), so the call binds and behaves as written.
/// </summary>
internal sealed partial class GuardInserter
{
    private static readonly SyntaxAnnotation s_implicitReceiver = new("RestrictedCSharp.ImplicitReceiver");

    /// <summary>Marks the member access that makes an implicit <c>this</c> receiver explicit, for the stripper.</summary>
    public static SyntaxAnnotation ImplicitReceiver => s_implicitReceiver;

    private RuleSet? CostRules => _sizeRules.CostRules;

    private void RequestLibraryWork(IInvocationOperation invocation, InvocationExpressionSyntax node, ExpressionSyntax? receiverSyntax)
    {
        var method = invocation.TargetMethod;
        if (!IsLibrary(method))
        {
            return;
        }

        var cost = CostOf(method);
        if (invocation.Instance is { } instance && LibraryWork.WalksReceiver(method, cost) && instance.Type is { } receiverType)
        {
            if (instance is IInstanceReferenceOperation { IsImplicit: true } && node.Expression is SimpleNameSyntax name)
            {
                // M(x) on an inherited library collection becomes Walk(this).M(x); the stripper undoes it.
                if (ReceiverWalk(ThisExpression(), receiverType, cost) is { } walked)
                {
                    var access = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, walked, name.WithoutTrivia()).WithAdditionalAnnotations(s_implicitReceiver);
                    RequestWrap(name, _ => access);
                }
            }
            else if (receiverSyntax is BaseExpressionSyntax)
            {
                RequestBaseReceiverWalk(method, invocation.Arguments, receiverSyntax, receiverType, cost);
            }
            else if (receiverSyntax is not null && IsWrappable(receiverSyntax, receiverType))
            {
                RequestWrap(receiverSyntax, e => ReceiverWalk(e, receiverType, cost) ?? e);
            }
        }

        RequestArgumentWork(method, invocation.Arguments, receiverSyntax, cost, invocation);
    }

    private void RequestArgumentWork(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, ExpressionSyntax? receiver)
    {
        if (IsLibrary(method))
        {
            RequestArgumentWork(method, arguments, receiver, CostOf(method));
        }
    }

    private void RequestArgumentWork(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, ExpressionSyntax? receiver, LibraryCost cost, IInvocationOperation? call = null)
    {
        if (cost == LibraryCost.None)
        {
            return;
        }

        bool sorted = cost == LibraryCost.Sorted;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            var walk = LibraryWork.ParameterWalk(parameter, cost);
            if (walk == WalkKind.None)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                // params T[]: each element the bot wrote is one expression of its own.
                if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var value in initializer.ElementValues)
                    {
                        RequestSizedWalk(UnconvertedSyntax(value), sorted);
                    }
                }

                continue;
            }

            if (argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            if (WrittenArgument(argument, receiver) is not { } syntax)
            {
                continue;
            }

            if (walk == WalkKind.Sized)
            {
                RequestSizedWalk(syntax, sorted);
                continue;
            }

            if (walk == WalkKind.Value)
            {
                RequestValueWalk(syntax);
                continue;
            }

            var type = _model.GetTypeInfo(syntax).Type;
            if (type is null || !IsWrappable(syntax, type) || (!sorted && IsChargedAsPulled(syntax)))
            {
                continue;
            }

            var elementType = SequenceElementType(parameter.Type);
            if (walk == WalkKind.Pulled && call is not null && IsReadWholeNow(call, sorted))
            {
                walk = WalkKind.Consumed;
            }

            string name = walk == WalkKind.Pulled ? GuardNames.Pulled : GuardNames.Consumed;
            RequestWrap(syntax, e => GuardSyntax.CallWithArguments(name, elementType, Argument(e), Argument(Flag(sorted))));
        }
    }

    public override SyntaxNode? VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        RequestElementWork(node, node.ArgumentList, node.Expression, IsAssigned(node));
        return base.VisitElementAccessExpression(node);
    }

    /// <summary>The work of an element access (<paramref name="access"/>, written <c>x[…]</c> or <c>?[…]</c>) on <paramref name="receiver"/>.</summary>
    private void RequestElementWork(ExpressionSyntax access, BracketedArgumentListSyntax argumentList, ExpressionSyntax receiver, bool assigned)
    {
        // An indexer walks its receiver only where its accessor's own cost line says so (a SortedList's
        // setter shifts its arrays); its key may be a string that is hashed.
        if (_model.GetOperation(access) is IPropertyReferenceOperation { Property: { IsIndexer: true } indexer } reference
            && (assigned ? indexer.SetMethod ?? indexer.GetMethod : indexer.GetMethod ?? indexer.SetMethod) is { } accessor
            && IsLibrary(accessor))
        {
            var cost = CostOf(accessor);
            if (reference.Instance?.Type is { } indexed && LibraryWork.WalksReceiver(accessor, cost))
            {
                if (receiver is BaseExpressionSyntax)
                {
                    RequestBaseReceiverWalk(accessor, reference.Arguments, receiver, indexed, cost);
                }
                else if (IsWrappable(receiver, indexed))
                {
                    RequestWrap(receiver, e => ReceiverWalk(e, indexed, cost) ?? e);
                }
            }

            RequestArgumentWork(accessor, reference.Arguments, receiver: null, cost);
        }

        // text[a..b], items[a..b] (Substring, GetSubArray, Slice) copy what they take; a span's range is a view.
        if (argumentList.Arguments is [{ Expression: var index }]
            && _model.GetTypeInfo(index).Type is { Name: "Range", ContainingNamespace.Name: "System" }
            && _model.GetTypeInfo(receiver).Type is { } receiverType
            && LibraryWork.CopiesByRange(receiverType))
        {
            RequestSizedWalk(receiver, sorted: false);
        }
    }

    // ---- What the compiler turns into library calls over strings ----

    public override SyntaxNode? VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        // Concatenation copies both strings; equality compares them.
        if (node.Kind() is SyntaxKind.AddExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression
            && _model.GetOperation(node) is IBinaryOperation operation
            && (operation.Type?.SpecialType == SpecialType.System_String
                || (operation.LeftOperand.Type?.SpecialType == SpecialType.System_String && operation.RightOperand.Type?.SpecialType == SpecialType.System_String)))
        {
            RequestStringWalk(node.Left);
            RequestStringWalk(node.Right);
            if (node.IsKind(SyntaxKind.AddExpression))
            {
                RequestFormattedText(node.Left);
                RequestFormattedText(node.Right);
            }
        }

        RequestStructuralEquality(node);
        return base.VisitBinaryExpression(node);
    }

    public override SyntaxNode? VisitInterpolation(InterpolationSyntax node)
    {
        RequestStringWalk(node.Expression);
        RequestFormattedText(node.Expression);
        return base.VisitInterpolation(node);
    }

    public override SyntaxNode? VisitSwitchStatement(SwitchStatementSyntax node)
    {
        // A switch over many strings hashes the whole value.
        RequestStringWalk(node.Expression);
        return base.VisitSwitchStatement(node);
    }

    public override SyntaxNode? VisitSwitchExpression(SwitchExpressionSyntax node)
    {
        RequestStringWalk(node.GoverningExpression);
        return base.VisitSwitchExpression(node);
    }

    public override SyntaxNode? VisitSpreadElement(SpreadElementSyntax node)
    {
        // [.. items] copies every element.
        var type = _model.GetTypeInfo(node.Expression).Type;
        if (type is not null && LibraryWork.IsSequenceInterface(type))
        {
            var elementType = SequenceElementType(type);
            RequestWrap(node.Expression, e => GuardSyntax.CallWithArguments(GuardNames.Consumed, elementType, Argument(e), Argument(Flag(false))));
        }
        else
        {
            RequestSizedWalk(node.Expression, sorted: false);
        }

        return base.VisitSpreadElement(node);
    }

    public override SyntaxNode? VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        // s += t copies s and t: t is charged for both when s can be read again without effects.
        if (node.IsKind(SyntaxKind.AddAssignmentExpression)
            && _model.GetOperation(node) is ICompoundAssignmentOperation { Type.SpecialType: SpecialType.System_String } compound)
        {
            // A value of another type (a char, a number, a builder) binds to the generic Appended; one
            // without a type of its own (null) is left alone.
            if (IsRereadable(compound.Target) && _model.GetTypeInfo(node.Right).Type is { } valueType && IsWrappable(node.Right, valueType))
            {
                var target = node.Left.WithoutTrivia();
                RequestWrap(node.Right, e => GuardSyntax.CallWithArguments(GuardNames.Appended, null, Argument(target), Argument(e)));
            }
            else
            {
                RequestStringWalk(node.Right);
                RequestFormattedText(node.Right);
            }
        }

        return VisitAssignmentWithSizeGuards(node);
    }

    // ---- Helpers ----

    /// <summary>
    /// Whether the sequences a lazy operator is given are read in full before anything else can change
    /// them, so that their count up front is the work: the operator's result is consumed whole in the same
    /// expression (<c>list.Where(p).OrderBy(k).ToArray()</c>), or it is a sort (which reads its whole source
    /// at the first pull) consumed in the same expression at all (<c>g.OrderBy(k).First()</c>). A result kept
    /// for later is charged as pulled, since its sources may have grown by then.
    /// </summary>
    private bool IsReadWholeNow(IInvocationOperation call, bool sorted)
    {
        var consumer = ConsumerOf(call);
        while (consumer is not null && CostRules is { } rules && LibraryWork.YieldsOnlyChargedElements(consumer.TargetMethod, rules))
        {
            consumer = ConsumerOf(consumer);
        }

        if (consumer is null || LibraryWork.ReturnsSequence(consumer.TargetMethod.ReducedFrom ?? consumer.TargetMethod))
        {
            return false;
        }

        return CostOf(consumer.TargetMethod) switch
        {
            LibraryCost.All or LibraryCost.Sorted or LibraryCost.Arguments or LibraryCost.Matches => true,
            LibraryCost.Pulled => sorted,
            _ => false,
        };
    }

    /// <summary>The library call that reads <paramref name="call"/>'s result as a sequence argument (or receiver), if one does.</summary>
    private IInvocationOperation? ConsumerOf(IInvocationOperation call)
    {
        var parent = call.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation consumer, Parameter: { } parameter }
            && IsLibrary(consumer.TargetMethod)
            && LibraryWork.IsSequenceInterface(parameter.OriginalDefinition.Type)
                ? consumer
                : null;
    }

    /// <summary>
    /// Whether <paramref name="syntax"/> is a call to a lazy operator whose own sources this rewrite charges
    /// as pulled (see <see cref="LibraryWork.YieldsOnlyChargedElements"/>): in <c>list.Where(p).Count()</c>
    /// only <c>list</c> is metered, once. A sort still charges its source, for the logarithm.
    /// </summary>
    private bool IsChargedAsPulled(ExpressionSyntax syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        return CostRules is { } rules
            && _model.GetOperation(syntax) is IInvocationOperation inner
            && LibraryWork.IsChargedAsPulled(inner, rules, _model.Compilation.Assembly);
    }

    /// <summary>Charges a string operand, or a string builder the compiler turns into a string (its ToString copies it).</summary>
    private void RequestStringWalk(ExpressionSyntax expression)
    {
        if (_model.GetTypeInfo(expression).Type is { SpecialType: SpecialType.System_String } or { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace.Name: "System" } })
        {
            RequestSizedWalk(expression, sorted: false);
        }
    }

    /// <summary>Wraps <paramref name="syntax"/> in the walk for its own type, when it has one and is worth charging.</summary>
    private void RequestSizedWalk(ExpressionSyntax syntax, bool sorted)
    {
        var type = _model.GetTypeInfo(syntax).Type;
        if (type is null || !LibraryWork.IsSized(type) || !IsWrappable(syntax, type))
        {
            return;
        }

        // A short constant costs nothing worth a call.
        if (_model.GetConstantValue(syntax) is { HasValue: true, Value: var constant } && (constant is not string text || text.Length < 64))
        {
            return;
        }

        RequestWrap(syntax, e => WalkCall(e, type, sorted) ?? e);
    }

    /// <summary>Wraps a value passed as <c>object</c>, an interface, a <c>T</c> or a tuple in <c>Guard.Value</c>, which charges the strings it holds.</summary>
    private void RequestValueWalk(ExpressionSyntax syntax)
    {
        var type = _model.GetTypeInfo(syntax).Type;
        if (type is null || type.IsRefLikeType || !IsWrappable(syntax, type) || _model.GetConstantValue(syntax).HasValue)
        {
            return;
        }

        // A string or a collection is charged by its length; a value that cannot hold a string, not at all.
        if (LibraryWork.IsSized(type))
        {
            RequestSizedWalk(syntax, sorted: false);
        }
        else if (LibraryWork.MayHoldText(type))
        {
            RequestWrap(syntax, e => GuardSyntax.CallWithArguments(GuardNames.Value, null, Argument(e)));
        }
    }

    /// <summary>
    /// The walk of a receiver of <paramref name="type"/> for a member charged at <paramref name="cost"/>: a text walked
    /// for its matches (Split, Replace) is charged per character, anything else as <see cref="WalkCall"/> does.
    /// </summary>
    private static ExpressionSyntax? ReceiverWalk(ExpressionSyntax value, ITypeSymbol type, LibraryCost cost)
        => cost == LibraryCost.Matches && LibraryWork.SizeOf(type) is SizedKind.Text or SizedKind.Builder
            ? GuardSyntax.CallWithArguments(GuardNames.WalkMatches, null, Argument(value))
            : WalkCall(value, type, cost == LibraryCost.Sorted);

    /// <summary>The walk of a value of <paramref name="type"/>, or null when none fits it.</summary>
    private static ExpressionSyntax? WalkCall(ExpressionSyntax value, ITypeSymbol type, bool sorted)
    {
        var arguments = new[] { Argument(value), Argument(Flag(sorted)) };
        switch (LibraryWork.SizeOf(type))
        {
            case SizedKind.Text or SizedKind.View or SizedKind.Builder or SizedKind.Stream:
            case SizedKind.Array when type is IArrayTypeSymbol { Rank: 1 }:
                return GuardSyntax.CallWithArguments(GuardNames.Walk, null, arguments);
            case SizedKind.None:
                return null;
        }

        var sequences = (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? [(INamedTypeSymbol)type] : Enumerable.Empty<INamedTypeSymbol>())
            .Concat(type.AllInterfaces.Where(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T))
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();
        if (sequences is [var sequence] && IsNameable(type) && IsNameable(sequence.TypeArguments[0]) && !type.IsRefLikeType)
        {
            return GuardSyntax.CallWithTypeArguments(GuardNames.Walk, [GuardSyntax.TypeName(type), GuardSyntax.TypeName(sequence.TypeArguments[0])], arguments);
        }

        return type.IsRefLikeType ? null : GuardSyntax.CallWithArguments(GuardNames.WalkAny, null, arguments);
    }

    /// <summary>
    /// Whether a walk can stand around <paramref name="syntax"/> without changing what it means: it has
    /// a type of its own (not a target-typed <c>null</c>, <c>default</c>, <c>new()</c> or collection
    /// expression) that can be written, and it is not a by-reference value.
    /// </summary>
    private bool IsWrappable(ExpressionSyntax syntax, ITypeSymbol type)
        => syntax is not (LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression }
                or CollectionExpressionSyntax or ImplicitObjectCreationExpressionSyntax or RefExpressionSyntax
                or AnonymousFunctionExpressionSyntax or InitializerExpressionSyntax)
            && SymbolEqualityComparer.Default.Equals(_model.GetTypeInfo(syntax).Type, type)
            && type is not (IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol)
            && _model.GetOperation(syntax) is not (IMethodReferenceOperation or null);

    /// <summary>The syntax of a <c>params</c> element as written (inside its implicit conversion to the element type).</summary>
    private static ExpressionSyntax UnconvertedSyntax(IOperation element)
        => (element is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Syntax : element.Syntax) as ExpressionSyntax
            ?? (ExpressionSyntax)element.Syntax;

    /// <summary>Whether <paramref name="node"/> is written: the target of an assignment or an increment.</summary>
    private static bool IsAssigned(ExpressionSyntax node) => node.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == node,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => node.Parent.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
        _ => false,
    };

    /// <summary>Whether reading <paramref name="target"/> again has no effect and gives the same value.</summary>
    private static bool IsRereadable(IOperation target) => target switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation => true,
        IFieldReferenceOperation field => field.Instance is null or IInstanceReferenceOperation || (field.Instance is { } instance && IsRereadable(instance)),
        _ => false,
    };

    private bool IsLibrary(IMethodSymbol method) => LibraryWork.IsLibraryMember(method, _model.Compilation.Assembly);

    private LibraryCost CostOf(IMethodSymbol method)
        => CostRules is { } rules ? LibraryWork.CostOf(method, rules) : LibraryCost.All;

    private void RequestWrap(SyntaxNode node, Func<ExpressionSyntax, ExpressionSyntax> wrap)
    {
        // A binding (a?.Items…) cannot be wrapped where it is: see GuardInserter.Receivers.
        if (!RedirectBindingWrap(node, wrap))
        {
            _pendingWraps[node] = _pendingWraps.TryGetValue(node, out var inner) ? e => wrap(inner(e)) : wrap;
        }
    }

    private static LiteralExpressionSyntax Flag(bool value)
        => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
}
