using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Estimates the stack one call of a function takes: its by-value parameters, its locals, and the
    /// struct values its expressions make (call results, creations, copies passed as arguments), each
    /// at its estimated size (<see cref="ValueSizes"/>, shared with the allocation guards). The guards count frames, not bytes, and probe the real stack
    /// only every few frames, so a frame far larger than usual must be known before it runs: above
    /// <see cref="ProbeAboveBytes"/> a function probes the stack on every entry, and above
    /// <see cref="MaximumFrameBytes"/> it is refused (RCX0501), since its frame would be allocated
    /// before any probe could run. The analyzer and the rewriter share this estimate.
    /// </summary>
    /// <remarks>
    /// A value of a type parameter that may be a struct counts at <see cref="MaximumTypeArgumentBytes"/>, the
    /// largest struct the analyzer lets the bot supply to its own generic code (RCX0505), so one estimate holds
    /// for every instantiation (see docs/soundness/metering.md).
    /// </remarks>
    public sealed class StackFrameEstimator
    {
        /// <summary>
        /// The largest frame a function may have. A stack probe guarantees 128 KiB left; a frame is
        /// allocated before the probe at its entry runs, so the largest frame must fit in that with room
        /// for the small frames between two probes.
        /// </summary>
        public const long MaximumFrameBytes = 64 * 1024;

        /// <summary>
        /// The largest struct a bot may declare. Library code copies values of its type arguments into its
        /// own frames (<c>Array.Reverse</c>, <c>Array.Sort</c>'s pivot), which no guard probes and no estimate
        /// of the bot's frames sees.
        /// </summary>
        public const long MaximumValueBytes = 16 * 1024;

        /// <summary>
        /// The largest struct a type argument of the bot's own generic methods and types may be, and so what a value
        /// of a type parameter counts for. Small enough that ordinary generic code stays under
        /// <see cref="ProbeAboveBytes"/> (four such values), large enough for ordinary structs (a 100-byte board).
        /// </summary>
        public const long MaximumTypeArgumentBytes = 256;

        /// <summary>
        /// The most one <c>stackalloc</c> may take: as much as the largest struct, so that a frame holds a few of
        /// them and its locals well inside <see cref="MaximumFrameBytes"/>.
        /// </summary>
        public const long MaximumStackAllocBytes = MaximumValueBytes;

        /// <summary>Frames above this probe the real stack at every entry, not every few frames.</summary>
        public const long ProbeAboveBytes = 1024;

        private const long Saturated = long.MaxValue / 4;

        private readonly ValueSizes _values = new ValueSizes(ValuePlace.Frame);

        /// <summary>
        /// The estimated frame of a function: <paramref name="method"/>'s parameters (if known) and
        /// what <paramref name="body"/> (its body's operation, if known) declares and makes, not counting
        /// lambdas and local functions, which have frames of their own.
        /// </summary>
        public long FrameBytes(IMethodSymbol? method, IOperation? body)
        {
            long bytes = 0;
            if (method != null)
            {
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.RefKind == RefKind.None)
                    {
                        bytes = Add(bytes, SizeOf(parameter.Type));
                    }
                }
            }

            if (body == null)
            {
                return bytes;
            }

            var locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            var buffers = new HashSet<SyntaxNode>();
            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        locals.Add(declarator.Symbol);
                        break;
                    case ILocalReferenceOperation reference:
                        locals.Add(reference.Local);
                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                        locals.Add(declared);
                        break;
                    case { Kind: OperationKind.None, Syntax: StackAllocArrayCreationExpressionSyntax allocation }:
                        bytes = Add(bytes, StackAllocBytes(allocation, operation.SemanticModel));
                        break;
                    case { Syntax: CollectionExpressionSyntax collection } when buffers.Add(collection):
                        // Matched by syntax: the operation's kind depends on the compiler version that runs this.
                        bytes = Add(bytes, SpanBufferBytes(collection, operation.SemanticModel));
                        break;
                    case IInvocationOperation or IObjectCreationOperation or IDefaultValueOperation or IWithOperation
                        or IConditionalOperation or ITupleOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation
                        or IArgumentOperation { Parameter.RefKind: RefKind.None }:
                        if (operation.Type is { } temporary && MayBeStruct(temporary))
                        {
                            bytes = Add(bytes, SizeOf(temporary));
                        }
                        else if (operation is IArgumentOperation { Value.Type: { } argument } && MayBeStruct(argument))
                        {
                            bytes = Add(bytes, SizeOf(argument));
                        }

                        break;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }

            foreach (var local in locals)
            {
                if (!local.IsRef)
                {
                    bytes = Add(bytes, SizeOf(local.Type));
                }
            }

            return bytes;
        }

        /// <summary>
        /// The block a <c>stackalloc T[N]</c> takes, part of its function's frame. Only a constant N is counted:
        /// the analyzer refuses every other stackalloc (RCX0104).
        /// </summary>
        private long StackAllocBytes(StackAllocArrayCreationExpressionSyntax allocation, SemanticModel? model)
        {
            if (model == null || allocation.Type is not ArrayTypeSyntax array || array.RankSpecifiers.Count != 1
                || array.RankSpecifiers[0].Sizes.Count != 1
                || model.GetConstantValue(array.RankSpecifiers[0].Sizes[0]).Value is not int count || count <= 0
                || model.GetTypeInfo(array.ElementType).Type is not { } element)
            {
                return 0;
            }

            return MultiplySaturated(count, SizeOf(element));
        }

        /// <summary>
        /// The buffer a collection expression into a <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> takes on the stack:
        /// the compiler builds it in an inline array of one element per item (RCX0504 bounds the count at 16), part of
        /// its function's frame. A spread has no length the compiler knows, so it builds an array instead.
        /// </summary>
        private long SpanBufferBytes(CollectionExpressionSyntax collection, SemanticModel? model)
        {
            if (model == null || collection.Elements.Count == 0 || collection.Elements.Any(e => e is SpreadElementSyntax)
                || model.GetTypeInfo(collection).ConvertedType is not { } target || !IsSpan(target, out var element))
            {
                return 0;
            }

            return MultiplySaturated(collection.Elements.Count, SizeOf(element));
        }

        private static bool IsSpan(ITypeSymbol type, out ITypeSymbol element)
        {
            if (type is INamedTypeSymbol
                {
                    IsGenericType: true, Name: "Span" or "ReadOnlySpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
                } span)
            {
                element = span.TypeArguments[0];
                return true;
            }

            element = type;
            return false;
        }

        private static long MultiplySaturated(long count, long size) => count > Saturated / Math.Max(size, 1) ? Saturated : count * size;

        /// <summary>Estimated bytes of one value of <paramref name="type"/> on the stack (see <see cref="ValueSizes"/>).</summary>
        public long SizeOf(ITypeSymbol type) => _values.SizeOf(type);

        private static bool MayBeStruct(ITypeSymbol type) =>
            type.IsValueType || type.TypeKind == TypeKind.TypeParameter && !type.IsReferenceType;

        private static long Add(long left, long right) => left > Saturated - right ? Saturated : left + right;
    }
}
