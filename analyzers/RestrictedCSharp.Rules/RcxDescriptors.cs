using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The Roslyn descriptor of a catalog entry, made the same way for the analyzer and the rewriter: an error,
    /// on by default, and not configurable.
    /// </summary>
    public static class RcxDescriptors
    {
        public static DiagnosticDescriptor ToDescriptor(this RcxDiagnostic diagnostic)
        {
            // NotConfigurable: '#pragma warning disable', .editorconfig and rule-set files cannot lower or hide
            // these. (Server-side validation also refuses [SuppressMessage].)
            var tags = new List<string> { WellKnownDiagnosticTags.NotConfigurable };
            if (diagnostic.ReportedAtCompilationEnd)
            {
                tags.Add(WellKnownDiagnosticTags.CompilationEnd);
            }

            return new DiagnosticDescriptor(
                diagnostic.Id,
                diagnostic.Title,
                diagnostic.MessageFormat,
                diagnostic.Category,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                description: diagnostic.Description,
                helpLinkUri: diagnostic.HelpLink,
                customTags: tags.ToArray());
        }
    }
}
