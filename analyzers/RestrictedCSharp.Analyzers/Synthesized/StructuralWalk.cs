using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;
using static RestrictedCSharp.Rules.StructuralParts;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// How much work the members that nobody wrote in the bot — a record's, anonymous type's, tuple's or
    /// field-by-field struct's <c>Equals</c>, <c>GetHashCode</c>, <c>ToString</c> — do in one call. They run
    /// without guards, so each call must do a small, fixed amount of work: the walk over a value's parts
    /// may not reach the same type again (a chain or a DAG of shared nodes would make it unbounded),
    /// may not pass through a static type that can hold any such value (<c>object</c>, an interface a
    /// structural type implements, a type parameter), and may visit at most <see cref="MaximumParts"/> parts.
    /// One instance per compilation; results are cached by type.
    /// </summary>
    internal sealed class StructuralWalk
    {
        /// <summary>
        /// The most parts one structural call may visit. A tick pays for about one statement, and one
        /// part costs about one comparison through <c>EqualityComparer&lt;T&gt;.Default</c>: 32 keeps a
        /// tick within the same order of work.
        /// </summary>
        public const int MaximumParts = 32;

        // Interfaces those library types implement: a value of one of these static types may be one of them.
        private static readonly ImmutableHashSet<string> StructuralLibraryInterfaces = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "System.Runtime.CompilerServices.ITuple", "System.Collections.IStructuralEquatable",
            "System.Collections.IStructuralComparable", "System.IComparable", "System.IEquatable");

        private readonly Compilation _compilation;
        private readonly Lazy<SourceTypes> _source;
        private readonly ConcurrentDictionary<(ITypeSymbol Type, bool Exact), Walk> _done =
            new ConcurrentDictionary<(ITypeSymbol, bool), Walk>(new NodeComparer());

        private readonly ConcurrentDictionary<ITypeSymbol, (ITypeSymbol, string)?> _found =
            new ConcurrentDictionary<ITypeSymbol, (ITypeSymbol, string)?>(SymbolEqualityComparer.Default);

        public StructuralWalk(Compilation compilation)
        {
            _compilation = compilation;
            _source = new Lazy<SourceTypes>(() => SourceTypes.Collect(compilation), isThreadSafe: true);
        }

        /// <summary>
        /// For a type declared in the bot: why its own synthesized members are unbounded, or null when they
        /// are bounded (or it has none).
        /// </summary>
        public string? WhyDeclaredTypeIsUnbounded(INamedTypeSymbol type)
        {
            if (!HasStructuralMembers(type) && LibraryStructuralBase(type) is null)
            {
                return null;
            }

            var walk = Visit(type, exact: true, new HashSet<(ITypeSymbol, bool)>(new NodeComparer()));
            return walk.Reason;
        }

        /// <summary>
        /// For a type a value of the bot has (and the types it is built from: type arguments, array elements):
        /// the first library-made or anonymous structural type in it whose members are unbounded, with why.
        /// Types declared in the bot are reported at their declaration, not here.
        /// </summary>
        public (ITypeSymbol Type, string Reason)? FindUnboundedLibraryStructure(ITypeSymbol? type)
        {
            // Most value sites have a type seen before (int, string, the bot's own classes): one lookup.
            if (type is null)
            {
                return null;
            }

            return _found.GetOrAdd(type, t => Find(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)));
        }

        private (ITypeSymbol, string)? Find(ITypeSymbol? type, HashSet<ITypeSymbol> seen)
        {
            if (type is null || !seen.Add(type))
            {
                return null;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Find(array.ElementType, seen);
                case INamedTypeSymbol named:
                    if ((named.IsAnonymousType || IsForwardingLibraryType(named))
                        && Visit(named, exact: true, new HashSet<(ITypeSymbol, bool)>(new NodeComparer())).Reason is { } reason)
                    {
                        return (named, reason);
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (Find(argument, seen) is { } found)
                        {
                            return found;
                        }
                    }

                    // What a collection hands out without the bot naming it: a Dictionary<object, int>
                    // enumerates KeyValuePair<object, int>, which Cast<object>() boxes unseen.
                    if (named.IsGenericType)
                    {
                        foreach (var implemented in named.AllInterfaces)
                        {
                            if (Find(implemented, seen) is { } found)
                            {
                                return found;
                            }
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The walk of a value whose static type is <paramref name="type"/>; with <paramref name="exact"/>,
        /// of a value of exactly that type (a record's own members, called through <c>base.</c> or on itself).
        /// </summary>
        private Walk Visit(ITypeSymbol type, bool exact, HashSet<(ITypeSymbol, bool)> path)
        {
            var key = (type, exact);
            if (_done.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!path.Add(key))
            {
                return Walk.Unbounded($"its parts reach '{Display(type)}' again, so a chain or a graph of shared values makes one call walk without end");
            }

            var walk = Compute(type, exact, path);
            path.Remove(key);
            _done.TryAdd(key, walk);
            return walk;
        }

        private Walk Compute(ITypeSymbol type, bool exact, HashSet<(ITypeSymbol, bool)> path)
        {
            switch (type)
            {
                case ITypeParameterSymbol parameter:
                    return parameter.HasUnmanagedTypeConstraint
                        ? Walk.Leaf
                        : Walk.Unbounded($"a part has the type parameter '{parameter.Name}', which may be any type, this one included");
                case IArrayTypeSymbol:
                case IPointerTypeSymbol:
                case IFunctionPointerTypeSymbol:
                    return Walk.Leaf; // reference equality, type-name ToString
                case IDynamicTypeSymbol:
                    return Walk.Unbounded("a part is 'dynamic', which may hold any value, this one included");
                case INamedTypeSymbol named:
                    return ComputeNamed(named, exact, path);
                default:
                    return Walk.Leaf;
            }
        }

        private Walk ComputeNamed(INamedTypeSymbol type, bool exact, HashSet<(ITypeSymbol, bool)> path)
        {
            if (type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                return Walk.Unbounded($"a part has type '{Display(type)}', which may hold any value, this one included");
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                return IsOpenInterface(type)
                    ? Walk.Unbounded($"a part has type '{Display(type)}', which a structural type implements, so it may hold this one")
                    : Walk.Leaf;
            }

            if (type.IsAnonymousType)
            {
                return Sum(type, StructuralParts.AnonymousParts(type), path);
            }

            if (IsForwardingLibraryType(type))
            {
                return Sum(type, ForwardedParts(type), path);
            }

            if (type.IsRecord && type.TypeKind == TypeKind.Class && !exact && !type.IsSealed)
            {
                // A value of a non-sealed record type — the bot's or the game's — may be any record of the bot derived from it.
                var variants = new[] { type }.Concat(_source.Value.RecordsDerivedFrom(type));
                var widest = Walk.Leaf;
                foreach (var variant in variants)
                {
                    var variantWalk = Visit(variant, exact: true, path);
                    if (variantWalk.Reason is not null)
                    {
                        return variantWalk;
                    }

                    widest = variantWalk.Parts > widest.Parts ? variantWalk : widest;
                }

                return widest;
            }

            if (!IsDeclaredInBot(type))
            {
                return Walk.Leaf; // the library's and the game's own types: reference equality or their own bounded code
            }

            if (LibraryStructuralBase(type) is { } libraryBase)
            {
                return Visit(libraryBase, exact: true, path);
            }

            if (!HasStructuralMembers(type))
            {
                return Walk.Leaf; // the bot's own Equals/GetHashCode/ToString: guarded like all its code
            }

            var walk = Sum(type, InstanceParts(type), path);
            if (walk.Reason is null && type.IsRecord && type.BaseType is { IsRecord: true } recordBase)
            {
                // The synthesized members call the base record's own, on the same value.
                var baseWalk = Visit(recordBase, exact: true, path);
                return baseWalk.Reason is not null ? baseWalk
                    : walk.Parts + baseWalk.Parts > MaximumParts ? TooMany(type)
                    : Walk.Bounded(walk.Parts + baseWalk.Parts);
            }

            return walk;
        }

        private Walk Sum(INamedTypeSymbol type, IEnumerable<ITypeSymbol> parts, HashSet<(ITypeSymbol, bool)> path)
        {
            var total = 1;
            foreach (var part in parts)
            {
                var walk = Visit(part, exact: false, path);
                if (walk.Reason is not null)
                {
                    return walk;
                }

                total += walk.Parts;
                if (total > MaximumParts)
                {
                    return TooMany(type);
                }
            }

            return Walk.Bounded(total);
        }

        private static Walk TooMany(INamedTypeSymbol type) =>
            Walk.Unbounded($"one call on '{Display(type)}' walks more than {MaximumParts} parts");

        /// <summary>A library structural type the bot's class derives from (its members are then that base's).</summary>
        private INamedTypeSymbol? LibraryStructuralBase(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || type.IsRecord)
            {
                return null;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (IsForwardingLibraryType(current))
                {
                    return current;
                }
            }

            return null;
        }

        private bool IsOpenInterface(INamedTypeSymbol type) =>
            StructuralLibraryInterfaces.Contains(MetadataName(type)) || _source.Value.IsImplementedByStructuralType(type);

        private bool IsDeclaredInBot(INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);

        private static string Display(ITypeSymbol type) =>
            type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

        /// <summary>The bot's own types that matter to a walk: records by base, and the interfaces structural types implement.</summary>
        private sealed class SourceTypes
        {
            private readonly List<INamedTypeSymbol> _records = new List<INamedTypeSymbol>();
            private readonly HashSet<ITypeSymbol> _structuralInterfaces = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);

            public static SourceTypes Collect(Compilation compilation)
            {
                var found = new SourceTypes();
                var pending = new Stack<INamespaceOrTypeSymbol>();
                pending.Push(compilation.Assembly.GlobalNamespace);
                while (pending.Count > 0)
                {
                    foreach (var member in pending.Pop().GetMembers())
                    {
                        if (member is INamespaceOrTypeSymbol container)
                        {
                            pending.Push(container);
                        }

                        if (member is INamedTypeSymbol type && (type.IsRecord || type.TypeKind == TypeKind.Struct))
                        {
                            if (type.IsRecord && type.TypeKind == TypeKind.Class)
                            {
                                found._records.Add(type);
                            }

                            if (HasStructuralMembers(type))
                            {
                                foreach (var implemented in type.AllInterfaces)
                                {
                                    found._structuralInterfaces.Add(implemented.OriginalDefinition);
                                }
                            }
                        }
                    }
                }

                return found;
            }

            public IEnumerable<INamedTypeSymbol> RecordsDerivedFrom(INamedTypeSymbol type) =>
                _records.Where(record => !SymbolEqualityComparer.Default.Equals(record, type) && DerivesFrom(record, type));

            public bool IsImplementedByStructuralType(INamedTypeSymbol type) => _structuralInterfaces.Contains(type.OriginalDefinition);

            private static bool DerivesFrom(INamedTypeSymbol record, INamedTypeSymbol ancestor)
            {
                for (var current = record.BaseType; current is not null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ancestor.OriginalDefinition))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private readonly struct Walk
        {
            private Walk(int parts, string? reason)
            {
                Parts = parts;
                Reason = reason;
            }

            public static Walk Leaf => new Walk(1, null);

            /// <summary>Parts one call visits.</summary>
            public int Parts { get; }

            /// <summary>Why one call is unbounded; null when it is bounded.</summary>
            public string? Reason { get; }

            public static Walk Bounded(int parts) => new Walk(parts, null);

            public static Walk Unbounded(string reason) => new Walk(int.MaxValue, reason);
        }

        private sealed class NodeComparer : IEqualityComparer<(ITypeSymbol Type, bool Exact)>
        {
            public bool Equals((ITypeSymbol Type, bool Exact) x, (ITypeSymbol Type, bool Exact) y) =>
                x.Exact == y.Exact && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((ITypeSymbol Type, bool Exact) obj) =>
                SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 2 + (obj.Exact ? 1 : 0);
        }
    }
}
