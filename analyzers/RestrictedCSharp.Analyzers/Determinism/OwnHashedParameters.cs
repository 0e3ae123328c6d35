using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Whether a generic type or method of the bot hashes the values of one of its type parameters: its code passes
    /// the parameter (alone or inside a tuple, a nullable or another type argument) to a library type or method that
    /// hashes (<see cref="HashingParameters"/>), or to a type parameter of the bot's that does, however many steps
    /// away; or hides them from those rules, boxing a value of the parameter, or a sequence of them, to object or an
    /// interface that no longer names it. Read from the declaring syntax of the generic, on demand; cached per parameter; safe for concurrent use.
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
                if (Hides(declaration, model, parameter))
                {
                    return true;
                }

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

        // Boxing a value of the parameter (or a sequence of them) to object or an interface that no longer names it hides a
        // key from every rule at the call site, as ErasedKeys refuses where a key's own type is converted: 'object Box<T>(T t) => t',
        // and every other way Erasures knows ('t is object o', 'foreach (object o in ts)', a method group, a deconstruction).
        private static bool Hides(SyntaxNode declaration, SemanticModel model, ITypeParameterSymbol parameter)
        {
            foreach (var body in declaration.DescendantNodesAndSelf(node => !IsBody(node)).Where(IsBody))
            {
                if (model.GetOperation(body) is not { } root)
                {
                    continue;
                }

                foreach (var operation in root.DescendantsAndSelf())
                {
                    foreach (var erasure in Erasures.Of(operation))
                    {
                        if (Holds(erasure.Source, parameter, 0) && !Holds(erasure.Target, parameter, 0))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool IsBody(SyntaxNode node) =>
            node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax;

        /// <summary>Whether a value of <paramref name="type"/> holds values of <paramref name="parameter"/>: itself, an element, a type argument.</summary>
        private static bool Holds(ITypeSymbol type, ITypeParameterSymbol parameter, int depth) =>
            type is IArrayTypeSymbol array ? depth <= MaximumDepth && Holds(array.ElementType, parameter, depth + 1) : Mentions(type, parameter, depth);

        /// <summary>Whether a key of type <paramref name="type"/> holds a value of <paramref name="parameter"/> that its equality compares.</summary>
        private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol parameter, int depth) =>
            depth <= MaximumDepth
            && (SymbolEqualityComparer.Default.Equals(type, parameter)
                || type is INamedTypeSymbol named && named.TypeArguments.Any(a => Mentions(a, parameter, depth + 1)));
    }
}
