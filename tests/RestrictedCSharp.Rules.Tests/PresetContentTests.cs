using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

/// <summary>The shipped presets, checked against what they promise bot authors and game operators.</summary>
public class PresetContentTests
{
    private static readonly Lazy<RuleSet> Bots = new(() => RuleSetLoader.Preset(Presets.Bots));
    private static readonly Lazy<RuleSet> Strict = new(() => RuleSetLoader.Preset(Presets.Strict));

    public static TheoryData<string> PresetNames() => new(Presets.Names);

    private static IEnumerable<SymbolRule> OwnRules(string preset) =>
        RuleSetLoader.Preset(preset).SymbolRules.Where(r => r.Origin.Source == Presets.SourceName(preset));

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_deny_tells_the_author_why(string preset)
    {
        OwnRules(preset).Where(r => r.Action == RuleAction.Deny && string.IsNullOrWhiteSpace(r.Reason))
            .Select(r => $"{r.Origin}: {r.Directive}").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_exact_id_names_a_real_symbol(string preset)
    {
        var missing = OwnRules(preset)
            .Where(r => !r.Pattern.IsWildcard)
            .Where(r => ReferenceSet.Resolve(ReferenceSet.Framework, r.Pattern.Text).IsEmpty)
            .Select(r => $"{r.Origin}: {r.Pattern.Text}");
        missing.Should().BeEmpty("a misspelt ID silently matches nothing");
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_cost_line_names_real_members(string preset)
    {
        var missing = RuleSetLoader.Preset(preset).CostRules
            .Where(r => r.Origin.Source == Presets.SourceName(preset))
            .Where(r => ReferenceSet.Resolve(ReferenceSet.Framework, r.Pattern.Text).IsEmpty)
            .Select(r => $"{r.Origin}: {r.Pattern.Text}");
        missing.Should().BeEmpty("a misspelt cost line silently charges the member in full");
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void Every_wildcard_matches_some_symbol(string preset)
    {
        var ids = ReferenceSet.AllPublicIds;
        var unmatched = OwnRules(preset)
            .Where(r => r.Pattern.IsWildcard)
            .Where(r => !ids.Any(id => id[0] == r.Pattern.Kind && id.AsSpan(2).StartsWith(r.Pattern.Path, StringComparison.Ordinal)))
            .Select(r => $"{r.Origin}: {r.Pattern.Text}");
        unmatched.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(PresetNames))]
    public void No_rule_is_restated_within_a_preset(string preset)
    {
        var text = Presets.GetText(preset)!;
        var patterns = text.Split('\n')
            .Select(l => l.Split(';')[0].Trim())
            .Where(l => l.StartsWith("allow ", StringComparison.Ordinal) || l.StartsWith("deny ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        patterns.Should().OnlyHaveUniqueItems("a restated pattern silently replaces the earlier line");
    }

    // What the bots preset must allow: everything ordinary game-AI code needs.
    [Theory]
    [InlineData("T:System.Int32")]
    [InlineData("M:System.Int32.Parse(System.String,System.IFormatProvider)")]
    [InlineData("M:System.Double.TryParse(System.String,System.Globalization.NumberStyles,System.IFormatProvider,System.Double@)")]
    [InlineData("M:System.Double.ToString(System.String,System.IFormatProvider)")]
    [InlineData("P:System.Globalization.CultureInfo.InvariantCulture")]
    [InlineData("M:System.Math.Sqrt(System.Double)")]
    [InlineData("M:System.MathF.Atan2(System.Single,System.Single)")]
    [InlineData("M:System.String.Split(System.Char,System.StringSplitOptions)")]
    [InlineData("M:System.String.Join(System.String,System.String[])")]
    [InlineData("M:System.Text.StringBuilder.Append(System.String)")]
    [InlineData("M:System.Array.Sort``1(``0[])")]
    [InlineData("M:System.Array.Resize``1(``0[]@,System.Int32)")]
    [InlineData("M:System.Collections.Generic.PriorityQueue`2.Enqueue(`0,`1)")]
    [InlineData("M:System.Collections.Generic.SortedDictionary`2.#ctor")]
    [InlineData("M:System.Collections.Generic.SortedSet`1.Add(`0)")]
    [InlineData("M:System.Collections.Generic.Dictionary`2.TryGetValue(`0,`1@)")]
    [InlineData("M:System.Collections.Generic.Queue`1.Dequeue")]
    [InlineData("M:System.Collections.BitArray.Set(System.Int32,System.Boolean)")]
    [InlineData("M:System.Linq.Enumerable.Where``1(System.Collections.Generic.IEnumerable{``0},System.Func{``0,System.Boolean})")]
    [InlineData("M:System.Linq.Enumerable.OrderBy``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})")]
    [InlineData("M:System.Linq.Enumerable.GroupBy``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})")]
    [InlineData("T:System.ValueTuple`3")]
    [InlineData("M:System.Tuple.Create``2(``0,``1)")]
    [InlineData("M:System.Span`1.Slice(System.Int32,System.Int32)")]
    [InlineData("M:System.ReadOnlySpan`1.#ctor(`0[])")]
    [InlineData("P:System.Memory`1.Span")]
    [InlineData("M:System.MemoryExtensions.AsSpan``1(``0[])")]
    [InlineData("M:System.Index.FromEnd(System.Int32)")]
    [InlineData("M:System.Range.#ctor(System.Index,System.Index)")]
    [InlineData("M:System.Lazy`1.#ctor(System.Func{`0})")]
    [InlineData("P:System.Lazy`1.Value")]
    [InlineData("P:System.Nullable`1.Value")]
    [InlineData("M:System.Lazy`1.#ctor(`0)")]
    [InlineData("M:System.Lazy`2.#ctor(System.Func{`0},`1)")]
    [InlineData("M:System.Collections.Immutable.ImmutableSortedSet.Create``1(``0[])")]
    [InlineData("M:System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder``2")]
    [InlineData("M:System.Random.Shuffle``1(``0[])")]
    [InlineData("P:RestrictedCSharp.Budget.TicksLeft")]
    [InlineData("P:RestrictedCSharp.Budget.TicksUsed")]
    [InlineData("P:RestrictedCSharp.Budget.TickLimit")]
    [InlineData("P:System.Collections.Generic.Comparer`1.Default")]
    [InlineData("P:System.Collections.Generic.EqualityComparer`1.Default")]
    [InlineData("M:System.Enum.GetValues``1")]
    [InlineData("M:System.Enum.Parse``1(System.String)")]
    [InlineData("M:System.Numerics.Vector2.Distance(System.Numerics.Vector2,System.Numerics.Vector2)")]
    [InlineData("M:System.Numerics.Vector3.Normalize(System.Numerics.Vector3)")]
    [InlineData("T:System.Numerics.Vector4")]
    [InlineData("M:System.Numerics.BitOperations.PopCount(System.UInt64)")]
    [InlineData("P:System.Numerics.INumberBase`1.Zero")]
    [InlineData("T:System.Numerics.INumber`1")]
    [InlineData("M:System.Int128.op_Addition(System.Int128,System.Int128)")]
    [InlineData("T:System.Half")]
    [InlineData("M:System.Decimal.Round(System.Decimal,System.Int32)")]
    [InlineData("P:System.Exception.Message")]
    [InlineData("P:System.Exception.InnerException")]
    [InlineData("M:System.InvalidOperationException.#ctor(System.String)")]
    [InlineData("M:System.Collections.Generic.KeyNotFoundException.#ctor(System.String)")]
    [InlineData("M:System.ArgumentOutOfRangeException.ThrowIfNegative``1(``0,System.String)")]
    [InlineData("M:System.Func`2.Invoke(`0)")]
    [InlineData("M:System.EventHandler`1.Invoke(System.Object,`0)")]
    [InlineData("M:System.Delegate.Combine(System.Delegate,System.Delegate)")]
    [InlineData("M:System.Random.#ctor(System.Int32)")]
    [InlineData("M:System.Random.Next(System.Int32,System.Int32)")]
    [InlineData("M:System.Random.NextDouble")]
    [InlineData("P:System.Environment.NewLine")]
    [InlineData("M:System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray``1(``0[],System.Range)")]
    [InlineData("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0,System.String)")]
    [InlineData("M:System.TimeSpan.FromSeconds(System.Double)")]
    [InlineData("M:System.DateTime.#ctor(System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.Int32,System.DateTimeKind)")]
    [InlineData("M:System.Char.IsDigit(System.Char)")]
    public void Bots_allows(string id)
    {
        var policy = new SymbolPolicy(Bots.Value, ReferenceSet.Framework.Assembly);
        var symbols = ReferenceSet.Resolve(ReferenceSet.Framework, id);
        symbols.Should().NotBeEmpty("{0} names a symbol", id);
        foreach (var symbol in symbols)
        {
            var verdict = policy.Evaluate(symbol);
            verdict.IsAllowed.Should().BeTrue("{0}: {1}", id, verdict.Explain());
        }
    }

    // What the bots preset must deny, each with a reason the author can read.
    [Theory]
    [InlineData("M:System.IO.File.ReadAllText(System.String)")]
    [InlineData("M:System.IO.Directory.GetFiles(System.String)")]
    [InlineData("M:System.IO.FileStream.#ctor(System.String,System.IO.FileMode)")]
    [InlineData("M:System.IO.Path.GetTempPath")]
    [InlineData("M:System.IO.DirectoryInfo.#ctor(System.String)")]
    [InlineData("M:System.Object.GetType")]
    [InlineData("T:System.Type")]
    [InlineData("M:System.Type.GetType(System.String)")]
    [InlineData("M:System.Type.GetMethod(System.String)")]
    [InlineData("M:System.Activator.CreateInstance(System.Type)")]
    [InlineData("M:System.Activator.CreateInstance``1")]
    [InlineData("M:System.Reflection.Assembly.Load(System.String)")]
    [InlineData("M:System.Reflection.MethodBase.Invoke(System.Object,System.Object[])")]
    [InlineData("P:System.Delegate.Method")]
    [InlineData("P:System.Delegate.Target")]
    [InlineData("M:System.Delegate.DynamicInvoke(System.Object[])")]
    [InlineData("M:System.Delegate.CreateDelegate(System.Type,System.Object,System.String)")]
    [InlineData("P:System.Exception.TargetSite")]
    [InlineData("P:System.Exception.StackTrace")]
    [InlineData("M:System.Exception.GetType")]
    [InlineData("M:System.Enum.GetValues(System.Type)")]
    [InlineData("M:System.Array.CreateInstance(System.Type,System.Int32)")]
    [InlineData("T:System.AppDomain")]
    [InlineData("T:System.Runtime.Loader.AssemblyLoadContext")]
    [InlineData("M:System.Linq.Expressions.LambdaExpression.Compile")]
    [InlineData("M:System.Linq.Queryable.AsQueryable(System.Collections.IEnumerable)")]
    [InlineData("T:System.Dynamic.ExpandoObject")]
    [InlineData("T:Microsoft.CSharp.RuntimeBinder.Binder")]
    [InlineData("T:System.Runtime.CompilerServices.Unsafe")]
    [InlineData("M:System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(System.Type)")]
    [InlineData("M:System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(System.RuntimeTypeHandle)")]
    [InlineData("T:System.Runtime.InteropServices.Marshal")]
    [InlineData("T:System.Runtime.InteropServices.MemoryMarshal")]
    [InlineData("T:System.Runtime.InteropServices.CollectionsMarshal")]
    [InlineData("T:System.Runtime.InteropServices.GCHandle")]
    [InlineData("T:System.Runtime.InteropServices.NativeMemory")]
    [InlineData("M:System.GC.Collect")]
    [InlineData("M:System.Environment.GetEnvironmentVariable(System.String)")]
    [InlineData("M:System.Environment.Exit(System.Int32)")]
    [InlineData("M:System.Environment.FailFast(System.String)")]
    [InlineData("P:System.Environment.TickCount")]
    [InlineData("P:System.Environment.TickCount64")]
    [InlineData("P:System.Environment.ProcessorCount")]
    [InlineData("M:System.AppContext.SetSwitch(System.String,System.Boolean)")]
    [InlineData("M:System.Console.WriteLine(System.String)")]
    [InlineData("M:System.Diagnostics.Process.Start(System.String)")]
    [InlineData("M:System.Diagnostics.Debugger.Break")]
    [InlineData("T:System.Diagnostics.StackTrace")]
    [InlineData("M:System.Diagnostics.Stopwatch.StartNew")]
    [InlineData("T:System.Threading.Thread")]
    [InlineData("M:System.Threading.Tasks.Task.Run(System.Action)")]
    [InlineData("T:System.Threading.Timer")]
    [InlineData("T:System.Timers.Timer")]
    [InlineData("M:System.Threading.ThreadPool.QueueUserWorkItem(System.Threading.WaitCallback)")]
    [InlineData("M:System.Threading.Monitor.Enter(System.Object)")]
    [InlineData("M:System.Threading.Tasks.Parallel.For(System.Int32,System.Int32,System.Action{System.Int32})")]
    [InlineData("T:System.Collections.Concurrent.ConcurrentDictionary`2")]
    [InlineData("T:System.Net.Http.HttpClient")]
    [InlineData("T:System.Net.Sockets.Socket")]
    [InlineData("M:System.Net.Dns.GetHostAddresses(System.String)")]
    [InlineData("T:System.Security.Cryptography.RandomNumberGenerator")]
    [InlineData("T:System.ComponentModel.TypeDescriptor")]
    [InlineData("T:System.Xml.XmlDocument")]
    [InlineData("T:System.Data.DataTable")]
    [InlineData("T:System.Resources.ResourceManager")]
    [InlineData("T:System.Text.Json.JsonSerializer")]
    [InlineData("T:System.Text.RegularExpressions.Regex")]
    [InlineData("P:System.DateTime.Now")]
    [InlineData("P:System.DateTime.UtcNow")]
    [InlineData("P:System.DateTime.Today")]
    [InlineData("P:System.DateTimeOffset.UtcNow")]
    [InlineData("M:System.DateTime.ToLocalTime")]
    [InlineData("M:System.DateTimeOffset.op_Implicit(System.DateTime)~System.DateTimeOffset")]
    [InlineData("T:System.TimeZoneInfo")]
    [InlineData("M:System.Random.#ctor")]
    [InlineData("P:System.Random.Shared")]
    [InlineData("M:System.HashCode.Combine``2(``0,``1)")]
    [InlineData("M:System.HashCode.Add``1(``0)")]
    [InlineData("M:System.Lazy`1.#ctor")]
    [InlineData("M:System.Lazy`1.#ctor(System.Boolean)")]
    [InlineData("M:System.Lazy`2.#ctor(`1)")]
    [InlineData("M:System.Lazy`2.#ctor(`1,System.Boolean)")]
    [InlineData("M:System.Collections.Immutable.ImmutableHashSet.Create``1(``0[])")]
    [InlineData("M:System.Collections.Immutable.ImmutableHashSet`1.Builder.Add(`0)")]
    [InlineData("M:System.Collections.Immutable.ImmutableDictionary.CreateBuilder``2")]
    [InlineData("P:System.Collections.Immutable.ImmutableDictionary`2.Keys")]
    [InlineData("M:System.Linq.Enumerable.Shuffle``1(System.Collections.Generic.IEnumerable{``0})")]
    [InlineData("M:System.Guid.NewGuid")]
    [InlineData("P:System.Globalization.CultureInfo.CurrentCulture")]
    [InlineData("P:System.Globalization.CultureInfo.DefaultThreadCurrentCulture")]
    [InlineData("M:System.Globalization.CultureInfo.GetCultureInfo(System.String)")]
    [InlineData("M:System.Globalization.CultureInfo.ClearCachedData")]
    [InlineData("P:System.Globalization.NumberFormatInfo.CurrentInfo")]
    [InlineData("P:System.StringComparer.CurrentCulture")]
    [InlineData("P:System.Buffers.ArrayPool`1.Shared")]
    [InlineData("M:System.String.Intern(System.String)")]
    [InlineData("M:System.Math.ReciprocalEstimate(System.Double)")]
    [InlineData("T:System.WeakReference`1")]
    [InlineData("T:System.OperatingSystem")]
    [InlineData("T:System.TypedReference")]
    [InlineData("T:System.RuntimeTypeHandle")]
    [InlineData("T:System.Numerics.Vector`1")]
    [InlineData("T:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute")]
    [InlineData("T:System.Runtime.CompilerServices.ModuleInitializerAttribute")]
    [InlineData("T:System.Runtime.CompilerServices.UnsafeAccessorAttribute")]
    [InlineData("T:System.Runtime.InteropServices.StructLayoutAttribute")]
    [InlineData("T:System.Runtime.CompilerServices.InlineArrayAttribute")]
    [InlineData("T:Microsoft.Win32.Registry")]
    public void Bots_denies_with_a_reason(string id)
    {
        var policy = new SymbolPolicy(Bots.Value, ReferenceSet.Framework.Assembly);
        var symbols = ReferenceSet.Resolve(ReferenceSet.Framework, id);
        symbols.Should().NotBeEmpty("{0} names a symbol", id);
        foreach (var symbol in symbols)
        {
            var verdict = policy.Evaluate(symbol);
            verdict.Kind.Should().BeOneOf([VerdictKind.DeniedByRule, VerdictKind.UsesDeniedType], "{0}: {1}", id, verdict.Explain());
            verdict.Reason.Should().NotBeNullOrWhiteSpace("{0} is refused with a reason: {1}", id, verdict.Explain());
        }
    }

    [Fact]
    public void Bots_switches_on_only_goto_events_constant_stackalloc_and_type_comparisons()
    {
        var on = LanguageFeatureInfo.All.Where(f => Bots.Value.IsEnabled(f.Feature)).Select(f => f.Feature);
        on.Should().BeEquivalentTo([LanguageFeature.Goto, LanguageFeature.Events, LanguageFeature.Stackalloc, LanguageFeature.TypeComparison]);
    }

    [Fact]
    public void Strict_switches_off_stackalloc_and_type_comparisons()
    {
        Strict.Value.IsEnabled(LanguageFeature.Stackalloc).Should().BeFalse();
        Strict.Value.IsEnabled(LanguageFeature.TypeComparison).Should().BeFalse();
    }

    [Fact]
    public void Bots_sets_every_limit_to_its_default()
    {
        foreach (var limit in BudgetLimit.All)
        {
            Bots.Value.GetLimit(limit).Should().Be(limit.DefaultValue, limit.Name);
        }
    }

    private static readonly string[] SealedNamespaces =
    [
        "System.IO.", "System.Reflection.", "System.Runtime.InteropServices.", "System.Runtime.Loader.",
        "System.Runtime.Intrinsics.", "System.Runtime.Serialization.", "System.Threading.", "System.Timers.",
        "System.Net.", "System.Security.", "System.Linq.Expressions.", "System.ComponentModel.", "System.Xml.",
        "System.Data.", "System.Resources.", "System.Text.Json.", "System.Text.RegularExpressions.",
        "System.Dynamic.", "Microsoft.CSharp.", "Microsoft.Win32.", "System.Collections.Concurrent.",
        "System.Type.", "System.Console.", "System.GC.", "System.AppDomain.", "System.Activator.", "System.AppContext.",
        "System.Runtime.CompilerServices.Unsafe.", "System.Diagnostics.Process.", "System.Diagnostics.Stopwatch.",
    ];

    // The exceptions, each decided in bots.rules with its reason: an in-memory stream, and the metadata
    // attributes of an IDE's AssemblyInfo.cs.
    private static readonly string[] UnsealedTypes =
    [
        "System.IO.Stream", "System.IO.MemoryStream", "System.IO.SeekOrigin",
        "System.Reflection.AssemblyTitleAttribute", "System.Reflection.AssemblyDescriptionAttribute",
        "System.Reflection.AssemblyConfigurationAttribute", "System.Reflection.AssemblyCompanyAttribute",
        "System.Reflection.AssemblyProductAttribute", "System.Reflection.AssemblyCopyrightAttribute",
        "System.Reflection.AssemblyTrademarkAttribute", "System.Reflection.AssemblyCultureAttribute",
        "System.Reflection.AssemblyVersionAttribute", "System.Reflection.AssemblyFileVersionAttribute",
        "System.Reflection.AssemblyInformationalVersionAttribute", "System.Reflection.AssemblyMetadataAttribute",
        "System.Runtime.InteropServices.ComVisibleAttribute", "System.Runtime.InteropServices.GuidAttribute",
        "System.Resources.NeutralResourcesLanguageAttribute",
    ];

    private static bool IsUnsealed(string id)
    {
        var name = id.Substring(2);
        return UnsealedTypes.Any(t => name == t || name.StartsWith(t + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Bots_allows_nothing_inside_the_sealed_namespaces()
    {
        var leaks = ReferenceSet.AllPublicIds
            .Where(id => SealedNamespaces.Any(ns => id.AsSpan(2).StartsWith(ns, StringComparison.Ordinal)) && !IsUnsealed(id))
            .Where(id => Bots.Value.Matcher.Match(id)?.Action == RuleAction.Allow)
            .ToList();
        leaks.Should().BeEmpty();
    }

    [Fact]
    public void Bots_allows_from_System_Diagnostics_only_the_code_analysis_attributes_and_from_Environment_only_NewLine()
    {
        var allowed = ReferenceSet.AllPublicIds
            .Where(id => id.AsSpan(2).StartsWith("System.Diagnostics.", StringComparison.Ordinal) || id.AsSpan(2).StartsWith("System.Environment.", StringComparison.Ordinal))
            .Where(id => Bots.Value.Matcher.Match(id)?.Action == RuleAction.Allow)
            .ToList();
        allowed.Should().NotBeEmpty();
        allowed.Should().OnlyContain(id => id.Substring(2) == "System.Diagnostics.CodeAnalysis"
            || id.Substring(2).StartsWith("System.Diagnostics.CodeAnalysis.", StringComparison.Ordinal)
            || id == "P:System.Environment.NewLine");
    }

    [Fact]
    public void Bots_allows_from_System_Runtime_only_the_helpers_the_compiler_needs()
    {
        var allowed = ReferenceSet.AllPublicIds
            .Where(id => id.AsSpan(2).StartsWith("System.Runtime.", StringComparison.Ordinal))
            .Where(id => Bots.Value.Matcher.Match(id)?.Action == RuleAction.Allow)
            .Select(id => id.Substring(2))
            .ToList();
        allowed.Should().OnlyContain(id =>
            IsUnsealed("T:" + id)
            || id.StartsWith("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", StringComparison.Ordinal)
            || id.StartsWith("System.Runtime.CompilerServices.Caller", StringComparison.Ordinal)
            || id == "System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray``1(``0[],System.Range)");
    }

    [Fact]
    public void Strict_is_never_looser_than_bots()
    {
        var looser = ReferenceSet.AllPublicIds
            .Where(id => Bots.Value.Matcher.Match(id)?.Action != RuleAction.Allow && Strict.Value.Matcher.Match(id)?.Action == RuleAction.Allow)
            .ToList();
        looser.Should().BeEmpty();
        foreach (var limit in BudgetLimit.All)
        {
            Strict.Value.GetLimit(limit).Should().BeLessThanOrEqualTo(Bots.Value.GetLimit(limit), limit.Name);
        }

        foreach (var feature in LanguageFeatureInfo.All.Where(f => Strict.Value.IsEnabled(f.Feature)))
        {
            Bots.Value.IsEnabled(feature.Feature).Should().BeTrue(feature.Name);
        }
    }

    [Theory]
    [InlineData("M:System.Linq.Enumerable.Where``1(System.Collections.Generic.IEnumerable{``0},System.Func{``0,System.Boolean})")]
    [InlineData("M:System.Linq.Enumerable.ToList``1(System.Collections.Generic.IEnumerable{``0})")]
    [InlineData("T:System.Linq.Enumerable")]
    [InlineData("M:System.Tuple.Create``2(``0,``1)")]
    [InlineData("M:System.Lazy`1.#ctor(System.Func{`0})")]
    [InlineData("M:System.String.Format(System.String,System.Object)")]
    [InlineData("M:System.String.Split(System.Char,System.StringSplitOptions)")]
    [InlineData("M:System.String.Join(System.String,System.String[])")]
    [InlineData("M:System.String.Concat(System.Object,System.Object)")]
    [InlineData("M:System.Text.StringBuilder.AppendFormat(System.String,System.Object)")]
    [InlineData("M:System.Collections.Immutable.ImmutableList`1.Add(`0)")]
    [InlineData("T:System.FormattableString")]
    public void Strict_removes_what_allocates_behind_the_authors_back(string id)
    {
        var policy = new SymbolPolicy(Strict.Value, ReferenceSet.Framework.Assembly);
        foreach (var symbol in ReferenceSet.Resolve(ReferenceSet.Framework, id).Should().NotBeEmpty().And.Subject)
        {
            var verdict = policy.Evaluate(symbol);
            verdict.Kind.Should().Be(VerdictKind.DeniedByRule, id);
            verdict.Rule!.Origin.Source.Should().Be("preset:strict");
            verdict.Reason.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData("M:System.Collections.Generic.List`1.Add(`0)")]
    [InlineData("T:System.ValueTuple`2")]
    [InlineData("M:System.Math.Sqrt(System.Double)")]
    [InlineData("M:System.Text.StringBuilder.Append(System.String)")]
    [InlineData("M:System.String.Concat(System.String,System.String)")]
    [InlineData("M:System.Random.#ctor(System.Int32)")]
    [InlineData("M:System.Collections.Generic.PriorityQueue`2.Dequeue")]
    public void Strict_keeps_the_basics(string id)
    {
        var policy = new SymbolPolicy(Strict.Value, ReferenceSet.Framework.Assembly);
        foreach (var symbol in ReferenceSet.Resolve(ReferenceSet.Framework, id).Should().NotBeEmpty().And.Subject)
        {
            policy.Evaluate(symbol).IsAllowed.Should().BeTrue(id);
        }
    }

    [Fact]
    public void Strict_switches_off_events_and_lowers_the_budgets()
    {
        Strict.Value.IsEnabled(LanguageFeature.Events).Should().BeFalse();
        Strict.Value.IsEnabled(LanguageFeature.Goto).Should().BeFalse();
        Strict.Value.GetLimit(BudgetLimit.Ticks).Should().BeLessThan(Bots.Value.GetLimit(BudgetLimit.Ticks));
    }
}
