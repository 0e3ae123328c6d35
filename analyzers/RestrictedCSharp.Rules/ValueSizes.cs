using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>Where a value lives, which is all that changes how its size is estimated (see <see cref="ValueSizes"/>).</summary>
    public enum ValuePlace
    {
        /// <summary>In a stack frame: a parameter, a local or a temporary (see <see cref="StackFrameEstimator"/>).</summary>
        Frame,

        /// <summary>As an element of an array or a collection, which the allocation guards charge per element.</summary>
        Element,
    }

    /// <summary>
    /// The one estimate of how many bytes a value of a type takes: exact for primitives and enums, a reference's
    /// size for classes, interfaces, delegates and arrays, and for a struct the sum of its instance fields, each at
    /// least one byte. Deterministic and in the right unit, not the runtime's layout. Where the value lives changes
    /// three things, each on purpose:
    /// <list type="bullet">
    /// <item>a value of a type parameter that may be a struct counts, in a frame, at
    /// <see cref="StackFrameEstimator.MaximumTypeArgumentBytes"/> (so one frame estimate holds for every
    /// instantiation), and as an element at a reference's size (an element's size is written into the guard when
    /// the code is rewritten, before any instantiation);</item>
    /// <item>an element is padded to its alignment (its largest field, at most 8 bytes), as arrays lay them out;</item>
    /// <item>in a frame, a library struct the compiler knows by name that is not a primitive (the runtime's handles,
    /// <c>TypedReference</c>) counts as 8 bytes, as the frame estimate always has; a reference assembly shows only
    /// placeholder fields for them. (A constructed <c>Nullable&lt;T&gt;</c> is not such a type: it is summed.)</item>
    /// </list>
    /// </summary>
    public sealed class ValueSizes
    {
        /// <summary>Bytes of a reference.</summary>
        public const long ReferenceBytes = 8;

        private const long Saturated = long.MaxValue / 4;

        private readonly ValuePlace _place;
        private readonly Dictionary<ITypeSymbol, long> _sizes = new Dictionary<ITypeSymbol, long>(SymbolEqualityComparer.Default);

        public ValueSizes(ValuePlace place) => _place = place;

        /// <summary>Estimated bytes of one element of <paramref name="type"/> in an array or collection; at least 1.</summary>
        public static int ElementBytes(ITypeSymbol type)
            => (int)Math.Min(Math.Max(new ValueSizes(ValuePlace.Element).SizeOf(type), 1), int.MaxValue);

        /// <summary>Estimated bytes of one value of <paramref name="type"/> where this estimate's values live.</summary>
        public long SizeOf(ITypeSymbol type)
        {
            if (PrimitiveBytes(type.SpecialType) is long primitive)
            {
                return primitive;
            }

            if (type.TypeKind == TypeKind.TypeParameter)
            {
                return _place == ValuePlace.Frame && !type.IsReferenceType ? StackFrameEstimator.MaximumTypeArgumentBytes : ReferenceBytes;
            }

            if (!type.IsValueType)
            {
                return ReferenceBytes;
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
            {
                return SizeOf(underlying);
            }

            if (_place == ValuePlace.Frame && type.SpecialType != SpecialType.None)
            {
                return ReferenceBytes;
            }

            if (_sizes.TryGetValue(type, out long known))
            {
                return known;
            }

            // A struct cannot contain itself; the entry guards against a malformed compilation.
            _sizes[type] = ReferenceBytes;
            long sum = 0;
            long alignment = 1;
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsStatic && !field.IsConst)
                {
                    long size = Math.Max(1, SizeOf(field.Type));
                    sum = Add(sum, size);
                    alignment = Math.Max(alignment, Math.Min(size, 8));
                }
            }

            sum = Math.Max(sum, 1);
            if (_place == ValuePlace.Element)
            {
                sum = Math.Min(Add(sum, alignment - 1) / alignment * alignment, Saturated);
            }

            _sizes[type] = sum;
            return sum;
        }

        private static long? PrimitiveBytes(SpecialType type)
        {
            switch (type)
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
                default:
                    return null;
            }
        }

        private static long Add(long left, long right) => left > Saturated - right ? Saturated : left + right;
    }
}
