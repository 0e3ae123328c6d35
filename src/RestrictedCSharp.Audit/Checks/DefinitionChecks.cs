using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// The assembly's own types and members: what they derive from and declare, and the constructs that
/// run code outside the guards or break memory safety however they are reached.
/// </summary>
internal static class DefinitionChecks
{
    public static void Run(AuditContext context)
    {
        var reader = context.Reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            CheckType(context, handle);
        }

        foreach (var handle in reader.FieldDefinitions)
        {
            var field = reader.GetFieldDefinition(handle);
            var location = $"field {MetadataNames.Of(reader, field.GetDeclaringType())}.{reader.GetString(field.Name)}";
            context.CheckSignatureTypes(field.DecodeSignature(context.Signatures, null), location, lenient: true);
        }

        foreach (var handle in reader.PropertyDefinitions)
        {
            var property = reader.GetPropertyDefinition(handle);
            var signature = property.DecodeSignature(context.Signatures, null);
            var location = $"property {reader.GetString(property.Name)}";
            foreach (var type in signature.ParameterTypes.Add(signature.ReturnType))
            {
                context.CheckSignatureTypes(type, location, lenient: true);
            }
        }

        foreach (var handle in reader.EventDefinitions)
        {
            var @event = reader.GetEventDefinition(handle);
            CheckTypeHandle(context, @event.Type, $"event {reader.GetString(@event.Name)}", lenient: true);
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.GenericParamConstraint); row++)
        {
            var constraint = reader.GetGenericParameterConstraint(MetadataTokens.GenericParameterConstraintHandle(row));
            CheckTypeHandle(context, constraint.Type, "generic constraint", lenient: true);
        }
    }

    private static void CheckType(AuditContext context, TypeDefinitionHandle handle)
    {
        var reader = context.Reader;
        var type = reader.GetTypeDefinition(handle);
        var location = context.Describe(handle);
        var isModuleType = MetadataTokens.GetRowNumber(handle) == 1;

        // Explicit layout matters only where instance fields could overlap; the compiler's own
        // fixed-size blobs for array initialisers have none.
        if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout
            && type.GetFields().Any(f => (reader.GetFieldDefinition(f).Attributes & FieldAttributes.Static) == 0))
        {
            context.Report(RcxCatalog.AuditExplicitLayout, "explicit struct layout lets fields overlap (type confusion)", location);
        }

        // Base types and interfaces are judged strictly: inheriting from a type grants its behaviour
        // (a SafeHandle subclass runs code on the finalizer thread).
        if (!type.BaseType.IsNil)
        {
            CheckTypeHandle(context, type.BaseType, location, lenient: false);
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            CheckTypeHandle(context, reader.GetInterfaceImplementation(implementation).Interface, location, lenient: false);
        }

        var isDelegate = IsDelegate(reader, type);
        foreach (var methodHandle in type.GetMethods())
        {
            CheckMethod(context, methodHandle, isModuleType, isDelegate);
        }

        if (isModuleType && type.GetFields().Count > 0)
        {
            context.Report(RcxCatalog.AuditModuleCode, "the module type declares fields: global state outside any type is not allowed", location);
        }
    }

    private static void CheckMethod(AuditContext context, MethodDefinitionHandle handle, bool isModuleType, bool isDelegate)
    {
        var reader = context.Reader;
        var method = reader.GetMethodDefinition(handle);
        var name = reader.GetString(method.Name);
        var location = context.Describe(handle);

        if (isModuleType)
        {
            context.Report(
                RcxCatalog.AuditModuleCode,
                name == ".cctor" ? "a module initializer runs when the assembly loads, outside the guards" : $"'{name}' is a global method of the module",
                location);
        }

        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || !method.GetImport().Name.IsNil)
        {
            context.Report(RcxCatalog.AuditNativeCode, $"'{name}' is a P/Invoke into native code", location);
        }
        else if ((method.ImplAttributes & (MethodImplAttributes.InternalCall | MethodImplAttributes.Unmanaged)) != 0
            || !IsIL(method.ImplAttributes, isDelegate))
        {
            context.Report(RcxCatalog.AuditNativeCode, $"'{name}' is implemented outside IL", location);
        }
        else if (method.RelativeVirtualAddress == 0 && (method.Attributes & MethodAttributes.Abstract) == 0 && !isDelegate)
        {
            context.Report(RcxCatalog.AuditNativeCode, $"'{name}' is extern: it has no body", location);
        }

        var signature = method.DecodeSignature(context.Signatures, null);
        if (name == "Finalize" && (method.Attributes & MethodAttributes.Virtual) != 0 && signature.ParameterTypes.IsEmpty && signature.ReturnType.Name == "System.Void")
        {
            context.Report(RcxCatalog.AuditFinalizer, "finalizers run on the runtime's finalizer thread, outside the guards", location);
        }

        // BeginInvoke/EndInvoke come with every delegate type (their IAsyncResult and AsyncCallback are the
        // runtime's business); calling them is refused where it happens.
        if (!(isDelegate && IsAsynchronousDelegateMethod(name)))
        {
            foreach (var type in signature.ParameterTypes.Add(signature.ReturnType))
            {
                context.CheckSignatureTypes(type, location, lenient: true);
            }
        }

        MethodBodyChecks.Run(context, handle, method, location);
    }

    // The code type is a two-bit field: Runtime (3) shares its low bit with Native (1), so compare, never mask.
    private static bool IsIL(MethodImplAttributes attributes, bool isDelegate) =>
        (attributes & MethodImplAttributes.CodeTypeMask) switch
        {
            MethodImplAttributes.IL => true,
            MethodImplAttributes.Runtime => isDelegate,
            _ => false,
        };

    private static bool IsAsynchronousDelegateMethod(string name) => name is "BeginInvoke" or "EndInvoke";

    /// <summary>Whether <paramref name="handle"/> is the BeginInvoke/EndInvoke of one of the assembly's own delegate types.</summary>
    internal static bool IsAsynchronousDelegateMethod(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        return IsAsynchronousDelegateMethod(reader.GetString(method.Name)) && IsDelegate(reader, reader.GetTypeDefinition(method.GetDeclaringType()));
    }

    private static bool IsDelegate(MetadataReader reader, TypeDefinition type) =>
        type.BaseType.Kind == HandleKind.TypeReference
        && MetadataNames.Of(reader, (TypeReferenceHandle)type.BaseType) == "System.MulticastDelegate";

    internal static void CheckTypeHandle(AuditContext context, EntityHandle handle, string location, bool lenient)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                var typeRef = (TypeReferenceHandle)handle;
                if (!MetadataNames.IsOwn(context.Reader, typeRef))
                {
                    context.CheckSignatureTypes(SignatureType.Referenced(MetadataNames.Of(context.Reader, typeRef)), location, lenient);
                }

                break;
            case HandleKind.TypeSpecification:
                var spec = context.TypeSpecification((TypeSpecificationHandle)handle);
                context.CheckSignatureTypes(spec, location, lenient);
                break;
        }
    }
}
