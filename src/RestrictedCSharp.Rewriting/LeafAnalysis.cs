using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Finds <em>leaf</em> functions: bodies with no call that could reach code of the bot again,
/// except calls to other leaves. A leaf cannot take part in a recursion, so it needs no depth
/// guard. If only the bot calls it, directly, it needs no entry tick either: its straight-line
/// work is charged at each call (see <see cref="LeafCallCosts"/>), its loops tick like any other.
/// Leaving small getters, operators and constructors bare keeps them inlinable, which is where
/// most of the guards' cost in struct-heavy code came from.
/// </summary>
/// <remarks>
/// The analysis is deliberately narrow: any call into the libraries may call back into the bot
/// (a virtual <c>ToString</c>, a comparer, a delegate), so only <see cref="Math"/> is trusted; any
/// virtual or interface call, delegate call, interpolation, string concatenation, event, dynamic
/// operation, deconstruction or <c>with</c> makes a body a non-leaf.
/// </remarks>
internal sealed class LeafAnalysis
{
    private readonly Compilation _compilation;
    private readonly Dictionary<IMethodSymbol, bool> _methods = new(SymbolEqualityComparer.Default);
    private HashSet<IMethodSymbol>? _delegateTargets;

    public LeafAnalysis(Compilation compilation, FunctionFrames frames)
    {
        _compilation = compilation;
        Frames = frames;
    }

    public Compilation Compilation => _compilation;

    /// <summary>The estimated stack frames of the compilation's functions (a large frame makes a function guard itself).</summary>
    public FunctionFrames Frames { get; }

    /// <summary>
    /// Whether a non-virtual call to <paramref name="method"/> runs a leaf of the bot that has no
    /// entry guard, so that its caller's site must charge for it (see <see cref="LeafCallCosts"/>).
    /// </summary>
    public bool IsBareLeaf(IMethodSymbol method)
        => !IsMath(method) && IsTrustedCall(method, isVirtual: false) && !IsCallableByLibraries(method) && !HasLargeFrame(method);

    /// <summary>Whether <paramref name="method"/>'s frame is large enough to probe the stack on entry (it then has a counted frame).</summary>
    private bool HasLargeFrame(IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences is not [var reference])
        {
            return false;
        }

