using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

public class SymbolPolicyTests
{
    private const string Rules = """
        allow T:System.Object
        deny  M:System.Object.GetType ; reflection
        allow T:System.Void
        allow T:System.Boolean
        allow T:System.Int32
        allow T:System.String
        allow T:System.Array
        allow T:System.Delegate
        allow T:System.Exception
        deny  P:System.Exception.TargetSite ; reflection
        allow T:System.DateTime
        deny  P:System.DateTime.Now ; the clock is not deterministic
        allow T:System.Nullable`1
        allow T:System.ValueTuple*
        allow T:System.Func*
        allow T:System.Action*
        allow N:System.Collections.Generic
        allow T:System.Linq.Enumerable
        deny  T:System.Type ; reflection
        deny  N:System.Reflection ; reflection
        deny  N:System.Runtime.InteropServices ; unmanaged memory
        allow N:Game
        deny  M:Game.Api.Cheat ; not for bots
        """;

    private const string GameSource = """
        namespace Game
        {
            public class Api
            {
                public static System.Type? KindField;
                public static event System.Action<System.Type>? KindChanged;
                public static System.Type[] Kinds() => new System.Type[0];
                public static int Count(System.Type kind) => 0;
                public int this[System.Type kind] => 0;
                public static System.Type? KindProperty => null;
                public static int Move(int x) => x;
                public static int Cheat() => 0;
                public static T Echo<T>(T value) => value;
                public static System.Collections.Generic.List<System.Type> KindList() => new();
                public static System.Collections.Generic.List<int> Numbers() => new();
            }

            public class Grid<T>
            {
                public T? Cell;
                public class Row { public int Length; }
            }
        }
        """;

