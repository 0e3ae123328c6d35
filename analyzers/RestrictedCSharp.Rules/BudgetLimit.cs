using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The budgets and front-door limits a rules file can set with <c>limit NAME VALUE</c>: the one table of
    /// their defaults and of the values each accepts, for rules files, the host, matches and the command line.
    /// </summary>
    public sealed class BudgetLimit
    {
        private BudgetLimit(string name, string unit, string description, long defaultValue, long minimum = 1, long maximum = long.MaxValue)
        {
            Name = name;
            Unit = unit;
            Description = description;
            DefaultValue = defaultValue;
            Minimum = minimum;
            Maximum = maximum;
        }

        public string Name { get; }

        public string Unit { get; }

        public string Description { get; }

        /// <summary>The value in force when no rules file sets one.</summary>
        public long DefaultValue { get; }

        /// <summary>The least value accepted.</summary>
        public long Minimum { get; }

        /// <summary>The greatest value accepted (the host keeps frames, MiB and ms in 32 bits).</summary>
        public long Maximum { get; }

        public bool Accepts(long value) => value >= Minimum && value <= Maximum;

        /// <summary>What a value must be, as a message's end: "a positive whole number of ticks".</summary>
        public string Requirement =>
            Minimum == 1 && Maximum == long.MaxValue ? $"a positive whole number of {Unit}"
            : Maximum == long.MaxValue ? $"a whole number of {Unit}, at least {Minimum}"
            : $"a whole number of {Unit} from {Minimum} to {Maximum}";

        /// <summary>The one message for a value out of range: "SUBJECT must be REQUIREMENT, not 'VALUE'".</summary>
        public string Refusal(string subject, string value) => $"{subject} must be {Requirement}, not '{value}'";

        public static BudgetLimit Ticks { get; } = new("ticks", "ticks", "deterministic work per call", 10_000_000);

        public static BudgetLimit Depth { get; } = new("depth", "frames", "call depth per call", 1_000, maximum: int.MaxValue);

        public static BudgetLimit AllocatedBytes { get; } = new("alloc-bytes", "bytes", "bytes allocated per call", 64L * 1024 * 1024);

        // Below 16 MiB the runtime itself does not start under the heap hard limit.
        public static BudgetLimit MemoryMegabytes { get; } = new("memory-mb", "MiB", "managed heap of the bot's process", 256, minimum: 16, maximum: int.MaxValue);

        public static BudgetLimit TimeoutMilliseconds { get; } = new("timeout-ms", "ms", "wall time per call (backstop)", 1_000, maximum: int.MaxValue);

        public static BudgetLimit SourceBytes { get; } = new("source-bytes", "bytes", "total size of a submission's source", 1024 * 1024);

        public static BudgetLimit SourceFiles { get; } = new("source-files", "files", "number of source files in a submission", 64);

        public static BudgetLimit LineLength { get; } = new("line-length", "characters", "longest source line", 1_000);

        public static BudgetLimit Nesting { get; } = new("nesting", "levels", "deepest bracket nesting in the source", 64);

        public static BudgetLimit SyntaxDepth { get; } = new("syntax-depth", "levels", "deepest syntax tree in the source (long operator chains are deep)", 512);

        public static BudgetLimit LambdaDepth { get; } = new("lambda-depth", "levels", "deepest nesting of lambdas and anonymous methods (the compiler binds nested lambdas over overloads in exponential time)", 6);

        public static BudgetLimit ConstantChars { get; } = new("constant-chars", "characters", "characters of the constant strings the compiler folds from named constants", 1024 * 1024);

        public static BudgetLimit ValidationMilliseconds { get; } = new("validate-ms", "ms", "wall time to validate a submission (backstop)", 20_000);

        public static BudgetLimit ValidationMegabytes { get; } = new("validate-mb", "MiB", "managed heap the compiler may grow by while validating a submission (backstop)", 2_048, maximum: int.MaxValue);

        public static BudgetLimit AssemblyBytes { get; } = new("assembly-bytes", "bytes", "size of the compiled assembly", 16 * 1024 * 1024);

        public static ImmutableArray<BudgetLimit> All { get; } = ImmutableArray.Create(
            Ticks, Depth, AllocatedBytes, MemoryMegabytes, TimeoutMilliseconds, SourceBytes, SourceFiles, LineLength, Nesting, SyntaxDepth,
            LambdaDepth, ConstantChars, ValidationMilliseconds, ValidationMegabytes, AssemblyBytes);

        private static readonly Dictionary<string, BudgetLimit> ByName = All.ToDictionary(l => l.Name, StringComparer.Ordinal);

        public static bool TryGet(string name, out BudgetLimit limit) => ByName.TryGetValue(name, out limit!);

        public override string ToString() => Name;
    }
}
