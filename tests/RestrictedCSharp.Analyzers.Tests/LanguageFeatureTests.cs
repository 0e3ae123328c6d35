using RestrictedCSharp.Rules;
using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

public class LanguageFeatureTests
{
    [Fact]
    public Task Unsafe_is_reported_at_every_unsafe_keyword() => VerifyAsync("""
        {|RCX0101:unsafe|} class Bot
        {
            {|RCX0101:unsafe|} void Run() { }
            void Block() { {|RCX0101:unsafe|} { } }
        }
        """);

    [Fact]
    public Task Pointer_types_and_operations_are_reported() => VerifyAsync("""
        {|RCX0101:unsafe|} class Bot
        {
            int Run({|RCX0102:int**|} pp, {|RCX0102:Point*|} p)
            {
                int x = 1;
                {|RCX0102:int*|} q = {|RCX0102:&x|};
                return {|RCX0102:*q|} + {|RCX0102:p->X|} + {|RCX0102:*{|RCX0102:*pp|}|};
            }
        }
        struct Point { public int X; }
        """);

    [Fact]
    public Task Fixed_statements_and_buffers_are_reported() => VerifyAsync("""
        {|RCX0101:unsafe|} struct Buffer
        {
            public {|RCX0103:fixed|} int Items[4];
        }
        {|RCX0101:unsafe|} class Bot
        {
            void Run(int[] a) { {|RCX0103:fixed|} ({|RCX0102:int*|} p = a) { } }
        }
        """);

    [Fact]
    public Task Stackalloc_is_reported_even_into_a_span_when_the_rules_switch_it_off() => VerifyAsync("""
        class Bot
        {
            int Run() { System.Span<int> s = {|RCX0104:stackalloc|} int[4]; return s.Length; }
        }
        """, RulesFrom("include bots\nfeature stackalloc off"));

    [Fact]
    public Task Constant_stackalloc_into_a_span_is_accepted_by_the_bots_preset() => VerifyAsync("""
        using System;
        struct Move { public ushort From, To; public int Score; }
        class Bot
        {
            int Run(int n)
            {
                Span<int> small = stackalloc int[64];
                Span<Move> moves = stackalloc Move[256];
                ReadOnlySpan<byte> bytes = stackalloc byte[16];
                const int Size = 32;
                Span<char> named = stackalloc char[Size * 2];
                for (var i = 0; i < small.Length; i++) small[i] = i * n;
                Func<int> later = () => { Span<int> own = stackalloc int[4]; return own.Length; };
                return small[3] + moves.Length + bytes.Length + named.Length + later();
            }
        }
        """);

    [Fact]
    public Task Stackalloc_that_could_take_unmeasured_stack_is_refused_with_the_reason() => VerifyAsync("""
        using System;
        struct Big { public long A, B, C, D; }
        class Bot
        {
            int Variable(int n) { Span<int> s = {|RCX0104:stackalloc|} int[n]; return s.Length; }
            int TooLarge() { Span<Big> s = {|RCX0104:stackalloc|} Big[1024]; return s.Length; }
            int InitializerWritesThroughAPointer() { Span<int> s = {|RCX0104:stackalloc|}[] { 1, 2, 3 }; return s.Length; }
            int ExplicitInitializer() { Span<int> s = {|RCX0104:stackalloc|} int[3] { 1, 2, 3 }; return s.Length; }
            int InALoop()
            {
                var total = 0;
                for (var i = 0; i < 10; i++) { Span<int> s = {|RCX0104:stackalloc|} int[4]; total += s.Length; }
                while (total < 100) { Span<int> s = {|RCX0104:stackalloc|} int[4]; total += s.Length; }
                foreach (var c in "ab") { Span<int> s = {|RCX0104:stackalloc|} int[4]; total += s.Length; }
                do { Span<int> s = {|RCX0104:stackalloc|} int[4]; total += s.Length; } while (total < 200);
                return total;
            }
            int WithGoto(int n)
            {
            again:
                Span<int> s = {|RCX0104:stackalloc|} int[4];
                if (n-- > 0) goto again;
                return s.Length;
            }
            int Generic<T>() where T : unmanaged { Span<T> s = {|RCX0104:stackalloc|} T[4]; return s.Length; }
        }
        """);