    private static readonly Lazy<MetadataReference> Game = new(() =>
    {
        var compilation = CSharpCompilation.Create("Game", [CSharpSyntaxTree.ParseText(GameSource)], ReferenceSet.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        return compilation.ToMetadataReference();
    });

    private const string BotSource = """
        using System.Collections.Generic;
        using System.Linq;

        namespace System.IO
        {
            public static class File { public static string ReadAllText(string path) => path; }
        }

        namespace Bot
        {
            public class Box<T> { public T? Value; public static T Id(T x) => x; }

            public class Player
            {
                public System.Type? Kind() => null;
                public static T Id<T>(T x) => x;
                public int Prop { get; set; }

                public void Play()
                {
                    var xs = new List<int> { 1, 2 };
                    var doubled = xs.Select(x => x * 2);
                    var kinds = xs.Select(x => (System.Type?)null);
                    var anon = new { A = 1, B = "b" };
                    var text = System.IO.File.ReadAllText("x");
                    var local = Local(3);
                    static int Local(int v) => v;
                    System.Func<int, int> lambda = v => v;
                    var grid = new Game.Grid<int>();
                    var boxed = new Box<int>();
                }
            }
        }
        """;

    private static readonly Lazy<CSharpCompilation> Bot = new(() =>
    {
        var compilation = CSharpCompilation.Create("Bot", [CSharpSyntaxTree.ParseText(BotSource)], ReferenceSet.All.Add(Game.Value),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        return compilation;
    });

    private static CSharpCompilation Compilation => Bot.Value;

    private static SymbolPolicy NewPolicy(string? rules = null) => new(RulesText.Load(rules ?? Rules), Compilation.Assembly);

    private static INamedTypeSymbol T(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName);

    private static INamedTypeSymbol SystemType => T("System.Type");

    private static ISymbol Member(string typeName, string member) => T(typeName).GetMembers(member).First();

    private static ISymbol Invoked(string expression)
    {
        var tree = Compilation.SyntaxTrees.Single();
        var node = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First(n => n.ToString() == expression);
        return Compilation.GetSemanticModel(tree).GetSymbolInfo(node).Symbol!;
    }

    private static ISymbol Declared<TNode>(Func<TNode, bool> predicate)
        where TNode : SyntaxNode
    {
        var tree = Compilation.SyntaxTrees.Single();
        var node = tree.GetRoot().DescendantNodes().OfType<TNode>().First(predicate);
        return Compilation.GetSemanticModel(tree).GetDeclaredSymbol(node)!;
    }

    private static void ShouldUseDenied(SymbolVerdict verdict, string deniedType)
    {
        verdict.Kind.Should().Be(VerdictKind.UsesDeniedType);
        verdict.IsAllowed.Should().BeFalse();
        verdict.DeniedType!.ToDisplayString().TrimEnd('?').Should().Be(deniedType);
        verdict.DeniedTypeVerdict!.IsAllowed.Should().BeFalse();
    }

    [Fact]
    public void Allowed_member_with_allowed_signature()
    {
        var policy = NewPolicy();
        policy.Evaluate(Member("Game.Api", "Move")).Should().BeSameAs(SymbolVerdict.Allowed);
        policy.Evaluate(T("System.Collections.Generic.List`1").Construct(T("System.Int32")).GetMembers("Add").Single()).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Denied_member_names_the_rule_its_origin_and_reason()
    {
        var verdict = NewPolicy().Evaluate(Member("Game.Api", "Cheat"));
        verdict.Kind.Should().Be(VerdictKind.DeniedByRule);
        verdict.Rule!.Directive.Should().Be("deny M:Game.Api.Cheat");
        verdict.Reason.Should().Be("not for bots");
        verdict.Explain().Should().Be($"denied by 'deny M:Game.Api.Cheat' ({RulesText.FileName}:23): not for bots");
    }

    [Fact]
    public void Symbol_no_rule_covers_is_not_allowlisted()
    {
        var writeLine = T("System.Console").GetMembers("WriteLine").First();
        var verdict = NewPolicy().Evaluate(writeLine);
        verdict.Kind.Should().Be(VerdictKind.NotAllowlisted);
        verdict.Rule.Should().BeNull();
        verdict.Explain().Should().Be("no rule allows it (a game's rules file can allow it with 'allow T:System.Console')");
    }

    [Fact]
    public void A_type_that_no_rule_covers_suggests_allowing_the_type()
    {
        var verdict = NewPolicy().Evaluate(T("System.Text.StringBuilder"));
        verdict.Kind.Should().Be(VerdictKind.NotAllowlisted);
        verdict.AllowPattern.Should().Be("T:System.Text.StringBuilder");
    }

    [Fact]
    public void A_refused_type_in_the_signature_reads_as_one_sentence_with_the_way_to_allow_it()
    {
        // Unallowed, not denied: the type has no rule; nested type arguments name the innermost type once.
        var rules = Rules.Replace("deny  T:System.Type ; reflection", string.Empty);
        var verdict = NewPolicy(rules).Evaluate(Member("Game.Api", "KindList"));
        verdict.Explain().Should().Be("it uses 'System.Type', which no rule allows (a game's rules file can allow it with 'allow T:System.Type')");
        var echo = ((IMethodSymbol)Member("Game.Api", "Echo")).Construct(
            Compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T).Construct(
                T("System.Collections.Generic.List`1").Construct(SystemType)));
        NewPolicy(rules).Evaluate(echo).Explain()
            .Should().Be("it uses 'System.Type', which no rule allows (a game's rules file can allow it with 'allow T:System.Type')");
    }

    [Fact]
    public void Return_type_in_the_signature_is_policed()
    {
        // Exception declares its own GetType(); the type rule allows it, its return type does not.
        var verdict = NewPolicy().Evaluate(Member("System.Exception", "GetType"));
        ShouldUseDenied(verdict, "System.Type");
        verdict.Rule!.Directive.Should().Be("deny T:System.Type");
        verdict.Explain().Should().Be($"it uses 'System.Type', which is denied by 'deny T:System.Type' ({RulesText.FileName}:19): reflection");

        ShouldUseDenied(NewPolicy().Evaluate(Member("Game.Api", "KindProperty")), "System.Type");
    }

    [Fact]
    public void Parameter_types_are_policed()
    {
        var policy = NewPolicy();
        ShouldUseDenied(policy.Evaluate(Member("Game.Api", "Count")), "System.Type");
        ShouldUseDenied(policy.Evaluate(T("Game.Api").GetMembers().OfType<IPropertySymbol>().Single(p => p.IsIndexer)), "System.Type");
        var createInstance = T("System.Array").GetMembers("CreateInstance").OfType<IMethodSymbol>()
            .First(m => m.Parameters.Length == 2 && m.Parameters[1].Type.SpecialType == SpecialType.System_Int32);
        ShouldUseDenied(policy.Evaluate(createInstance), "System.Type");
    }

    [Fact]
    public void Field_event_and_array_types_are_policed()
    {
        var policy = NewPolicy();
        ShouldUseDenied(policy.Evaluate(Member("Game.Api", "KindField")), "System.Type");
        ShouldUseDenied(policy.Evaluate(Member("Game.Api", "KindChanged")), "System.Type");
        ShouldUseDenied(policy.Evaluate(Member("Game.Api", "Kinds")), "System.Type");
    }

    [Fact]
    public void Property_of_a_reflection_type_is_refused_through_its_type()
    {
        var verdict = NewPolicy().Evaluate(Member("System.Delegate", "Method"));
        ShouldUseDenied(verdict, "System.Reflection.MethodInfo");
        verdict.Rule!.Directive.Should().Be("deny N:System.Reflection");
    }

    [Fact]
    public void Accessor_is_judged_with_its_property()
    {
        var policy = NewPolicy();
        var now = (IPropertySymbol)Member("System.DateTime", "Now");
        policy.Evaluate(now).Kind.Should().Be(VerdictKind.DeniedByRule);
        var getter = policy.Evaluate(now.GetMethod!);
        getter.Kind.Should().Be(VerdictKind.DeniedByRule);
        getter.Rule!.Directive.Should().Be("deny P:System.DateTime.Now");
        policy.Evaluate(((IPropertySymbol)Member("System.DateTime", "Day")).GetMethod!).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(((IEventSymbol)Member("Game.Api", "KindChanged")).AddMethod!), "System.Type");
    }

    [Fact]
    public void Accessor_of_an_allowed_property_in_a_denied_type_is_allowed()
    {
        var policy = new SymbolPolicy(RuleSetLoader.Preset(Presets.Bots), Compilation.Assembly);
        var environment = T("System.Environment");
        policy.Evaluate(((IPropertySymbol)environment.GetMembers("NewLine").Single()).GetMethod!).IsAllowed.Should().BeTrue();
        policy.Evaluate(((IPropertySymbol)environment.GetMembers("TickCount").Single()).GetMethod!).Kind.Should().Be(VerdictKind.DeniedByRule);
        var culture = (IPropertySymbol)T("System.Globalization.CultureInfo").GetMembers("CurrentCulture").Single();
        policy.Evaluate(culture.SetMethod!).Rule!.Directive.Should().Be("deny P:System.Globalization.CultureInfo.CurrentCulture");
    }

    [Fact]
    public void Type_arguments_of_constructed_types_are_policed()
    {
        var policy = NewPolicy();
        var list = T("System.Collections.Generic.List`1");
        var dictionary = T("System.Collections.Generic.Dictionary`2");
        var listOfType = list.Construct(SystemType);

        policy.Evaluate(list.Construct(T("System.Int32"))).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(listOfType), "System.Type");
        ShouldUseDenied(policy.Evaluate(listOfType.GetMembers("Add").Single()), "System.Type");
        ShouldUseDenied(policy.Evaluate(listOfType.GetMembers("Count").Single()), "System.Type");
        ShouldUseDenied(policy.Evaluate(listOfType.GetTypeMembers("Enumerator").Single()), "System.Type");
        ShouldUseDenied(policy.Evaluate(dictionary.Construct(T("System.Int32"), listOfType)), "System.Type");
        ShouldUseDenied(policy.Evaluate(Member("Game.Api", "KindList")), "System.Type");
        policy.Evaluate(Member("Game.Api", "Numbers")).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Type_arguments_of_constructed_methods_are_policed()
    {
        var policy = NewPolicy();
        var empty = (IMethodSymbol)T("System.Linq.Enumerable").GetMembers("Empty").Single();
        policy.Evaluate(empty.Construct(T("System.Int32"))).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(empty.Construct(SystemType)), "System.Type");
        var echo = (IMethodSymbol)Member("Game.Api", "Echo");
        ShouldUseDenied(policy.Evaluate(echo.Construct(T("System.Reflection.MethodInfo"))), "System.Reflection.MethodInfo");
        policy.Evaluate(echo).IsAllowed.Should().BeTrue("an unconstructed method has only type parameters");
    }

