using System.Collections.Immutable;
using System.IO;

namespace RestrictedCSharp.Rules
{
    /// <summary>The rules files shipped inside this assembly, included by name (<c>include bots</c>).</summary>
    public static class Presets
    {
        /// <summary>The default: everything ordinary, deterministic game-AI code needs.</summary>
        public const string Bots = "bots";

        /// <summary><c>bots</c> without LINQ, events and hidden allocations.</summary>
        public const string Strict = "strict";

        public static ImmutableArray<string> Names { get; } = ImmutableArray.Create(Bots, Strict);

        /// <summary>The text of a preset, or null when there is no preset by that name.</summary>
        public static string? GetText(string name)
        {
            using var stream = typeof(Presets).Assembly.GetManifestResourceStream($"RestrictedCSharp.Rules.Presets.{name}.rules");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>How a preset is named in origins and messages.</summary>
        public static string SourceName(string name) => $"preset:{name}";
    }
}
