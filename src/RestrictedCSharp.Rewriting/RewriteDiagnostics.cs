using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Why the rewriter refused a compilation. The IDs are the analyzer's (RCX0301–RCX0304, RCX0501, RCX0505):
/// the rewriter checks them again because it must never trust what came before it; RCX2001 is its own failure.
/// </summary>
// Descriptors for the rewriter's result, not an analyzer's: release tracking does not apply.
#pragma warning disable RS2008
public static class RewriteDiagnostics
{
    private const string Category = "RestrictedCSharp.Reserved";

    /// <summary>{0}: the symbol or namespace used.</summary>
    public static readonly DiagnosticDescriptor GuardNamespace = new(
        "RCX0301", "Guard runtime namespace",
        "'{0}' is not allowed: '" + GuardNames.GuardNamespace + "' and the namespaces under it belong to the guard runtime",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>{0}: the identifier.</summary>
    public static readonly DiagnosticDescriptor ReservedIdentifier = new(
        "RCX0302", "Reserved identifier",
        "Identifier '{0}' is not allowed: names starting with '" + GuardNames.ReservedPrefix + "' are reserved for the code the toolchain inserts",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>{0}: the namespace declared; {1}: the reserved name it is in.</summary>
    public static readonly DiagnosticDescriptor ReservedNamespace = new(
        "RCX0303", "Namespace in a reserved name",
        "Namespace '{0}' is not allowed: '{1}' belongs to the runtime, the compiler or the toolchain, whose generated code reaches it by name",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>{0}: the type or alias declared; {1}: the reserved name it shadows.</summary>
    public static readonly DiagnosticDescriptor ShadowingName = new(
        "RCX0304", "Top-level name shadows a reserved namespace",
        "'{0}' is not allowed: a top-level type or alias named '{1}' would shadow the namespace that generated code reaches as 'global::{1}'",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);
    /// <summary>{0}: the function, {1}: its estimated frame in bytes, {2}: the limit.</summary>
    public static readonly DiagnosticDescriptor StackFrameTooLarge = new(
        "RCX0501", "Stack frame too large",
        "'{0}' needs about {1} bytes of stack for each call, over the {2} bytes a function may use: keep large values in an array or a class",
        "RestrictedCSharp.Metering", DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>{0}: the type argument, {1}: its estimated size in bytes, {2}: the limit, {3}: the generic method or type.</summary>
    public static readonly DiagnosticDescriptor TypeArgumentTooLarge = new(
        "RCX0505", "Struct too large for a type argument of the bot's generic code",
        "'{0}' is about {1} bytes, over the {2} bytes a type argument of '{3}' may take: the stack estimate counts every value of a type parameter at that size; pass a class, or keep the data in an array",
        "RestrictedCSharp.Metering", DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);

    /// <summary>{0}: what went wrong, for the operator's bug report.</summary>
    public static readonly DiagnosticDescriptor RewriteFailed = new(
        "RCX2001", "The guard rewriter failed",
        "The guards could not be inserted into this bot, a bug in the toolchain rather than in the bot: report it to the game's operator with this message, and write the code near this place another way until it is fixed ({0})",
        "RestrictedCSharp.Rewriter", DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.NotConfigurable);
}
#pragma warning restore RS2008
