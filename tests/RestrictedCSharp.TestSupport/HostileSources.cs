using System.Text;

namespace RestrictedCSharp.TestSupport;

/// <summary>Bots that pass the front door's checks but are slow for the compiler to judge.</summary>
public static class HostileSources
{
    /// <summary>
    /// <paramref name="overloads"/> overloads of one method, each taking a delegate of another parameter type, and
    /// <paramref name="calls"/> calls of it with a lambda, all in one method body: overload resolution binds each
    /// lambda once per overload, calls × overloads bindings, and the compiler looks at its cancellation only between
    /// method bodies, so the validation's time limit (RCX1008) cannot stop it. No nesting (RCX1004, RCX1009), no
    /// long constant (RCX1010), a small file (about 50 bytes a call).
    /// </summary>
    public static string OverloadedLambdas(int overloads = 500, int calls = 3000)
    {
        var text = new StringBuilder("using System;\nusing LightCycles.Api;\n\npublic sealed class Overloaded : LightCyclesBot\n{\n");
        for (var i = 0; i < overloads; i++)
        {
            text.Append($"    private struct S{i} {{ public int V; }}\n");
            text.Append($"    private static int M(Func<S{i}, int> f) => {i};\n");
        }
        text.Append("    public override Direction Move(GameView view)\n    {\n        var t = 0;\n");
        for (var i = 0; i < calls; i++) text.Append($"        t += M(x => x.V + {i});\n");
        text.Append("        return view.Me.Heading;\n    }\n}\n");
        return text.ToString();
    }
}
