using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Names that belong to the toolchain, the compiler or the runtime; bot code may neither declare nor
    /// shadow them. The analyzer, the rewriter and the IL audit all decide from this one list.
    /// </summary>
    public static class ReservedNames
    {
        /// <summary>The toolchain's root namespace (the guard runtime, and the bot-callable <c>RestrictedCSharp.Budget</c>).</summary>
        public const string ToolchainRoot = "RestrictedCSharp";

        /// <summary>The guard runtime's namespace; no bot may declare types in it (or below it), nor use it.</summary>
        public const string GuardNamespace = ToolchainRoot + ".Guards";

        /// <summary>The type every inserted guard call goes to, as <c>global::RestrictedCSharp.Guards.Guard</c>.</summary>
        public const string GuardType = GuardNamespace + ".Guard";

        /// <summary>The ticks-left reading bots may call, in the guard runtime's assembly.</summary>
        public const string BudgetType = ToolchainRoot + ".Budget";

        /// <summary>The simple name of the assembly that defines <see cref="GuardType"/>.</summary>
        public const string GuardAssembly = "RestrictedCSharp.Guards";

        /// <summary>The prefix of every identifier the rewriter inserts.</summary>
        public const string IdentifierPrefix = "__rcx";

        /// <summary>
        /// The first segments of every fully qualified name that inserted or compiler-generated code reaches:
        /// the rewriter writes <c>global::RestrictedCSharp.Guards.Guard</c>, <c>global::System.Exception</c> and
        /// fully qualified framework types; the compiler looks its well-known types and embedded attributes up
        /// by metadata name (<c>System.*</c>, <c>Microsoft.CSharp.*</c>, <c>Microsoft.CodeAnalysis.*</c>,
        /// <c>Windows.Foundation.*</c> for WinRT events); the runtime's own assemblies also hold <c>Internal.*</c>.
        /// A bot namespace under one of these, or a top-level bot type of one of these names, would capture them.
        /// </summary>
        public static ImmutableArray<string> Roots { get; } =
            ImmutableArray.Create("System", "Microsoft", "Windows", "Internal", ToolchainRoot);

        private static readonly ImmutableHashSet<string> RootSet = ImmutableHashSet.CreateRange(StringComparer.Ordinal, Roots);

        /// <summary>Whether <paramref name="name"/>, a single identifier, is one of the <see cref="Roots"/>.</summary>
        public static bool IsRoot(string name) => RootSet.Contains(name);

        /// <summary>The first segment of a dotted name: <c>System.Collections</c> → <c>System</c>.</summary>
        public static string RootOf(string dottedName)
        {
            var dot = dottedName.IndexOf('.');
            return dot < 0 ? dottedName : dottedName.Substring(0, dot);
        }

        /// <summary>Whether a namespace's full name is the guard runtime's namespace or under it.</summary>
        public static bool IsGuardNamespace(string fullName) =>
            fullName == GuardNamespace || fullName.StartsWith(GuardNamespace + ".", StringComparison.Ordinal);

        /// <summary>
        /// How a declared namespace or type falls into the reserved names, judged by the names its symbol has
        /// (so '@System' and '\u0053ystem' are System, as binding sees them), or <see cref="ReservedNameUse.None"/>.
        /// </summary>
        public static ReservedNameUse Classify(INamespaceOrTypeSymbol declared)
        {
            if (declared is INamespaceSymbol { IsGlobalNamespace: true })
            {
                return ReservedNameUse.None;
            }

            if (declared is INamespaceSymbol ns)
            {
                var fullName = ns.ToDisplayString();
                return IsGuardNamespace(fullName) ? ReservedNameUse.GuardNamespace
                    : IsRoot(OutermostNamespace(ns).Name) ? ReservedNameUse.ReservedNamespace
                    : ReservedNameUse.None;
            }

            // Only a top-level type of the global namespace can stand in for a namespace root: any other type
            // is reached through its own (already judged) namespace or containing type.
            return declared.ContainingType is null
                && declared.ContainingNamespace is { IsGlobalNamespace: true }
                && IsRoot(declared.Name)
                ? ReservedNameUse.ShadowingType
                : ReservedNameUse.None;
        }

        private static INamespaceSymbol OutermostNamespace(INamespaceSymbol ns)
        {
            while (ns.ContainingNamespace is { IsGlobalNamespace: false } outer)
            {
                ns = outer;
            }

            return ns;
        }
    }
}