        var declaration = reference.GetSyntax();
        return Frames.NeedsProbe(_compilation.GetSemanticModel(declaration.SyntaxTree), ExpressionBodies.FunctionBodyOf(declaration), method);
    }

    /// <summary>Whether a function body (a block, an arrow clause or a lambda's expression) is a leaf.</summary>
    public bool IsLeafBody(SyntaxNode? body, SemanticModel model)
    {
        if (body is null)
        {
            return true;
        }

        IEnumerable<SyntaxNode> roots = body switch
        {
            ArrowExpressionClauseSyntax arrow => [arrow.Expression],
            BlockSyntax block => block.Statements,
            _ => [body],
        };
        return HasOnlyLeafSyntax(body, model) && roots.All(root => HasOnlyLeafOperations(root, model));
    }

    /// <summary>
    /// Whether one statement of a body could stand in a leaf: it reaches no code of the bot but
    /// leaves, so a function cannot take part in a recursion while it runs such statements.
    /// </summary>
    public bool IsLeafStatement(StatementSyntax statement, SemanticModel model)
        => HasOnlyLeafSyntax(statement, model) && HasOnlyLeafOperations(statement, model);

    private static bool HasOnlyLeafSyntax(SyntaxNode body, SemanticModel model)
    {
        // Only foreach over arrays and strings: any other collection's enumerator is a call.
        // Bodies with try statements keep their guard: .NET 10 with tiered PGO crashes on some
        // loops that throw out of a finally (a runtime defect, see docs/GUARDS-BENCHMARK.md),
        // and the guard's own try/finally around such a body avoids the crashing shape.
        return !body.DescendantNodesAndSelf().Any(n => n is TryStatementSyntax or YieldStatementSyntax or AwaitExpressionSyntax or LockStatementSyntax
                or UsingStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or QueryExpressionSyntax
                or InterpolatedStringExpressionSyntax or WithExpressionSyntax
                || (n is CommonForEachStatementSyntax loop && !IsArrayOrString(model.GetTypeInfo(loop.Expression).Type)));
    }

    private bool HasOnlyLeafOperations(SyntaxNode root, SemanticModel model)
    {
        var analyzed = root is RefExpressionSyntax reference ? reference.Expression : root;

        // Whatever the semantic model cannot describe is not trusted to be a leaf.
        return model.GetOperation(analyzed) is { } operation && operation.DescendantsAndSelf().All(IsLeafOperation);
    }

    /// <summary>
    /// Whether code outside the bot can call <paramref name="method"/>: a lambda or anonymous method,
    /// a method converted to a delegate, one that overrides or implements a member that a library
    /// may call (<c>ToString</c>, <c>Equals</c>, <c>CompareTo</c>…), one the runner can call, or one
    /// the compiler calls for a pattern (see <see cref="CalledFromOutside"/>). A leaf like that still ticks on
    /// entry, because the library loop that calls it is not metered; an unknown function is assumed
    /// to be callable.
    /// </summary>
    public bool IsCallableByLibraries(IMethodSymbol? method)
    {
        if (method is null || method.MethodKind == MethodKind.AnonymousFunction
            || method.IsVirtual || method.IsOverride || method.IsAbstract || !method.ExplicitInterfaceImplementations.IsEmpty
            || ImplementsInterfaceMember(method) || (method.AssociatedSymbol is { } property && ImplementsInterfaceMember(property))
            || CalledFromOutside.Includes(method))
        {
            return true;
        }

        _delegateTargets ??= FindDelegateTargets();
        return _delegateTargets.Contains(method.OriginalDefinition);
    }

    private static bool ImplementsInterfaceMember(ISymbol member)
        => member.ContainingType is { } type
            && type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), member));

    /// <summary>
    /// The bot's methods used anywhere as a method group (converted to a delegate). Only names that
    /// some method or local function of the bot declares and that are not the callee of a call are
    /// looked up; a method group in <c>nameof</c> is counted too, which only costs a tick.
    /// </summary>
    private HashSet<IMethodSymbol> FindDelegateTargets()
    {
        var roots = _compilation.SyntaxTrees.Select(tree => tree.GetRoot()).ToList();
        var declared = roots.SelectMany(root => root.DescendantNodes())
            .Select(node => node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var targets = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var root in roots)
        {
            SemanticModel? model = null;
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (!declared.Contains(name.Identifier.ValueText) || IsCallee(name))
                {
                    continue;
                }

                model ??= _compilation.GetSemanticModel(root.SyntaxTree);
                var info = model.GetSymbolInfo(name);
                foreach (var method in info.CandidateSymbols.Prepend(info.Symbol).OfType<IMethodSymbol>())
                {
                    targets.Add(method.OriginalDefinition);
                    if (method.ReducedFrom is { } extension)
                    {
                        targets.Add(extension.OriginalDefinition);
                    }
                }
            }
        }

        return targets;
    }

    /// <summary>Whether <paramref name="name"/> names the method that a call calls (<c>M()</c>, <c>x.M()</c>, <c>x?.M()</c>).</summary>
    private static bool IsCallee(SimpleNameSyntax name)
    {
        SyntaxNode callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access
            : name.Parent is MemberBindingExpressionSyntax binding ? binding
            : name;
        return callee.Parent is InvocationExpressionSyntax call && call.Expression == callee;
    }

    private static bool IsArrayOrString(ITypeSymbol? type)
        => type is IArrayTypeSymbol or { SpecialType: SpecialType.System_String };

    private bool IsLeafOperation(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => IsTrustedCall(invocation.TargetMethod, invocation.IsVirtual),
        IObjectCreationOperation creation => creation.Constructor is null || IsTrustedCall(creation.Constructor, isVirtual: false),
        IPropertyReferenceOperation property => IsLeafProperty(property.Property),
        IBinaryOperation binary => binary.OperatorMethod is null
            ? !IsStringConcatenation(binary)
            : IsTrustedCall(binary.OperatorMethod, isVirtual: false),
        IUnaryOperation unary => unary.OperatorMethod is null || IsTrustedCall(unary.OperatorMethod, isVirtual: false),
        IIncrementOrDecrementOperation step => step.OperatorMethod is null || IsTrustedCall(step.OperatorMethod, isVirtual: false),
        ICompoundAssignmentOperation compound => compound.OperatorMethod is null
            ? compound.Target.Type?.SpecialType != SpecialType.System_String
            : IsTrustedCall(compound.OperatorMethod, isVirtual: false),
        IConversionOperation conversion => conversion.OperatorMethod is null || IsTrustedCall(conversion.OperatorMethod, isVirtual: false),
        IEventReferenceOperation or IEventAssignmentOperation or IDynamicInvocationOperation or IDynamicMemberReferenceOperation
            or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation or ITypeParameterObjectCreationOperation
            or IDeconstructionAssignmentOperation or IRecursivePatternOperation or IImplicitIndexerReferenceOperation
            or IRangeOperation or IInterpolatedStringOperation or IUsingOperation or ILockOperation => false,
        _ => true,
    };

    private static bool IsStringConcatenation(IBinaryOperation binary)
        => binary.OperatorKind == BinaryOperatorKind.Add
            && (binary.LeftOperand.Type?.SpecialType == SpecialType.System_String || binary.RightOperand.Type?.SpecialType == SpecialType.System_String);

    private bool IsLeafProperty(IPropertySymbol property)
    {
        if (property.ContainingType.SpecialType == SpecialType.System_String && property.Name == "Length")
        {
            return true;
        }

        if (property.ContainingType.SpecialType == SpecialType.System_Array && property.Name is "Length" or "Rank")
        {
            return true;
        }

        return (property.GetMethod is null || IsTrustedCall(property.GetMethod, property.IsVirtual || property.IsAbstract || property.IsOverride))
            && (property.SetMethod is null || IsTrustedCall(property.SetMethod, property.IsVirtual || property.IsAbstract || property.IsOverride));
    }

    /// <summary>A call a leaf may make: to <see cref="Math"/>, or non-virtually to another leaf of the bot.</summary>
    private bool IsTrustedCall(IMethodSymbol method, bool isVirtual)
    {
        if (IsMath(method))
        {
            return true;
        }

        if (isVirtual || method.IsVirtual || method.IsAbstract || method.IsOverride
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly))
        {
            return false;
        }

        return IsLeafMethod(method.OriginalDefinition);
    }

    private static bool IsMath(IMethodSymbol method)
        => method.IsStatic && method.ContainingType is { Name: "Math" or "MathF", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private bool IsLeafMethod(IMethodSymbol method)
    {
        if (_methods.TryGetValue(method, out var known))
        {
            return known;
        }

        // In progress counts as not a leaf, so that a recursion is never a leaf.
        _methods[method] = false;
        bool isLeaf = !method.IsIterator && !method.IsAsync && method.DeclaringSyntaxReferences.Length <= 1;
        if (isLeaf && method.DeclaringSyntaxReferences.Length == 1)
        {
            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
            isLeaf = declaration switch
            {
                ConstructorDeclarationSyntax { Initializer: not null } => false,
                BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax
                    => IsLeafBody(ExpressionBodies.FunctionBodyOf(declaration), model),

                // A record's positional property: a compiler-written field accessor.
                ParameterSyntax when method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet => true,

                // Other compiler-written members (record equality, primary constructors) may run
                // initializers or generated code that calls back into the bot: not leaves.
                _ => false,
            };

            // Field initializers and an implicit base constructor call run inside a constructor
            // without appearing in its body: only constructors free of both can be leaves.
            if (isLeaf && method.MethodKind == MethodKind.Constructor
                && (HasInstanceInitializers(method.ContainingType) || !HasTrivialBase(method.ContainingType)))
            {
                isLeaf = false;
            }
        }
        else if (isLeaf)
        {
            // No declaration in source: an implicit constructor or an auto-property accessor.
            isLeaf = method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet
                || (method.MethodKind == MethodKind.Constructor && !HasInstanceInitializers(method.ContainingType) && method.ContainingType.IsValueType);
        }

        _methods[method] = isLeaf;
        return isLeaf;
    }

    private static bool HasTrivialBase(INamedTypeSymbol type)
        => type.IsValueType || type.BaseType?.SpecialType == SpecialType.System_Object;

    private static bool HasInstanceInitializers(INamedTypeSymbol type)
        => type.GetMembers().Any(m => !m.IsStatic && m.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer: not null } or PropertyDeclarationSyntax { Initializer: not null }));
}
