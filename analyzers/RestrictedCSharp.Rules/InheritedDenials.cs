using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// A deny on a virtual, abstract or interface member also covers the library's overrides and implementations
    /// of it: <c>deny M:System.Exception.ToString</c> covers <c>FileNotFoundException.ToString</c>, and
    /// <c>deny M:System.IDisposable.Dispose</c> covers <c>List&lt;T&gt;.Enumerator.Dispose</c>. Only member rules
    /// (<c>M:</c>, <c>P:</c>, <c>E:</c>) are inherited this way; a member rule naming the override itself decides
    /// for it. The analyzer and the IL audit both ask here, so they agree.
    /// </summary>
    public static class InheritedDenials
    {
        /// <summary>The deny rule an overridden or implemented member passes down to <paramref name="member"/>, if any.</summary>
        public static SymbolRule? Find(ISymbol member, RuleMatcher matcher)
        {
            var own = Match(member, matcher);
            if (own is not null && IsMemberRule(own) && own.Pattern.Path.Length >= PathOf(member).Length)
            {
                return null; // a rule written for this very member decides
            }

            foreach (var ancestor in Ancestors(member))
            {
                if (Match(ancestor, matcher) is { Action: RuleAction.Deny } rule && IsMemberRule(rule))
                {
                    return rule;
                }
            }

            return null;
        }

        /// <summary>
        /// The IL audit's view: the inherited deny rule of a member named by documentation ID, found in
        /// <paramref name="compilation"/>'s references (the audit reads no library metadata itself). The build and
        /// the host both audit through this, each with the assemblies the bot is compiled or run against.
        /// </summary>
        public static System.Func<string, SymbolRule?> ResolverFor(Compilation compilation, RuleMatcher matcher) => id =>
            DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is { } symbol ? Find(symbol, matcher) : null;

        private static SymbolRule? Match(ISymbol symbol, RuleMatcher matcher) =>
            symbol.OriginalDefinition.GetDocumentationCommentId() is { } id ? matcher.Match(id) : null;

        private static string PathOf(ISymbol symbol) => symbol.OriginalDefinition.GetDocumentationCommentId() is { Length: > 2 } id ? id.Substring(2) : string.Empty;

        private static bool IsMemberRule(SymbolRule rule) => rule.Pattern.Kind is 'M' or 'P' or 'E';

        /// <summary>The members <paramref name="member"/> overrides, and the interface members it implements.</summary>
        private static IEnumerable<ISymbol> Ancestors(ISymbol member)
        {
            for (var overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
            {
                yield return overridden;
            }

            if (member.ContainingType is not { } type || member.IsStatic)
            {
                yield break;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var candidate in @interface.GetMembers(member.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    {
                        yield return candidate;
                    }
                }
            }

            foreach (var candidate in ExplicitImplementations(member))
            {
                yield return candidate;
            }
        }

        private static ISymbol? Overridden(ISymbol member) => member switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };

        private static IEnumerable<ISymbol> ExplicitImplementations(ISymbol member) => member switch
        {
            IMethodSymbol method => method.ExplicitInterfaceImplementations,
            IPropertySymbol property => property.ExplicitInterfaceImplementations,
            IEventSymbol @event => @event.ExplicitInterfaceImplementations,
            _ => System.Array.Empty<ISymbol>(),
        };
    }
}
