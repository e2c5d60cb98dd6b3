using System.Runtime.InteropServices;
using Sniffer.Capture.Interop;

namespace Sniffer.Tests.Capture;

/// <summary>
/// The interop structs have the layouts of libpcap's on 64-bit Linux (pcap/pcap.h); pcap_pkthdr differs per OS and is read through PcapHeaderLayout (PlatformLayerTests):
/// a wrong offset here would read garbage on every packet.
/// </summary>
public class InteropLayoutTests
{
    [Fact]
    public void Pcap_if_holds_four_pointers_then_the_flags()
    {
        Assert.Equal(40, Marshal.SizeOf<PcapInterfaceEntry>());
        Assert.Equal(8, (int)Marshal.OffsetOf<PcapInterfaceEntry>(nameof(PcapInterfaceEntry.Name)));
        Assert.Equal(16, (int)Marshal.OffsetOf<PcapInterfaceEntry>(nameof(PcapInterfaceEntry.Description)));
        Assert.Equal(24, (int)Marshal.OffsetOf<PcapInterfaceEntry>(nameof(PcapInterfaceEntry.Addresses)));
        Assert.Equal(32, (int)Marshal.OffsetOf<PcapInterfaceEntry>(nameof(PcapInterfaceEntry.Flags)));
    }

    [Fact]
    public void Pcap_addr_is_five_pointers_and_pcap_stat_three_unsigned_ints_and_bpf_program_a_count_then_a_pointer()
    {
        Assert.Equal(40, Marshal.SizeOf<PcapAddressEntry>());
        Assert.Equal(8, (int)Marshal.OffsetOf<PcapAddressEntry>(nameof(PcapAddressEntry.Address)));
        Assert.Equal(12, Marshal.SizeOf<PcapStatistics>());     // the part every platform shares (Npcap's goes on: PlatformLayerTests)
        Assert.Equal(8, (int)Marshal.OffsetOf<PcapStatistics>(nameof(PcapStatistics.InterfaceDropped)));
        Assert.Equal(16, Marshal.SizeOf<BpfProgram>());
        Assert.Equal(8, (int)Marshal.OffsetOf<BpfProgram>(nameof(BpfProgram.Instructions)));
    }

    [Fact]
    public unsafe void Socket_addresses_give_IPv4_and_IPv6_and_nothing_for_link_layer_families()
    {
        byte[] v4 = [2, 0, 0x1F, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] v6 = new byte[28];
        v6[0] = 10;
        v6[8 + 15] = 1;
        byte[] packet = new byte[20];
        packet[0] = 17;   // AF_PACKET
        fixed (byte* p4 = v4)
        fixed (byte* p6 = v6)
        fixed (byte* pp = packet)
        {
            Assert.Equal("127.0.0.1", SocketAddressReader.Read((nint)p4, Sniffer.Capture.Platform.SocketAddressLayout.Linux)?.ToString());
            Assert.Equal("::1", SocketAddressReader.Read((nint)p6, Sniffer.Capture.Platform.SocketAddressLayout.Linux)?.ToString());
            Assert.Null(SocketAddressReader.Read((nint)pp, Sniffer.Capture.Platform.SocketAddressLayout.Linux));
            Assert.Null(SocketAddressReader.Read(0, Sniffer.Capture.Platform.SocketAddressLayout.Linux));
        }
    }
}
