using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The cost model of one compilation, which every question about what the bot's code costs is asked of.
/// Each question has one answerer, which caches its answers for the whole compilation:
/// <list type="bullet">
/// <item>is this function a leaf, and may code outside the bot call it: <see cref="Leaves"/>;</item>
/// <item>how large is this function's frame, does it probe the stack: <see cref="Frames"/>;</item>
/// <item>which entry guard does this function get: <see cref="GuardOf"/>;</item>
/// <item>how long is this lookup table: <see cref="Tables"/>;</item>
/// <item>what does a call to a bare leaf cost its caller: <see cref="LeafCalls"/>;</item>
/// <item>what does this site cost, is this loop absorbed or counted and how many rounds: <see cref="SitesIn"/>
/// (one per tree, with the tree's <see cref="CountedLoops"/>).</item>
/// </list>
/// </summary>
internal sealed class CostModel
{
    private readonly Dictionary<SyntaxTree, TickCost> _sites = new();

    public CostModel(Compilation compilation)
    {
        Compilation = compilation;
        Frames = new FunctionFrames();
        Leaves = new LeafAnalysis(compilation, Frames);
        Tables = new FixedLengthArrays(compilation);
        LeafCalls = new LeafCallCosts(this);
    }

    public Compilation Compilation { get; }

    public LeafAnalysis Leaves { get; }

    public FunctionFrames Frames { get; }

    public FixedLengthArrays Tables { get; }

    public LeafCallCosts LeafCalls { get; }

    /// <summary>
    /// The site costs of the tree that <paramref name="model"/> describes. One per tree, so that a leaf's
    /// body is costed with its own tree's model, and each loop of the tree is recognized once.
    /// </summary>
    public TickCost SitesIn(SemanticModel model)
    {
        if (!_sites.TryGetValue(model.SyntaxTree, out var sites))
        {
            sites = new TickCost(model, this);
            _sites[model.SyntaxTree] = sites;
        }

        return sites;
    }

    /// <summary>The site costs of <paramref name="tree"/>, with the model they were first asked with.</summary>
    public TickCost SitesIn(SyntaxTree tree)
        => _sites.TryGetValue(tree, out var sites) ? sites : SitesIn(Compilation.GetSemanticModel(tree));

    /// <summary>The guard at the entry of the function with <paramref name="body"/> (see <see cref="GuardedFunctions"/>).</summary>
    public FunctionGuard GuardOf(SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
        => GuardedFunctions.For(Leaves, model, body, symbol);
}
