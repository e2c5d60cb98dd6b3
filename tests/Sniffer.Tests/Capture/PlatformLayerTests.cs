using System.Net;
using Sniffer.Capture;
using Sniffer.Capture.Interop;
using Sniffer.Capture.Platform;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>
/// The capture platform layer with the OS abstracted, so Linux, macOS and Windows are all checked here: which library
/// is loaded, the layouts of pcap_pkthdr, sockaddr and pcap_stat (from each platform's headers: glibc's and macOS's
/// struct timeval, Npcap's pcap.h under _WIN32), the loopback interface and its link type, and how dumpcap -D names
/// interfaces on each.
/// </summary>
public class PlatformLayerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-platform-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Each_OS_loads_its_own_capture_library_and_an_override_replaces_the_search()
    {
        Assert.Equal(["libpcap.so.0.8", "libpcap.so.1", "libpcap.so"], CapturePlatform.Linux.LibraryCandidates);
        Assert.Equal("/usr/lib/libpcap.A.dylib", CapturePlatform.MacOs.LibraryCandidates[0]);
        Assert.Contains("libpcap.dylib", CapturePlatform.MacOs.LibraryCandidates);
        Assert.EndsWith(Path.Combine("Npcap", "wpcap.dll"), CapturePlatform.Windows.LibraryCandidates[0]);
        Assert.Equal("wpcap.dll", CapturePlatform.Windows.LibraryCandidates[^1]);
        Assert.Equal(["/opt/x/libpcap.so"], LibPcapLibrary.Candidates(CapturePlatform.Windows, "/opt/x/libpcap.so"));
        Assert.Equal(CapturePlatform.Linux.LibraryCandidates, LibPcapLibrary.Candidates(CapturePlatform.Linux, ""));
        Assert.Equal("Npcap (wpcap.dll) could not be loaded (tried wpcap.dll); install Npcap from https://npcap.com (tick \"Support loopback traffic\" to capture on the loopback adapter)",
            LibPcapLibrary.FailureMessage(CapturePlatform.Windows, ["wpcap.dll"]));
        Assert.StartsWith("libpcap could not be loaded (tried libpcap.so.0.8); install it with: apt-get install libpcap0.8",
            LibPcapLibrary.FailureMessage(CapturePlatform.Linux, ["libpcap.so.0.8"]));
        Assert.Same(OperatingSystem.IsWindows() ? CapturePlatform.Windows : OperatingSystem.IsMacOS() ? CapturePlatform.MacOs : CapturePlatform.Linux, CapturePlatform.Current);
    }

    [Fact]
    public void Linux_pcap_pkthdr_is_two_8_byte_longs_then_the_lengths()
    {
        byte[] header = new byte[24];
        BitConverter.TryWriteBytes(header.AsSpan(0), 1_700_000_000L);
        BitConverter.TryWriteBytes(header.AsSpan(8), 123_456_789L);
        BitConverter.TryWriteBytes(header.AsSpan(16), 60u);
        BitConverter.TryWriteBytes(header.AsSpan(20), 1514u);
        var r = ReadAt(header, CapturePlatform.Linux);
        Assert.Equal((1_700_000_000L, 123_456_789L, 60u, 1514u), (r.Seconds, r.Sub, r.Captured, r.Wire));
        Assert.Equal(24, CapturePlatform.Linux.HeaderLayout.Size);
    }

    [Fact]
    public void MacOS_pcap_pkthdr_has_a_4_byte_suseconds_whose_padding_is_not_read()
    {
        byte[] header = new byte[24];
        BitConverter.TryWriteBytes(header.AsSpan(0), 1_700_000_000L);
        BitConverter.TryWriteBytes(header.AsSpan(8), 999_999);
        header[12] = 0xAB; header[13] = 0xCD; header[14] = 0xEF; header[15] = 0x7F;   // padding after tv_usec: garbage
        BitConverter.TryWriteBytes(header.AsSpan(16), 74u);
        BitConverter.TryWriteBytes(header.AsSpan(20), 74u);
        var r = ReadAt(header, CapturePlatform.MacOs);
        Assert.Equal((1_700_000_000L, 999_999L, 74u, 74u), (r.Seconds, r.Sub, r.Captured, r.Wire));
    }

    [Fact]
    public void Windows_pcap_pkthdr_is_a_32_bit_timeval_in_16_bytes()
    {
        byte[] header = new byte[16];
        BitConverter.TryWriteBytes(header.AsSpan(0), 1_700_000_000);
        BitConverter.TryWriteBytes(header.AsSpan(4), 250_000);
        BitConverter.TryWriteBytes(header.AsSpan(8), 42u);
        BitConverter.TryWriteBytes(header.AsSpan(12), 1500u);
        var r = ReadAt(header, CapturePlatform.Windows);
        Assert.Equal((1_700_000_000L, 250_000L, 42u, 1500u), (r.Seconds, r.Sub, r.Captured, r.Wire));
        Assert.Equal(16, CapturePlatform.Windows.HeaderLayout.Size);
    }

    [Fact]
    public void Npcap_pcap_stat_is_24_bytes_where_libpcap_s_is_12()
    {
        Assert.Equal(12, CapturePlatform.Linux.StatisticsSize);
        Assert.Equal(12, CapturePlatform.MacOs.StatisticsSize);
        Assert.Equal(24, CapturePlatform.Windows.StatisticsSize);
    }

    [Fact]
    public void Socket_addresses_follow_each_OS_family_numbers_and_the_BSD_length_byte()
    {
        // Linux: u16 family 10 for IPv6; macOS: sa_len then u8 family 30; Windows: u16 family 23. AF_INET is 2 everywhere.
        Assert.Equal("::1", Read(SockaddrIn6(CapturePlatform.Linux), CapturePlatform.Linux));
        Assert.Equal("::1", Read(SockaddrIn6(CapturePlatform.MacOs), CapturePlatform.MacOs));
        Assert.Equal("::1", Read(SockaddrIn6(CapturePlatform.Windows), CapturePlatform.Windows));
        Assert.Null(Read(SockaddrIn6(CapturePlatform.Linux), CapturePlatform.MacOs));      // a Linux layout read as BSD is not IPv6
        byte[] bsdV4 = [16, 2, 0, 0, 10, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal("10.1.2.3", Read(bsdV4, CapturePlatform.MacOs));
        byte[] linuxV4 = [2, 0, 0x1F, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal("127.0.0.1", Read(linuxV4, CapturePlatform.Linux));
        Assert.Equal("127.0.0.1", Read(linuxV4, CapturePlatform.Windows));
        byte[] bsdLink = [20, 18, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];   // AF_LINK: a MAC, not an IP address
        Assert.Null(Read(bsdLink, CapturePlatform.MacOs));
    }

    [Fact]
    public void Loopback_is_lo_Ethernet_on_Linux_lo0_NULL_on_macOS_and_NPF_Loopback_NULL_on_Windows()
    {
        Assert.Equal(("lo", LinkType.Ethernet), (CapturePlatform.Linux.LoopbackDevice, CapturePlatform.Linux.LoopbackLinkType));
        Assert.Equal(("lo0", LinkType.Null), (CapturePlatform.MacOs.LoopbackDevice, CapturePlatform.MacOs.LoopbackLinkType));
        Assert.Equal((@"\Device\NPF_Loopback", LinkType.Null), (CapturePlatform.Windows.LoopbackDevice, CapturePlatform.Windows.LoopbackLinkType));
        Assert.Equal(LinkType.Null, DataLinkTypes.ToLinkType(0));          // DLT_NULL → LINKTYPE_NULL
        Assert.Equal(LinkType.Raw, DataLinkTypes.ToLinkType(12));          // DLT_RAW (12 on Linux and macOS) → LINKTYPE_RAW (101)
        Assert.Equal(LinkType.Ethernet, DataLinkTypes.ToLinkType(1));
    }

    [Fact]
    public void Interfaces_are_named_as_dumpcap_D_names_them_on_each_OS()
    {
        static string? None(string id) => null;
        static string? Adapters(string id) => id == "{1B2C3D4E-0000-4000-8000-00000000ABCD}" ? "Ethernet" : null;
        const uint Loopback = 0x1 | 0x2 | 0x4, Up = 0x2 | 0x4;

        Assert.Equal("1. eth0", Line(CapturePlatform.Linux, 1, "eth0", "some driver text", Up, None));
        Assert.Equal("3. lo (Loopback)", Line(CapturePlatform.Linux, 3, "lo", null, Loopback, None));
        Assert.Equal("1. lo0 (Loopback)", Line(CapturePlatform.MacOs, 1, "lo0", null, Loopback, None));
        Assert.Equal("2. en0", Line(CapturePlatform.MacOs, 2, "en0", null, Up, None));
        Assert.Equal("1. \\Device\\NPF_{1B2C3D4E-0000-4000-8000-00000000ABCD} (Ethernet)",
            Line(CapturePlatform.Windows, 1, @"\Device\NPF_{1B2C3D4E-0000-4000-8000-00000000ABCD}", "Intel(R) Ethernet Connection", Up, Adapters));
        Assert.Equal("2. \\Device\\NPF_{99999999-0000-4000-8000-000000000000} (Realtek PCIe GbE)",
            Line(CapturePlatform.Windows, 2, @"\Device\NPF_{99999999-0000-4000-8000-000000000000}", "Realtek PCIe GbE", Up, Adapters));
        Assert.Equal("3. \\Device\\NPF_Loopback (Adapter for loopback traffic capture)",
            Line(CapturePlatform.Windows, 3, @"\Device\NPF_Loopback", "Adapter for loopback traffic capture", Loopback, Adapters));
        var mac = CaptureDeviceList.Describe(CapturePlatform.MacOs, 1, "lo0", null, Loopback, [IPAddress.Loopback], None);
        Assert.Equal("Loopback: lo0", mac.DisplayName);
        Assert.Equal("1. lo0\t\tLoopback\t0\t127.0.0.1\tloopback\t", InterfaceListing.MachineLine(mac));
    }

    [TsharkFact]
    public void A_macOS_lo0_capture_is_written_with_the_NULL_link_type_and_tshark_decodes_it()
    {
        // DLT_NULL: a 4-byte address family in the capturing host's order (AF_INET = 2, little-endian), then IPv4.
        byte[] packet = Hex.Parse(
            "02000000" +
            "4500 0028 0001 0000 4006 0000 7f000001 7f000001" +
            "9c40 1f90 00000001 00000000 5002 ffff 0000 0000");
        string path = Path.Combine(_dir, "lo0.pcapng");
        Assert.True(PcapngCaptureSink.TryCreate(new PcapngSinkSettings { Path = path, Header = new PcapngWriterOptions { OperatingSystem = "Darwin 23.0.0" } }, out var sink, out _));
        var lo0 = new CaptureInterfaceInfo(0, "lo0", "Loopback", DataLinkTypes.ToLinkType(0), 524288, null);
        sink!.Begin(new CaptureStart([lo0], 1_700_000_000_000_000_000));
        Assert.Equal(SinkVerdict.Continue, sink.Accept(new CapturedPacket(1, 0, 1_700_000_000_000_000_000, packet.Length, packet)));
        sink.End(new CaptureSummary(CaptureStopReason.Requested, 1,
            [new InterfaceCaptureStatistics(0, "Loopback: lo0", 1, 0, 0, 0, 0, 1, 1_700_000_000_000_000_000, 1_700_000_001_000_000_000)], CaptureError.None));

        Assert.Contains("Encapsulation = NULL/Loopback (15 - null)", ExternalTools.Run("capinfos", [path]).StdOut);
        var read = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "null.family", "-e", "ip.src", "-e", "tcp.dstport");
        Assert.Equal("", read.StdErr);
        Assert.Equal("2\t127.0.0.1\t8080\n", read.StdOut);
    }

    private static string Line(CapturePlatform platform, int number, string name, string? description, uint flags, Func<string, string?> adapters) =>
        InterfaceListing.DumpcapLine(CaptureDeviceList.Describe(platform, number, name, description, flags, [], adapters));

    private static unsafe (long Seconds, long Sub, uint Captured, uint Wire) ReadAt(byte[] header, CapturePlatform platform)
    {
        fixed (byte* h = header)
        {
            platform.HeaderLayout.Read(h, out long seconds, out long sub, out uint captured, out uint wire);
            return (seconds, sub, captured, wire);
        }
    }

    private static byte[] SockaddrIn6(CapturePlatform platform)
    {
        byte[] address = new byte[28];
        if (platform.SocketAddresses.LengthBytePrefix)
        {
            address[0] = 28;
            address[1] = (byte)platform.SocketAddresses.FamilyIPv6;
        }
        else
            BitConverter.TryWriteBytes(address.AsSpan(0), platform.SocketAddresses.FamilyIPv6);
        address[8 + 15] = 1;
        return address;
    }

    private static unsafe string? Read(byte[] sockaddr, CapturePlatform platform)
    {
        fixed (byte* p = sockaddr)
            return SocketAddressReader.Read((nint)p, platform.SocketAddresses)?.ToString();
    }
}
