using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// Facts that change the machine's network or mounts in a way they undo: a small tmpfs, a pair of network
/// namespaces joined by a veth. Each probes once whether it is allowed (creating and removing a scratch one)
/// and skips with the reason when it is not.
/// </summary>
public static class IsolatedNetwork
{
    public static string? TmpfsSkipReason { get; } = LiveCapture.SkipReason ?? ProbeTmpfs();

    public static string? NetnsSkipReason { get; } = LiveCapture.SkipReason ?? ProbeNetns();

    public static ExternalTools.Result Ip(params string[] args) => ExternalTools.Run("ip", args, timeoutSeconds: 30);

    private static string? ProbeTmpfs()
    {
        string dir = Directory.CreateTempSubdirectory("sniffer-probe-tmpfs-").FullName;
        try
        {
            var mount = ExternalTools.Run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], timeoutSeconds: 30);
            if (mount.ExitCode != 0)
                return "mounting a tmpfs is not permitted here: " + mount.StdErr.Trim();
            ExternalTools.Run("umount", [dir], timeoutSeconds: 30);
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return "mount could not run: " + e.Message;
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    private static string? ProbeNetns()
    {
        if (!ExternalTools.Has("ip") && !File.Exists("/usr/sbin/ip") && !File.Exists("/sbin/ip"))
            return "the ip command (iproute2) is not installed";
        string name = $"snf-probe-{Environment.ProcessId}";
        try
        {
            var add = Ip("netns", "add", name);
            if (add.ExitCode != 0)
                return "ip netns is not permitted here: " + add.StdErr.Trim();
            Ip("netns", "del", name);
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return "ip could not run: " + e.Message;
        }
    }
}

/// <summary>Needs live capture and permission to mount a tmpfs.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute() => Skip = IsolatedNetwork.TmpfsSkipReason;
}

/// <summary>Needs live capture and permission to create network namespaces.</summary>
public sealed class NetnsFactAttribute : FactAttribute
{
    public NetnsFactAttribute() => Skip = IsolatedNetwork.NetnsSkipReason;
}
