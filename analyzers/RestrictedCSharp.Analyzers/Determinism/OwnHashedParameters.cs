using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Whether a generic type or method of the bot hashes the values of one of its type parameters: its code passes
    /// the parameter (alone or inside a tuple, a nullable or another type argument) to a library type or method that
    /// hashes (<see cref="HashingParameters"/>), or to a type parameter of the bot's that does, however many steps
    /// away. Read from the declaring syntax of the generic, on demand; cached per parameter; safe for concurrent use.
    /// </summary>
    internal sealed class OwnHashedParameters
    {
        // Nesting of type arguments is bounded by the syntax-depth limit already; this bound only keeps a cycle impossible.
        private const int MaximumDepth = 32;

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<ITypeParameterSymbol, bool> _cache = new(SymbolEqualityComparer.Default);

        public OwnHashedParameters(Compilation compilation)
        {
            _compilation = compilation;
        }

        public bool Hashes(ITypeParameterSymbol parameter) =>
            _cache.GetOrAdd((ITypeParameterSymbol)parameter.OriginalDefinition,
                p => Reaches(p, new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default)));

        // Reachability from one parameter: each parameter is read once per question.
        private bool Reaches(ITypeParameterSymbol parameter, HashSet<ITypeParameterSymbol> seen)
        {
            if (!seen.Add(parameter))
            {
                return false;
            }

            var owner = (ISymbol?)parameter.DeclaringMethod ?? parameter.DeclaringType;
            if (owner is null || !SymbolEqualityComparer.Default.Equals(owner.ContainingAssembly, _compilation.Assembly))
            {
                return false;
            }

            foreach (var reference in owner.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
#pragma warning disable RS1030 // The generic's own syntax is read to learn what it does with a type argument given elsewhere.
                var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
                foreach (var node in declaration.DescendantNodesAndSelf())
                {
                    if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax)
                        || model.GetSymbolInfo(node).Symbol is not { } symbol)
                    {
                        continue;
                    }

                    foreach (var (target, argument, container) in HashedKeys.Substitutions(symbol))
                    {
                        if (!Mentions(argument, parameter, 0))
                        {
                            continue;
                        }

                        var hashed = SymbolEqualityComparer.Default.Equals(container.ContainingAssembly, _compilation.Assembly)
                            ? Reaches((ITypeParameterSymbol)target.OriginalDefinition, seen)
                            : HashingParameters.Hashes(target);
                        if (hashed)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>Whether a key of type <paramref name="type"/> holds a value of <paramref name="parameter"/> that its equality compares.</summary>
        private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol parameter, int depth) =>
            depth <= MaximumDepth
            && (SymbolEqualityComparer.Default.Equals(type, parameter)
                || type is INamedTypeSymbol named && named.TypeArguments.Any(a => Mentions(a, parameter, depth + 1)));
    }
}
