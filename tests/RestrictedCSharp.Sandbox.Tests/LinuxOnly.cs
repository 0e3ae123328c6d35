namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>The OS layers exist only on Linux: these tests fail loudly elsewhere rather than pass vacuously.</summary>
internal static class LinuxOnly
{
    public static void Require()
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("The sandbox tests run the probe under Linux lockdown layers.");
    }
}
