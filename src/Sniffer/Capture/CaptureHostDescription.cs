using System.Reflection;
using Sniffer.Capture.Interop;

namespace Sniffer.Capture;

/// <summary>What the Section Header and Interface Description Blocks say about the machine and program (shb_hardware, shb_os, shb_userappl, if_os).</summary>
public static class CaptureHostDescription
{
    private const string CpuInfo = "/proc/cpuinfo";
    private const string OsRelease = "/proc/sys/kernel/osrelease";

    /// <summary>The CPU model from /proc/cpuinfo ("AMD EPYC 7B13"), or null when unreadable.</summary>
    public static string? Hardware()
    {
        try
        {
            foreach (string line in File.ReadLines(CpuInfo))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is int colon and > 0)
                    return line[(colon + 1)..].Trim();
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>"Linux 6.1.0-18-amd64", as dumpcap writes shb_os and if_os.</summary>
    public static string OperatingSystem()
    {
        try
        {
            return "Linux " + File.ReadAllText(OsRelease).Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return System.Runtime.InteropServices.RuntimeInformation.OSDescription;
    }

    /// <summary>"Sniffer 1.0.0 (libpcap version 1.10.3 (with TPACKET_V3))".</summary>
    public static string Application()
    {
        var version = typeof(CaptureHostDescription).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        int plus = version.IndexOf('+');
        if (plus > 0)
            version = version[..plus];
        string library = LibPcapLibrary.TryLoad(out _) ? " (" + LibPcap.Text(LibPcap.LibraryVersion()) + ")" : "";
        return "Sniffer " + version + library;
    }
}
