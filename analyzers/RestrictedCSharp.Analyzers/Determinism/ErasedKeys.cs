using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// <see cref="HashedKeys"/> judges a composite key where its type is hashed; converted first to <c>object</c>,
    /// <c>ValueType</c> or an interface (boxing a value tuple or <c>KeyValuePair</c>, a reference conversion of a
    /// <c>Tuple</c> or an anonymous type), or inside a sequence viewed as <c>IEnumerable</c> or <c>IEnumerable&lt;object&gt;</c>,
    /// the type a hash collection sees is <c>object</c>, while <c>object.Equals</c> still runs the key's generated equality.
    /// So RCX0403 refuses the conversion itself (each one <see cref="Erasures"/> finds): a conversion of such a key to a type that is not one (<c>IEquatable&lt;T&gt;</c>
    /// of it included), or of a sequence of them to
    /// <c>object</c>, an interface or an array that holds none. Interpolation converts nothing the tree shows
    /// (<c>AppendFormatted&lt;T&gt;</c> is generic).
    /// </summary>
    internal sealed class ErasedKeys
    {
        // Nesting of type arguments is bounded by the syntax-depth limit already; this bound only keeps a cycle impossible.
        private const int MaximumDepth = 32;

        private readonly HashedKeys _keys;
        private readonly ConcurrentDictionary<ITypeSymbol, Held?> _cache = new(SymbolEqualityComparer.Default);
        private readonly Func<ITypeSymbol, Held?> _search;

        private ErasedKeys(HashedKeys keys)
        {
            _keys = keys;
            _search = type => Search(type, 0);
        }

        public static void Register(CompilationStartAnalysisContext start, HashedKeys keys)
        {
            var erased = new ErasedKeys(keys);
            start.RegisterOperationAction(
                c =>
                {
                    foreach (var erasure in Erasures.Of(c.Operation))
                    {
                        erased.Report(c.ReportDiagnostic, erasure.Source, erasure.Target, erasure.Site);
                    }
                },
                Erasures.Kinds);
        }

        private void Report(Action<Diagnostic> report, ITypeSymbol source, ITypeSymbol target, SyntaxNode site)
        {
            if (Find(source) is not { } held
                || (IsKey(held, source) ? _keys.PerProcessPart(target) is not null : !HidesElements(source, target)))
            {
                return;
            }

            report(Diagnostic.Create(
                RestrictedDiagnostics.EqualsWithoutDeterministicHash,
                site.GetLocation(),
                Show(held.Key),
                $"is converted to '{Show(target)}', out of sight of where it is hashed, and compares its part '{Show(held.Part)}' with the Equals the bot declares, but its hash differs between processes",
                $"declare a record struct with its own Equals and GetHashCode, combining its fields arithmetically, and convert that instead of '{Show(held.Key)}'"));
        }

        private static bool IsKey(Held held, ITypeSymbol source) => SymbolEqualityComparer.Default.Equals(held.Key, source);

        // A sequence of keys is erased where its elements come out as object: a non-generic or covariant interface, an
        // array, a covariant delegate ('Func<object>' from 'Func<Tuple<Pos, string>>'), or object itself, which a cast back to IEnumerable later turns into elements no rule sees. A sequence
        // that is itself a refused hash collection was refused where it was made or named, so it is not reported twice.
        private bool HidesElements(ITypeSymbol source, ITypeSymbol target) =>
            Find(target) is null
            && (target.TypeKind is TypeKind.Interface or TypeKind.Array or TypeKind.Delegate || target.SpecialType == SpecialType.System_Array
                || (target.SpecialType == SpecialType.System_Object || target.TypeKind == TypeKind.Dynamic) && IsSequence(source))
            && !HoldsRefusedHash(source, 0);

        private static bool IsSequence(ITypeSymbol type) =>
            type.TypeKind == TypeKind.Array
            || type.SpecialType == SpecialType.System_Collections_IEnumerable
            || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

        private bool HoldsRefusedHash(ITypeSymbol type, int depth) =>
            depth <= MaximumDepth
            && type switch
            {
                IArrayTypeSymbol array => HoldsRefusedHash(array.ElementType, depth + 1),
                INamedTypeSymbol named => _keys.Find(named) is not null || named.TypeArguments.Any(a => HoldsRefusedHash(a, depth + 1)),
                _ => false,
            };

        /// <summary>The first key inside <paramref name="type"/> (itself, an element, a type argument) that <see cref="HashedKeys"/> would refuse.</summary>
        private Held? Find(ITypeSymbol type) => _cache.GetOrAdd(type, _search);

        private Held? Search(ITypeSymbol type, int depth)
        {
            // Numbers, strings, object: nothing inside; a constructed IEnumerable<T> or nullable has a special type too.
            if (depth > MaximumDepth || type.SpecialType != SpecialType.None && type is not INamedTypeSymbol { IsGenericType: true })
            {
                return null;
            }

            if (_keys.PerProcessPart(type) is { } part)
            {
                return new Held(type, part);
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Search(array.ElementType, depth + 1);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (Search(argument, depth + 1) is { } held)
                        {
                            return held;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static string Show(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        private sealed class Held
        {
            public Held(ITypeSymbol key, ITypeSymbol part)
            {
                Key = key;
                Part = part;
            }

            public ITypeSymbol Key { get; }

            public ITypeSymbol Part { get; }
        }
    }
}
