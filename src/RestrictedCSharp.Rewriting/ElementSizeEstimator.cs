using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Estimates how many bytes one value of a type takes inside an array or collection: exact for
/// primitives and enums, a reference's size for classes, interfaces, delegates and arrays, and
/// for structs the sum of their instance fields (each at least one byte, rounded up to the largest
/// field's alignment). Only the size of what the code chooses matters for the guards, so an
/// estimate that is deterministic and in the right unit is what is needed, not the runtime's layout.
/// </summary>
public static class ElementSizeEstimator
{
    /// <summary>Bytes of a reference (and of a type parameter, whose size is unknown until run time).</summary>
    public const int ReferenceSize = 8;

    /// <summary>Estimated bytes of one value of <paramref name="type"/>; at least 1.</summary>
    public static int Estimate(ITypeSymbol type)
        => (int)Math.Clamp(Estimate(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)), 1, int.MaxValue);

    private static long Estimate(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
                return 1;
            case SpecialType.System_Char:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
                return 2;
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Single:
                return 4;
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Double:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_DateTime:
                return 8;
            case SpecialType.System_Decimal:
                return 16;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            return Estimate(underlying, visiting);
        }

        if (!type.IsValueType || type.TypeKind == TypeKind.TypeParameter || !visiting.Add(type))
        {
            return ReferenceSize;
        }

        long sum = 0;
        long alignment = 1;
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.IsStatic || field.IsConst)
            {
                continue;
            }

            long size = Math.Max(1, Estimate(field.Type, visiting));
            sum += size;
            alignment = Math.Max(alignment, Math.Min(size, 8));
        }

        visiting.Remove(type);
        sum = Math.Max(sum, 1);
        return (sum + alignment - 1) / alignment * alignment;
    }
}
