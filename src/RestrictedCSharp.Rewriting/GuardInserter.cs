using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Inserts the guards into one syntax tree, reading the original tree's semantic model. Every
/// decision is made on the original node (before its children are rewritten); insertions are
/// written on existing lines, so the guarded text has the author's line numbers.
/// </summary>
/// <remarks>
/// Expressions that must be wrapped (a size argument, an array dimension, an initializer) are
/// recorded when their parent is visited and wrapped in <see cref="Visit"/> once rewritten.
/// What anything costs is asked of the compilation's <see cref="CostModel"/>. One partial file per
/// construct, as Roslyn's lowering splits its rewriter: Functions, Loops, CatchClauses, Calls,
/// Allocations, Initializers, LibraryWork, StructuralText, Receivers. Inserted statements and
/// expressions are built with <see cref="SyntaxFactory"/> (through <see cref="GuardSyntax"/>); type
/// names are parsed from their fully qualified display string, the one way any type is written.
/// </remarks>
internal sealed partial class GuardInserter : CSharpSyntaxRewriter
{
    private readonly SemanticModel _model;
    private readonly IAllocationSizeRules _sizeRules;
    private readonly CostModel _costModel;
    private readonly TickCost _costs;
    private readonly Dictionary<SyntaxNode, Func<ExpressionSyntax, ExpressionSyntax>> _pendingWraps = new();

    // For each function being visited: its iterator flag's name, or null if it is not an iterator.
    private readonly Stack<string?> _iteratorFlags = new();
    private int _nameCounter;

    public GuardInserter(SemanticModel model, IAllocationSizeRules sizeRules, CostModel costs)
    {
        _model = model;
        _sizeRules = sizeRules;
        _costModel = costs;
        _costs = costs.SitesIn(model);
    }

    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var rewritten = base.Visit(node);
        if (rewritten is ExpressionSyntax expression && _pendingWraps.Remove(node, out var wrap))
        {
            rewritten = GuardSyntax.MoveTriviaOutside(expression, wrap);
        }

        return rewritten;
    }

    // Attribute arguments are constants: nothing to guard, and calls are not allowed there.
    public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) => node;

    private static bool IsNameable(ITypeSymbol type) => type switch
    {
        { IsAnonymousType: true } or IPointerTypeSymbol or IFunctionPointerTypeSymbol or IErrorTypeSymbol => false,
        IArrayTypeSymbol array => IsNameable(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.All(IsNameable),
        _ => true,
    };

    private string NewName(string prefix) => prefix + (++_nameCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