    [Fact]
    public void Reduced_extension_methods_are_judged_as_their_definition()
    {
        var select = (IMethodSymbol)Invoked("xs.Select(x => x * 2)");
        select.MethodKind.Should().Be(MethodKind.ReducedExtension);
        NewPolicy().Evaluate(select).IsAllowed.Should().BeTrue();

        var denied = NewPolicy(Rules + "\ndeny M:System.Linq.Enumerable.Select ; test").Evaluate(select);
        denied.Kind.Should().Be(VerdictKind.DeniedByRule);
        denied.Rule!.Directive.Should().Be("deny M:System.Linq.Enumerable.Select");

        var selectType = (IMethodSymbol)Invoked("xs.Select(x => (System.Type?)null)");
        ShouldUseDenied(NewPolicy().Evaluate(selectType), "System.Type");
    }

    [Fact]
    public void Bot_own_symbols_are_never_policed_by_name()
    {
        var policy = NewPolicy();
        var ownFile = T("System.IO.File");
        ownFile.ContainingAssembly.Name.Should().Be("Bot");
        policy.Evaluate(ownFile).IsAllowed.Should().BeTrue();
        policy.Evaluate(ownFile.GetMembers("ReadAllText").Single()).IsAllowed.Should().BeTrue();
        policy.Evaluate(Invoked("System.IO.File.ReadAllText(\"x\")")).IsAllowed.Should().BeTrue();
        policy.Evaluate(Member("Bot.Player", "Kind")).IsAllowed.Should().BeTrue("the declaration is checked where 'System.Type' is written");
        policy.Evaluate(Member("Bot.Player", "Prop")).IsAllowed.Should().BeTrue();
        policy.Evaluate(Invoked("Local(3)")).IsAllowed.Should().BeTrue();
        var tree = Compilation.SyntaxTrees.Single();
        var lambda = Compilation.GetSemanticModel(tree).GetSymbolInfo(tree.GetRoot().DescendantNodes().OfType<LambdaExpressionSyntax>().Last()).Symbol!;
        ((IMethodSymbol)lambda).MethodKind.Should().Be(MethodKind.AnonymousFunction);
        policy.Evaluate(lambda).IsAllowed.Should().BeTrue();
        policy.Evaluate(Declared<LocalFunctionStatementSyntax>(_ => true)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Bot_own_generics_constructed_with_a_denied_type_are_refused()
    {
        var policy = NewPolicy();
        var box = T("Bot.Box`1");
        var boxOfType = box.Construct(SystemType);
        policy.Evaluate(box.Construct(T("System.Int32"))).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(boxOfType), "System.Type");
        ShouldUseDenied(policy.Evaluate(boxOfType.GetMembers("Value").Single()), "System.Type");
        ShouldUseDenied(policy.Evaluate(boxOfType.GetMembers("Id").Single()), "System.Type");
        var id = (IMethodSymbol)Member("Bot.Player", "Id");
        ShouldUseDenied(policy.Evaluate(id.Construct(SystemType)), "System.Type");
        policy.Evaluate(id.Construct(T("System.String"))).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Game_generic_nested_type_carries_its_container_type_arguments()
    {
        var policy = NewPolicy();
        var grid = T("Game.Grid`1");
        policy.Evaluate(grid.Construct(T("System.Int32")).GetTypeMembers("Row").Single()).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(grid.Construct(SystemType).GetTypeMembers("Row").Single()), "System.Type");
        ShouldUseDenied(policy.Evaluate(grid.Construct(SystemType).GetTypeMembers("Row").Single().GetMembers("Length").Single()), "System.Type");
    }

    [Fact]
    public void Arrays_are_judged_by_their_element_type()
    {
        var policy = NewPolicy();
        var int32 = T("System.Int32");
        policy.Evaluate(Compilation.CreateArrayTypeSymbol(int32)).IsAllowed.Should().BeTrue();
        policy.Evaluate(Compilation.CreateArrayTypeSymbol(Compilation.CreateArrayTypeSymbol(int32))).IsAllowed.Should().BeTrue();
        policy.Evaluate(Compilation.CreateArrayTypeSymbol(SystemType)).IsAllowed.Should().BeFalse();
        policy.Evaluate(Compilation.CreateArrayTypeSymbol(SystemType, rank: 2)).Rule!.Directive.Should().Be("deny T:System.Type");
        policy.Evaluate(Compilation.CreateArrayTypeSymbol(T("System.Console"))).Kind.Should().Be(VerdictKind.NotAllowlisted);
    }

    [Fact]
    public void Pointers_are_judged_by_their_pointee()
    {
        var policy = NewPolicy();
        policy.Evaluate(Compilation.CreatePointerTypeSymbol(T("System.Int32"))).IsAllowed.Should().BeTrue();
        var handle = T("System.Runtime.InteropServices.GCHandle");
        policy.Evaluate(Compilation.CreatePointerTypeSymbol(handle)).Rule!.Directive.Should().Be("deny N:System.Runtime.InteropServices");
    }

    [Fact]
    public void Tuples_are_judged_by_their_elements()
    {
        var policy = NewPolicy();
        var int32 = T("System.Int32");
        var str = T("System.String");
        policy.Evaluate(Compilation.CreateTupleTypeSymbol([int32, str], ["Score", "Name"])).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(Compilation.CreateTupleTypeSymbol([int32, SystemType])), "System.Type");

        // Eight elements nest the last one in TRest.
        var eight = Compilation.CreateTupleTypeSymbol([int32, int32, int32, int32, int32, int32, int32, SystemType]);
        ShouldUseDenied(policy.Evaluate(eight), "System.Type");
        var allInts = Compilation.CreateTupleTypeSymbol([int32, int32, int32, int32, int32, int32, int32, int32]);
        policy.Evaluate(allInts).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Nullable_value_types_are_judged_by_their_underlying_type()
    {
        var policy = NewPolicy();
        var nullable = T("System.Nullable`1");
        policy.Evaluate(nullable.Construct(T("System.Int32"))).IsAllowed.Should().BeTrue();
        ShouldUseDenied(policy.Evaluate(nullable.Construct(T("System.Runtime.InteropServices.GCHandle"))), "System.Runtime.InteropServices.GCHandle");
    }

    [Fact]
    public void Anonymous_types_and_their_members_are_allowed()
    {
        var policy = NewPolicy();
        var anonymous = Compilation.GetSemanticModel(Compilation.SyntaxTrees.Single())
            .GetTypeInfo(Compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<AnonymousObjectCreationExpressionSyntax>().Single()).Type as INamedTypeSymbol
            ?? throw new InvalidOperationException();
        anonymous.IsAnonymousType.Should().BeTrue();
        policy.Evaluate(anonymous).IsAllowed.Should().BeTrue();
        policy.Evaluate(anonymous.GetMembers("A").Single()).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Type_parameters_dynamic_and_the_global_namespace_are_left_to_the_language_rules()
    {
        var policy = NewPolicy();
        policy.Evaluate(T("System.Collections.Generic.List`1").TypeParameters[0]).IsAllowed.Should().BeTrue();
        policy.Evaluate(Compilation.DynamicType).IsAllowed.Should().BeTrue();
        policy.Evaluate(Compilation.GlobalNamespace).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Namespaces_are_judged_by_rule()
    {
        var policy = NewPolicy();
        var generic = T("System.Collections.Generic.List`1").ContainingNamespace;
        policy.Evaluate(generic).IsAllowed.Should().BeTrue();
        policy.Evaluate(SystemType.ContainingNamespace).Kind.Should().Be(VerdictKind.NotAllowlisted);
        policy.Evaluate(T("System.Reflection.MethodInfo").ContainingNamespace).Kind.Should().Be(VerdictKind.DeniedByRule);
    }

    [Fact]
    public void Without_a_source_assembly_nothing_is_own()
    {
        var policy = new SymbolPolicy(RulesText.Load(Rules), sourceAssembly: null);
        policy.Evaluate(T("Bot.Player")).Kind.Should().Be(VerdictKind.NotAllowlisted);
    }

    [Fact]
    public void Verdicts_are_cached_per_symbol()
    {
        var policy = NewPolicy();
        var getType = Member("System.Exception", "GetType");
        policy.Evaluate(getType).Should().BeSameAs(policy.Evaluate(getType));
        policy.Rules.Should().NotBeNull();
    }

    [Fact]
    public void Concurrent_evaluation_agrees()
    {
        var policy = NewPolicy();
        var symbols = T("System.Exception").GetMembers().Concat(T("Game.Api").GetMembers()).ToList();
        var expected = symbols.Select(s => NewPolicy().Evaluate(s).Kind).ToList();
        var results = new VerdictKind[symbols.Count];
        Parallel.For(0, symbols.Count * 4, i => results[i % symbols.Count] = policy.Evaluate(symbols[i % symbols.Count]).Kind);
        results.Should().Equal(expected);
    }
}
