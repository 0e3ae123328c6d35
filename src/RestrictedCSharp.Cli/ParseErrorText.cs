using System.CommandLine;
using System.CommandLine.Parsing;

namespace RestrictedCSharp.Cli;

/// <summary>
/// The line rcsc prints for a command line it cannot parse. A value of the wrong kind names the option and the
/// kind expected in words ("--ticks takes a whole number, not 'abc'"), never the parser's CLR type names.
/// </summary>
internal static class ParseErrorText
{
    public static string Describe(ParseError error)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            ArgumentResult { Parent: OptionResult option } argument => (option.Option.Name, option.Option.ValueType, argument.Tokens),
            ArgumentResult argument => (argument.Argument.Name, argument.Argument.ValueType, argument.Tokens),
            _ => (null, null, null),
        };
        var kind = type is null ? null : KindOf(type);
        if (name is null || kind is null || !error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
        {
            return error.Message.TrimEnd('.');
        }

        var given = tokens is { Count: > 0 } ? $", not '{tokens[^1].Value}'" : string.Empty;
        return $"{name} takes {kind}{given}";
    }

    /// <summary>The kind of value a CLR type accepts, in words; null for a type not named here.</summary>
    private static string? KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) type = type.GetElementType()!;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 or TypeCode.Int64 or TypeCode.Int16 => "a whole number",
            TypeCode.UInt64 or TypeCode.UInt32 or TypeCode.UInt16 => "a whole number, 0 or more",
            TypeCode.Boolean => "true or false",
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "a number",
            _ => null,
        };
    }
}
