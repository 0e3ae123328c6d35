using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// A type argument for a type parameter with a <c>new()</c> constraint must have a parameterless
    /// constructor the rules allow: <c>new T()</c> compiles to <c>Activator.CreateInstance&lt;T&gt;()</c>,
    /// which calls it where no rule sees, so <c>Make&lt;Random&gt;()</c> would make an unseeded
    /// <c>Random</c>. Judged on every constructed type, constructor, generic method, static member and
    /// struct member the code reaches (explicit or inferred type arguments, containing types, and type
    /// arguments nested inside them);
    /// a type parameter passed on is judged where it is finally substituted. Cached per symbol; safe for
    /// concurrent use.
    /// </summary>
    internal sealed class ConstructorConstraints
    {
        private readonly Func<ISymbol, SymbolVerdict> _evaluate;
        private readonly IAssemblySymbol _ownAssembly;
        private readonly ConcurrentDictionary<ISymbol, Refusal?> _cache = new(SymbolEqualityComparer.Default);

        public ConstructorConstraints(Func<ISymbol, SymbolVerdict> evaluate, IAssemblySymbol ownAssembly)
        {
            _evaluate = evaluate;
            _ownAssembly = ownAssembly;
        }

        /// <summary>The first substitution the rules refuse in <paramref name="symbol"/>, or null.</summary>
        public Refusal? Find(ISymbol symbol) => _cache.GetOrAdd(symbol, s => Search(s, depth: 0));

        private Refusal? Search(ISymbol symbol, int depth)
        {
            // Nesting is bounded by the syntax-depth limit already; this bound only keeps a cycle impossible.
            if (depth > 32)
            {
                return null;
            }

            foreach (var (parameter, argument) in Substitutions(symbol))
            {
                if (parameter.HasConstructorConstraint && Refused(parameter, argument) is { } refusal)
                {
                    return refusal;
                }

                if (argument is INamedTypeSymbol { IsGenericType: true } nested && Search(nested, depth + 1) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        private Refusal? Refused(ITypeParameterSymbol parameter, ITypeSymbol argument)
        {
            if (argument is not INamedTypeSymbol named || SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _ownAssembly))
            {
                // A type parameter passes its own constraint on; the bot's own constructors are bot code.
                return null;
            }

            var constructor = named.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
            if (constructor is null)
            {
                return null;
            }

            var verdict = _evaluate(constructor);
            return verdict.IsAllowed ? null : new Refusal(argument, parameter, constructor, verdict);
        }

        private static IEnumerable<(ITypeParameterSymbol Parameter, ITypeSymbol Argument)> Substitutions(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method)
            {
                // An extension method called as one: judge the call as written in full, Ext<T>(receiver).
                var full = method.ReducedFrom is null ? method : method.GetConstructedReducedFrom() ?? method;
                for (var i = 0; i < Math.Min(full.TypeParameters.Length, full.TypeArguments.Length); i++)
                {
                    yield return (full.TypeParameters[i], full.TypeArguments[i]);
                }
            }

            // A constructed type's substitutions run code through its constructors, its static members,
            // and the instance members of a struct (a default value needs no constructor). An instance
            // member of a class is reached through an object whose constructor was judged already:
            // judging it again would report one substitution at every call.
            var type = symbol as INamedTypeSymbol ?? (RunsWithoutCheckedConstructor(symbol) ? symbol.ContainingType : null);
            for (var current = type; current is not null; current = current.ContainingType)
            {
                for (var i = 0; i < Math.Min(current.TypeParameters.Length, current.TypeArguments.Length); i++)
                {
                    yield return (current.TypeParameters[i], current.TypeArguments[i]);
                }
            }
        }

        private static bool RunsWithoutCheckedConstructor(ISymbol member) =>
            member is IMethodSymbol { MethodKind: MethodKind.Constructor }
            || member.IsStatic
            || member.ContainingType is { IsValueType: true };

        /// <summary>A refused substitution: <see cref="Argument"/> for <see cref="Parameter"/>, whose constructor the rules refuse.</summary>
        internal sealed class Refusal
        {
            public Refusal(ITypeSymbol argument, ITypeParameterSymbol parameter, IMethodSymbol constructor, SymbolVerdict verdict)
            {
                Argument = argument;
                Parameter = parameter;
                Constructor = constructor;
                Verdict = verdict;
            }

            public ITypeSymbol Argument { get; }

            public ITypeParameterSymbol Parameter { get; }

            public IMethodSymbol Constructor { get; }

            public SymbolVerdict Verdict { get; }
        }
    }
}
