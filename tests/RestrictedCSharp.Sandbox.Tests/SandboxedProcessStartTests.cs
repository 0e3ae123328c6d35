using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Sandbox.Tests;

public sealed class SandboxedProcessStartTests
{
    [Fact]
    public void The_child_environment_holds_only_what_the_runtime_needs()
    {
        Environment.SetEnvironmentVariable(EscapeTargets.SecretVariable, "host secret");
        var info = SandboxedProcessStart.ForDotnetApp("/opt/runner/Runner.dll", ["--x"],
            new SandboxedProcessOptions { GcHeapHardLimitBytes = 256L * 1024 * 1024 });

        info.Environment.Keys.Should().BeEquivalentTo(
            "DOTNET_EnableDiagnostics", "DOTNET_gcServer", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT",
            "DOTNET_ROOT", "DOTNET_GCHeapHardLimit", "DOTNET_TieredPGO");
        info.Environment["DOTNET_TieredPGO"].Should().Be("0");
        info.Environment["DOTNET_GCHeapHardLimit"].Should().Be("0x10000000");
        info.Environment["DOTNET_EnableDiagnostics"].Should().Be("0");
        info.Environment["DOTNET_gcServer"].Should().Be("0");
        info.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"].Should().Be("1");
        SandboxedProcessStart.RuntimeVariableNames.Should().BeEquivalentTo(info.Environment.Keys,
            "the runner's self-test counts any other variable as the host's");
    }

    [Fact]
    public void The_child_runs_the_dll_with_the_dotnet_host_in_an_empty_directory_over_redirected_pipes()
    {
        var info = SandboxedProcessStart.ForDotnetApp("/opt/runner/Runner.dll", ["--a", "b c"]);

        Path.GetFileName(info.FileName).Should().Be("dotnet");
        File.Exists(info.FileName).Should().BeTrue();
        info.ArgumentList.Should().Equal("/opt/runner/Runner.dll", "--a", "b c");
        info.UseShellExecute.Should().BeFalse();
        info.RedirectStandardInput.Should().BeTrue();
        info.RedirectStandardOutput.Should().BeTrue();
        info.RedirectStandardError.Should().BeTrue();
        Directory.Exists(info.WorkingDirectory).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(info.WorkingDirectory).Should().BeEmpty();
        info.Environment.Should().NotContainKey("DOTNET_GCHeapHardLimit");
    }

    [Fact]
    public void A_non_positive_heap_limit_is_refused()
    {
        var act = () => SandboxedProcessStart.RuntimeEnvironment(new SandboxedProcessOptions { GcHeapHardLimitBytes = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
