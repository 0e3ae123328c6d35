using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Finds the rules for a compilation. An explicit rule set (the server's) wins and additional files
    /// are then ignored. Otherwise the project's rules file is read — the additional file the package
    /// marks as the root, else the one named <c>restricted.rules</c> — with
    /// the other <c>*.rules</c> additional files serving its <c>include path.rules</c> lines; without
    /// one, the <c>bots</c> preset applies. Parsed results are cached by the rules files' text, so an IDE
    /// does not reparse them on every keystroke in a C# file.
    /// </summary>
    internal static class RulesResolver
    {
        private const int MaxCachedRuleSets = 16;

        /// <summary>Item metadata the package sets on the rules file it passes: <c>root</c> for the project's own.</summary>
        private const string RoleMetadata = "build_metadata.AdditionalFiles.RestrictedCSharpRulesRole";

        private static readonly Lazy<ResolvedRules> DefaultRules =
            new(() => new ResolvedRules(RuleSetLoader.Preset(Presets.Bots)), LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly ConcurrentDictionary<string, ResolvedRules> CacheByText = new(StringComparer.Ordinal);

        /// <summary>
        /// At each compilation start, resolves the rules in force once and hands them to
        /// <paramref name="register"/>. While the rules files have errors nothing is registered:
        /// <see cref="RulesFileAnalyzer"/> reports why.
        /// </summary>
        public static void RegisterWithRules(
            AnalysisContext context, RuleSet? explicitRules, Action<CompilationStartAnalysisContext, RuleSet> register) =>
            context.RegisterCompilationStartAction(start =>
            {
                if (Resolve(explicitRules, start.Options, start.CancellationToken).RuleSet is { } rules)
                {
                    register(start, rules);
                }
            });

        public static ResolvedRules Resolve(RuleSet? explicitRules, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (explicitRules is not null)
            {
                return new ResolvedRules(explicitRules);
            }

            var rulesFiles = new List<(string Path, SourceText Text)>();
            var markedRoots = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in options.AdditionalFiles)
            {
                if (file.Path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase) && file.GetText(cancellationToken) is { } text)
                {
                    rulesFiles.Add((file.Path, text));
                    if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role)
                        && string.Equals(role, "root", StringComparison.OrdinalIgnoreCase))
                    {
                        markedRoots.Add(file.Path);
                    }
                }
            }

            // The package marks the project's rules file (which a project may name otherwise);
            // without the mark, the file is known by its conventional name.
            var mainFiles = rulesFiles
                .Where(f => markedRoots.Count > 0 ? markedRoots.Contains(f.Path) : IsMainRulesFile(f.Path))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            if (mainFiles.Count == 0)
            {
                return DefaultRules.Value;
            }

            var key = CacheKey(rulesFiles, mainFiles);
            if (CacheByText.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var resolved = mainFiles.Count > 1
                ? new ResolvedRules(ImmutableArray.Create(RulesErrorAt(
                    mainFiles[1].Path, mainFiles[1].Text, 1,
                    $"more than one project rules file is an additional file ({string.Join(", ", mainFiles.Select(f => f.Path))}): a project has exactly one")))
                : Load(mainFiles[0], rulesFiles);

            if (CacheByText.Count >= MaxCachedRuleSets)
            {
                CacheByText.Clear();
            }

            CacheByText[key] = resolved;
            return resolved;
        }

        private static ResolvedRules Load((string Path, SourceText Text) main, List<(string Path, SourceText Text)> rulesFiles)
        {
            // Includes are resolved to full paths by the loader; serve them from the additional files.
            var byFullPath = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            foreach (var file in rulesFiles)
            {
                if (FullPath(file.Path) is { } fullPath)
                {
                    byFullPath[fullPath] = file.Text;
                }
            }

            var result = RuleSetLoader.Load(
                main.Text.ToString(),
                main.Path,
                path => byFullPath.TryGetValue(path, out var text) ? text.ToString() : null);
            if (result.RuleSet is not null)
            {
                return new ResolvedRules(result.RuleSet);
            }

            var errors = result.Errors
                .Select(error => RulesErrorAt(error.Source, TextOf(error.Source, main, byFullPath), error.Line, error.Message))
                .ToImmutableArray();
            return new ResolvedRules(errors);
        }

        private static SourceText? TextOf(string source, (string Path, SourceText Text) main, Dictionary<string, SourceText> byFullPath)
        {
            if (string.Equals(source, main.Path, StringComparison.Ordinal))
            {
                return main.Text;
            }

            return FullPath(source) is { } fullPath && byFullPath.TryGetValue(fullPath, out var text) ? text : null;
        }

        /// <summary>An RCX0901 at a rules file's line (the whole line), or at the file alone when its text is unknown.</summary>
        private static Diagnostic RulesErrorAt(string path, SourceText? text, int line, string message)
        {
            Location location;
            if (text is not null && line >= 1 && line <= text.Lines.Count)
            {
                var textLine = text.Lines[line - 1];
                location = Location.Create(path, textLine.Span, text.Lines.GetLinePositionSpan(textLine.Span));
            }
            else
            {
                var start = new LinePosition(Math.Max(line - 1, 0), 0);
                location = Location.Create(path, default, new LinePositionSpan(start, start));
            }

            return Diagnostic.Create(RestrictedDiagnostics.RulesFileError, location, path, line, message);
        }

        private static bool IsMainRulesFile(string path) =>
            string.Equals(Path.GetFileName(path), RuleSetLoader.DefaultFileName, StringComparison.OrdinalIgnoreCase);

        private static string CacheKey(List<(string Path, SourceText Text)> rulesFiles, List<(string Path, SourceText Text)> mainFiles)
        {
            var key = new StringBuilder();
            foreach (var main in mainFiles)
            {
                key.Append(main.Path).Append('\0');
            }

            key.Append('\0');
            foreach (var (path, text) in rulesFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                key.Append(path).Append('\0').Append(text.ToString()).Append('\0');
            }

            return key.ToString();
        }

        private static string? FullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }
    }
}
