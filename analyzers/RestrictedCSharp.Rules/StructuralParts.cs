using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The one model of what a generated equality walks: which types have structural members that nobody wrote
    /// (a record's, a record struct's, an anonymous type's, <c>ValueType</c>'s for a struct without its own
    /// <c>Equals</c> and <c>GetHashCode</c>, and the library's tuples, <c>KeyValuePair</c>, <c>Nullable</c>,
    /// <c>Lazy</c>), and the parts each one reads. The analyzer bounds these walks (RCX0510, RCX0511); the
    /// library-work model charges the strings they reach (<see cref="LibraryWork.MayHoldText"/>).
    /// </summary>
    public static class StructuralParts
    {
        // Library types whose Equals/GetHashCode/ToString forward to the values they hold.
        private static readonly ImmutableHashSet<string> ForwardingLibraryTypes = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "System.Tuple", "System.ValueTuple", "System.Collections.Generic.KeyValuePair",
            "System.Nullable", "System.Lazy");

        /// <summary>Whether <paramref name="type"/> is a library type that forwards equality to the values it holds (a tuple, <c>KeyValuePair</c>, <c>Nullable</c>, <c>Lazy</c>).</summary>
        public static bool IsForwardingLibraryType(INamedTypeSymbol type) =>
            type.IsGenericType && ForwardingLibraryTypes.Contains(MetadataName(type));

        /// <summary>The values a forwarding library type's members read: its type arguments (a <c>Lazy</c>'s value only).</summary>
        public static IEnumerable<ITypeSymbol> ForwardedParts(INamedTypeSymbol type) =>
            type.Name == "Lazy" ? type.TypeArguments.Take(1) : type.TypeArguments;

        /// <summary>The instance properties an anonymous type compares: all of them.</summary>
        public static IEnumerable<ITypeSymbol> AnonymousParts(INamedTypeSymbol type) =>
            type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic).Select(p => p.Type);

        /// <summary>Whether the compiler or <c>ValueType</c> supplies structural members for a type declared in source.</summary>
        public static bool HasStructuralMembers(INamedTypeSymbol type)
        {
            if (type.IsRecord)
            {
                // All three must be the bot's own: any synthesized one walks every field.
                return !(DeclaresEquals(type, type) && DeclaresOverride(type, nameof(GetHashCode))
                    && (DeclaresOverride(type, nameof(ToString)) || type.GetMembers("PrintMembers").Any(m => !m.IsImplicitlyDeclared)));
            }

            // ValueType.Equals and GetHashCode walk the fields of a struct that does not declare both.
            return type.TypeKind == TypeKind.Struct
                && !(DeclaresOverride(type, nameof(Equals)) && DeclaresOverride(type, nameof(GetHashCode)));
        }

        /// <summary>
        /// What a structural member reads of a type declared in source: the instance fields, the fields behind
        /// auto-properties, and for a class or struct with a primary constructor the fields its parameters may be
        /// captured in. A record's base record is read by the base's own members (not listed here).
        /// </summary>
        public static IEnumerable<ITypeSymbol> InstanceParts(INamedTypeSymbol type)
        {
            if (!type.IsRecord)
            {
                foreach (var constructor in type.InstanceConstructors)
                {
                    if (constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax))
                    {
                        foreach (var parameter in constructor.Parameters)
                        {
                            yield return parameter.Type;
                        }
                    }
                }
            }

            // Backing fields are listed as fields that name their property; a property is counted only
            // when its field is not listed.
            var members = type.GetMembers().Where(m => !m.IsStatic).ToList();
            var backed = new HashSet<ISymbol>(
                members.OfType<IFieldSymbol>().Select(f => f.AssociatedSymbol).Where(p => p is not null)!, SymbolEqualityComparer.Default);
            foreach (var member in members)
            {
                if (member is IFieldSymbol field)
                {
                    yield return field.Type;
                }
                else if (member is IPropertySymbol property && !backed.Contains(property) && IsStored(property))
                {
                    yield return property.Type;
                }
            }
        }

        /// <summary>
        /// The parts a generated equality of a value of <paramref name="type"/> reads, or null when the type has
        /// no structural members of its own (a string, a class with its own or reference equality, an array).
        /// A record's parts include its base records' (their members run on the same value); for a record that
        /// may be derived from, only its own declared parts are known here.
        /// </summary>
        public static IEnumerable<ITypeSymbol>? PartsOf(INamedTypeSymbol type)
        {
            if (type.IsAnonymousType)
            {
                return AnonymousParts(type);
            }

            if (IsForwardingLibraryType(type))
            {
                return ForwardedParts(type);
            }

            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                // A record from a referenced assembly (the game's): its private fields are not imported, its
                // properties are what it holds.
                return type.IsRecord
                    ? type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer).Select(p => p.Type)
                        .Concat(type.BaseType is { IsRecord: true } metadataBase && PartsOf(metadataBase) is { } fromBase ? fromBase : Enumerable.Empty<ITypeSymbol>())
                    : null;
            }

            if (!HasStructuralMembers(type))
            {
                return null;
            }

            var parts = InstanceParts(type);
            return type.IsRecord && type.BaseType is { IsRecord: true } recordBase && PartsOf(recordBase) is { } inherited
                ? parts.Concat(inherited)
                : parts;
        }

        private static bool DeclaresEquals(INamedTypeSymbol type, INamedTypeSymbol parameterType) =>
            type.GetMembers(nameof(Equals)).OfType<IMethodSymbol>().Any(m =>
                !m.IsImplicitlyDeclared && m.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, parameterType.OriginalDefinition));

        private static bool DeclaresOverride(INamedTypeSymbol type, string name) =>
            type.GetMembers(name).OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.IsOverride && m.Parameters.Length == (name == nameof(Equals) ? 1 : 0));

        private static bool IsStored(IPropertySymbol property) =>
            property.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() switch
            {
                ParameterSyntax => true, // a positional record's parameter
                PropertyDeclarationSyntax declaration => declaration.ExpressionBody is null
                    && declaration.AccessorList is { } accessors
                    && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
                _ => false,
            });

        /// <summary>A type's namespace-qualified name without type arguments.</summary>
        public static string MetadataName(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return ns.Length == 0 ? type.Name : ns + "." + type.Name;
        }
    }
}
