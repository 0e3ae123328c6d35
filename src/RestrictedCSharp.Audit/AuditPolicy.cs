using System.Collections.Immutable;
using System.Reflection;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit;

/// <summary>
/// What the IL audit accepts: the game's rules, plus the compiler's own helpers
/// (<c>compiler-helpers.rules</c>), plus the guard runtime's entry points, which the toolchain itself adds.
/// </summary>
public sealed class AuditPolicy
{
    // Types a compiled bot may hold but never use: records compare `typeof(R)` values, array initialisers
    // pass field handles. Their members stay refused unless a helper rule names them.
    private static readonly ImmutableHashSet<string> OpaqueTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal, "T:System.Type", "T:System.RuntimeTypeHandle", "T:System.RuntimeFieldHandle");

    private static readonly Lazy<RuleMatcher> CompilerHelpers = new(LoadCompilerHelpers);

    // What the audit allows of the guard runtime besides the rules: the entry points the rewriter inserts, and the
    // ticks-left reading bots may call; nothing else of ours. Every audit applies it, so no caller can forget it.
    private static readonly RuleMatcher GuardRuntime = new(new[] { ReservedNames.GuardType, ReservedNames.BudgetType }.Select(ToolchainAllowance));

    private readonly RuleMatcher _rules;
    private readonly Func<string, SymbolRule?>? _inheritedDenials;

    /// <param name="rules">The game's rule set (the same one the analyzer used); required, there is no default.</param>
    /// <param name="guardAssembly">
    /// The guard runtime the bot must reference, where every reference into <c>RestrictedCSharp.*</c> must land;
    /// its version and public key token are checked when given. Null: the simple name alone.
    /// </param>
    /// <param name="inheritedDenials">
    /// The deny rule a member inherits from what it overrides or implements (<see cref="InheritedDenials"/>), by
    /// documentation ID; the audit reads no library metadata itself, so the caller resolves IDs (the build does it
    /// through its compilation's references).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public AuditPolicy(RuleSet rules, AssemblyName? guardAssembly = null, Func<string, SymbolRule?>? inheritedDenials = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _inheritedDenials = inheritedDenials;
        Rules = rules;
        GuardAssembly = guardAssembly ?? new AssemblyName(ReservedNames.GuardAssembly);
        _rules = rules.Matcher;
    }

    public RuleSet Rules { get; }

    /// <summary>The one assembly that references into the toolchain's names may resolve to.</summary>
    public AssemblyName GuardAssembly { get; }

    /// <summary>Null when the type may be used; otherwise why not. Lenient checks also accept opaque types.</summary>
    internal string? RefuseType(string typeId, bool lenient)
    {
        if (IsHelper(typeId) || (lenient && OpaqueTypes.Contains(typeId)))
        {
            return null;
        }

        return Refusal.Clause(_rules.Match(typeId));
    }

    /// <summary>Null when the member's own rule allows it (its signature is checked separately).</summary>
    internal string? RefuseMember(string memberId, string? accessorOf)
    {
        var rule = accessorOf is null ? _rules.Match(memberId) : _rules.MatchAccessor(memberId, accessorOf);

        if (rule is { Action: RuleAction.Allow } && _inheritedDenials?.Invoke(accessorOf ?? memberId) is { } inherited)
        {
            rule = inherited;
        }

        return Refusal.Clause(rule);
    }

    /// <summary>Compiler helpers and toolchain entry points are allowed whatever their signature.</summary>
    internal bool IsHelper(string id) =>
        CompilerHelpers.Value.Match(id)?.Action == RuleAction.Allow || GuardRuntime.Match(id) is not null;

    private static SymbolRule ToolchainAllowance(string type) =>
        SymbolPattern.TryParse("T:" + type, out var pattern, out var error)
            ? new SymbolRule(RuleAction.Allow, pattern, null, new RuleOrigin("toolchain", 0))
            : throw new InvalidOperationException(error);

    private static RuleMatcher LoadCompilerHelpers()
    {
        using var stream = typeof(AuditPolicy).Assembly.GetManifestResourceStream("RestrictedCSharp.Audit.compiler-helpers.rules")!;
        using var reader = new StreamReader(stream);
        var result = RuleSetLoader.Load(reader.ReadToEnd(), "compiler-helpers.rules");
        return result.RuleSet?.Matcher ?? throw new InvalidOperationException(
            "compiler-helpers.rules is broken: " + string.Join("; ", result.Errors));
    }
}
