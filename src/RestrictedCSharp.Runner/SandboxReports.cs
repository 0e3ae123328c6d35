using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Runner;

internal static class SandboxReports
{
    public static SandboxReport From(SandboxStatus status) => new(
        status.IsLinux,
        status.LandlockAbi,
        [.. status.Layers.Select(l => new SandboxLayerReport(l.Name, l.Active, l.Detail))],
        status.Warning);
}
