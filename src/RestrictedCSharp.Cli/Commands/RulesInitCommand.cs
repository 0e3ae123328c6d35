using System.CommandLine;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc rules init [--output PATH] [--force]</c>: writes a commented starter <c>restricted.rules</c>.
/// An existing file is never replaced without <c>--force</c>, and even then the new file is written
/// beside it first and moved into place, so a failure part-way leaves the old one whole.
/// </summary>
internal static class RulesInitCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output")
        {
            Description = $"Where to write the file, or a folder to write '{RulesFiles.FileName}' in (default: '{RulesFiles.FileName}' here).",
            HelpName = "PATH",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("init", $"Write a commented starter '{RulesFiles.FileName}'.") { output, force };
        command.SetAction(parsed =>
        {
            var path = Target(parsed.GetValue(output));
            if (File.Exists(path) && !parsed.GetValue(force))
            {
                throw new CliException($"'{path}' already exists; use --force to overwrite it");
            }

            Write(path, StarterRulesFile.Text);
            context.Out.WriteLine($"Wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Target(string? output)
    {
        if (output is null)
        {
            return RulesFiles.FileName;
        }

        return Directory.Exists(output) ? Path.Combine(output, RulesFiles.FileName) : output;
    }

    private static void Write(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new CliException($"folder '{directory}' does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
