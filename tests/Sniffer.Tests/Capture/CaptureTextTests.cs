using System.Net;
using Sniffer.Capture;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Capture;

/// <summary>The words Sniffer prints around a capture, checked against dumpcap 4.0's own lines.</summary>
public class CaptureTextTests
{
    private static CaptureInterfaceInfo Lo => new(0, "lo", "Loopback", LinkType.Ethernet, 262144, null);
    private static CaptureInterfaceInfo Eth0 => new(1, "eth0", null, LinkType.Ethernet, 262144, null);

    [Fact]
    public void Capturing_on_names_interfaces_as_dumpcap_does()
    {
        Assert.Equal("Capturing on 'Loopback: lo'", CaptureReport.CapturingOn([Lo]));
        Assert.Equal("Capturing on 'Loopback: lo' and 'eth0'", CaptureReport.CapturingOn([Lo, Eth0]));
        Assert.Equal("Capturing on 'Loopback: lo', 'eth0' and 'any'",
            CaptureReport.CapturingOn([Lo, Eth0, new CaptureInterfaceInfo(2, "any", null, LinkType.LinuxSll, 262144, null)]));
    }

    [Fact]
    public void The_totals_are_dumpcaps_lines_with_every_drop_counter_and_the_percentage()
    {
        var summary = new CaptureSummary(CaptureStopReason.Requested, 12,
        [
            new InterfaceCaptureStatistics(0, "Loopback: lo", 12, 0, 0, 0, 0, 12, 0, 0),
            new InterfaceCaptureStatistics(1, "eth0", 0, 0, 0, 0, 0, 0, 0, 0),
        ], CaptureError.None);
        Assert.Equal(
            "Packets captured: 12\n" +
            "Packets received/dropped on interface 'Loopback: lo': 12/0 (pcap:0/dumpcap:0/flushed:0/ps_ifdrop:0) (100.0%)\n" +
            "Packets received/dropped on interface 'eth0': 0/0 (pcap:0/dumpcap:0/flushed:0/ps_ifdrop:0) (0.0%)\n",
            CaptureReport.Totals(summary));
    }

    [Fact]
    public void Drops_from_the_kernel_the_ring_and_the_flush_add_up_as_dumpcap_adds_them()
    {
        var stats = new InterfaceCaptureStatistics(0, "lo", 90, PcapDropped: 4, SnifferDropped: 5, Flushed: 1, InterfaceDropped: 2, KernelReceived: 100, 0, 0);
        Assert.Equal(10UL, stats.TotalDropped);
        Assert.Contains("'lo': 90/10 (pcap:4/dumpcap:5/flushed:1/ps_ifdrop:2) (90.0%)",
            CaptureReport.Totals(new CaptureSummary(CaptureStopReason.Requested, 90, [stats], CaptureError.None)));
    }

    [Fact]
    public void Interface_lines_follow_dumpcap_dash_D_and_dash_M()
    {
        var lo = new CaptureDevice(3, "lo", "Loopback", null, CaptureDeviceFlags.Loopback | CaptureDeviceFlags.Up | CaptureDeviceFlags.Running,
            DeviceConnection.NotApplicable, DeviceKind.Wired, [IPAddress.Loopback, IPAddress.IPv6Loopback]);
        var any = new CaptureDevice(2, "any", null, "Pseudo-device that captures on all interfaces", CaptureDeviceFlags.Up | CaptureDeviceFlags.Running,
            DeviceConnection.NotApplicable, DeviceKind.Wired, []);
        Assert.Equal("3. lo (Loopback)", InterfaceListing.DumpcapLine(lo));
        Assert.Equal("2. any", InterfaceListing.DumpcapLine(any));
        Assert.Equal("3. lo\t\tLoopback\t0\t127.0.0.1,::1\tloopback\t", InterfaceListing.MachineLine(lo));
        Assert.Equal("2. any\t\t\t0\t\tnetwork\t", InterfaceListing.MachineLine(any));
        Assert.Equal("loopback, up, running, connection not applicable", InterfaceListing.FlagWords(lo));
        Assert.Contains("description: Pseudo-device that captures on all interfaces", InterfaceListing.VerboseLines(any));
        Assert.Contains("addresses: 127.0.0.1, ::1", InterfaceListing.VerboseLines(lo));
    }

    [Fact]
    public void Data_link_listings_follow_dumpcap_dash_L()
    {
        DataLinkInfo[] links = [new(113, "LINUX_SLL", "Linux cooked v1"), new(276, "LINUX_SLL2", "Linux cooked v2")];
        Assert.Equal("Data link types of interface any (use option -y to set):\n  LINUX_SLL (Linux cooked v1)\n  LINUX_SLL2 (Linux cooked v2)\n",
            InterfaceListing.DataLinks("any", links));
        Assert.Equal("0\n113\tLINUX_SLL\tLinux cooked v1\n276\tLINUX_SLL2\tLinux cooked v2\n\n", InterfaceListing.DataLinksMachine(links));
    }

    [Theory]
    [InlineData(1, LinkType.Ethernet)]
    [InlineData(12, LinkType.Raw)]
    [InlineData(113, LinkType.LinuxSll)]
    [InlineData(276, LinkType.LinuxSll2)]
    [InlineData(0, LinkType.Null)]
    public void Libpcap_data_link_numbers_become_the_link_types_files_record(int dlt, LinkType expected) =>
        Assert.Equal(expected, DataLinkTypes.ToLinkType(dlt));

    [Fact]
    public void Ring_files_are_named_as_dumpcap_names_them()
    {
        var time = new DateTime(2024, 1, 31, 23, 59, 58);
        Assert.Equal("/tmp/cap_00001_20240131235958.pcapng", RingFileNames.For("/tmp/cap.pcapng", 1, time));
        Assert.Equal("out_00012_20240131235958", RingFileNames.For("out", 12, time));
    }

    [Fact]
    public void The_permission_message_says_how_to_grant_the_capabilities()
    {
        string message = CaptureMessages.PermissionDenied("Loopback: lo", "socket: Operation not permitted");
        Assert.Contains("sudo setcap cap_net_raw,cap_net_admin=eip $(readlink -f $(which sniffer))", message);
        Assert.Contains("root", message);
    }

    [Fact]
    public void A_bad_filter_message_echoes_the_filter_and_libpcaps_words()
    {
        string message = CaptureMessages.BadFilter("tcp port", "Loopback: lo", "can't parse filter expression: syntax error");
        Assert.StartsWith("Invalid capture filter \"tcp port\" for interface 'Loopback: lo'.", message);
        Assert.Contains("(can't parse filter expression: syntax error)", message);
    }
}
