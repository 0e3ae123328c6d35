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

        private SymbolVerdict(VerdictKind kind, SymbolRule? rule, ISymbol? deniedType, SymbolVerdict? deniedTypeVerdict, string? allowPattern = null)
        {
            Kind = kind;
            Rule = rule;
            DeniedType = deniedType;
            DeniedTypeVerdict = deniedTypeVerdict;
            AllowPattern = allowPattern;
        }

        public VerdictKind Kind { get; }

        public bool IsAllowed => Kind == VerdictKind.Allowed;

        /// <summary>The deciding rule: the deny rule, or for <see cref="VerdictKind.UsesDeniedType"/> the rule that denied the type.</summary>
        public SymbolRule? Rule { get; }

        /// <summary>For <see cref="VerdictKind.UsesDeniedType"/>: the type that is not usable.</summary>
        public ISymbol? DeniedType { get; }

        /// <summary>The innermost verdict that decides: never itself <see cref="VerdictKind.UsesDeniedType"/>.</summary>
        public SymbolVerdict? DeniedTypeVerdict { get; }

        /// <summary>
        /// For <see cref="VerdictKind.NotAllowlisted"/>: the pattern a game's rules file would allow to lift the
        /// refusal (the member, or its type when nothing of the type is allowed), if the symbol has an ID.
        /// </summary>
        public string? AllowPattern { get; }

        /// <summary>The reason text an author sees, from the deciding rule if it gives one.</summary>
        public string? Reason => Rule?.Reason;

        internal static SymbolVerdict Denied(SymbolRule rule) => new(VerdictKind.DeniedByRule, rule, null, null);

        internal static SymbolVerdict NotAllowlisted { get; } = new(VerdictKind.NotAllowlisted, null, null, null);

        internal static SymbolVerdict NotAllowlistedUnless(string allowPattern) =>
            new(VerdictKind.NotAllowlisted, null, null, null, allowPattern);

        // A verdict about a type that is itself refused for a type it uses names that innermost type once:
        // "it uses 'Point', which no rule allows", never "it uses 'Point', which is it uses 'Point'…".
        internal static SymbolVerdict UsesDenied(ISymbol type, SymbolVerdict typeVerdict) =>
            typeVerdict.Kind == VerdictKind.UsesDeniedType
                ? new(VerdictKind.UsesDeniedType, typeVerdict.Rule, typeVerdict.DeniedType, typeVerdict.DeniedTypeVerdict)
                : new(VerdictKind.UsesDeniedType, typeVerdict.Rule, type, typeVerdict);

        /// <summary>
        /// Why the symbol is refused, as a clause that completes "'X' is not allowed: …",
        /// e.g. <c>denied by 'deny T:System.IO.File' (preset:bots:40): no file system access</c>.
        /// </summary>
        public string Explain()
        {
            switch (Kind)
            {
                case VerdictKind.DeniedByRule:
                    return DeniedBy();
                case VerdictKind.NotAllowlisted:
                    return Refusal.NoRuleAllowsIt + HowToAllow();
                case VerdictKind.UsesDeniedType:
                    var type = $"it uses '{DeniedType!.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}', which ";
                    return DeniedTypeVerdict!.Kind == VerdictKind.NotAllowlisted
                        ? type + "no rule allows" + DeniedTypeVerdict.HowToAllow()
                        : type + "is " + DeniedTypeVerdict.DeniedBy();
                default:
                    return "allowed";
            }
        }

        private string DeniedBy() => Refusal.DeniedBy(Rule!);

        // The way forward an operator has: the allow line that would lift the refusal.
        private string HowToAllow() =>
            AllowPattern is null ? string.Empty : $" (a game's rules file can allow it with 'allow {AllowPattern}')";
    }
}
