using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Members the compiler calls when it lowers a construct whose operation names no member: string <c>+</c>
    /// (<c>String.Concat</c> and the operands' <c>ToString</c>), interpolated strings (<c>String.Concat</c> or the
    /// <c>DefaultInterpolatedStringHandler</c>), tuple literals (the <c>ValueTuple</c> constructor), built-in
    /// <c>decimal</c> operators and conversions, nullable conversions and lifted operations (<c>Nullable&lt;T&gt;</c>),
    /// and collection expressions (a builder method, or a constructor and <c>Add</c>). The IL audit judges the calls
    /// the compiler emits with the same rules, so judging them here keeps <c>check</c> and <c>build</c> in agreement.
    /// Where the compiler picks among several members, each candidate is judged: a refusal names the first one.
    /// </summary>
    internal static class LoweredMemberReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            var members = new LoweredMembers(context.Compilation);
            context.RegisterOperationAction(c => Binary(c, checker, members), OperationKind.Binary, OperationKind.CompoundAssignment);
            context.RegisterOperationAction(c => Unary(c, checker, members), OperationKind.Unary, OperationKind.Increment, OperationKind.Decrement);
            context.RegisterOperationAction(c => InterpolatedString(c, checker, members), OperationKind.InterpolatedString);
            context.RegisterOperationAction(c => Tuple(c, checker), OperationKind.Tuple);
            context.RegisterOperationAction(c => Conversion(c, checker, members), OperationKind.Conversion);
            context.RegisterOperationAction(c => Coalesce(c, checker, members), OperationKind.Coalesce);
            context.RegisterSyntaxNodeAction(c => CollectionExpression(c, checker, members), SyntaxKind.CollectionExpression);
        }

        private static void Binary(OperationAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var (kind, method, isLifted, left, right, type) = context.Operation switch
            {
                IBinaryOperation b => (b.OperatorKind, b.OperatorMethod, b.IsLifted, Unboxed(b.LeftOperand), Unboxed(b.RightOperand), b.Type),
                ICompoundAssignmentOperation c => (c.OperatorKind, c.OperatorMethod, c.IsLifted, c.Target.Type, c.Value.Type, c.Target.Type),
                _ => default,
            };
            if (method is not null || context.Operation.ConstantValue.HasValue)
            {
                return;
            }

            var location = ReportLocations.ForOperator(context.Operation.Syntax);
            if (kind == BinaryOperatorKind.Add && type?.SpecialType == SpecialType.System_String)
            {
                Judge(context, checker, location, members.StringConcat);
                Judge(context, checker, location, new[] { members.ToStringOf(left), members.ToStringOf(right) });
                return;
            }

            if (Nullable.Underlying(left) is { SpecialType: SpecialType.System_Decimal } || Nullable.Underlying(right) is { SpecialType: SpecialType.System_Decimal })
            {
                Judge(context, checker, location, members.DecimalOperators(BinaryOperatorName(kind)));
            }

            if (isLifted)
            {
                Judge(context, checker, location, members.NullableMembers(left).Concat(members.NullableMembers(right)));
            }
        }

        private static void Unary(OperationAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var (name, method, isLifted, operand) = context.Operation switch
            {
                IUnaryOperation u => (UnaryOperatorName(u.OperatorKind), u.OperatorMethod, u.IsLifted, u.Operand.Type),
                IIncrementOrDecrementOperation i => (i.Kind == OperationKind.Increment ? "op_Increment" : "op_Decrement", i.OperatorMethod, i.IsLifted, i.Target.Type),
                _ => default,
            };
            if (method is not null || context.Operation.ConstantValue.HasValue)
            {
                return;
            }

            var location = ReportLocations.ForOperator(context.Operation.Syntax);
            if (Nullable.Underlying(operand) is { SpecialType: SpecialType.System_Decimal } && name is not null)
            {
                // decimal ++ and -- call op_Increment/op_Decrement, or op_Addition/op_Subtraction with One.
                Judge(context, checker, location, members.DecimalOperators(name)
                    .Concat(name is "op_Increment" ? members.DecimalOperators("op_Addition") : name is "op_Decrement" ? members.DecimalOperators("op_Subtraction") : Enumerable.Empty<IMethodSymbol>()));
            }

            if (isLifted)
            {
                Judge(context, checker, location, members.NullableMembers(operand));
            }
        }

        private static void InterpolatedString(OperationAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var interpolated = (IInterpolatedStringOperation)context.Operation;
            if (interpolated.ConstantValue.HasValue || interpolated.Parent is IInterpolatedStringHandlerCreationOperation
                || interpolated.Type?.SpecialType != SpecialType.System_String || TargetType(interpolated)?.SpecialType != SpecialType.System_String)
            {
                return;
            }

            var location = interpolated.Syntax.GetLocation();
            var holes = interpolated.Parts.OfType<IInterpolationOperation>().ToList();
            if (holes.All(h => h.Alignment is null && h.FormatString is null && h.Expression.Type?.SpecialType == SpecialType.System_String))
            {
                Judge(context, checker, location, members.StringConcat);
                return;
            }

            Judge(context, checker, location, members.InterpolationHandler);
        }

        private static void Tuple(OperationAnalysisContext context, SymbolChecker checker)
        {
            var tuple = (ITupleOperation)context.Operation;
            if (IsDeconstructionTarget(tuple))
            {
                return;
            }

            var type = (tuple.Type ?? (tuple.Parent as IConversionOperation)?.Type) as INamedTypeSymbol;
            for (var current = type; current is { IsTupleType: true } || current?.Name == "ValueTuple"; current = current.TypeArguments.LastOrDefault() as INamedTypeSymbol)
            {
                var underlying = current!.TupleUnderlyingType ?? current;
                var constructor = underlying.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == underlying.TypeArguments.Length && c.Parameters.Length > 0);
                if (checker.RefusesImplied(constructor))
                {
                    checker.Check(constructor, tuple.Syntax, tuple.Syntax.GetLocation(), tuple.SemanticModel!, context.ReportDiagnostic);
                }
                if (underlying.TypeArguments.Length < 8)
                {
                    break;
                }
            }
        }

        private static void Conversion(OperationAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var conversion = (IConversionOperation)context.Operation;
            if (conversion.OperatorMethod is not null || conversion.Operand.ConstantValue.HasValue && !conversion.Conversion.IsNullable)
            {
                return;
            }

            var from = conversion.Operand.Type;
            var to = conversion.Type;
            var location = conversion.Syntax.GetLocation();
            if (conversion.Conversion.IsNullable && from is not null && !from.IsReferenceType && to is not null)
            {
                Judge(context, checker, location, members.NullableMembers(to).Concat(members.NullableMembers(from)));
            }

            if (conversion.Conversion.IsNumeric
                && (Nullable.Underlying(from) is { SpecialType: SpecialType.System_Decimal } || Nullable.Underlying(to) is { SpecialType: SpecialType.System_Decimal }))
            {
                Judge(context, checker, location, members.DecimalConversions);
            }
        }

        private static void Coalesce(OperationAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var coalesce = (ICoalesceOperation)context.Operation;
            Judge(context, checker, coalesce.Syntax.GetLocation(), members.NullableMembers(coalesce.Value.Type));
        }

        private static void CollectionExpression(SyntaxNodeAnalysisContext context, SymbolChecker checker, LoweredMembers members)
        {
            var model = context.SemanticModel;
            var target = model.GetTypeInfo(context.Node, context.CancellationToken).ConvertedType as INamedTypeSymbol;
            if (target is null || target.TypeKind == TypeKind.Error)
            {
                return;
            }

            var location = context.Node.GetLocation();
            foreach (var spread in ((CollectionExpressionSyntax)context.Node).Elements.OfType<SpreadElementSyntax>())
            {
                var spreadType = model.GetTypeInfo(spread.Expression, context.CancellationToken).Type;
                foreach (var member in members.EnumerationOf(spreadType).Concat(IndexedRead(spreadType)))
                {
                    if (checker.RefusesImplied(member))
                    {
                        checker.Check(member, spread, spread.GetLocation(), model, context.ReportDiagnostic);
                    }
                }
            }

            if (target.IsRefLikeType || target.TypeKind == TypeKind.Interface)
            {
                return; // spans live on the stack or in an array; interfaces get the compiler's own types or a List<T>
            }

            if (CollectionBuilder(target) is { } builder)
            {
                foreach (var method in builder)
                {
                    if (checker.RefusesImplied(method))
                    {
                        checker.Check(method, context.Node, location, model, context.ReportDiagnostic);
                    }
                }

                return;
            }

            // A type with a collection initializer: a constructor, then Add for each element (List<T> may use a capacity).
            foreach (var constructor in target.InstanceConstructors.Where(c => c.Parameters.Length == 0
                || c.Parameters.Length == 1 && c.Parameters[0].Type.SpecialType == SpecialType.System_Int32))
            {
                if (checker.RefusesImplied(constructor))
                {
                    checker.Check(constructor, context.Node, location, model, context.ReportDiagnostic);
                }
            }

            var hasElements = ((CollectionExpressionSyntax)context.Node).Elements.Count > 0;
            foreach (var add in hasElements ? target.GetMembers("Add").OfType<IMethodSymbol>().Where(m => !m.IsStatic && m.Parameters.Length == 1) : Enumerable.Empty<IMethodSymbol>())
            {
                if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, members.List))
                {
                    break; // List<T> is filled through CollectionsMarshal (a compiler helper), not Add.
                }

                if (checker.RefusesImplied(add))
                {
                    checker.Check(add, context.Node, location, model, context.ReportDiagnostic);
                }
            }
        }

        /// <summary>
        /// The <c>this[int]</c> getter of a counted spread operand: the compiler may copy such a collection by index
        /// (a <c>List&lt;T&gt;</c> spread into an array reads <c>get_Item</c>), so it is judged as if read.
        /// </summary>
        private static IEnumerable<ISymbol> IndexedRead(ITypeSymbol? type)
        {
            if (type is null || type is IArrayTypeSymbol || type.IsRefLikeType || type.TypeKind == TypeKind.Interface
                || type.GetMembers("Count").IsEmpty)
            {
                return Enumerable.Empty<ISymbol>();
            }

            return type.GetMembers().OfType<IPropertySymbol>()
                .Where(p => p.IsIndexer && p.Parameters.Length == 1 && p.Parameters[0].Type.SpecialType == SpecialType.System_Int32 && p.GetMethod is not null)
                .Select(p => (ISymbol)p.GetMethod!);
        }

        /// <summary>The builder methods a <c>[CollectionBuilder(typeof(B), "Create")]</c> names, constructed for the target's type arguments.</summary>
        private static IEnumerable<IMethodSymbol>? CollectionBuilder(INamedTypeSymbol target)
        {
            var attribute = target.OriginalDefinition.GetAttributes().FirstOrDefault(a =>
                a.AttributeClass is { Name: "CollectionBuilderAttribute" } && a.ConstructorArguments.Length == 2);
            if (attribute?.ConstructorArguments[0].Value is not INamedTypeSymbol builderType || attribute.ConstructorArguments[1].Value is not string name)
            {
                return null;
            }

            return builderType.GetMembers(name).OfType<IMethodSymbol>()
                .Where(m => m.IsStatic && m.Parameters.Length == 1 && m.TypeParameters.Length == target.TypeArguments.Length)
                .Select(m => m.TypeParameters.Length > 0 ? m.Construct(target.TypeArguments.ToArray()) : m);
        }

        private static void Judge(OperationAnalysisContext context, SymbolChecker checker, Location location, IEnumerable<IMethodSymbol?> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (checker.RefusesImplied(candidate))
                {
                    checker.Check(candidate, context.Operation.Syntax, location, context.Operation.SemanticModel!, context.ReportDiagnostic);
                    return;
                }
            }
        }

        // String concatenation converts a value-type operand to object, then calls the value type's own ToString.
        private static ITypeSymbol? Unboxed(IOperation operand) =>
            operand is IConversionOperation boxing && boxing.Operand.Type is { IsValueType: true } && boxing.Type is { IsReferenceType: true }
                ? Unboxed(boxing.Operand)
                : operand.Type;

        private static ITypeSymbol? TargetType(IOperation operation) =>
            operation.Parent is IConversionOperation conversion ? conversion.Type : operation.Type;

        private static bool IsDeconstructionTarget(IOperation operation)
        {
            for (var current = operation; current is not null; current = current.Parent)
            {
                if (current.Parent is IDeconstructionAssignmentOperation assignment)
                {
                    return assignment.Target == current;
                }

                if (current.Parent is IDeclarationExpressionOperation)
                {
                    return true;
                }

                if (current.Parent is not ITupleOperation)
                {
                    return current.Parent is IForEachLoopOperation;
                }
            }

            return false;
        }

        private static string? BinaryOperatorName(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.Add => "op_Addition",
            BinaryOperatorKind.Subtract => "op_Subtraction",
            BinaryOperatorKind.Multiply => "op_Multiply",
            BinaryOperatorKind.Divide => "op_Division",
            BinaryOperatorKind.Remainder => "op_Modulus",
            BinaryOperatorKind.Equals => "op_Equality",
            BinaryOperatorKind.NotEquals => "op_Inequality",
            BinaryOperatorKind.LessThan => "op_LessThan",
            BinaryOperatorKind.LessThanOrEqual => "op_LessThanOrEqual",
            BinaryOperatorKind.GreaterThan => "op_GreaterThan",
            BinaryOperatorKind.GreaterThanOrEqual => "op_GreaterThanOrEqual",
            _ => null,
        };

        private static string? UnaryOperatorName(UnaryOperatorKind kind) => kind switch
        {
            UnaryOperatorKind.Minus => "op_UnaryNegation",
            UnaryOperatorKind.Plus => "op_UnaryPlus",
            _ => null,
        };
    }
}