    [Fact]
    public async Task Stackalloc_refusals_say_why_and_what_to_use_instead()
    {
        var diagnostics = await RunAsync("""
            class Bot
            {
                int Variable(int n) { System.Span<int> s = stackalloc int[n]; return s.Length; }
                int TooLarge() { System.Span<long> s = stackalloc long[4096]; return s.Length; }
            }
            """);
        diagnostics.Select(d => d.GetMessage()).Should().BeEquivalentTo(
            "'stackalloc' is not allowed here: its size is not a constant, so its stack cannot be counted before the call; use an array",
            "'stackalloc' is not allowed here: it takes about 32768 bytes, over the 16384 bytes one stackalloc may take; use an array");
        var off = await RunAsync("class Bot { int Run() { System.Span<int> s = stackalloc int[4]; return s.Length; } }", RulesFrom("include bots\nfeature stackalloc off"));
        off.Single().GetMessage().Should().Be(
            "'stackalloc' is not allowed here: the rules in force refuse it; use an array (a rules file can switch on constant-size stackalloc with 'feature stackalloc on')");
    }

    [Fact]
    public Task Function_pointers_are_reported() => VerifyAsync("""
        {|RCX0101:unsafe|} class Bot
        {
            {|RCX0105:delegate*<int, void>|} pointer;
        }
        """);

    [Fact]
    public Task Undocumented_ref_keywords_are_reported() => VerifyAsync("""
        class Bot
        {
            int Run(int x)
            {
                var r = {|RCX0106:__makeref|}(x);
                object t = {|RCX0106:__reftype|}(r);
                return {|RCX0106:__refvalue|}(r, int);
            }
            void Args({|RCX0106:__arglist|}) { }
        }
        """);

    [Fact]
    public Task Extern_methods_and_native_imports_are_reported() => VerifyAsync("""
        using System.Runtime.InteropServices;
        class Bot
        {
            [{|RCX0108:DllImport|}("libc")]
            static {|RCX0107:extern|} int getpid();
        }
        """);

    [Fact]
    public Task Finalizers_are_reported_at_the_tilde_and_name() => VerifyAsync("""
        class Bot
        {
            {|RCX0109:~Bot|}() { }
        }
        """);

