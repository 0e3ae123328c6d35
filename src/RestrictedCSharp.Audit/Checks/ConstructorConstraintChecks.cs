using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// <c>new T()</c> compiles to <c>Activator.CreateInstance&lt;T&gt;()</c>, which runs the type argument's parameterless
/// constructor where no member reference names it. For every instantiation of the assembly's own generic methods and
/// types (method specs, type specs, and instantiations nested in their arguments), each argument that fills a
/// <c>new()</c>-constrained parameter must have a parameterless constructor the rules allow, as the analyzer's
/// RCX0402 decides in source. Own types pass (their constructors are the bot's code); a type parameter passed on
/// is judged where it is finally substituted. The library's own <c>new()</c> constraints are not read: the audit
/// reads no library metadata, and the analyzer judges them.
/// </summary>
internal static class ConstructorConstraintChecks
{
    public static void Run(AuditContext context)
    {
        var reader = context.Reader;
        var ownTypes = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            ownTypes.TryAdd(MetadataNames.Of(reader, handle), handle);
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var type = context.TypeSpecification(MetadataTokens.TypeSpecificationHandle(row));
            CheckInstantiations(context, ownTypes, type, $"type instantiation {type.Name}");
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            var arguments = spec.DecodeSignature(context.Signatures, null);
            var location = $"method instantiation with {string.Join(", ", arguments.Select(a => a.Name))}";
            foreach (var parameters in OwnMethodParameters(context, ownTypes, spec.Method))
            {
                CheckArguments(context, parameters, arguments, location);
            }

            foreach (var argument in arguments)
            {
                CheckInstantiations(context, ownTypes, argument, location);
            }
        }
    }

    /// <summary>Judges every instantiation of an own generic type inside <paramref name="type"/>, however deeply nested.</summary>
    private static void CheckInstantiations(AuditContext context, Dictionary<string, TypeDefinitionHandle> ownTypes, SignatureType type, string location)
    {
        if (type.IsOwnDefinition && type.DefinitionName is { } name && ownTypes.TryGetValue(name, out var definition))
        {
            CheckArguments(context, context.Reader.GetTypeDefinition(definition).GetGenericParameters(), type.TypeArguments, location);
        }

        foreach (var argument in type.TypeArguments)
        {
            CheckInstantiations(context, ownTypes, argument, location);
        }
    }

    /// <summary>
    /// The generic parameters of the own method a method spec instantiates: a definition directly, or, through a
    /// member reference on an instantiation of an own type, every method of that name and arity (the strictest wins).
    /// </summary>
    private static IEnumerable<GenericParameterHandleCollection> OwnMethodParameters(
        AuditContext context, Dictionary<string, TypeDefinitionHandle> ownTypes, EntityHandle method)
    {
        var reader = context.Reader;
        if (method.Kind == HandleKind.MethodDefinition)
        {
            yield return reader.GetMethodDefinition((MethodDefinitionHandle)method).GetGenericParameters();
            yield break;
        }

        if (method.Kind != HandleKind.MemberReference)
        {
            yield break;
        }

        var member = reader.GetMemberReference((MemberReferenceHandle)method);
        string? typeName = member.Parent.Kind switch
        {
            HandleKind.TypeSpecification when context.TypeSpecification((TypeSpecificationHandle)member.Parent) is { IsOwnDefinition: true } spec => spec.DefinitionName,
            HandleKind.TypeReference when MetadataNames.IsOwn(reader, (TypeReferenceHandle)member.Parent) => MetadataNames.Of(reader, (TypeReferenceHandle)member.Parent),
            _ => null,
        };
        if (typeName is null || !ownTypes.TryGetValue(typeName, out var owner))
        {
            yield break;
        }

        var name = reader.GetString(member.Name);
        var arity = member.DecodeMethodSignature(context.Signatures, null).GenericParameterCount;
        foreach (var candidate in reader.GetTypeDefinition(owner).GetMethods())
        {
            var definition = reader.GetMethodDefinition(candidate);
            if (reader.GetString(definition.Name) == name && definition.GetGenericParameters().Count == arity)
            {
                yield return definition.GetGenericParameters();
            }
        }
    }

    private static void CheckArguments(
        AuditContext context, GenericParameterHandleCollection parameters, ImmutableArray<SignatureType> arguments, string location)
    {
        var reader = context.Reader;
        foreach (var handle in parameters)
        {
            var parameter = reader.GetGenericParameter(handle);
            if ((parameter.Attributes & GenericParameterAttributes.DefaultConstructorConstraint) == 0
                || parameter.Index >= arguments.Length
                || ConstructorOf(arguments[parameter.Index]) is not { } constructor)
            {
                continue;
            }

            if (context.Policy.RefuseMember(constructor, accessorOf: null) is { } reason)
            {
                var argument = arguments[parameter.Index].Name;
                context.Report(
                    RcxCatalog.AuditRefusedReference,
                    $"'{argument}' cannot stand for the new() type parameter '{reader.GetString(parameter.Name)}': its parameterless constructor '{constructor.Substring(2)}' is not allowed: {reason}",
                    location);
            }
        }
    }

    /// <summary>The documentation ID of the parameterless constructor <c>Activator</c> would run; null for own types and type parameters.</summary>
    private static string? ConstructorOf(SignatureType argument)
    {
        if (argument.IsTypeParameter)
        {
            return null;
        }

        if (argument.DefinitionName is { } generic)
        {
            return argument.IsOwnDefinition ? null : $"M:{generic}.#ctor";
        }

        return argument.UsedTypes.IsEmpty ? null : $"M:{argument.Name}.#ctor";
    }
}
