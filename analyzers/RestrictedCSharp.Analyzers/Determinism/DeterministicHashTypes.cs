using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The library types whose own <c>GetHashCode()</c> is a function of the value alone, the same in every
    /// process: the primitives but <c>string</c>, enums, and a short list of value types, each checked in the
    /// .NET source and measured in two processes (docs/soundness/determinism.md). Everything else is out:
    /// <c>string</c> (Marvin, seeded per process), <c>Int128</c>/<c>UInt128</c>, <c>Range</c>, tuples,
    /// <c>KeyValuePair</c> and the <c>System.Numerics</c> vectors (<c>HashCode</c>, seeded per process),
    /// and every reference type (identity hashes). <c>Index</c> is deterministic today but left out: no
    /// game needs it, and the list stays short.
    /// </summary>
    internal static class DeterministicHashTypes
    {
        private static readonly ImmutableHashSet<SpecialType> Primitives = ImmutableHashSet.Create(
            SpecialType.System_Boolean,
            SpecialType.System_Char,
            SpecialType.System_SByte,
            SpecialType.System_Byte,
            SpecialType.System_Int16,
            SpecialType.System_UInt16,
            SpecialType.System_Int32,
            SpecialType.System_UInt32,
            SpecialType.System_Int64,
            SpecialType.System_UInt64,
            SpecialType.System_IntPtr,
            SpecialType.System_UIntPtr,
            SpecialType.System_Single,
            SpecialType.System_Double,
            SpecialType.System_Decimal,
            SpecialType.System_DateTime);

        // Metadata names, in the framework's own assemblies only (never a bot's look-alike).
        private static readonly ImmutableHashSet<string> ValueTypes = ImmutableHashSet.Create(
            System.StringComparer.Ordinal,
            "System.Half",
            "System.Guid",
            "System.TimeSpan",
            "System.DateOnly",
            "System.TimeOnly",
            "System.DateTimeOffset",
            "System.Text.Rune");

        /// <summary>
        /// Whether <paramref name="type"/>'s parameterless <c>GetHashCode()</c> is deterministic
        /// (a nullable of such a type too: its hash is the value's, or 0).
        /// </summary>
        public static bool Contains(ITypeSymbol type, IAssemblySymbol ownAssembly)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type.TypeKind == TypeKind.Enum || Primitives.Contains(type.SpecialType))
            {
                return true;
            }

            return type is INamedTypeSymbol { IsGenericType: false, TypeKind: TypeKind.Struct } named
                && !SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, ownAssembly)
                && named.ContainingType is null
                && ValueTypes.Contains(named.ContainingNamespace.ToDisplayString() + "." + named.MetadataName);
        }
    }
}
