using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Where a value tuple, <c>Tuple</c>, anonymous type, <c>KeyValuePair</c> or constructed record of the bot's generic
    /// types is hashed, and its generated equality compares a part with the bot's own <c>Equals</c> under a per-process
    /// hash (<see cref="CompositeKeys"/>), RCX0403 reports the substitution. Hashed means: the type argument of a library
    /// type or method that hashes its values (<see cref="HashingParameters"/>), or of a generic type or method of the bot
    /// whose code hashes it (<see cref="OwnHashedParameters"/>). Records and structs the bot declares without generics
    /// are judged at their declaration instead. Cached per symbol; safe for concurrent use.
    /// </summary>
    internal sealed class HashedKeys
    {
        private readonly IAssemblySymbol _own;
        private readonly OwnHashedParameters _ownHashed;
        private readonly ConcurrentDictionary<ISymbol, Refusal?> _cache = new(SymbolEqualityComparer.Default);

        public HashedKeys(Compilation compilation)
        {
            _own = compilation.Assembly;
            _ownHashed = new OwnHashedParameters(compilation);
        }

        /// <summary>The first hashed substitution in <paramref name="symbol"/> whose key would tick per-process, or null.</summary>
        public Refusal? Find(ISymbol symbol) => _cache.GetOrAdd(symbol, Search);

        private Refusal? Search(ISymbol symbol)
        {
            foreach (var (parameter, argument, container) in Substitutions(symbol))
            {
                if (IsHashed(parameter, container) && PerProcessPart(argument) is { } part)
                {
                    return new Refusal(argument, part, container);
                }
            }

            return null;
        }

        /// <summary>
        /// The part whose bot-declared Equals a hashed key of <paramref name="key"/> would run under a per-process hash,
        /// when this rule (not the declaration's) answers for the key; null otherwise.
        /// </summary>
        public ITypeSymbol? PerProcessPart(ITypeSymbol key) =>
            !IsJudgedAtDeclaration(key)
            && CompositeKeys.PerProcessPart(key, _own) is { } part
            && !(key is INamedTypeSymbol { IsGenericType: true } generic && CompositeKeys.IsOwn(generic, _own)
                 && CompositeKeys.PerProcessPart(generic.OriginalDefinition, _own) is not null)
                ? part
                : null;

        /// <summary>Whether <paramref name="container"/> is the bot's own, whose code is read to learn what it does with a key.</summary>
        public bool IsOwn(ISymbol container) => SymbolEqualityComparer.Default.Equals(container.ContainingAssembly, _own);

        private bool IsHashed(ITypeParameterSymbol parameter, ISymbol container) =>
            IsOwn(container)
                ? _ownHashed.Hashes(parameter)
                : HashingParameters.Hashes(parameter);

        // A record or struct of the bot that is not generic was judged where it is declared.
        private bool IsJudgedAtDeclaration(ITypeSymbol argument) =>
            argument is INamedTypeSymbol { IsGenericType: false } named && CompositeKeys.IsOwn(named, _own);

        /// <summary>The type arguments <paramref name="symbol"/> substitutes, with their parameters and the generic definition.</summary>
        public static IEnumerable<(ITypeParameterSymbol Parameter, ITypeSymbol Argument, ISymbol Container)> Substitutions(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method)
            {
                // An extension method called as one: judge the call as written in full, Ext<T>(receiver).
                var full = method.ReducedFrom is null ? method : method.GetConstructedReducedFrom() ?? method;
                for (var i = 0; i < Math.Min(full.TypeParameters.Length, full.TypeArguments.Length); i++)
                {
                    yield return (full.TypeParameters[i], full.TypeArguments[i], full.OriginalDefinition);
                }
            }

            // A type is judged where it is named or constructed; the instance members of an object already made are not judged again.
            var type = symbol as INamedTypeSymbol ?? (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } || symbol.IsStatic ? symbol.ContainingType : null);
            for (var current = type; current is not null; current = current.ContainingType)
            {
                for (var i = 0; i < Math.Min(current.TypeParameters.Length, current.TypeArguments.Length); i++)
                {
                    yield return (current.TypeParameters[i], current.TypeArguments[i], current.OriginalDefinition);
                }
            }
        }

        /// <summary>A refused substitution: <see cref="Key"/> hashed by <see cref="Container"/>, comparing <see cref="Part"/> with the bot's Equals.</summary>
        internal sealed class Refusal
        {
            public Refusal(ITypeSymbol key, ITypeSymbol part, ISymbol container)
            {
                Key = key;
                Part = part;
                Container = container;
            }

            public ITypeSymbol Key { get; }

            public ITypeSymbol Part { get; }

            public ISymbol Container { get; }
        }
    }
}
