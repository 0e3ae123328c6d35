using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>Why a symbol may or may not be used.</summary>
    public enum VerdictKind
    {
        Allowed,

        /// <summary>A <c>deny</c> rule is the most specific rule covering the symbol.</summary>
        DeniedByRule,

        /// <summary>No rule covers the symbol: the rule set is an allowlist.</summary>
        NotAllowlisted,

        /// <summary>The symbol is allowed, but a type in its signature or a type argument is not.</summary>
        UsesDeniedType,
    }

    /// <summary>The policy's answer for one symbol, with what decided it.</summary>
    public sealed class SymbolVerdict
    {
        public static SymbolVerdict Allowed { get; } = new(VerdictKind.Allowed, null, null, null);

        private SymbolVerdict(VerdictKind kind, SymbolRule? rule, ISymbol? deniedType, SymbolVerdict? deniedTypeVerdict)
        {
            Kind = kind;
            Rule = rule;
            DeniedType = deniedType;
            DeniedTypeVerdict = deniedTypeVerdict;
        }

        public VerdictKind Kind { get; }

        public bool IsAllowed => Kind == VerdictKind.Allowed;

        /// <summary>The deciding rule: the deny rule, or for <see cref="VerdictKind.UsesDeniedType"/> the rule that denied the type.</summary>
        public SymbolRule? Rule { get; }

        /// <summary>For <see cref="VerdictKind.UsesDeniedType"/>: the type that is not usable.</summary>
        public ISymbol? DeniedType { get; }

        public SymbolVerdict? DeniedTypeVerdict { get; }

        /// <summary>The reason text an author sees, from the deciding rule if it gives one.</summary>
        public string? Reason => Rule?.Reason;

        internal static SymbolVerdict Denied(SymbolRule rule) => new(VerdictKind.DeniedByRule, rule, null, null);

        internal static SymbolVerdict NotAllowlisted { get; } = new(VerdictKind.NotAllowlisted, null, null, null);

        internal static SymbolVerdict UsesDenied(ISymbol type, SymbolVerdict typeVerdict) =>
            new(VerdictKind.UsesDeniedType, typeVerdict.Rule, type, typeVerdict);

        /// <summary>
        /// Why the symbol is refused, as a clause that completes "'X' is not allowed: …",
        /// e.g. <c>denied by 'deny T:System.IO.File' (preset:bots:40): no file system access</c>.
        /// </summary>
        public string Explain()
        {
            switch (Kind)
            {
                case VerdictKind.DeniedByRule:
                    return Rule!.Reason is null
                        ? $"denied by '{Rule.Directive}' ({Rule.Origin})"
                        : $"denied by '{Rule.Directive}' ({Rule.Origin}): {Rule.Reason}";
                case VerdictKind.NotAllowlisted:
                    return "no rule allows it";
                case VerdictKind.UsesDeniedType:
                    return $"it uses '{DeniedType!.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}', which is {DeniedTypeVerdict!.Explain()}";
                default:
                    return "allowed";
            }
        }
    }
}
