using System.Globalization;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// One diagnostic of <see cref="RcxCatalog"/>: what every reporter (analyzer, rewriter, IL audit, validation)
    /// says under its ID. Every RCX diagnostic is an error.
    /// </summary>
    public sealed class RcxDiagnostic
    {
        internal RcxDiagnostic(string id, string category, string title, string messageFormat, string? description, bool reportedAtCompilationEnd)
        {
            Id = id;
            Category = category;
            Title = title;
            MessageFormat = messageFormat;
            Description = description;
            ReportedAtCompilationEnd = reportedAtCompilationEnd;
        }

        /// <summary><c>RCX</c> and four digits.</summary>
        public string Id { get; }

        /// <summary>The group in docs/DIAGNOSTICS.md: Symbols, Language, Reserved, Audit….</summary>
        public string Category { get; }

        public string Title { get; }

        /// <summary>A composite format (<c>{0}</c>…) whose arguments the entry's documentation comment names.</summary>
        public string MessageFormat { get; }

        /// <summary>A longer explanation, or null where the title and message say it all.</summary>
        public string? Description { get; }

        /// <summary>The help page, docs/rules/RCXnnnn.md.</summary>
        public string HelpLink => RcxCatalog.HelpLinkBase + Id + ".md";

        /// <summary>Whether the analyzer reports it once the whole compilation is seen (a Roslyn custom tag).</summary>
        public bool ReportedAtCompilationEnd { get; }

        /// <summary>The message with its arguments, formatted the same on every machine.</summary>
        public string Format(params object[] arguments) =>
            string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

        public override string ToString() => Id;
    }
}
