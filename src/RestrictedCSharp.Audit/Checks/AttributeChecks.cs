using System.Collections.Immutable;
using System.Reflection.Metadata;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// Custom attributes: the constructor is a member reference (judged with the others), but a
/// <c>typeof(...)</c> argument is stored as a type name string, so it is judged here.
/// </summary>
internal static class AttributeChecks
{
    public static void Run(AuditContext context)
    {
        var reader = context.Reader;
        var provider = new AttributeValueTypeProvider();
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var location = $"attribute on {Describe(context, attribute.Parent)}";
            CustomAttributeValue<AttributeValueType> value;
            try
            {
                value = attribute.DecodeValue(provider);
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
            {
                context.Report(RcxCatalog.AuditInvalidAssembly, "an attribute's arguments cannot be read", location);
                continue;
            }

            var arguments = value.FixedArguments.Select(a => (a.Type, a.Value))
                .Concat(value.NamedArguments.Select(a => (a.Type, a.Value)));
            foreach (var (type, argument) in arguments)
            {
                CheckArgument(context, type, argument, location);
            }
        }
    }

    private static void CheckArgument(AuditContext context, AttributeValueType type, object? value, string location)
    {
        if (value is ImmutableArray<CustomAttributeTypedArgument<AttributeValueType>> array)
        {
            foreach (var element in array)
            {
                CheckArgument(context, element.Type, element.Value, location);
            }

            return;
        }

        if (type.IsSystemType && value is AttributeValueType { SerializedName: { } typeName } && ReferencedTypeName(typeName) is { } referenced
            && context.Policy.RefuseType("T:" + referenced, lenient: false) is { } reason
            && !context.DefinesType(referenced))
        {
            context.ReportRefused(referenced, reason, location);
        }
    }

    // "System.IO.File, System.Runtime, Version=…" → "System.IO.File"; nested '+' becomes '.'.
    private static string? ReferencedTypeName(string serialized)
    {
        var name = serialized;
        var bracket = name.IndexOf('[');
        var comma = name.IndexOf(',');
        var end = new[] { bracket, comma }.Where(i => i >= 0).DefaultIfEmpty(name.Length).Min();
        name = name.Substring(0, end).Trim().Replace('+', '.');
        return name.Length == 0 ? null : name;
    }

    private static string Describe(AuditContext context, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeDefinition => context.Describe((TypeDefinitionHandle)parent),
        HandleKind.MethodDefinition => context.Describe((MethodDefinitionHandle)parent),
        HandleKind.AssemblyDefinition => "the assembly",
        HandleKind.ModuleDefinition => "the module",
        _ => parent.Kind.ToString(),
    };
}
