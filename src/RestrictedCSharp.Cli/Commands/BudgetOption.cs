using System.CommandLine;
using System.Globalization;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// An option that replaces one of a bot's budgets. Its value is checked against the rules' limit table, with the
/// table's message, when the command starts: before anything is read or built.
/// </summary>
internal sealed class BudgetOption(string name, BudgetLimit limit, string description)
{
    public Option<long?> Option { get; } = new(name) { Description = description, HelpName = "N" };

    public BudgetLimit Limit { get; } = limit;

    /// <summary>The value given, or null.</summary>
    /// <exception cref="CliException">The value is out of the limit's range.</exception>
    public long? Read(ParseResult parsed)
    {
        var value = parsed.GetValue(Option);
        if (value is { } given && !Limit.Accepts(given))
            throw new CliException(Limit.Refusal(Option.Name, given.ToString(CultureInfo.InvariantCulture)));
        return value;
    }

    /// <summary>The value given, for a budget the limit keeps in 32 bits; or null.</summary>
    public int? ReadInt(ParseResult parsed) => Read(parsed) is { } value ? checked((int)value) : null;
}
