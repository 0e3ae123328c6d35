using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Whether library code hashes the values of a type parameter. The test is the library's own signature: a type
    /// whose constructor, or a method any of whose overloads (same name, same type) accepts an
    /// <c>IEqualityComparer&lt;T&gt;</c> for that parameter, compares values through a comparer, and every such member
    /// of the framework hashes (<c>Dictionary</c>, <c>HashSet</c>, <c>Distinct</c>, <c>GroupBy</c>'s key, <c>ToDictionary</c>,
    /// <c>ToHashSet</c>, <c>ToLookup</c>, <c>Union</c>, <c>Intersect</c>, <c>Except</c>, <c>CountBy</c>, <c>AggregateBy</c>…),
    /// but the linear searches named here, whose calls of Equals follow the order of their input.
    /// </summary>
    internal static class HashingParameters
    {
        private static readonly string[] LinearSearches = { "Contains", "SequenceEqual", "IndexOf", "LastIndexOf" };

        public static bool Hashes(ITypeParameterSymbol parameter)
        {
            if (parameter.DeclaringMethod is { } method)
            {
                var definition = method.OriginalDefinition;
                return !LinearSearches.Contains(definition.Name)
                    && definition.ContainingType.GetMembers(definition.Name).OfType<IMethodSymbol>().Any(overload =>
                        overload.TypeParameters.FirstOrDefault(p => p.Name == parameter.Name) is { } same
                        && overload.Parameters.Any(p => IsComparerOf(p.Type, same)));
            }

            return parameter.DeclaringType is { } type
                && type.OriginalDefinition.InstanceConstructors.Any(c => c.Parameters.Any(p => IsComparerOf(p.Type, parameter.OriginalDefinition)));
        }

        private static bool IsComparerOf(ITypeSymbol type, ITypeParameterSymbol parameter) =>
            type is INamedTypeSymbol { Name: "IEqualityComparer", Arity: 1 } comparer
            && comparer.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"
            && SymbolEqualityComparer.Default.Equals(comparer.TypeArguments[0], parameter);
    }
}
