using System.Reflection.Emit;
using System.Reflection.Metadata;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// With <c>feature type-comparison on</c>, <c>Object.GetType</c> (and <c>Type.Equals(Type)</c>) may appear only as the
/// C# compiler emits <c>a.GetType() == b.GetType()</c>, <c>!=</c> or <c>.Equals</c>: a GetType call, a load of the
/// other value (an argument, local or static field, then at most field loads, casts and boxing of that value),
/// the second GetType call, and at once the comparison. Both Types are consumed by the comparison, so none
/// can be stored, passed on or asked anything. The analyzer accepts the same shapes (TypeComparisons.cs).
/// </summary>
internal static class TypeComparisonCalls
{
    public const string GetTypeId = "M:System.Object.GetType";

    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal)
    {
        "M:System.Type.op_Equality(System.Type,System.Type)",
        "M:System.Type.op_Inequality(System.Type,System.Type)",
        "M:System.Type.Equals(System.Type)",
        "M:System.Type.Equals(System.Object)",
        "M:System.Object.Equals(System.Object)",
    };

    // Only the comparisons that the rules do not allow anyway need their call sites judged.
    private static readonly HashSet<string> JudgedAtCallSites = new(StringComparer.Ordinal)
    {
        GetTypeId, "M:System.Type.Equals(System.Type)", "M:System.Type.Equals(System.Object)",
    };

    private static readonly short[] Pushes =
    [
        OpCodes.Ldarg_0.Value, OpCodes.Ldarg_1.Value, OpCodes.Ldarg_2.Value, OpCodes.Ldarg_3.Value, OpCodes.Ldarg_S.Value, OpCodes.Ldarg.Value,
        OpCodes.Ldloc_0.Value, OpCodes.Ldloc_1.Value, OpCodes.Ldloc_2.Value, OpCodes.Ldloc_3.Value, OpCodes.Ldloc_S.Value, OpCodes.Ldloc.Value,
        OpCodes.Ldsfld.Value,
    ];

    // Each takes the value on top of the stack and leaves one in its place, so the first Type below is untouched.
    private static readonly short[] Transforms =
    [
        OpCodes.Ldfld.Value, OpCodes.Castclass.Value, OpCodes.Isinst.Value, OpCodes.Box.Value, OpCodes.Ldobj.Value, OpCodes.Unbox_Any.Value,
    ];

    /// <summary>Whether a member reference is judged where it is called rather than as a reference.</summary>
    public static bool IsJudgedAtCallSites(AuditContext context, string memberId) =>
        context.Policy.Rules.IsEnabled(LanguageFeature.TypeComparison) && JudgedAtCallSites.Contains(memberId);

    public static void Check(AuditContext context, IReadOnlyList<IlInstruction> instructions, string location)
    {
        if (!context.Policy.Rules.IsEnabled(LanguageFeature.TypeComparison))
        {
            return;
        }

        var matched = new HashSet<int>();
        for (var i = 0; i < instructions.Count; i++)
        {
            if (IsCallTo(context, instructions[i], GetTypeId) && Match(context, instructions, i) is { } second)
            {
                matched.Add(i);
                matched.Add(second);
                matched.Add(second + 1);
            }
        }

        for (var i = 0; i < instructions.Count; i++)
        {
            if (matched.Contains(i) || MemberId(context, instructions[i].Token) is not { } id || !JudgedAtCallSites.Contains(id))
            {
                continue;
            }

            var reason = context.Policy.RefuseMember(id, accessorOf: null) ?? Refusal.NoRuleAllowsIt;
            context.Report(
                RcxCatalog.AuditRefusedReference,
                $"'{id.Substring(2)}' is not allowed outside a comparison of two GetType() results: {reason}",
                location);
        }
    }

    // The index of the second GetType call of a comparison that starts with the call at `first`, if it is one.
    private static int? Match(AuditContext context, IReadOnlyList<IlInstruction> instructions, int first)
    {
        var next = first + 1;
        if (next >= instructions.Count || !Pushes.Contains(instructions[next].OpCode))
        {
            return null;
        }

        next++;
        while (next < instructions.Count && Transforms.Contains(instructions[next].OpCode))
        {
            next++;
        }

        if (next + 1 >= instructions.Count || !IsCallTo(context, instructions[next], GetTypeId))
        {
            return null;
        }

        return MemberId(context, instructions[next + 1].Token) is { } compare && Comparisons.Contains(compare) && IsCall(instructions[next + 1])
            ? next
            : null;
    }

    private static bool IsCall(IlInstruction instruction) =>
        instruction.OpCode == OpCodes.Call.Value || instruction.OpCode == OpCodes.Callvirt.Value;

    private static bool IsCallTo(AuditContext context, IlInstruction instruction, string id) =>
        IsCall(instruction) && MemberId(context, instruction.Token) == id;

    private static string? MemberId(AuditContext context, EntityHandle token) =>
        token.Kind == HandleKind.MemberReference ? context.MemberId((MemberReferenceHandle)token) : null;
}
