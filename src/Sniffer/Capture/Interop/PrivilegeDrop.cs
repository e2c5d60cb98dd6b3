using System.Globalization;
using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// dumpcap's privilege separation for <c>sudo sniffer capture</c>: once the capture handles are open, a process that
/// runs as root because of sudo becomes the invoking user again (SUDO_UID, SUDO_GID), so the files it creates belong
/// to that user and nothing after the open runs as root. Outside sudo (or not root) nothing changes.
/// </summary>
internal static partial class PrivilegeDrop
{
    public const string UidVariable = "SUDO_UID";
    public const string GidVariable = "SUDO_GID";

    /// <summary>The user and group to become: both variables set to numbers other than root's; null otherwise.</summary>
    public static (uint Uid, uint Gid)? InvokingUser(Func<string, string?> environment)
    {
        if (!uint.TryParse(environment(UidVariable), NumberStyles.None, CultureInfo.InvariantCulture, out uint uid)
            || !uint.TryParse(environment(GidVariable), NumberStyles.None, CultureInfo.InvariantCulture, out uint gid)
            || uid == 0)
            return null;
        return (uid, gid);
    }

    /// <summary>
    /// Becomes the sudo user when running as root under sudo: supplementary groups cleared to the user's group, then
    /// the group, then the user (in that order: after setuid the others are no longer allowed). False with the reason
    /// when a call fails — the capture must not go on as root then.
    /// </summary>
    public static bool TryDropToInvokingUser(out string? problem, out uint? becameUid)
    {
        problem = null;
        becameUid = null;
        if (OperatingSystem.IsWindows() || GetEffectiveUserId() != 0)
            return true;
        if (InvokingUser(Environment.GetEnvironmentVariable) is not (uint uid, uint gid))
            return true;
        uint[] groups = [gid];
        if (SetGroups(1, groups) != 0 || SetGid(gid) != 0 || SetUid(uid) != 0)
        {
            problem = $"could not drop root privileges to the invoking user (uid {uid}, gid {gid}): {Marshal.GetLastPInvokeErrorMessage()}";
            return false;
        }
        becameUid = uid;
        return true;
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "setgroups", SetLastError = true)]
    private static partial int SetGroups(nuint count, uint[] groups);

    [LibraryImport("libc", EntryPoint = "setgid", SetLastError = true)]
    private static partial int SetGid(uint gid);

    [LibraryImport("libc", EntryPoint = "setuid", SetLastError = true)]
    private static partial int SetUid(uint uid);
}
