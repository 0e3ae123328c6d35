using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// What the rewriter reports, as descriptors of <see cref="RcxCatalog"/> entries: the analyzer's reserved-name and
/// frame checks (RCX0301–RCX0304, RCX0501, RCX0505), which the rewriter repeats because it must never trust what
/// came before it, and its own failure (RCX2001). Messages and IDs are the catalog's, the same as the analyzer's.
/// </summary>
public static class RewriteDiagnostics
{
    public static readonly DiagnosticDescriptor GuardNamespace = RcxCatalog.GuardNamespace.ToDescriptor();
    public static readonly DiagnosticDescriptor ReservedIdentifier = RcxCatalog.ReservedIdentifier.ToDescriptor();
    public static readonly DiagnosticDescriptor ReservedNamespace = RcxCatalog.ReservedNamespace.ToDescriptor();
    public static readonly DiagnosticDescriptor ShadowingName = RcxCatalog.ShadowingName.ToDescriptor();
    public static readonly DiagnosticDescriptor StackFrameTooLarge = RcxCatalog.StackFrameTooLarge.ToDescriptor();
    public static readonly DiagnosticDescriptor TypeArgumentTooLarge = RcxCatalog.TypeArgumentTooLarge.ToDescriptor();
    public static readonly DiagnosticDescriptor RewriteFailed = RcxCatalog.RewriteFailed.ToDescriptor();
}
