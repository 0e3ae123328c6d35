using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// What one comparison of two <typeparamref name="T"/> values costs beyond its tick when the runtime compares
    /// them field by field through reflection: <c>ValueType.Equals</c> on a struct without its own <c>Equals</c> whose
    /// bits are not all plain integers packed without padding (see <see cref="ReflectedEquality.BitComparable"/>). That walk costs
    /// many ticks' worth of time per comparison (docs/soundness/library-work.md): three ticks a field keep a tick
    /// within what it stands for.
    /// </summary>
    internal static class ReflectedEquality<T>
    {
        /// <summary>Ticks per comparison beyond the element's one; 0 for every other type.</summary>
        public static readonly long ExtraTicks = ReflectedEquality.ExtraTicks(typeof(T));

        /// <summary>Whether an element may be a boxed struct, charged by its runtime type instead.</summary>
        public static readonly bool HoldsBoxed = ReflectedEquality.HoldsBoxed(typeof(T));
    }

    internal static class ReflectedEquality
    {
        private const long TicksPerField = 3;

        private const int MaximumDepth = 8;

        private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        internal static long ExtraTicks(Type type)
        {
            if (!ComparedByReflection(type))
            {
                return 0;
            }

            return TicksPerField * Fields(type, 0);
        }

        /// <summary>
        /// What comparing a boxed value costs beyond its tick, by its runtime type: a sequence of <c>object</c> (or of an
        /// interface or <c>ValueType</c>) says nothing of the structs it holds, and <c>object.Equals</c> on a boxed one runs
        /// <c>ValueType.Equals</c> all the same. The same for every value of one type, so the same in every process.
        /// </summary>
        internal static long BoxedExtraTicks(object? item) =>
            item is not null && item.GetType() is { IsValueType: true } type ? s_boxed.GetOrAdd(type, s_extraTicks) : 0;

        /// <summary>Whether a value of <paramref name="type"/> can be a boxed struct.</summary>
        internal static bool HoldsBoxed(Type type) =>
            !type.IsValueType && (type == typeof(object) || type == typeof(ValueType) || type.IsInterface);

        private static readonly ConcurrentDictionary<Type, long> s_boxed = new();

        private static readonly Func<Type, long> s_extraTicks = ExtraTicks;

        /// <summary>Whether <c>ValueType.Equals</c> compares a value of <paramref name="type"/> field by field through reflection.</summary>
        private static bool ComparedByReflection(Type type)
        {
            if (!type.IsValueType || type.IsPrimitive || type.IsEnum || type.IsPointer || type.IsByRefLike || Nullable.GetUnderlyingType(type) is not null)
            {
                return false;
            }

            return RunsValueTypeEquals(type) && !BitComparable(type, 0);
        }

        /// <summary>
        /// Whether a struct's <c>Equals(object)</c> is <c>ValueType</c>'s own, not one the bot or the compiler (a record
        /// struct's) declared. Decided here for <see cref="HeldText"/> too.
        /// </summary>
        internal static bool RunsValueTypeEquals(Type type) => ObjectEquals(type) is not { } equals || equals.DeclaringType == typeof(ValueType);

        /// <summary>Whether a struct's <c>Equals(object)</c> is written by the compiler (a record struct's).</summary>
        internal static bool HasGeneratedEquals(Type type) => ObjectEquals(type)?.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) == true;

        private static MethodInfo? ObjectEquals(Type type)
            => type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, null, new[] { typeof(object) }, null);

        /// <summary>
        /// Whether the runtime compares a struct's bits at once, decided conservatively: every field, nested structs'
        /// included, is an integer, char, bool or enum (no reference; no float, double or decimal, whose equality is not
        /// their bits; no struct with an <c>Equals</c> of its own, as <c>DateTime</c> or the bot's), and the fields fill
        /// the struct with no padding between or after them (padding bytes are whatever memory held, so the runtime
        /// compares such a struct field by field). Anything else is charged as compared through reflection.
        /// </summary>
        internal static bool BitComparable(Type type, int depth)
        {
            if (depth > MaximumDepth)
            {
                return false;
            }

            var fields = type.GetFields(InstanceFields);
            if (fields.Length == 0)
            {
                return true;
            }

            long filled = 0;
            foreach (var field in fields)
            {
                var fieldType = field.FieldType;
                if (!IsPlainBits(fieldType)
                    && (!fieldType.IsValueType || fieldType.IsPrimitive || fieldType.IsPointer || fieldType.IsByRefLike
                        || !RunsValueTypeEquals(fieldType) || !BitComparable(fieldType, depth + 1)))
                {
                    return false;
                }

                filled += SizeOf(fieldType);
            }

            return filled == SizeOf(type);
        }

        private static bool IsPlainBits(Type type)
        {
            var underlying = type.IsEnum ? Enum.GetUnderlyingType(type) : type;
            return underlying == typeof(bool) || underlying == typeof(char)
                || underlying == typeof(byte) || underlying == typeof(sbyte) || underlying == typeof(short) || underlying == typeof(ushort)
                || underlying == typeof(int) || underlying == typeof(uint) || underlying == typeof(long) || underlying == typeof(ulong)
                || underlying == typeof(IntPtr) || underlying == typeof(UIntPtr);
        }

        private static int SizeOf(Type type) => RuntimeHelpers.SizeOf(type.TypeHandle);

        /// <summary>The fields reflection reads for one comparison: nested structs compared the same way count theirs.</summary>
        private static long Fields(Type type, int depth)
        {
            long count = 0;
            foreach (var field in type.GetFields(InstanceFields))
            {
                count += depth < MaximumDepth && ComparedByReflection(field.FieldType) ? Fields(field.FieldType, depth + 1) : 1;
            }

            return Math.Max(count, 1);
        }
    }
}
