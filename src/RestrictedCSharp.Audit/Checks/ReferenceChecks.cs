using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// Every member, method instantiation, type instantiation and type the assembly references from
/// elsewhere, judged by the rules: the same allowlist the analyzer used, now on what was emitted.
/// </summary>
internal static class ReferenceChecks
{
    // Every delegate type's runtime-provided BeginInvoke/EndInvoke name these; any use by the bot's own code
    // is judged where it appears (signatures, locals, instructions, member references).
    private static readonly HashSet<string> DelegateSignatureTypes = new(StringComparer.Ordinal) { "T:System.IAsyncResult", "T:System.AsyncCallback" };

    public static void Run(AuditContext context)
    {
        var reader = context.Reader;
        var memberParents = new HashSet<TypeReferenceHandle>();
        foreach (var handle in reader.MemberReferences)
        {
            CheckMember(context, handle, memberParents);
        }

        foreach (var handle in reader.TypeReferences)
        {
            // A type used only to reach its members is judged through those members (records reach
            // System.Type only for GetTypeFromHandle); any other use is judged where it appears.
            if (memberParents.Contains(handle) || MetadataNames.IsOwn(reader, handle))
            {
                continue;
            }

            var id = "T:" + MetadataNames.Of(reader, handle);
            if (DelegateSignatureTypes.Contains(id))
            {
                continue;
            }

            if (context.Policy.RefuseType(id, lenient: true) is { } reason)
            {
                context.ReportRefused(id.Substring(2), reason, $"reference to {id}");
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var handle = MetadataTokens.TypeSpecificationHandle(row);
            var type = context.TypeSpecification(handle);
            context.CheckSignatureTypes(type, $"type instantiation {type.Name}", lenient: true);
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            foreach (var argument in spec.DecodeSignature(context.Signatures, null))
            {
                context.CheckSignatureTypes(argument, $"method instantiation with {argument.Name}", lenient: true);
            }
        }
    }

    private static void CheckMember(AuditContext context, MemberReferenceHandle handle, HashSet<TypeReferenceHandle> memberParents)
    {
        var reader = context.Reader;
        var member = reader.GetMemberReference(handle);
        var name = reader.GetString(member.Name);
        string typeName;
        var ownParent = false;
        switch (member.Parent.Kind)
        {
            case HandleKind.TypeReference:
                var typeRef = (TypeReferenceHandle)member.Parent;
                memberParents.Add(typeRef);
                typeName = MetadataNames.Of(reader, typeRef);
                ownParent = MetadataNames.IsOwn(reader, typeRef);
                break;
            case HandleKind.TypeSpecification:
                // A generic instantiation is judged by its generic type (its arguments are judged with the
                // TypeSpec rows); array types' Get/Set/Address methods belong to the runtime's arrays.
                var spec = context.TypeSpecification((TypeSpecificationHandle)member.Parent);
                typeName = spec.DefinitionName ?? spec.Name;
                ownParent = spec.DefinitionName is null || !spec.UsedTypes.Contains("T:" + spec.DefinitionName);
                break;
            case HandleKind.TypeDefinition:
            case HandleKind.MethodDefinition:
                return; // the assembly's own members (vararg call sites)
            default:
                context.Report(RcxCatalog.AuditNativeCode, $"'{name}' is a module-level function of another module", $"reference to {name}");
                return;
        }

        string id;
        string? accessorOf = null;
        ImmutableArray<SignatureType> signature;
        if (member.GetKind() == MemberReferenceKind.Field)
        {
            var fieldType = member.DecodeFieldSignature(context.Signatures, null);
            id = $"F:{typeName}.{name}";
            signature = ImmutableArray.Create(fieldType);
        }
        else
        {
            var method = member.DecodeMethodSignature(context.Signatures, null);
            id = MethodId(typeName, name, method);
            accessorOf = AccessorOf(typeName, name, method);
            signature = method.ParameterTypes.Add(method.ReturnType);
        }

        var location = $"reference to {id}";
        // The inline-array primitives, GetType in a type comparison and the span constructor a stackalloc uses are
        // judged where they are called (MethodBodyChecks), when the rules allow them there.
        if (ownParent || context.Policy.IsHelper(id) || InlineArrayHelpers.Primitives.Contains(id)
            || TypeComparisonCalls.IsJudgedAtCallSites(context, id) || StackAllocationChecks.IsJudgedAtCallSites(context, id))
        {
            return;
        }

        if (context.Policy.RefuseMember(id, accessorOf) is { } reason)
        {
            context.ReportRefused(id.Substring(2), reason, location);
            return;
        }

        foreach (var type in signature)
        {
            context.CheckSignatureTypes(type, location, lenient: false);
        }
    }

    /// <summary>A method reference's documentation ID, as the rules name it (fields: <c>F:</c>).</summary>
    internal static string Describe(AuditContext context, MemberReferenceHandle handle)
    {
        var reader = context.Reader;
        var member = reader.GetMemberReference(handle);
        var name = reader.GetString(member.Name);
        var typeName = member.Parent.Kind switch
        {
            HandleKind.TypeReference => MetadataNames.Of(reader, (TypeReferenceHandle)member.Parent),
            HandleKind.TypeSpecification => context.TypeSpecification((TypeSpecificationHandle)member.Parent) is var spec ? spec.DefinitionName ?? spec.Name : "",
            _ => "",
        };
        return member.GetKind() == MemberReferenceKind.Field
            ? $"F:{typeName}.{name}"
            : MethodId(typeName, name, member.DecodeMethodSignature(context.Signatures, null));
    }

    internal static string MethodId(string typeName, string name, MethodSignature<SignatureType> method)
    {
        var memberName = name.Replace('.', '#'); // .ctor → #ctor, .cctor → #cctor
        var id = $"M:{typeName}.{memberName}";
        if (method.GenericParameterCount > 0)
        {
            id += "``" + method.GenericParameterCount;
        }

        if (method.ParameterTypes.Length > 0)
        {
            id += "(" + string.Join(",", method.ParameterTypes.Select(p => p.Name)) + ")";
        }

        if (name is "op_Implicit" or "op_Explicit")
        {
            id += "~" + method.ReturnType.Name;
        }

        return id;
    }

    // Rules name properties and events (P:, E:); IL calls their accessors.
    private static string? AccessorOf(string typeName, string name, MethodSignature<SignatureType> method)
    {
        if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
        {
            var indexCount = method.ParameterTypes.Length - (name[0] == 's' ? 1 : 0);
            var id = $"P:{typeName}.{name.Substring(4)}";
            return indexCount > 0
                ? id + "(" + string.Join(",", method.ParameterTypes.Take(indexCount).Select(p => p.Name)) + ")"
                : id;
        }

        if (name.StartsWith("add_", StringComparison.Ordinal))
        {
            return $"E:{typeName}.{name.Substring(4)}";
        }

        return name.StartsWith("remove_", StringComparison.Ordinal) ? $"E:{typeName}.{name.Substring(7)}" : null;
    }
}
