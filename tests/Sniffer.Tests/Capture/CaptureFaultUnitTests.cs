using Sniffer.Capture;
using Sniffer.Capture.Interop;
using Sniffer.Capture.Platform;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// The pieces behind the capture fault handling, without a live capture: a duration that would overflow the clock,
/// the packets a failed write loses (pcapng and pcap), who a sudo capture becomes, and what doctor advises per OS.
/// </summary>
public class CaptureFaultUnitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-faults-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_duration_past_the_clock_never_ends_the_capture_and_never_overflows()
    {
        long start = 1_700_000_000_000_000_000;
        Assert.Equal(start + 2_000_000_000, CaptureSession.DeadlineOf(start, TimeSpan.FromSeconds(2)));
        Assert.Equal(long.MaxValue, CaptureSession.DeadlineOf(start, TimeSpan.MaxValue));
        Assert.Equal(long.MaxValue, CaptureSession.DeadlineOf(start, TimeSpan.FromDays(10_000_000)));
        Assert.Equal(long.MaxValue, CaptureSession.DeadlineOf(start, null));
    }

    [Fact]
    public void A_stream_counts_the_packets_of_each_interface_only_in_writes_that_reached_the_file()
    {
        string path = Path.Combine(_dir, "counted.pcapng");
        using var file = new FileStream(path, FileMode.Create);
        using var counted = new CommittedLengthStream(file, bigEndian: false);
        var writer = new PcapngWriter(counted, new PcapngWriterOptions { LeaveOpen = true });
        writer.AddInterface(new PcapngInterface { LinkType = LinkType.Ethernet, SnapLength = 65535 });
        writer.AddInterface(new PcapngInterface { LinkType = LinkType.Ethernet, SnapLength = 65535 });
        for (int i = 0; i < 7; i++)
            writer.WritePacket(i % 2, 1_000 + i, new byte[60], 60);
        writer.Flush();
        Assert.Equal(4UL, counted.CommittedPackets(0));
        Assert.Equal(3UL, counted.CommittedPackets(1));
        Assert.Equal(0UL, counted.CommittedPackets(5));
    }

    [Fact]
    public void A_pcap_file_counts_its_records_and_is_the_format_dumpcap_P_writes()
    {
        string path = Path.Combine(_dir, "plain.pcap");
        using (var counted = new CommittedLengthStream(new FileStream(path, FileMode.Create), bigEndian: false, CaptureFileFormat.Pcap))
        {
            var writer = new PcapRecordWriter(counted, LinkType.Ethernet, 262144);
            writer.Flush();
            for (int i = 0; i < 3; i++)
                writer.WritePacket(1_700_000_000_123_456_789 + i, new byte[42], 1500);
            writer.Flush();
            Assert.Equal(3UL, counted.CommittedPackets(0));
        }
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(Hex.Parse("d4c3b2a1 0200 0400 00000000 00000000 00000400 01000000"), bytes[..24]);
        Assert.Equal(24 + 3 * (16 + 42), bytes.Length);
        if (ExternalTools.HasTshark)
        {
            var read = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.len", "-e", "frame.cap_len", "-e", "frame.time_epoch");
            Assert.Equal("", read.StdErr);
            Assert.StartsWith("1500\t42\t1700000000.123456000\n", read.StdOut);
        }
    }

    [Fact]
    public void Through_sudo_the_capture_becomes_the_invoking_user_and_otherwise_stays_who_it_is()
    {
        var sudo = new Dictionary<string, string?> { ["SUDO_UID"] = "1000", ["SUDO_GID"] = "1001" };
        Assert.Equal((1000u, 1001u), PrivilegeDrop.InvokingUser(n => sudo.GetValueOrDefault(n)));
        Assert.Null(PrivilegeDrop.InvokingUser(_ => null));
        Assert.Null(PrivilegeDrop.InvokingUser(n => n == "SUDO_UID" ? "0" : "0"));          // sudo from root: nothing to drop to
        Assert.Null(PrivilegeDrop.InvokingUser(n => n == "SUDO_UID" ? "abc" : "1000"));
        Assert.Null(PrivilegeDrop.InvokingUser(n => n == "SUDO_UID" ? "1000" : null));
    }

    private static CaptureRights Rights(CaptureOs os, bool canCapture) => new()
    {
        Os = os,
        UserName = "alice",
        UserId = os == CaptureOs.Windows ? null : 1000,
        LibraryVersion = os == CaptureOs.Windows ? "Npcap version 1.79, based on libpcap version 1.10.4" : "libpcap version 1.10.3",
        ExecutablePath = "/usr/local/bin/sniffer",
        ProbedDevice = os switch { CaptureOs.Linux => "lo", CaptureOs.MacOs => "lo0", _ => @"\Device\NPF_Loopback" },
        CanCapture = canCapture,
        ProbeMessage = canCapture ? "" : "You do not have permission to capture on 'lo' (socket: Operation not permitted).",
        Groups = os == CaptureOs.MacOs ? ["staff"] : ["alice", "wireshark"],
        NpcapInstalled = os == CaptureOs.Windows ? true : null,
        NpcapAdminOnly = os == CaptureOs.Windows ? true : null,
        BpfDevicesReadable = os == CaptureOs.MacOs ? false : null,
    };

    [Fact]
    public void Doctor_tells_a_Linux_user_without_rights_about_setcap_and_a_group()
    {
        string text = DoctorReport.Write(Rights(CaptureOs.Linux, canCapture: false));
        Assert.StartsWith("Capture rights of alice (uid 1000) on Linux:\n", text);
        Assert.Contains("  capabilities of this process: cap_net_raw no, cap_net_admin no\n", text);
        Assert.Contains("  capture on 'lo': not allowed (You do not have permission to capture on 'lo' (socket: Operation not permitted).)\n", text);
        Assert.Contains("    sudo setcap cap_net_raw,cap_net_admin+eip /usr/local/bin/sniffer\n", text);
        Assert.Contains("sudo groupadd -f pcap && sudo usermod -aG pcap alice", text);
        Assert.Contains("wireshark group: that lets you run dumpcap, not sniffer", text);
    }

    [Fact]
    public void Doctor_tells_a_macOS_user_about_ChmodBPF_and_access_bpf_and_a_Windows_user_about_Npcap_admin_only_mode()
    {
        string mac = DoctorReport.Write(Rights(CaptureOs.MacOs, canCapture: false));
        Assert.Contains("  /dev/bpf* readable: no\n", mac);
        Assert.Contains("Install ChmodBPF.pkg", mac);
        Assert.Contains("sudo dseditgroup -o edit -a alice -t user access_bpf", mac);
        string windows = DoctorReport.Write(Rights(CaptureOs.Windows, canCapture: false));
        Assert.StartsWith("Capture rights of alice on Windows:\n  Npcap: Npcap version 1.79", windows);
        Assert.Contains("  Npcap restricted to administrators: yes\n", windows);
        Assert.Contains("run sniffer from an elevated (Administrator) prompt", windows);
        Assert.Contains("install Npcap", DoctorReport.Write(Rights(CaptureOs.Windows, false) with { NpcapInstalled = false }), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("This user can capture now.\n", DoctorReport.Write(Rights(CaptureOs.Linux, canCapture: true)));
    }
}
