using System.Reflection.Metadata;

namespace RestrictedCSharp.Audit;

/// <summary>Full names of types as documentation-comment IDs use them (nested types joined by '.').</summary>
internal static class MetadataNames
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return Of(reader, declaring) + "." + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>A type reference that resolves into this very module is the assembly's own type.</summary>
    public static bool IsOwn(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.ModuleDefinition => true,
            HandleKind.TypeReference => IsOwn(reader, (TypeReferenceHandle)scope),
            _ => false,
        };
    }

    /// <summary><c>List`1</c> → <c>List</c>: documentation IDs drop the arity where type arguments follow.</summary>
    public static string WithoutArity(string name)
    {
        var tick = name.LastIndexOf('`');
        var dot = name.LastIndexOf('.');
        return tick > dot && tick >= 0 ? name.Substring(0, tick) : name;
    }
}
