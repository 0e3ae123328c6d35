using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RestrictedCSharp.Rules
{
    /// <summary>The rules-file name of each <see cref="LanguageFeature"/> and whether a rules file may enable it.</summary>
    public sealed class LanguageFeatureInfo
    {
        private LanguageFeatureInfo(LanguageFeature feature, string name, string description, bool canEnable)
        {
            Feature = feature;
            Name = name;
            Description = description;
            CanEnable = canEnable;
        }

        public LanguageFeature Feature { get; }

        /// <summary>The name used in rules files, e.g. <c>goto</c> or <c>module-initializer</c>.</summary>
        public string Name { get; }

        /// <summary>What the feature is, for messages and <c>rcsc rules list</c>.</summary>
        public string Description { get; }

        /// <summary>
        /// False for features that break memory safety or run code outside the guards; the IL audit and
        /// the runner refuse them whatever a rules file says, so rules files cannot enable them either.
        /// </summary>
        public bool CanEnable { get; }

        public static ImmutableArray<LanguageFeatureInfo> All { get; } = ImmutableArray.Create(
            new LanguageFeatureInfo(LanguageFeature.Unsafe, "unsafe", "'unsafe' code", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Pointers, "pointers", "pointer types and pointer operations", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Fixed, "fixed", "'fixed' statements and fixed-size buffers", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Stackalloc, "stackalloc", "'stackalloc' of a constant size of at most 16 KiB into a Span, outside loops (any other 'stackalloc' is refused whatever the rules say)", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.FunctionPointers, "function-pointers", "function pointers ('delegate*')", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.RefKeywords, "ref-keywords", "'__makeref', '__reftype', '__refvalue' and '__arglist'", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Extern, "extern", "'extern' methods", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.NativeImport, "native-import", "'DllImport' and 'LibraryImport'", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Finalizers, "finalizers", "finalizers (they run on the runtime's finalizer thread, outside the guards)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Dynamic, "dynamic", "'dynamic' (it binds through reflection at run time)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Async, "async", "'async' and 'await'", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.Lock, "lock", "'lock' statements", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.Goto, "goto", "'goto' statements", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.ModuleInitializer, "module-initializer", "[ModuleInitializer] (code that runs when the assembly loads)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.UnsafeAccessor, "unsafe-accessor", "[UnsafeAccessor] (private access without reflection)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.StructLayout, "struct-layout", "[StructLayout] and [FieldOffset] (explicit layout allows type confusion)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.SkipLocalsInit, "skip-locals-init", "[SkipLocalsInit] (uninitialised memory)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.MethodImpl, "method-impl", "[MethodImpl] (changes how the runtime compiles and calls a method)", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.InlineArray, "inline-array", "[InlineArray] (large values on the stack)", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.AssemblyAttributes, "assembly-attributes", "assembly- and module-level attributes whose type the rules do not allow", canEnable: false),
            new LanguageFeatureInfo(LanguageFeature.Events, "events", "declaring events (their accessors allocate behind the author's back)", canEnable: true),
            new LanguageFeatureInfo(LanguageFeature.TypeComparison, "type-comparison", "comparing two 'GetType()' results with ==, != or Equals (nothing else may hold a System.Type)", canEnable: true));

        private static readonly Dictionary<string, LanguageFeatureInfo> ByName =
            All.ToDictionary(info => info.Name, StringComparer.Ordinal);

        // All is listed in enum order.
        public static LanguageFeatureInfo Get(LanguageFeature feature) => All[(int)feature];

        public static bool TryGet(string name, out LanguageFeatureInfo info) => ByName.TryGetValue(name, out info!);
    }
}
