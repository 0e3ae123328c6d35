using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace RestrictedCSharp.Audit;

/// <summary>Decodes metadata signatures into <see cref="SignatureType"/>s named the way documentation IDs name them.</summary>
internal sealed class SignatureTypeProvider : ISignatureTypeProvider<SignatureType, object?>
{
    private readonly MetadataReader _reader;

    public SignatureTypeProvider(MetadataReader reader) => _reader = reader;

    public SignatureType GetPrimitiveType(PrimitiveTypeCode typeCode)
    {
        if (typeCode == PrimitiveTypeCode.TypedReference)
        {
            return SignatureType.Referenced("System.TypedReference").Wrap("System.TypedReference", "TypedReference");
        }

        return SignatureType.Referenced("System." + typeCode switch
        {
            PrimitiveTypeCode.IntPtr => "IntPtr",
            PrimitiveTypeCode.UIntPtr => "UIntPtr",
            _ => typeCode.ToString(),
        });
    }

    public SignatureType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        SignatureType.Own(MetadataNames.Of(reader, handle));

    public SignatureType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var name = MetadataNames.Of(reader, handle);
        return MetadataNames.IsOwn(reader, handle) ? SignatureType.Own(name) : SignatureType.Referenced(name);
    }

    public SignatureType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public SignatureType GetSZArrayType(SignatureType elementType) => elementType.Wrap(elementType.Name + "[]");

    public SignatureType GetArrayType(SignatureType elementType, ArrayShape shape) =>
        elementType.Wrap(elementType.Name + "[" + string.Join(",", Enumerable.Repeat("0:", shape.Rank)) + "]");

    public SignatureType GetByReferenceType(SignatureType elementType) => elementType.Wrap(elementType.Name + "@");

    public SignatureType GetPointerType(SignatureType elementType) => elementType.Wrap(elementType.Name + "*", "pointer");

    public SignatureType GetPinnedType(SignatureType elementType) => elementType.Wrap(elementType.Name, "pinned local");

    public SignatureType GetFunctionPointerType(MethodSignature<SignatureType> signature)
    {
        var parts = signature.ParameterTypes.Add(signature.ReturnType);
        return new SignatureType("=FUNC:" + string.Join(",", parts.Select(p => p.Name)), SignatureType.Combine(parts), "function pointer");
    }

    public SignatureType GetGenericInstantiation(SignatureType genericType, ImmutableArray<SignatureType> typeArguments)
    {
        var all = typeArguments.Insert(0, genericType);
        var name = MetadataNames.WithoutArity(genericType.Name) + "{" + string.Join(",", typeArguments.Select(a => a.Name)) + "}";
        return new SignatureType(name, SignatureType.Combine(all), SignatureType.FirstUnsafe(all))
        {
            DefinitionName = genericType.Name,
            TypeArguments = typeArguments,
            IsOwnDefinition = genericType.UsedTypes.IsEmpty,
        };
    }

    public SignatureType GetGenericMethodParameter(object? genericContext, int index) => SignatureType.Own("``" + index);

    public SignatureType GetGenericTypeParameter(object? genericContext, int index) => SignatureType.Own("`" + index);

    // Modifiers are not part of documentation IDs, but the modifier types are still references to judge.
    public SignatureType GetModifiedType(SignatureType modifier, SignatureType unmodifiedType, bool isRequired) =>
        new(unmodifiedType.Name, SignatureType.Combine(new[] { modifier, unmodifiedType }), unmodifiedType.UnsafeShape)
        {
            DefinitionName = unmodifiedType.DefinitionName,
            TypeArguments = unmodifiedType.TypeArguments,
            IsOwnDefinition = unmodifiedType.IsOwnDefinition,
        };
}
