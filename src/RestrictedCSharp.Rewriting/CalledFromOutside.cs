using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Functions of the bot that run without a call the bot wrote, so that no site of the bot's can
/// charge for them: they tick on entry (see <see cref="LeafAnalysis.IsCallableByLibraries"/>).
/// </summary>
/// <remarks>
/// Two kinds. What is visible outside the assembly: the runner calls the entry class's public
/// methods, and its argument binding and result serialization run public constructors and
/// accessors. And what the compiler or the runtime calls for a pattern rather than a call
/// expression: <c>foreach</c> (<c>GetEnumerator</c>, <c>MoveNext</c>, <c>Current</c>, <c>Dispose</c>),
/// <c>using</c>, deconstruction and positional patterns, <c>await</c>, implicit indices and ranges
/// (<c>Length</c>, <c>Count</c>, <c>Slice</c>, indexers), collection initializers and builders,
/// <c>&amp;&amp;</c>/<c>||</c> on a type with <c>true</c>/<c>false</c> operators, and <c>new T()</c>
/// (any parameterless constructor), and the type initializer the runtime runs.
/// </remarks>
internal static class CalledFromOutside
{
    private static readonly HashSet<string> PatternNames = new(StringComparer.Ordinal)
    {
        "GetEnumerator", "MoveNext", "Current", "Dispose", "DisposeAsync", "Deconstruct",
        "GetAwaiter", "GetResult", "IsCompleted", "OnCompleted", "UnsafeOnCompleted",
        "Length", "Count", "Slice", "Add", "Create", "GetPinnableReference",
        "op_True", "op_False",
    };

    public static bool Includes(IMethodSymbol method)
        => IsVisibleOutsideTheAssembly(method) || IsCalledByPattern(method);

    private static bool IsCalledByPattern(IMethodSymbol method)
    {
        var member = method.AssociatedSymbol ?? method;
        return PatternNames.Contains(member.Name)
            || member is IPropertySymbol { IsIndexer: true }
            || (method.MethodKind == MethodKind.Constructor && method.Parameters.IsEmpty)
            || method.MethodKind is MethodKind.StaticConstructor or MethodKind.Destructor;
    }

    private static bool IsVisibleOutsideTheAssembly(IMethodSymbol method)
    {
        for (ISymbol? symbol = method; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
            {
                return false;
            }

            if (symbol.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