    [Fact]
    public Task Dynamic_is_reported_where_it_is_written() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            {|RCX0110:dynamic|} Run({|RCX0110:dynamic|} x) => x;
            List<{|RCX0110:dynamic|}>? items;
            int dynamicCount;
        }
        """);

    [Fact]
    public Task Async_and_await_are_reported_when_off() => VerifyAsync("""
        class Bot
        {
            {|RCX0111:async|} {|RCX0001:System.Threading.Tasks.Task|} Run({|RCX0001:System.Threading.Tasks.Task|} t) { {|RCX0111:await|} t; }
        }
        """);

    [Fact]
    public Task Lock_goto_and_event_declarations_are_reported_when_off() => VerifyAsync("""
        class Bot
        {
            public {|RCX0114:event|} System.Action? Moved;
            int Run(object gate)
            {
                {|RCX0112:lock|} (gate) { }
                {|RCX0113:goto|} done;
                done:
                switch (1) { case 1: {|RCX0113:goto|} default; default: break; }
                return 0;
            }
        }
        """, RulesFrom("include bots\nfeature goto off\nfeature events off"));

    [Fact]
    public Task Features_switched_on_by_the_rules_are_not_reported() => VerifyAsync("""
        using System.Runtime.CompilerServices;
        class Bot
        {
            public event System.Action? Moved;
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            int Run(object gate)
            {
                lock (gate) { }
                goto done;
                done:
                return 0;
            }
        }
        """, RulesFrom("include bots\nfeature lock on\nfeature method-impl on"));

    [Fact]
    public Task Bots_preset_has_goto_and_events_on() => VerifyAsync("""
        class Bot
        {
            public event System.Action? Moved;
            void Run() { goto done; done: Moved?.Invoke(); }
        }
        """);

    [Fact]
    public Task Runtime_attributes_are_reported_at_their_name() => VerifyAsync("""
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        [{|RCX0203:StructLayout|}(LayoutKind.Sequential)]
        struct S { }
        [{|RCX0206:InlineArray|}(8)]
        struct Buffer8 { int _e; }
        class Bot
        {
            [{|RCX0201:ModuleInitializer|}]
            internal static void Init() { }

            [{|RCX0202:UnsafeAccessor|}(UnsafeAccessorKind.Field, Name = "_secret")]
            static {|RCX0107:extern|} ref int Secret(Bot b);

            [{|RCX0204:SkipLocalsInit|}]
            void Run() { }

            [{|RCX0205:MethodImpl|}(MethodImplOptions.Synchronized)]
            void Locked() { }

            [{|RCX0205:MethodImpl|}(MethodImplOptions.AggressiveInlining, MethodCodeType = MethodCodeType.IL)]
            void Named() { }
        }
        """);

    [Fact]
    public Task MethodImpl_that_only_hints_the_JIT_is_accepted_whatever_the_feature_says() => VerifyAsync("""
        using System.Runtime.CompilerServices;
        class Bot
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            static int Square(int x) => x * x;

            [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
            int Slow() => Square(3);

            [MethodImpl(256)]
            int Short() => 1;
        }
        """);

    [Fact]
    public Task Assembly_and_module_level_attributes_the_rules_refuse_are_reported_once_each() => VerifyAsync("""
        [assembly: {|RCX0207:System.Runtime.CompilerServices.InternalsVisibleTo|}("Other")]
        [assembly: {|RCX0207:System.CLSCompliant|}(false)]
        [assembly: {|RCX0207:System.Runtime.Versioning.TargetFramework|}(".NETCoreApp,Version=v10.0")]
        [assembly: {|RCX0207:System.Runtime.CompilerServices.DisableRuntimeMarshalling|}]
        [module: {|RCX0204:System.Runtime.CompilerServices.SkipLocalsInit|}]
        class Bot { }
        """);

    [Fact]
    public Task The_metadata_of_an_IDEs_AssemblyInfo_is_accepted() => VerifyAsync("""
        using System.Reflection;
        using System.Resources;
        using System.Runtime.InteropServices;
        [assembly: AssemblyTitle("Bot")]
        [assembly: AssemblyDescription("")]
        [assembly: AssemblyConfiguration("")]
        [assembly: AssemblyCompany("")]
        [assembly: AssemblyProduct("Bot")]
        [assembly: AssemblyCopyright("Copyright © 2026")]
        [assembly: AssemblyTrademark("")]
        [assembly: AssemblyCulture("")]
        [assembly: ComVisible(false)]
        [assembly: Guid("6f1b3c1e-1d2a-4c55-9c1e-000000000001")]
        [assembly: AssemblyVersion("1.0.0.0")]
        [assembly: AssemblyFileVersion("1.0.0.0")]
        [assembly: AssemblyInformationalVersion("1.0")]
        [assembly: AssemblyMetadata("key", "value")]
        [assembly: NeutralResourcesLanguage("en")]
        class Bot { }
        """);

    [Fact]
    public Task The_arguments_of_an_allowed_assembly_attribute_are_judged_like_any_code() => VerifyAsync("""
        [assembly: Own({|RCX0001:typeof({|RCX0001:System.IO.File|})|})]
        [System.AttributeUsage(System.AttributeTargets.Assembly)]
        sealed class OwnAttribute : System.Attribute { public OwnAttribute(object value) { } }
        class Bot { }
        """);

    [Fact]
    public async Task RCX0207_names_the_attribute_and_the_rule_that_refuses_it()
    {
        var diagnostics = await RunAsync("""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Other")]
            class Bot { }
            """);
        diagnostics.Single().GetMessage().Should().StartWith(
            "Assembly-level attribute 'System.Runtime.CompilerServices.InternalsVisibleToAttribute' is not allowed: denied by 'deny T:System.Runtime.CompilerServices.InternalsVisibleToAttribute' (preset:bots:")
            .And.EndWith("it lets other assemblies reach the bot's internals: make those members public");
    }

    [Fact]
    public Task Feature_attributes_declared_by_the_bot_itself_are_still_features() => VerifyAsync("""
        namespace {|RCX0303:System.Runtime.CompilerServices|}
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            sealed class ModuleInitializerAttribute : System.Attribute { }
        }
        class Bot
        {
            [{|RCX0201:System.Runtime.CompilerServices.ModuleInitializer|}]
            internal static void Init() { }
        }
        """);

    [Theory]
    [InlineData("unsafe")]
    [InlineData("dynamic")]
    [InlineData("module-initializer")]
    public void Features_that_break_memory_safety_cannot_be_switched_on(string feature)
    {
        var result = RuleSetLoader.Load($"include bots\nfeature {feature} on", "/game/restricted.rules");
        result.Succeeded.Should().BeFalse();
    }
}
