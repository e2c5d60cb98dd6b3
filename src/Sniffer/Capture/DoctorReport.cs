using System.Text;
using Sniffer.Capture.Platform;

namespace Sniffer.Capture;

/// <summary>
/// <c>sniffer doctor</c>'s text: what capture rights the user has now, then how to grant them on that OS — Linux file
/// capabilities (setcap) and a group, macOS's ChmodBPF and access_bpf group, Windows' Npcap (installed, admin-only).
/// </summary>
public static class DoctorReport
{
    public static string Write(CaptureRights r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var text = new StringBuilder();
        string os = r.Os switch { CaptureOs.Linux => "Linux", CaptureOs.MacOs => "macOS", _ => "Windows" };
        text.Append("Capture rights of ").Append(r.UserName);
        if (r.UserId is uint uid)
            text.Append(" (uid ").Append(uid).Append(')');
        text.Append(" on ").Append(os).Append(":\n");
        string library = r.Os == CaptureOs.Windows ? "Npcap" : "libpcap";
        text.Append("  ").Append(library).Append(": ").Append(r.LibraryVersion ?? "not found (" + r.LibraryFailure + ")").Append('\n');
        text.Append("  ").Append(r.Os == CaptureOs.Windows ? "administrator" : "root").Append(": ").Append(YesNo(r.IsAdministrator)).Append('\n');
        if (r.Os == CaptureOs.Linux)
            text.Append("  capabilities of this process: cap_net_raw ").Append(YesNo(r.HasNetRaw)).Append(", cap_net_admin ").Append(YesNo(r.HasNetAdmin)).Append('\n');
        if (r.Os == CaptureOs.MacOs && r.BpfDevicesReadable is bool bpf)
            text.Append("  /dev/bpf* readable: ").Append(YesNo(bpf)).Append('\n');
        if (r.Os == CaptureOs.Windows)
        {
            text.Append("  Npcap installed: ").Append(YesNo(r.NpcapInstalled == true)).Append('\n');
            if (r.NpcapAdminOnly is bool adminOnly)
                text.Append("  Npcap restricted to administrators: ").Append(YesNo(adminOnly)).Append('\n');
        }
        if (r.Os != CaptureOs.Windows)
            text.Append("  groups: ").Append(r.Groups.Count == 0 ? "(none)" : string.Join(", ", r.Groups)).Append('\n');
        text.Append("  capture on '").Append(r.ProbedDevice).Append("': ")
            .Append(r.CanCapture ? "allowed" : "not allowed" + (r.ProbeMessage.Length > 0 ? " (" + FirstLine(r.ProbeMessage) + ")" : "")).Append('\n');

        if (r.LibraryVersion is null)
        {
            text.Append('\n').Append(r.Os switch
            {
                CaptureOs.Linux => "Install libpcap first: sudo apt-get install libpcap0.8\n",
                CaptureOs.MacOs => "libpcap is part of macOS; install Wireshark (it brings ChmodBPF) or the Command Line Tools.\n",
                _ => "Install Npcap from https://npcap.com, with \"Support loopback traffic\" ticked (and \"Restrict Npcap driver's access to Administrators only\" left unticked to capture without elevation).\n",
            });
            return text.ToString();
        }
        if (r.CanCapture)
        {
            text.Append("\nThis user can capture now.");
            if (r.IsAdministrator && r.Os != CaptureOs.Windows)
                text.Append(" Run through sudo, sniffer opens the interface as root and then writes its files as the invoking user.");
            return text.Append('\n').ToString();
        }
        text.Append('\n');
        switch (r.Os)
        {
            case CaptureOs.Linux:
                text.Append("To capture without sudo, give the executable the capture capabilities once:\n");
                text.Append("    sudo setcap cap_net_raw,cap_net_admin+eip ").Append(r.ExecutablePath).Append('\n');
                if (r.RunsUnderDotnetHost)
                    text.Append("  (this is the dotnet host: every .NET program would get them; better install the single-file build or the AOT binary and give them to it)\n");
                text.Append("To keep that to one group of users (Wireshark does the same for dumpcap with its wireshark group):\n");
                text.Append("    sudo groupadd -f pcap && sudo usermod -aG pcap ").Append(r.UserName).Append('\n');
                text.Append("    sudo chgrp pcap ").Append(r.ExecutablePath).Append(" && sudo chmod 750 ").Append(r.ExecutablePath).Append('\n');
                text.Append("  then log in again for the group to count");
                text.Append(r.Groups.Contains("wireshark") ? " (you are in the wireshark group: that lets you run dumpcap, not sniffer).\n" : ".\n");
                text.Append("Or run it with sudo: sniffer opens the interface as root, then writes its files as you.\n");
                break;
            case CaptureOs.MacOs:
                text.Append("Capturing needs read access to /dev/bpf*. Wireshark's installer sets it up for the access_bpf group:\n");
                text.Append("    install \"Install ChmodBPF.pkg\" (in Wireshark's disk image), then\n");
                text.Append("    sudo dseditgroup -o edit -a ").Append(r.UserName).Append(" -t user access_bpf\n");
                text.Append("  and log in again").Append(r.Groups.Contains("access_bpf") ? " (you are in access_bpf already: is the ChmodBPF launch daemon loaded?)" : "").Append(".\n");
                text.Append("Or run it with sudo: sniffer opens the interface as root, then writes its files as you.\n");
                break;
            default:
                if (r.NpcapInstalled != true)
                    text.Append("Install Npcap from https://npcap.com, with \"Support loopback traffic\" ticked.\n");
                else if (r.NpcapAdminOnly == true)
                    text.Append("Npcap was installed in admin-only mode: run sniffer from an elevated (Administrator) prompt, or reinstall Npcap without \"Restrict Npcap driver's access to Administrators only\".\n");
                else
                    text.Append("Npcap is installed but the capture failed: reinstall Npcap (with \"Support loopback traffic\" for the loopback adapter) and restart.\n");
                break;
        }
        return text.ToString();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string FirstLine(string text)
    {
        int end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }
}
