using System.Text.RegularExpressions;

namespace RestrictedCSharp.Package.Tests;

/// <summary>An RCX diagnostic as MSBuild printed it.</summary>
internal sealed record RcxDiagnostic(string File, int Line, string Severity, string Id);

/// <summary>
/// A bot author's project in the test workspace: an ordinary SDK-style class library (as
/// <c>dotnet new classlib</c> makes it) that references the packed analyzer package, built with
/// <c>dotnet build</c> exactly as an author would.
/// </summary>
internal sealed class BotProject
{
    public const string SourceFile = "Bot.cs";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    private static readonly Regex DiagnosticLine = new(
        @"(?<file>[^\s()]+)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?<severity>error|warning) (?<id>RCX\d{4}):",
        RegexOptions.Compiled);

    private readonly PackedPackage _package;

    public BotProject(PackedPackage package, string name, string source, string extraProperties = "")
    {
        _package = package;
        Directory = Path.Combine(package.Workspace, "bots", name);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackage.PackageId}" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, SourceFile), source);
    }

    public string Directory { get; }

    /// <summary>Writes a file (a rules file, usually) at a path relative to the project folder.</summary>
    public BotProject WithFile(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public Task<CommandResult> BuildAsync() =>
        DotnetCli.RunAsync(
            Directory,
            new[] { "build", "-p:UseSharedCompilation=false", "--disable-build-servers", "-v:minimal" },
            BuildTimeout,
            _package.BuildEnvironment());

    /// <summary>The distinct RCX diagnostics in a build's output (MSBuild repeats errors in its summary).</summary>
    public static IReadOnlyList<RcxDiagnostic> RcxDiagnostics(CommandResult build) =>
        DiagnosticLine.Matches(build.Output)
            .Select(m => new RcxDiagnostic(
                Path.GetFileName(m.Groups["file"].Value),
                int.Parse(m.Groups["line"].Value),
                m.Groups["severity"].Value,
                m.Groups["id"].Value))
            .Distinct()
            .ToList();

    /// <summary>The 1-based line of the first line of <paramref name="source"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string source, string text) =>
        Array.FindIndex(source.Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
