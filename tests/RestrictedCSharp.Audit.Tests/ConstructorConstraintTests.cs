using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>
/// <c>new T()</c> compiles to <c>Activator.CreateInstance&lt;T&gt;()</c>, which runs the type argument's parameterless
/// constructor out of sight of every rule: the audit judges the constructor of each type argument that fills a
/// <c>new()</c>-constrained parameter of the bot's own generic methods and types, as the analyzer does (RCX0402).
/// The assemblies are compiled without restriction, so the wall is tested on its own.
/// </summary>
public class ConstructorConstraintTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));

    private const string Generics = """
        public static class Make { public static T One<T>() where T : new() => new T(); public static T Pass<T>() where T : new() => One<T>(); }
        public sealed class Pool<T> where T : new() { public T Take() => new T(); public static T Static() => new T(); }
        public sealed class Plain<T> { public T? Value; }
        public sealed class Own { }
        """;

    [Theory]
    [InlineData("public static class Bot { public static object M() => Make.One<System.Random>(); }")]
    [InlineData("public static class Bot { public static object M() => Make.Pass<System.Random>(); }")]
    [InlineData("public static class Bot { public static object M() => new Pool<System.Random>().Take(); }")]
    [InlineData("public static class Bot { public static object M() => Pool<System.Random>.Static(); }")]
    [InlineData("public static class Bot { public static object M() => new Plain<Pool<System.Random>>(); }")]
    [InlineData("public static class Bot { public static object M() => Make.One<Pool<System.Random>>(); }")]
    public void A_new_type_argument_whose_constructor_the_rules_refuse_is_refused(string bot)
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile(Generics + bot), Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id
            && f.Message.Contains("'System.Random'") && f.Message.Contains("new()") && f.Message.Contains("System.Random.#ctor"));
    }

    [Theory]
    [InlineData("public static class Bot { public static object M() => Make.One<Own>(); }")]
    [InlineData("public static class Bot { public static object M() => Make.One<System.Collections.Generic.List<int>>(); }")]
    [InlineData("public static class Bot { public static int M() => Make.One<int>() + new Pool<System.Text.StringBuilder>().Take().Length; }")]
    [InlineData("public static class Bot { public static object M() => new Plain<System.Random>(); }")]
    [InlineData("public static class Bot { public static T M<T>() where T : new() => Make.One<T>(); }")]
    public void Allowed_constructors_own_types_and_unconstrained_parameters_pass(string bot)
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile(Generics + bot), Bots);

        result.Findings.Should().NotContain(f => f.Message.Contains("new()"));
    }
}
