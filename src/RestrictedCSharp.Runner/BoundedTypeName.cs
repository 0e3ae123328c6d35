using System.Text;

namespace RestrictedCSharp.Runner;

/// <summary>
/// A type's full name written within a character budget. <see cref="Type.FullName"/> and <see cref="Type.ToString"/>
/// build the whole name first, and a generic type's name can double with each level of nesting
/// (<c>P&lt;P&lt;…&gt;, P&lt;…&gt;&gt;</c>): 26 levels are gigabytes, built outside any bot budget. This walks the
/// generic arguments itself, with an explicit stack, and stops at the budget.
/// </summary>
internal static class BoundedTypeName
{
    public static string Of(Type type, int maxChars)
    {
        var name = new StringBuilder();
        var pending = new Stack<object>(); // a Type still to write, or literal text
        pending.Push(type);
        while (pending.Count > 0)
        {
            if (name.Length > maxChars)
                return Protocol.BotText.Truncate(name.ToString(0, maxChars + 1), maxChars);
            switch (pending.Pop())
            {
                case string text:
                    name.Append(text);
                    break;
                case Type { IsArray: true } array:
                    pending.Push(array.IsSZArray ? "[]" : $"[{new string(',', array.GetArrayRank() - 1)}]");
                    pending.Push(array.GetElementType()!);
                    break;
                case Type { IsGenericType: true, IsGenericTypeDefinition: false } generic:
                    var arguments = generic.GetGenericArguments();
                    pending.Push("]");
                    for (var i = arguments.Length - 1; i >= 0; i--)
                    {
                        pending.Push(arguments[i]);
                        if (i > 0) pending.Push(",");
                    }
                    pending.Push("[");
                    pending.Push(QualifiedName(generic.GetGenericTypeDefinition()));
                    break;
                case Type other:
                    name.Append(QualifiedName(other));
                    break;
            }
        }
        return name.Length > maxChars ? Protocol.BotText.Truncate(name.ToString(0, maxChars + 1), maxChars) : name.ToString();
    }

    /// <summary>Namespace, declaring types and name of a type that is not a constructed generic or an array: each part is an identifier from metadata.</summary>
    private static string QualifiedName(Type type)
    {
        if (type.IsGenericParameter || type.IsByRef || type.IsPointer) return type.Name;
        var parts = new List<string>();
        for (var current = type; current is not null; current = current.DeclaringType)
            parts.Add(current.Name);
        parts.Reverse();
        var nested = string.Join('+', parts);
        return string.IsNullOrEmpty(type.Namespace) ? nested : $"{type.Namespace}.{nested}";
    }
}
