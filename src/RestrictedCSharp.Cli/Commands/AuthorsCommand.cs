using System.CommandLine;
using RestrictedCSharp.Arena;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc authors add NAME [--operator] [--data DIR] [--database URL]</c>: adds an author to the arena's database and prints their
/// token, once (only its hash is kept). Exit 0 added, 2 bad usage (a bad or taken name).
/// </summary>
internal static class AuthorsCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The author's name: 1 to 32 letters, digits, '-' and '_'." };
        var data = DataOption.Create();
        var isOperator = new Option<bool>("--operator") { Description = "The author is an operator: may read every bot's source and the arena's status." };
        var database = ScaleOutOptions.Database();
        var add = new Command("add", "Add an author and print their token (shown once; only its hash is stored).") { name, data, isOperator, database };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            var author = parsed.GetValue(name)!;
            if (!Names.IsValid(author)) throw new CliException($"'{author}' is not an author name: {Names.Rule}");
            var folder = DataOption.Read(parsed, data);
            string token;
            try
            {
                var options = new ArenaOptions { DataDirectory = folder, Database = ScaleOutOptions.ReadDatabase(parsed, database) };
                token = await ArenaAuthors.AddAsync(options, author, parsed.GetValue(isOperator), cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message.Split(" (Parameter")[0]);
            }
            // The token alone on stdout, so that `TOKEN=$(rcsc authors add ...)` keeps it; the words for a person on stderr.
            context.Out.WriteLine(token);
            context.Error.WriteLine($"rcsc: added the author '{author}'; their token is shown only this once (the arena keeps its hash)");
            return ExitCodes.Success;
        });
        return new Command("authors", "Manage the arena's authors.") { add };
    }
}
