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
    public Task Stackalloc_is_reported_even_into_a_span() => VerifyAsync("""
        class Bot
        {
            int Run() { System.Span<int> s = {|RCX0104:stackalloc|} int[4]; return s.Length; }
        }
        """);

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

            [{|RCX0205:MethodImpl|}(MethodImplOptions.NoInlining)]
            void Slow() { }
        }
        """);

    [Fact]
    public Task Assembly_and_module_level_attributes_are_reported_once_each() => VerifyAsync("""
        [assembly: {|RCX0207:System.Reflection.AssemblyVersion|}("1.0")]
        [assembly: {|RCX0207:System.CLSCompliant|}(false)]
        [module: {|RCX0204:System.Runtime.CompilerServices.SkipLocalsInit|}]
        class Bot { }
        """);

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
    [InlineData("stackalloc")]
    [InlineData("dynamic")]
    [InlineData("module-initializer")]
    public void Features_that_break_memory_safety_cannot_be_switched_on(string feature)
    {
        var result = RuleSetLoader.Load($"include bots\nfeature {feature} on", "/game/restricted.rules");
        result.Succeeded.Should().BeFalse();
    }
}
