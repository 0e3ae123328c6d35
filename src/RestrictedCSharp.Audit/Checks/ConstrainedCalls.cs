using System.Reflection.Metadata;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// <c>constrained. T callvirt I::M</c> on a library value type <c>T</c> runs <c>T</c>'s own implementation of
/// <c>M</c> (a <c>using</c> or <c>foreach</c> over <c>List&lt;T&gt;.Enumerator</c> calls
/// <c>List&lt;T&gt;.Enumerator.Dispose</c> through <c>IDisposable.Dispose</c>), so that member is judged by the
/// rules too, by the name the analyzer judges it by. Without the library's metadata the audit cannot tell an
/// explicit implementation from none; the rules covering <c>T</c> then decide.
/// </summary>
internal static class ConstrainedCalls
{
    public static void Check(AuditContext context, EntityHandle constrainedTo, EntityHandle callee, string location)
    {
        if (constrainedTo.IsNil || callee.Kind != HandleKind.MemberReference)
        {
            return;
        }

        var type = constrainedTo.Kind switch
        {
            HandleKind.TypeReference when !MetadataNames.IsOwn(context.Reader, (TypeReferenceHandle)constrainedTo) =>
                MetadataNames.Of(context.Reader, (TypeReferenceHandle)constrainedTo),
            HandleKind.TypeSpecification => context.TypeSpecification((TypeSpecificationHandle)constrainedTo) is { DefinitionName: { } definition } spec
                && spec.UsedTypes.Contains("T:" + definition) ? definition : null,
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        var interfaceMethod = context.MemberId((MemberReferenceHandle)callee);
        var member = context.Reader.GetMemberReference((MemberReferenceHandle)callee);
        var name = context.Reader.GetString(member.Name);
        var signature = member.DecodeMethodSignature(context.Signatures, null);
        var implementation = ReferenceChecks.MethodId(type, name, signature);
        if (implementation == interfaceMethod || context.Policy.IsHelper(implementation))
        {
            return;
        }

        if (context.Policy.RefuseMember(implementation, accessorOf: null) is { } reason)
        {
            context.ReportRefused(implementation.Substring(2), reason, location);
        }
    }
}
