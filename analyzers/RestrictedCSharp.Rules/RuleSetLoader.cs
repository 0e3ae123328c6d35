using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Reads rules files: line-oriented, one directive a line, <c>#</c> comments, and a reason after
    /// <c>;</c> on allow/deny lines. Includes are spliced in where they stand; a later line that restates
    /// a pattern, feature or limit replaces the earlier one, which is how a game lifts a preset's deny.
    /// The loader does no I/O itself: included files are read through the caller's <c>readFile</c>
    /// (the analyzer serves them from additional files, the CLI from disk).
    /// </summary>
    public static class RuleSetLoader
    {
        /// <summary>The file name a bot project's rules file has by convention.</summary>
        public const string DefaultFileName = "restricted.rules";

        public static RulesLoadResult Load(string text, string path, Func<string, string?>? readFile = null)
        {
            var builder = new Builder(readFile);
            builder.Read(text, path, isPreset: false);
            return builder.Finish();
        }

        public static RulesLoadResult LoadPreset(string name)
        {
            var builder = new Builder(readFile: null);
            builder.Include(name, Presets.SourceName(name), 0, directory: null);
            return builder.Finish();
        }

        /// <summary>A shipped preset; presets are tested to load cleanly, so a failure here is a bug.</summary>
        public static RuleSet Preset(string name)
        {
            var result = LoadPreset(name);
            return result.RuleSet ?? throw new InvalidOperationException(
                $"Preset '{name}' failed to load: {string.Join("; ", result.Errors)}");
        }

        private sealed class Builder
        {
            private readonly Func<string, string?>? _readFile;
            private readonly List<SymbolRule> _rules = new();
            private readonly Dictionary<string, int> _ruleIndexByPattern = new(StringComparer.Ordinal);
            private readonly Dictionary<LanguageFeature, FeatureSetting> _features = new();
            private readonly Dictionary<string, LimitSetting> _limits = new(StringComparer.Ordinal);
            private readonly Dictionary<string, SizeRule> _sizes = new(StringComparer.Ordinal);
            private readonly Dictionary<string, CostRule> _costs = new(StringComparer.Ordinal);
            private readonly List<string> _sources = new();
            private readonly List<RuleError> _errors = new();
            private readonly Stack<string> _including = new();

            public Builder(Func<string, string?>? readFile) => _readFile = readFile;

            public void Read(string text, string source, bool isPreset)
            {
                _sources.Add(source);
                _including.Push(isPreset ? source : SafeFullPath(source));
                var directory = isPreset ? null : SafeDirectoryName(source);
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    ReadLine(lines[i].TrimEnd('\r'), source, i + 1, directory);
                }

                _including.Pop();
            }

            public RulesLoadResult Finish()
            {
                if (_errors.Count > 0)
                {
                    return new RulesLoadResult(null, _errors.ToImmutableArray());
                }

                var rules = _rules.Where(r => r is not null).ToImmutableArray();
                return new RulesLoadResult(
                    new RuleSet(rules, _features.ToImmutableDictionary(), _limits.ToImmutableDictionary(StringComparer.Ordinal), _sizes.Values.ToImmutableArray(), _costs.Values.ToImmutableArray(), _sources.ToImmutableArray()),
                    ImmutableArray<RuleError>.Empty);
            }

            private void ReadLine(string line, string source, int lineNumber, string? directory)
            {
                // Whichever comes first ends the directive: a comment, or the ';' that starts a reason
                // (a reason runs to the end of the line, so it may contain '#').
                string? reason = null;
                var end = DirectiveEnd(line);
                if (end < line.Length && line[end] == ';')
                {
                    reason = line.Substring(end + 1).Trim();
                    if (reason.Length == 0)
                    {
                        reason = null;
                    }
                }

                line = line.Substring(0, end);
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    if (reason is not null)
                    {
                        Error(source, lineNumber, "a reason (after ';') must follow an allow, deny or cost rule");
                    }

                    return;
                }

                var directive = words[0];
                if (reason is not null && directive != "allow" && directive != "deny" && directive != "cost")
                {
                    Error(source, lineNumber, $"a reason (after ';') is only allowed on allow, deny and cost lines, not on '{directive}'");
                    return;
                }

                var origin = new RuleOrigin(source, lineNumber);
                switch (directive)
                {
                    case "allow":
                    case "deny":
                        if (Expect(words, 2, "allow|deny ID", source, lineNumber))
                        {
                            AddRule(directive == "allow" ? RuleAction.Allow : RuleAction.Deny, words[1], reason, origin);
                        }

                        break;
                    case "include":
                        if (Expect(words, 2, "include PRESET-OR-FILE", source, lineNumber))
                        {
                            Include(words[1], source, lineNumber, directory);
                        }

                        break;
                    case "feature":
                        if (Expect(words, 3, "feature NAME on|off", source, lineNumber))
                        {
                            SetFeature(words[1], words[2], origin);
                        }

                        break;
                    case "limit":
                        if (Expect(words, 3, "limit NAME VALUE", source, lineNumber))
                        {
                            SetLimit(words[1], words[2], origin);
                        }

                        break;
                    case "size":
                        if (Expect(words, 5, "size MEMBER-ID PARAMETER count|sequence BYTES|element|element+BYTES", source, lineNumber))
                        {
                            SetSize(words, origin);
                        }

                        break;
                    case "cost":
                        if (Expect(words, 3, "cost ID all|arguments|none|sorted|pulled|matches", source, lineNumber))
                        {
                            SetCost(words[1], words[2], reason, origin);
                        }

                        break;
                    default:
                        Error(source, lineNumber, $"unknown directive '{directive}': expected allow, deny, include, feature, limit, size or cost");
                        break;
                }
            }

            public void Include(string target, string source, int lineNumber, string? directory)
            {
                var isPresetName = target.IndexOfAny(new[] { '/', '\\' }) < 0 && !target.EndsWith(".rules", StringComparison.OrdinalIgnoreCase);
                if (!isPresetName && (directory is null || _readFile is null))
                {
                    Error(source, lineNumber, $"cannot include the file '{target}' here: only presets can be included");
                    return;
                }

                var sourceName = isPresetName ? Presets.SourceName(target) : Path.GetFullPath(Path.Combine(directory!, target));
                if (_including.Contains(sourceName))
                {
                    Error(source, lineNumber, $"'{target}' includes itself (through {string.Join(" <- ", _including)})");
                    return;
                }

                var text = isPresetName ? Presets.GetText(target) : _readFile!(sourceName);
                if (text is null)
                {
                    Error(source, lineNumber, isPresetName
                        ? $"unknown preset '{target}': expected one of {string.Join(", ", Presets.Names)}, or a path to a .rules file"
                        : $"cannot read included rules file '{target}' ({sourceName})");
                    return;
                }

                Read(text, sourceName, isPresetName);
            }

            private void AddRule(RuleAction action, string patternText, string? reason, RuleOrigin origin)
            {
                if (!SymbolPattern.TryParse(patternText, out var pattern, out var error))
                {
                    Error(origin.Source, origin.Line, error);
                    return;
                }

                var rule = new SymbolRule(action, pattern, reason, origin);
                if (_ruleIndexByPattern.TryGetValue(pattern.Text, out var earlier))
                {
                    _rules[earlier] = null!; // replaced: a later line restating a pattern wins
                }

                _ruleIndexByPattern[pattern.Text] = _rules.Count;
                _rules.Add(rule);
            }

            private void SetFeature(string name, string state, RuleOrigin origin)
            {
                if (!LanguageFeatureInfo.TryGet(name, out var info))
                {
                    Error(origin.Source, origin.Line, $"unknown feature '{name}': expected one of {string.Join(", ", LanguageFeatureInfo.All.Select(f => f.Name))}");
                    return;
                }

                if (state != "on" && state != "off")
                {
                    Error(origin.Source, origin.Line, $"feature '{name}' must be 'on' or 'off', not '{state}'");
                    return;
                }

                if (state == "on" && !info.CanEnable)
                {
                    Error(origin.Source, origin.Line, $"feature '{name}' cannot be enabled: {info.Description} is refused at every stage, whatever the rules say");
                    return;
                }

                _features[info.Feature] = new FeatureSetting(info, state == "on", origin);
            }

            private void SetLimit(string name, string value, RuleOrigin origin)
            {
                if (!BudgetLimit.TryGet(name, out var limit))
                {
                    Error(origin.Source, origin.Line, $"unknown limit '{name}': expected one of {string.Join(", ", BudgetLimit.All.Select(l => l.Name))}");
                    return;
                }

                if (!long.TryParse(value.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !limit.Accepts(number))
                {
                    Error(origin.Source, origin.Line, limit.Refusal($"limit '{name}'", value));
                    return;
                }

                _limits[name] = new LimitSetting(limit, number, origin);
            }

            private void SetSize(string[] words, RuleOrigin origin)
            {
                var (id, parameter, kindText, bytesText) = (words[1], words[2], words[3], words[4]);
                if (!SymbolPattern.TryParse(id, out var pattern, out var error))
                {
                    Error(origin.Source, origin.Line, error);
                    return;
                }

                if (pattern.Kind != 'M' || pattern.IsWildcard)
                {
                    Error(origin.Source, origin.Line, $"'{id}': a size rule names one method exactly (M:..., no wildcard)");
                    return;
                }

                SizeRuleKind kind;
                switch (kindText)
                {
                    case "count":
                        kind = SizeRuleKind.Count;
                        break;
                    case "sequence":
                        kind = SizeRuleKind.Sequence;
                        break;
                    default:
                        Error(origin.Source, origin.Line, $"a size rule's argument is 'count' or 'sequence', not '{kindText}'");
                        return;
                }

                var perElement = bytesText == "element" || bytesText.StartsWith("element+", StringComparison.Ordinal);
                var fixedText = perElement ? (bytesText.Length > "element".Length ? bytesText.Substring("element+".Length) : "0") : bytesText;
                if (!long.TryParse(fixedText, NumberStyles.None, CultureInfo.InvariantCulture, out var fixedBytes))
                {
                    Error(origin.Source, origin.Line, $"a size rule's cost is a whole number of bytes, 'element' or 'element+BYTES', not '{bytesText}'");
                    return;
                }

                _sizes[id] = new SizeRule(id, parameter, kind, fixedBytes, perElement, origin);
            }

            private void SetCost(string id, string word, string? reason, RuleOrigin origin)
            {
                if (!SymbolPattern.TryParse(id, out var pattern, out var error))
                {
                    Error(origin.Source, origin.Line, error);
                    return;
                }

                if (!CostRule.TryParse(word, out var cost))
                {
                    Error(origin.Source, origin.Line, $"a cost rule's charge is 'all', 'arguments', 'none', 'sorted', 'pulled' or 'matches', not '{word}'");
                    return;
                }

                _costs[pattern.Text] = new CostRule(pattern, cost, reason, origin);
            }

            private bool Expect(string[] words, int count, string usage, string source, int line)
            {
                if (words.Length == count)
                {
                    return true;
                }

                Error(source, line, $"expected '{usage}'");
                return false;
            }

            private void Error(string source, int line, string message) => _errors.Add(new RuleError(source, line, message));

            // '#' starts a comment only at the start of a line or after white space: '#ctor' is part of an ID.
            private static int DirectiveEnd(string line)
            {
                for (var i = 0; i < line.Length; i++)
                {
                    if (line[i] == ';' || (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))))
                    {
                        return i;
                    }
                }

                return line.Length;
            }

            // Files are compared by full path, so that a file including itself by another spelling is a cycle.
            private static string SafeFullPath(string path)
            {
                try
                {
                    return Path.GetFullPath(path);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    return path;
                }
            }

            private static string? SafeDirectoryName(string path)
            {
                try
                {
                    return Path.GetDirectoryName(Path.GetFullPath(path));
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    return null;
                }
            }
        }
    }
}
