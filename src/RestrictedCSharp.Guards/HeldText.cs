using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// The strings a value holds where members nobody wrote compare, hash or print them: a record's, a record
    /// struct's, an anonymous type's, a tuple's (<c>ValueTuple</c>, <c>Tuple</c>) and <c>ValueType.Equals</c>
    /// over a struct without its own equality (docs/soundness/library-work.md). Measured in ticks, a string's
    /// characters eight to a tick, by a plan made once per type: a value whose type can hold no string costs
    /// nothing to measure, and a part whose static type does not fix its type (<c>object</c>, an interface, a
    /// record that may be derived from) is measured by the plan of the type it has when the call runs.
    /// Nesting is followed to <see cref="MaximumDepth"/> (the analyzer bounds these walks further: RCX0510, RCX0511).
    /// </summary>
    internal static class HeldText
    {
        /// <summary>How deep parts are followed inside parts.</summary>
        internal const int MaximumDepth = 8;

        private const BindingFlags AllInstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // Plans by the type a value has when the call runs, for parts whose static type does not fix it. Weak,
        // so that a collectible bot's types can be unloaded.
        private static readonly ConditionalWeakTable<Type, ByType> s_byType = new ConditionalWeakTable<Type, ByType>();

        // The last type looked up: a collection of objects usually holds one type.
        private static ByType? s_last;

        /// <summary>Ticks for the strings a value of any type holds (its type found now).</summary>
        internal static long OfObject(object value, int depth)
        {
            if (value is string text)
            {
                return text.Length / Guard.CharactersPerTick;
            }

            var type = value.GetType();
            var last = s_last;
            if (last is null || last.Type != type)
            {
                last = s_byType.GetValue(type, t => new ByType(t));
                s_last = last;
            }

            return last.Measure is { } measure ? measure(value, depth) : 0;
        }

        /// <summary>Ticks for a string.</summary>
        internal static long OfString(string text, int depth) => text is null ? 0 : text.Length / Guard.CharactersPerTick;

        /// <summary>The plan of a value whose static type is <paramref name="type"/>, or null when no such value can hold a string.</summary>
        internal static Delegate? PlanFor(Type type)
        {
            if (type == typeof(string))
            {
                return new Func<string, int, long>(OfString);
            }

            if (IsOpen(type))
            {
                return Method(nameof(OfAny), type);
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return StaticPlan(underlying) is null ? null : Method(nameof(OfNullable), underlying);
            }

            return IsStructural(type)
                ? (Delegate?)typeof(ExactText<>).MakeGenericType(type).GetField(nameof(ExactText<int>.Measure), BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)
                : null;
        }

        /// <summary>
        /// Whether a value of static type <paramref name="type"/> may be of a type that holds strings and is not
        /// fixed by it: <c>object</c>, <c>ValueType</c>, an interface, a record class that is not sealed.
        /// </summary>
        private static bool IsOpen(Type type)
            => type == typeof(object) || type == typeof(ValueType) || type.IsInterface || (IsRecordClass(type) && !type.IsSealed);

        /// <summary>Whether members nobody wrote compare, hash or print a value of exactly <paramref name="type"/> field by field.</summary>
        internal static bool IsStructural(Type type)
        {
            if (type.IsPrimitive || type.IsEnum || type.IsPointer || type.IsArray || type == typeof(string) || type.IsByRefLike
                || type.ContainsGenericParameters || Nullable.GetUnderlyingType(type) is not null)
            {
                return false;
            }

            if (typeof(ITuple).IsAssignableFrom(type))
            {
                return true;
            }

            if (type.IsValueType)
            {
                // ValueType.Equals walks the fields of a struct that does not override it; a record struct's is generated.
                return ReflectedEquality.RunsValueTypeEquals(type) || ReflectedEquality.HasGeneratedEquals(type);
            }

            return IsRecordClass(type) || IsAnonymous(type);
        }

        /// <summary>A record class: it has the compiler's <c>EqualityContract</c>.</summary>
        private static bool IsRecordClass(Type type)
            => type.IsClass
                && type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } contract
                && contract.PropertyType == typeof(Type)
                && contract.GetMethod is { } getter
                && getter.IsDefined(typeof(CompilerGeneratedAttribute), false);

        /// <summary>An anonymous type: a compiler-generated class whose name no source can write.</summary>
        private static bool IsAnonymous(Type type)
            => type.IsClass && type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.Name.StartsWith("<", StringComparison.Ordinal)
                && type.IsDefined(typeof(CompilerGeneratedAttribute), false);

        /// <summary><see cref="HeldText{T}.Measure"/> for <paramref name="type"/>, made (once) by reflection.</summary>
        private static Delegate? StaticPlan(Type type)
            => type.IsPointer || type.IsByRef || type.IsByRefLike || type.IsFunctionPointer
                ? null // no generic code can stand over it, and it holds no string
                : (Delegate?)typeof(HeldText<>).MakeGenericType(type).GetField(nameof(HeldText<int>.Measure), BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null);

        /// <summary>
        /// The plan of a value of exactly <paramref name="type"/> (a structural type): the sum of the plans of its
        /// fields that may hold a string, its base types' private fields included; null when none may.
        /// </summary>
        internal static Delegate? ExactPlan(Type type)
        {
            var fields = new List<FieldInfo>();
            for (var level = type; level is not null && level != typeof(object) && level != typeof(ValueType); level = level.BaseType)
            {
                foreach (var field in level.GetFields(AllInstanceFields))
                {
                    // A part of the very type being planned is a cycle (refused by the analyzer): not followed.
                    if (field.FieldType != type && StaticPlan(field.FieldType) is not null)
                    {
                        fields.Add(field);
                    }
                }
            }

            if (fields.Count == 0)
            {
                return null;
            }

            try
            {
                return Compile(type, fields);
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or MemberAccessException)
            {
                // Where code cannot be generated, the same sum through reflection.
                return typeof(HeldText).GetMethod(nameof(OfFields), BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(type)
                    .CreateDelegate(typeof(Func<,,>).MakeGenericType(type, typeof(int), typeof(long)), fields.ToArray());
            }
        }

        /// <summary>(value, depth) =&gt; depth &lt; max &amp;&amp; value != null ? Σ HeldText&lt;F&gt;.Of(value.f, depth + 1) : 0.</summary>
        private static Delegate Compile(Type type, List<FieldInfo> fields)
        {
            var value = Expression.Parameter(type, "value");
            var depth = Expression.Parameter(typeof(int), "depth");
            var next = Expression.Add(depth, Expression.Constant(1));
            Expression? sum = null;
            foreach (var field in fields)
            {
                var of = typeof(HeldText<>).MakeGenericType(field.FieldType).GetMethod(nameof(HeldText<int>.Of), BindingFlags.Static | BindingFlags.NonPublic)!;
                Expression part = Expression.Call(of, Expression.Field(value, field), next);
                sum = sum is null ? part : Expression.Add(sum, part);
            }

            Expression body = sum!;
            if (!type.IsValueType)
            {
                body = Expression.Condition(Expression.ReferenceEqual(value, Expression.Constant(null, type)), Expression.Constant(0L), body);
            }

            body = Expression.Condition(Expression.GreaterThanOrEqual(depth, Expression.Constant(MaximumDepth)), Expression.Constant(0L), body);
            return Expression.Lambda(typeof(Func<,,>).MakeGenericType(type, typeof(int), typeof(long)), body, value, depth).Compile();
        }

        private static Delegate Method(string name, Type argument)
        {
            var method = typeof(HeldText).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(argument);
            var parameter = method.GetParameters()[0].ParameterType;
            return method.CreateDelegate(typeof(Func<,,>).MakeGenericType(parameter, typeof(int), typeof(long)));
        }

        private static long OfAny<T>(T value, int depth) => value is null ? 0 : OfObject(value, depth);

        private static long OfNullable<T>(T? value, int depth)
            where T : struct
            => value.HasValue ? HeldText<T>.Of(value.GetValueOrDefault(), depth) : 0;

        private static long OfFields<T>(FieldInfo[] fields, T value, int depth)
        {
            if (depth >= MaximumDepth || value is null)
            {
                return 0;
            }

            object boxed = value;
            long ticks = 0;
            foreach (var field in fields)
            {
                if (field.GetValue(boxed) is { } part)
                {
                    ticks += OfObject(part, depth + 1);
                }
            }

            return ticks;
        }

        private static long OfExactBoxed<T>(object value, int depth) => ExactText<T>.Measure!((T)value, depth);

        /// <summary>The plan of values of one type found when a call runs.</summary>
        private sealed class ByType
        {
            public ByType(Type type)
            {
                Type = type;
                if (IsStructural(type)
                    && typeof(ExactText<>).MakeGenericType(type).GetField(nameof(ExactText<int>.Measure), BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null) is not null)
                {
                    Measure = typeof(HeldText).GetMethod(nameof(OfExactBoxed), BindingFlags.Static | BindingFlags.NonPublic)!
                        .MakeGenericMethod(type).CreateDelegate<Func<object, int, long>>();
                }
            }

            public Type Type { get; }

            public Func<object, int, long>? Measure { get; }
        }

        /// <summary>Charges the elements of a collection whose element type the rewriter cannot name (an anonymous type).</summary>
        internal static Action<IEnumerable>? ElementsOf(Type collection)
        {
            var sequences = (collection.IsInterface && collection.IsGenericType && collection.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? new[] { collection } : Type.EmptyTypes)
                .Concat(collection.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
                .Distinct()
                .ToList();
            if (sequences.Count != 1)
            {
                return null;
            }

            var element = sequences[0].GetGenericArguments()[0];
            return StaticPlan(element) is null
                ? null
                : typeof(HeldText).GetMethod(nameof(ChargeElements), BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(element).CreateDelegate<Action<IEnumerable>>();
        }

        private static void ChargeElements<T>(IEnumerable items)
        {
            foreach (var item in (IEnumerable<T>)items)
            {
                Guard.ChargeElement(item);
            }
        }
    }

    /// <summary>The plan of a value whose static type is <typeparamref name="T"/> (see <see cref="HeldText"/>).</summary>
    internal static class HeldText<T>
    {
        /// <summary>Ticks for the strings a value holds, given how deep it is; null when it can hold none.</summary>
        internal static readonly Func<T, int, long>? Measure = (Func<T, int, long>?)HeldText.PlanFor(typeof(T));

        internal static long Of(T value, int depth) => Measure!(value, depth);
    }

    /// <summary>The plan of a value of exactly <typeparamref name="T"/>, a structural type, found when a call runs.</summary>
    internal static class ExactText<T>
    {
        internal static readonly Func<T, int, long>? Measure = HeldText.IsStructural(typeof(T)) ? (Func<T, int, long>?)HeldText.ExactPlan(typeof(T)) : null;
    }

    /// <summary>The element charge of a collection type whose element type the rewriter cannot name.</summary>
    internal static class AnyElements<TCollection>
    {
        internal static readonly Action<IEnumerable>? Charge = HeldText.ElementsOf(typeof(TCollection));
    }
}
