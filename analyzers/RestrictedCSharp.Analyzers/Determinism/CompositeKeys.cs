using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// A key whose equality is generated (a record or record struct, a struct through <c>ValueType.Equals</c>, a value
    /// tuple, <c>Tuple</c>, an anonymous type, <c>KeyValuePair</c>, a nullable) compares its parts with their own
    /// <c>Equals</c>; where a part's <c>Equals</c> is the bot's, it ticks once for each pair of keys whose full hashes
    /// match. That count is the same in every process when the key's hash is a fixed combination of hashes that are
    /// (records, record structs, anonymous types and <c>Tuple</c> multiply and add the parts' hashes; a record class adds
    /// its type's hash, the same constant for every key of one type, and compares types before parts), and differs
    /// between processes when the combination is seeded (<c>HashCode</c> in value tuples, <c>ValueType</c>'s hash in
    /// structs and <c>KeyValuePair</c>) or a part's hash is (strings, identity hashes).
    /// </summary>
    internal static class CompositeKeys
    {
        // Nesting is bounded by the syntax-depth limit already; this bound only keeps a cycle impossible.
        private const int MaximumDepth = 32;

        /// <summary>
        /// The part whose bot-declared <c>Equals</c> a key of <paramref name="type"/> calls through generated
        /// equality while its hash differs between processes; null when there is none. A type with an <c>Equals</c>
        /// of its own is not judged here (RCX0403 judges it at its declaration).
        /// </summary>
        public static ITypeSymbol? PerProcessPart(ITypeSymbol type, IAssemblySymbol own)
        {
            if (IsOwn(type, own) && DeclaresEquals(type))
            {
                return null;
            }

            var part = ComparedOwnEquals(type, own, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);
            return part is not null && !HashIsTheSameEverywhere(type, own, 0) ? part : null;
        }

        /// <summary>Whether a record or struct of the bot runs a generated or <c>ValueType</c> equality.</summary>
        public static bool HasGeneratedEquality(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Struct || type.IsRecord;

        /// <summary>The part (or <paramref name="type"/> itself) whose bot-declared Equals comparing two values of <paramref name="type"/> runs.</summary>
        private static ITypeSymbol? ComparedOwnEquals(ITypeSymbol type, IAssemblySymbol own, HashSet<ITypeSymbol> seen, int depth)
        {
            if (depth > MaximumDepth || !seen.Add(type))
            {
                return null;
            }

            if (IsOwn(type, own) && DeclaresEquals(type))
            {
                return type;
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsRecord: false } plain && IsOwn(plain, own))
            {
                return InheritedOwnEquals(plain, own);
            }

            foreach (var part in Parts(type, own))
            {
                if (ComparedOwnEquals(part, own, seen, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>Whether two keys of <paramref name="type"/> have matching hashes in one process exactly when they do in every other.</summary>
        private static bool HashIsTheSameEverywhere(ITypeSymbol type, IAssemblySymbol own, int depth)
        {
            if (depth > MaximumDepth)
            {
                return false;
            }

            if (DeterministicHashTypes.Contains(type, own))
            {
                return true;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return HashIsTheSameEverywhere(nullable.TypeArguments[0], own, depth + 1);
            }

            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            if (IsOwn(named, own))
            {
                // An own Equals is judged at its declaration (its hash must be the bot's); a hash the bot declares is its code.
                if (DeclaresEquals(named) || DeclaresHash(named, own))
                {
                    return true;
                }

                return named.IsRecord && Parts(named, own).All(p => HashIsTheSameEverywhere(p, own, depth + 1));
            }

            return (named.IsAnonymousType || IsLibraryTuple(named))
                && Parts(named, own).All(p => HashIsTheSameEverywhere(p, own, depth + 1));
        }

        /// <summary>The values generated equality compares; none for a type whose equality is its own or a reference's.</summary>
        private static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type, IAssemblySymbol own)
        {
            if (type is not INamedTypeSymbol named)
            {
                return Enumerable.Empty<ITypeSymbol>();
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return named.TypeArguments;
            }

            if (named.IsTupleType || IsLibraryTuple(named) || IsKeyValuePair(named))
            {
                return named.TypeArguments;
            }

            if (named.IsAnonymousType)
            {
                return named.GetMembers().OfType<IPropertySymbol>().Select(p => p.Type);
            }

            if (IsOwn(named, own) && HasGeneratedEquality(named) && named.TypeKind != TypeKind.Enum)
            {
                var fields = named.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst).Select(f => f.Type);
                // A derived record's generated Equals calls its base record's first.
                return named.IsRecord && named.BaseType is { IsRecord: true } baseRecord && IsOwn(baseRecord, own)
                    ? fields.Concat(new[] { baseRecord })
                    : fields;
            }

            return Enumerable.Empty<ITypeSymbol>();
        }

        /// <summary>Whether the type declares an <c>Equals</c> a hash collection may call (the rule of <see cref="EqualityHashes"/>).</summary>
        public static bool DeclaresEquals(ITypeSymbol type) =>
            type is INamedTypeSymbol named && EqualityHashes.DeclaresEquals(named);

        /// <summary>The own base class whose Equals a class of the bot without one of its own inherits, if any.</summary>
        private static ITypeSymbol? InheritedOwnEquals(INamedTypeSymbol type, IAssemblySymbol own)
        {
            for (var current = type.BaseType; current is not null && IsOwn(current, own); current = current.BaseType)
            {
                if (DeclaresEquals(current))
                {
                    return current;
                }
            }

            return null;
        }

        private static bool DeclaresHash(INamedTypeSymbol type, IAssemblySymbol own)
        {
            for (var current = type; current is not null && IsOwn(current, own); current = current.BaseType)
            {
                var hash = current.GetMembers(HashCodeCalls.MethodName).OfType<IMethodSymbol>()
                    .FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0 && (m.IsOverride || m.IsVirtual || m.IsAbstract));
                if (hash is not null)
                {
                    return !hash.IsImplicitlyDeclared;
                }
            }

            return false;
        }

        public static bool IsOwn(ITypeSymbol type, IAssemblySymbol own) =>
            SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, own) && !type.IsAnonymousType;

        private static bool IsLibraryTuple(INamedTypeSymbol type) =>
            type.Name == "Tuple" && type.IsGenericType && InSystem(type);

        private static bool IsKeyValuePair(INamedTypeSymbol type) =>
            type.Name == "KeyValuePair" && type.Arity == 2
            && type.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: var system } }
            && system.Name == "System" && system.ContainingNamespace is { IsGlobalNamespace: true };

        private static bool InSystem(INamedTypeSymbol type) =>
            type.ContainingType is null && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }
}
