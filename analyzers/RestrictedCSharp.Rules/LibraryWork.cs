using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rules
{
    /// <summary>What kind of length a value has, for the guard that measures it.</summary>
    public enum SizedKind
    {
        /// <summary>None that library code walks.</summary>
        None,

        /// <summary>A string: its characters.</summary>
        Text,

        /// <summary>An array: its elements.</summary>
        Array,

        /// <summary>A span or memory (<c>Span&lt;T&gt;</c>, <c>ReadOnlySpan&lt;T&gt;</c>, <c>Memory&lt;T&gt;</c>, <c>ReadOnlyMemory&lt;T&gt;</c>): a view of elements.</summary>
        View,

        /// <summary>A <c>StringBuilder</c>: its characters.</summary>
        Builder,

        /// <summary>A stream: its bytes.</summary>
        Stream,

        /// <summary>Anything enumerable: its count.</summary>
        Collection,
    }

    /// <summary>How a library call's argument or receiver is charged for the work the library does over it.</summary>
    public enum WalkKind
    {
        /// <summary>Not charged: its size does not make the call slower.</summary>
        None,

        /// <summary>Charged by its length before the call: a string, an array, a span, a collection.</summary>
        Sized,

        /// <summary>A sequence the member pulls lazily: charged per element as it is pulled.</summary>
        Pulled,

        /// <summary>A sequence the member consumes now: charged by its count, or per element if it has none.</summary>
        Consumed,

        /// <summary>
        /// A value the member may compare, hash or copy through <c>object</c>, an interface, a type parameter
        /// or a tuple: charged for the strings it is or holds, found when the call runs.
        /// </summary>
        Value,
    }

    /// <summary>
    /// Which data a call into library code walks, decided from the member's signature and its <c>cost</c>
    /// rule (docs/soundness/library-work.md). The rewriter charges what this says before each call; the
    /// analyzer refuses a walking member used as a method group, where no call is there to charge.
    /// </summary>
    public static class LibraryWork
    {
        /// <summary>
        /// Whether a call to <paramref name="method"/> runs library code, which no guard inside meters: a member of
        /// another assembly than <paramref name="ownAssembly"/>, other than a delegate's <c>Invoke</c> (which runs
        /// the bot's own function) and the bot's lambdas and local functions.
        /// </summary>
        public static bool IsLibraryMember(IMethodSymbol method, IAssemblySymbol ownAssembly)
            => !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, ownAssembly)
                && method.MethodKind is not (MethodKind.DelegateInvoke or MethodKind.LocalFunction or MethodKind.AnonymousFunction);

        /// <summary>
        /// Whether the sequence <paramref name="source"/> makes is charged per element where it is pulled (see
        /// <see cref="YieldsOnlyChargedElements(IMethodSymbol, RuleSet)"/>): in <c>list.Where(p).Count()</c> only
        /// <c>list</c> is metered, once, so the operator reading the sequence charges it no second time.
        /// </summary>
        public static bool IsChargedAsPulled(IInvocationOperation source, RuleSet rules, IAssemblySymbol ownAssembly)
            => IsLibraryMember(source.TargetMethod, ownAssembly) && YieldsOnlyChargedElements(source.TargetMethod, rules);

        /// <summary>How calls to <paramref name="member"/> (as bound) are charged under <paramref name="rules"/>.</summary>
        public static LibraryCost CostOf(ISymbol member, RuleSet rules)
        {
            // An accessor's own line (cost M:…set_Item(…) all) decides it; otherwise its property's does.
            if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol } accessor
                && accessor.OriginalDefinition.GetDocumentationCommentId() is { } accessorId
                && rules.FindCostRule(accessorId) is { } own
                && SymbolPattern.SplitSegments(own.Pattern.Path) is { Count: > 0 } segments
                && SymbolPattern.MemberName(segments[segments.Count - 1]) == accessor.Name)
            {
                return own.Cost;
            }

            var symbol = member is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : member;
            symbol = symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol;
            var id = symbol.OriginalDefinition.GetDocumentationCommentId();
            var cost = id is null ? LibraryCost.All : rules.GetLibraryCost(id);

            // A property or an indexer never walks its receiver (a getter is cheap, by the library's
            // own design rules); an indexer's key may be a string that is hashed.
            return symbol is IPropertySymbol && cost is LibraryCost.All or LibraryCost.Sorted or LibraryCost.Pulled or LibraryCost.Matches ? LibraryCost.Arguments : cost;
        }

        /// <summary>Whether a call to <paramref name="method"/> charged at <paramref name="cost"/> walks its receiver.</summary>
        public static bool WalksReceiver(IMethodSymbol method, LibraryCost cost)
            => IsReceiverWalked(cost)
                && !method.IsStatic
                && method.MethodKind is MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.PropertySet
                && IsSized(method.ContainingType);

        /// <summary>How the argument for <paramref name="parameter"/> (as bound) is charged.</summary>
        public static WalkKind ParameterWalk(IParameterSymbol parameter, LibraryCost cost)
        {
            if (cost == LibraryCost.None || parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                return WalkKind.None;
            }

            // An extension method's `this` is its receiver: walked only when a receiver would be.
            if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true } && !IsReceiverWalked(cost))
            {
                return WalkKind.None;
            }

            var declared = parameter.OriginalDefinition.Type;
            if (IsSequenceInterface(declared))
            {
                return cost == LibraryCost.Pulled || ReturnsSequence(parameter.ContainingSymbol) ? WalkKind.Pulled : WalkKind.Consumed;
            }

            // A T is stored or compared, not walked, unless it is or may hold a string (compared and hashed by
            // its characters); an object or an interface parameter may hold one too.
            if (declared is ITypeParameterSymbol)
            {
                return parameter.Type.SpecialType == SpecialType.System_String ? WalkKind.Sized
                    : MayHoldText(parameter.Type) ? WalkKind.Value
                    : WalkKind.None;
            }

            return IsSized(parameter.Type) ? WalkKind.Sized
                : MayHoldText(parameter.Type) ? WalkKind.Value
                : WalkKind.None;
        }

        private static bool IsReceiverWalked(LibraryCost cost) => cost is LibraryCost.All or LibraryCost.Sorted or LibraryCost.Pulled or LibraryCost.Matches;

        /// <summary>Whether <paramref name="method"/> walks any data it is given: its receiver or an argument.</summary>
        public static bool WalksData(IMethodSymbol method, RuleSet rules)
        {
            var cost = CostOf(method, rules);
            var bound = method.ReducedFrom ?? method;
            if (WalksReceiver(bound, cost))
            {
                return true;
            }

            foreach (var parameter in bound.Parameters)
            {
                if (ParameterWalk(parameter, cost) != WalkKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a value of <paramref name="type"/> has a length that library code walks: a string, an
        /// array, a span or memory, a string builder, a stream, or a collection (anything enumerable).
        /// </summary>
        public static bool IsSized(ITypeSymbol? type) => SizeOf(type) != SizedKind.None;

        /// <summary>What kind of length a value of <paramref name="type"/> has, decided once for the analyzer and the rewriter.</summary>
        public static SizedKind SizeOf(ITypeSymbol? type)
        {
            switch (type)
            {
                case null:
                    return SizedKind.None;
                case IArrayTypeSymbol:
                    return SizedKind.Array;
                case { SpecialType: SpecialType.System_String }:
                    return SizedKind.Text;
            }

            if (type is INamedTypeSymbol named)
            {
                switch (named.OriginalDefinition.ToDisplayString())
                {
                    case "System.Span<T>" or "System.ReadOnlySpan<T>" or "System.Memory<T>" or "System.ReadOnlyMemory<T>":
                        return SizedKind.View;
                    case "System.Text.StringBuilder":
                        return SizedKind.Builder;
                }

                // A stream's bytes: what ToArray, CopyTo and WriteTo copy.
                for (var current = named; current is not null; current = current.BaseType)
                {
                    if (current.ToDisplayString() == "System.IO.Stream")
                    {
                        return SizedKind.Stream;
                    }
                }
            }

            return type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
                    ? SizedKind.Collection
                    : SizedKind.None;
        }

        /// <summary>
        /// Whether a value of <paramref name="type"/> may be a string, or hold one that a library member or a
        /// member nobody wrote compares, hashes or prints by its characters: <c>object</c>, an interface, a type
        /// parameter that may hold a reference, or a structural type (a record, a record struct, a struct without
        /// its own equality, an anonymous type, a tuple, a <c>KeyValuePair</c>; see <see cref="StructuralParts"/>)
        /// with such a part. A record that may be derived from counts: a derived record may add a string.
        /// </summary>
        public static bool MayHoldText(ITypeSymbol type) => MayHoldText(type, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        private static bool MayHoldText(ITypeSymbol type, int depth, HashSet<ITypeSymbol> seen)
        {
            // A type seen before in this question either holds no text or is on the path (a cycle): the
            // question stays linear in the types, however the parts share them.
            if (depth > 8 || !seen.Add(type))
            {
                return false;
            }

            switch (type)
            {
                case { SpecialType: SpecialType.System_String or SpecialType.System_Object or SpecialType.System_ValueType }:
                    return true;
                case ITypeParameterSymbol parameter:
                    return !parameter.HasUnmanagedTypeConstraint;
                case { TypeKind: TypeKind.Interface }:
                    return true;
                case INamedTypeSymbol { IsRecord: true, TypeKind: TypeKind.Class, IsSealed: false }:
                    return true;
                case INamedTypeSymbol named:
                    return StructuralParts.PartsOf(named) is { } parts && parts.Any(p => MayHoldText(p, depth + 1, seen));
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether a range over a value of <paramref name="type"/> (<c>text[1..]</c>, <c>items[a..b]</c>) copies what it takes:
        /// a string, an array or a collection does; a span, memory or <c>ArraySegment</c> is a view.
        /// </summary>
        public static bool CopiesByRange(ITypeSymbol type)
            => SizeOf(type) is not (SizedKind.None or SizedKind.View)
                && type.OriginalDefinition.ToDisplayString() != "System.ArraySegment<T>";

        /// <summary>Exactly <c>IEnumerable&lt;T&gt;</c> or <c>IEnumerable</c>: what a sequence wrapper can stand for.</summary>
        public static bool IsSequenceInterface(ITypeSymbol type)
            => type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;

        /// <summary>
        /// Whether what a call to <paramref name="method"/> yields is already charged as it is pulled: a lazy
        /// operator whose sequences are charged per element pulled and that yields no element it did not
        /// pull or have the bot's own code make (<c>Where</c>, <c>Select</c>, <c>GroupBy</c>, <c>Skip</c>; not
        /// <c>SelectMany</c>, whose selector hands it sequences it reads unseen). A sequence made by such a call
        /// needs no second charge where the next operator or consumer reads it.
        /// </summary>
        public static bool YieldsOnlyChargedElements(IMethodSymbol method, RuleSet rules)
        {
            var cost = CostOf(method, rules);
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (cost is LibraryCost.None || !ReturnsSequence(definition))
            {
                return false;
            }

            var pulled = false;
            foreach (var parameter in definition.Parameters)
            {
                if (parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } && IsSized(invoke.ReturnType))
                {
                    return false;
                }

                pulled |= ParameterWalk(parameter, cost) == WalkKind.Pulled;
            }

            return pulled;
        }

        /// <summary>
        /// Whether <paramref name="member"/> returns a lazy sequence (an interface that is enumerable:
        /// <c>IEnumerable&lt;T&gt;</c>, <c>IOrderedEnumerable&lt;T&gt;</c>…), so that the sequences it is given
        /// are pulled later, when their length may have changed.
        /// </summary>
        public static bool ReturnsSequence(ISymbol member)
            => member is IMethodSymbol method
                && method.OriginalDefinition.ReturnType is INamedTypeSymbol { TypeKind: TypeKind.Interface } returned
                && (IsSequenceInterface(returned) || returned.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));
    }
}
