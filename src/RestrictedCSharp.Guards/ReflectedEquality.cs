using System;
using System.Reflection;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// What one comparison of two <typeparamref name="T"/> values costs beyond its tick when the runtime compares
    /// them field by field through reflection: <c>ValueType.Equals</c> on a struct without its own <c>Equals</c> that
    /// has a reference or floating-point field (with none, the runtime compares the bits at once). That walk costs
    /// many ticks' worth of time per comparison (docs/soundness/library-work.md): three ticks a field keep a tick
    /// within what it stands for.
    /// </summary>
    internal static class ReflectedEquality<T>
    {
        /// <summary>Ticks per comparison beyond the element's one; 0 for every other type.</summary>
        public static readonly long ExtraTicks = ReflectedEquality.ExtraTicks(typeof(T));
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

        /// <summary>Whether every field, nested structs' included, is compared by its bits: no reference and no floating point.</summary>
        private static bool BitComparable(Type type, int depth)
        {
            if (depth > MaximumDepth)
            {
                return false;
            }

            foreach (var field in type.GetFields(InstanceFields))
            {
                var fieldType = field.FieldType;
                if (fieldType == typeof(float) || fieldType == typeof(double) || fieldType == typeof(Half) || fieldType == typeof(decimal)
                    || !fieldType.IsValueType
                    || (!fieldType.IsPrimitive && !fieldType.IsEnum && !fieldType.IsPointer && !BitComparable(fieldType, depth + 1)))
                {
                    return false;
                }
            }

            return true;
        }

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
