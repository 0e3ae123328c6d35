using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The type-parameter graph of ECMA-335 (II.9.2) and the C# spec's "expanding" generic recursion: an edge
    /// runs from a type parameter T to a type parameter P of a generic type or method whenever the bot
    /// instantiates P with a type argument that mentions T; the edge expands when that argument is more than
    /// T itself (<c>List&lt;T&gt;</c>, <c>T[]</c>). A cycle through an expanding edge makes the running bot
    /// ask the JIT and type loader for ever new instantiations, native memory no heap limit sees.
    /// </summary>
    internal sealed class GenericInstantiationGraph
    {
        private readonly ConcurrentBag<Edge> _edges = new ConcurrentBag<Edge>();

        /// <summary>Adds the edges of every instantiation in <paramref name="symbol"/> (a type or method, constructed or not).</summary>
        public void AddInstantiations(ISymbol? symbol, Location location)
        {
            switch (symbol)
            {
                case IMethodSymbol method:
                    AddArguments(method.OriginalDefinition.TypeParameters, method.TypeArguments, location);
                    AddType(method.ContainingType, location, depth: 0);
                    break;
                case ITypeSymbol type:
                    AddType(type, location, depth: 0);
                    break;
            }
        }

        /// <summary>The expanding edges that lie on a cycle, each with where the bot wrote it.</summary>
        public IEnumerable<(ITypeParameterSymbol From, ITypeSymbol Argument, ITypeParameterSymbol To, Location Location)> ExpandingCycles()
        {
            // Edges repeat once per place they are written; reachability runs over the distinct ones, once per start.
            var edges = _edges.ToList();
            var outgoing = new Dictionary<ITypeParameterSymbol, HashSet<ITypeParameterSymbol>>(SymbolEqualityComparer.Default);
            foreach (var edge in edges)
            {
                if (!outgoing.TryGetValue(edge.From, out var targets))
                {
                    outgoing[edge.From] = targets = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
                }

                targets.Add(edge.To);
            }

            var reachable = new Dictionary<ITypeParameterSymbol, HashSet<ITypeParameterSymbol>>(SymbolEqualityComparer.Default);
            foreach (var edge in edges.Where(e => e.Expanding))
            {
                // An expanding edge From → To is on a cycle when To reaches From.
                if (!reachable.TryGetValue(edge.To, out var fromTo))
                {
                    reachable[edge.To] = fromTo = Reachable(outgoing, edge.To);
                }

                if (fromTo.Contains(edge.From))
                {
                    yield return (edge.From, edge.Argument, edge.To, edge.Location);
                }
            }
        }

        private static HashSet<ITypeParameterSymbol> Reachable(
            Dictionary<ITypeParameterSymbol, HashSet<ITypeParameterSymbol>> outgoing, ITypeParameterSymbol start)
        {
            var seen = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default) { start };
            var pending = new Stack<ITypeParameterSymbol>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                if (outgoing.TryGetValue(pending.Pop(), out var targets))
                {
                    foreach (var target in targets.Where(seen.Add))
                    {
                        pending.Push(target);
                    }
                }
            }

            return seen;
        }

        private void AddType(ITypeSymbol? type, Location location, int depth)
        {
            // Depth only guards against pathological nesting; front-door limits keep real nesting far below it.
            if (type is null || depth > 64)
            {
                return;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    AddType(array.ElementType, location, depth + 1);
                    break;
                case INamedTypeSymbol named when named.IsGenericType:
                    AddArguments(named.OriginalDefinition.TypeParameters, named.TypeArguments, location);
                    foreach (var argument in named.TypeArguments)
                    {
                        AddType(argument, location, depth + 1);
                    }

                    AddType(named.ContainingType, location, depth + 1);
                    break;
                case INamedTypeSymbol nested:
                    AddType(nested.ContainingType, location, depth + 1);
                    break;
            }
        }

        private void AddArguments(IReadOnlyList<ITypeParameterSymbol> parameters, IReadOnlyList<ITypeSymbol> arguments, Location location)
        {
            for (var i = 0; i < parameters.Count && i < arguments.Count; i++)
            {
                foreach (var mentioned in MentionedTypeParameters(arguments[i]))
                {
                    var expanding = !SymbolEqualityComparer.Default.Equals(arguments[i], mentioned);
                    _edges.Add(new Edge(mentioned, arguments[i], parameters[i], expanding, location));
                }
            }
        }

        private static IEnumerable<ITypeParameterSymbol> MentionedTypeParameters(ITypeSymbol type)
        {
            var pending = new Stack<ITypeSymbol>();
            pending.Push(type);
            var count = 0;
            while (pending.Count > 0 && count++ < 1024)
            {
                switch (pending.Pop())
                {
                    case ITypeParameterSymbol parameter:
                        yield return parameter;
                        break;
                    case IArrayTypeSymbol array:
                        pending.Push(array.ElementType);
                        break;
                    case INamedTypeSymbol named:
                        foreach (var argument in named.TypeArguments)
                        {
                            pending.Push(argument);
                        }

                        if (named.ContainingType is { } containing)
                        {
                            pending.Push(containing);
                        }

                        break;
                }
            }
        }

        private readonly struct Edge
        {
            public Edge(ITypeParameterSymbol from, ITypeSymbol argument, ITypeParameterSymbol to, bool expanding, Location location)
            {
                From = from;
                Argument = argument;
                To = to;
                Expanding = expanding;
                Location = location;
            }

            public ITypeParameterSymbol From { get; }

            /// <summary>The type argument that mentions <see cref="From"/>.</summary>
            public ITypeSymbol Argument { get; }

            public ITypeParameterSymbol To { get; }

            public bool Expanding { get; }

            public Location Location { get; }
        }
    }
}
