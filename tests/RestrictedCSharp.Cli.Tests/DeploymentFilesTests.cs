using System.Text.RegularExpressions;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// What can be checked of deploy/ without a systemd, a container engine or a cluster: the command lines the systemd
/// units and the Kubernetes manifest start name real options of the built rcsc (read from its own --help, so a
/// renamed option fails here), the stop timeouts outlast the worker's drain, the manifest is well-formed YAML of the
/// shape the deployment needs (checked line by line: the tests link no YAML parser), and the Dockerfile builds the
/// tool with the README's own commands.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static string Deploy(params string[] parts) => RepositoryRoot.Combine(["deploy", .. parts]);

    private static readonly string WorkerUnit = Deploy("systemd", "rcsc-worker.service");
    private static readonly string ServeUnit = Deploy("systemd", "rcsc-serve.service");
    private static readonly string WorkerManifest = Deploy("kubernetes", "rcsc-worker.yaml");
    private static readonly string Dockerfile = Deploy("container", "Dockerfile");

    [Theory]
    [InlineData("rcsc-worker.service", "worker")]
    [InlineData("rcsc-serve.service", "serve")]
    public async Task A_units_ExecStart_names_real_options_of_its_command(string unit, string command)
    {
        var arguments = ExecStartArguments(File.ReadAllLines(Deploy("systemd", unit)));
        arguments.Should().NotBeEmpty().And.Subject.First().Should().Be(command, $"{unit} runs rcsc {command}");
        await ShouldAllBeOptionsOf(command, arguments.Skip(1));
    }

    [Fact]
    public async Task The_manifests_worker_arguments_are_real_options_of_rcsc_worker()
    {
        var arguments = ContainerArguments(File.ReadAllLines(WorkerManifest));
        arguments.Should().NotBeEmpty().And.Subject.First().Should().Be("worker");
        arguments.Should().Contain(["--broker", "--server", "--key-file", "--cache", "--drain"]);
        await ShouldAllBeOptionsOf("worker", arguments.Skip(1));
    }

    [Fact]
    public void The_worker_unit_requires_its_options_and_outlasts_the_drain()
    {
        var lines = File.ReadAllLines(WorkerUnit);
        var arguments = ExecStartArguments(lines);
        arguments.Should().Contain(["--broker", "--server", "--key-file", "--cache", "--drain"]);
        var drain = int.Parse(arguments[arguments.IndexOf("--drain") + 1]);
        int.Parse(Setting(lines, "TimeoutStopSec")).Should().BeGreaterThan(drain, "systemd kills what is left after TimeoutStopSec");
        Setting(lines, "KillMode").Should().Be("mixed", "SIGTERM goes to the worker alone; its runners play on while it drains");
        // What the bots' sandbox needs from the service (src/RestrictedCSharp.Sandbox): these calls allowed, and
        // writable executable memory for the JIT.
        foreach (var unit in new[] { WorkerUnit, ServeUnit })
        {
            var settings = File.ReadAllLines(unit);
            Setting(settings, "SystemCallFilter", allowList: true).Split(' ')
                .Should().Contain(["@system-service", "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self", "seccomp"], unit);
            Setting(settings, "NoNewPrivileges").Should().Be("yes", unit);
            settings.Should().NotContain(l => l.StartsWith("MemoryDenyWriteExecute=", StringComparison.Ordinal), unit);
            settings.Should().NotContain(l => l.StartsWith("SystemCallFilter=~", StringComparison.Ordinal) && l.Contains("@resources"),
                $"{unit}: the runner sets its rlimits with setrlimit and prlimit64");
        }
    }

    [Fact]
    public void The_manifest_is_well_formed_and_locks_the_workers_down()
    {
        var lines = File.ReadAllLines(WorkerManifest);
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line == "---") continue;
            if (line.Contains('\t')) problems.Add($"line {i + 1}: a tab");
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent % 2 != 0) problems.Add($"line {i + 1}: indented by {indent}");
            if (!YamlLine().IsMatch(line)) problems.Add($"line {i + 1}: neither 'key: value' nor '- item': {line}");
        }
        problems.Should().BeEmpty();

        var text = File.ReadAllText(WorkerManifest);
        text.Should().Contain("kind: Deployment").And.Contain("kind: Secret");
        Values(lines, "seccompProfile", "type").Should().NotBeEmpty().And.OnlyContain(v => v == "RuntimeDefault");
        Values(lines, "securityContext", "allowPrivilegeEscalation").Should().Equal("false");
        Values(lines, "securityContext", "readOnlyRootFilesystem").Should().Equal("true");
        Values(lines, "securityContext", "runAsNonRoot").Should().Equal("true");
        text.Should().Contain("secretKeyRef:", "the broker URL (with its password) comes from the Secret");
        text.Should().MatchRegex(@"secretName: rcsc-worker", "the key file is mounted from the Secret");
        text.Should().Contain("mountPath: /var/cache/rcsc", "the cache is a writable volume on a read-only root");
        var arguments = ContainerArguments(lines);
        arguments[arguments.IndexOf("--cache") + 1].Should().Be("/var/cache/rcsc");
        arguments[arguments.IndexOf("--key-file") + 1].Should().StartWith("/run/secrets/rcsc/");
        var drain = int.Parse(arguments[arguments.IndexOf("--drain") + 1]);
        int.Parse(Values(lines, "spec", "terminationGracePeriodSeconds").Single()).Should().BeGreaterThan(drain);
        text.Should().Contain("resources:").And.Contain("limits:").And.Contain("requests:");
    }

    [Fact]
    public void The_Dockerfile_builds_the_tool_with_the_READMEs_commands_as_a_non_root_user()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var install = readme.SkipWhile(l => !l.StartsWith("dotnet pack src/RestrictedCSharp.Cli", StringComparison.Ordinal)).First();
        var build = readme.TakeWhile(l => l != install).Last(l => l.StartsWith("dotnet build RestrictedCSharp.sln", StringComparison.Ordinal));
        var runs = string.Join(" ", DockerInstructions(File.ReadAllLines(Dockerfile)).Where(i => i.StartsWith("RUN ", StringComparison.Ordinal)));
        runs.Should().Contain(build).And.Contain(install);
        runs.Should().MatchRegex(@"dotnet tool install --tool-path \S+ --add-source artifacts/packages RestrictedCSharp\.Tool");

        var instructions = DockerInstructions(File.ReadAllLines(Dockerfile));
        var user = instructions.Last(i => i.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..];
        user.Split(':')[0].Should().MatchRegex("^[1-9][0-9]*$", "a numeric, non-root user (runAsNonRoot can check it)");
        instructions.Last(i => i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal)).Should().Contain("[", "exec form: rcsc is PID 1 and gets the SIGTERM");
    }

    /// <summary>The arguments after the rcsc executable in ExecStart (continuation lines joined).</summary>
    private static List<string> ExecStartArguments(string[] lines)
    {
        var words = Setting(lines, "ExecStart").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.SkipWhile(w => !w.EndsWith("/rcsc", StringComparison.Ordinal)).Skip(1).ToList();
    }

    /// <summary>
    /// The value of a unit's setting (the last one, as systemd reads most settings given twice; continuations joined).
    /// With <paramref name="allowList"/>, the last one that is not a deny list (SystemCallFilter=~...).
    /// </summary>
    private static string Setting(string[] lines, string name, bool allowList = false)
    {
        var joined = string.Join("\n", lines).Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');
        return joined.Last(l => l.StartsWith(name + "=", StringComparison.Ordinal) && !(allowList && l.StartsWith(name + "=~", StringComparison.Ordinal)))[(name.Length + 1)..].Trim();
    }

    /// <summary>The worker container's args list: the "- item" lines under "args:".</summary>
    private static List<string> ContainerArguments(string[] lines)
    {
        var at = Array.FindIndex(lines, l => l.Trim() == "args:");
        at.Should().BeGreaterThan(0, "the container gives rcsc its arguments");
        var indent = lines[at].Length - lines[at].TrimStart().Length;
        return lines.Skip(at + 1)
            .TakeWhile(l => l.Length - l.TrimStart().Length > indent && l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[2..].Trim().Trim('"'))
            .ToList();
    }

    /// <summary>The values of <paramref name="key"/> in the blocks opened by <paramref name="parent"/>: (directly inside them).</summary>
    private static List<string> Values(string[] lines, string parent, string key)
    {
        var values = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != parent + ":") continue;
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            for (var j = i + 1; j < lines.Length && (lines[j].Trim().Length == 0 || lines[j].Length - lines[j].TrimStart().Length > indent); j++)
            {
                var trimmed = lines[j].TrimStart();
                if (lines[j].Length - trimmed.Length == indent + 2 && trimmed.StartsWith(key + ":", StringComparison.Ordinal))
                    values.Add(trimmed[(key.Length + 1)..].Trim().Trim('"'));
            }
        }
        return values;
    }

    /// <summary>A Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    private static List<string> DockerInstructions(string[] lines)
    {
        var instructions = new List<string>();
        var current = "";
        foreach (var line in lines.Where(l => !l.TrimStart().StartsWith('#')))
        {
            current += (current.Length > 0 ? " " : "") + line.Trim().TrimEnd('\\').Trim();
            if (line.TrimEnd().EndsWith('\\')) continue;
            if (current.Length > 0) instructions.Add(Regex.Replace(current, " +", " "));
            current = "";
        }
        return instructions;
    }

    /// <summary>Every --option among <paramref name="arguments"/> is one that <c>rcsc COMMAND --help</c> lists.</summary>
    private static async Task ShouldAllBeOptionsOf(string command, IEnumerable<string> arguments)
    {
        var help = await Rcsc.RunAsync(command, "--help");
        help.ExitCode.Should().Be(0, help.ToString());
        var known = OptionName().Matches(help.Stdout).Select(m => m.Value).ToHashSet();
        known.Should().NotBeEmpty(help.ToString());
        arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(a => known.Contains(a), $"rcsc {command} --help lists {string.Join(", ", known.Order())}");
    }

    [GeneratedRegex(@"(?<=^|[\s,])--[a-z][a-z0-9-]*", RegexOptions.Multiline)]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^ *(- )?[A-Za-z0-9_.\-/]+:( .+)?$|^ *- .+$")]
    private static partial Regex YamlLine();
}
