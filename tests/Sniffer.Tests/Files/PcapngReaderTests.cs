using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using static Sniffer.Tests.Files.PcapngTestOption;

namespace Sniffer.Tests.Files;

public sealed class PcapngReaderTests
{
    private static readonly byte[] Ping = Encoding.ASCII.GetBytes("ping!");
    private static readonly byte[] Pong = Encoding.ASCII.GetBytes("pong, longer");

    private static PcapngReader ReaderOf(CaptureReading.Result result) => Assert.IsType<PcapngReader>(result.Reader);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Enhanced_packets_come_out_with_their_bytes_lengths_times_and_comments_in_either_byte_order(bool bigEndian)
    {
        var file = new PcapngFixture()
            .SectionHeader(bigEndian)
            .InterfaceDescription(linkType: 1, snapLength: 262144)
            .EnhancedPacket(0, 1_700_000_000_123_456, Ping)
            .EnhancedPacket(0, 1_700_000_001_000_001, Pong, originalLength: 1500, Comment("second one"));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Equal(CaptureFormat.PcapNg, read.Reader.Format);
        Assert.Equal(2, read.Frames.Count);
        Assert.Equal(new ReadFrame(1, 1_700_000_000_123_456_000, 6, 0, LinkType.Ethernet, Ping.Length, Ping, null), read.Frames[0], FrameComparer.Instance);
        Assert.Equal(new ReadFrame(2, 1_700_000_001_000_001_000, 6, 0, LinkType.Ethernet, 1500, Pong, "second one"), read.Frames[1], FrameComparer.Instance);
        Assert.Equal(bigEndian, ReaderOf(read).Sections[0].BigEndian);
    }

    [Fact]
    public void A_packet_cut_by_the_snapshot_length_keeps_its_original_length()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription(snapLength: 5).EnhancedPacket(0, 0, Ping, originalLength: 1514);

        var read = CaptureReading.ReadAll(file.ToArray());

        var frame = Assert.Single(read.Frames);
        Assert.Equal(5, frame.Data.Length);
        Assert.Equal(1514, frame.OriginalLength);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Section_header_options_are_kept(bool bigEndian)
    {
        var file = new PcapngFixture().SectionHeader(bigEndian, 1, 0,
            Text(2, "Xeon"), Text(3, "Linux 6.1"), Text(4, "Dumpcap (Wireshark) 4.0.17"), Comment("café ☕"));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Empty(read.Frames);
        Assert.Equal(new PcapngSection(0, bigEndian, 1, 0, "Xeon", "Linux 6.1", "Dumpcap (Wireshark) 4.0.17", "café ☕"), Assert.Single(ReaderOf(read).Sections));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Interface_description_options_are_kept(bool bigEndian)
    {
        var file = new PcapngFixture().SectionHeader(bigEndian)
            .InterfaceDescription(linkType: 276, snapLength: 65535,
                Text(2, "any"), Text(3, "Pseudo-device that captures on all interfaces"),
                Raw(11, [0, .. Encoding.UTF8.GetBytes("tcp port 80")]), Text(12, "Linux 6.1.0-13-amd64"),
                Raw(9, 9), UInt64(14, 100), Comment("the only one"));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        var iface = Assert.Single(read.Reader.Interfaces);
        Assert.Equal(new CaptureInterface(0, LinkType.LinuxSll2, "any", "Pseudo-device that captures on all interfaces", "tcp port 80",
            "Linux 6.1.0-13-amd64", 65535, 9) { Comment = "the only one", TimestampOffsetSeconds = 100 }, iface);
    }

    [Fact]
    public void An_if_filter_holding_a_bpf_program_is_not_reported_as_a_filter_string()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0, Raw(11, 1, 0x28, 0, 0, 0, 0, 0, 0, 0));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Null(Assert.Single(read.Reader.Interfaces).Filter);
    }

    [Fact]
    public void Trailing_nuls_some_writers_put_after_strings_are_dropped()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0, Raw(2, (byte)'l', (byte)'o', 0, 0));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal("lo", Assert.Single(read.Reader.Interfaces).Name);
    }

    [Theory]
    [InlineData(0x03, 1_234_567UL, 1_234_567_000_000L, 3)]                    // milliseconds
    [InlineData(0x06, 1_234_567UL, 1_234_567_000L, 6)]                        // microseconds
    [InlineData(0x09, 1_234_567UL, 1_234_567L, 9)]                            // nanoseconds
    [InlineData(0x0C, 1_500_000_000_123UL, 1_500_000_000L, 9)]                // picoseconds: truncated to ns, 9 digits at most
    [InlineData(0x00, 1_700_000_000UL, 1_700_000_000_000_000_000L, 0)]        // whole seconds
    [InlineData(0x94, (5UL << 20) + (1UL << 19), 5_500_000_000L, 7)]          // 2^-20 s: 5.5 s exactly
    [InlineData(0x94, 1UL, 953L, 7)]                                          // 2^-20 s: 953.674… ns truncated
    [InlineData(0x9E, 3UL << 30, 3_000_000_000L, 9)]                          // 2^-30 s: ceil(30·log10 2) = 10, capped at 9
    [InlineData(0x80, 42UL, 42_000_000_000L, 0)]                              // 2^0: seconds
    public void Timestamps_convert_exactly_from_every_if_tsresol(byte tsresol, ulong units, long expectedNs, int expectedDigits)
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0, Raw(9, tsresol)).EnhancedPacket(0, units, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        var frame = Assert.Single(read.Frames);
        Assert.Equal(expectedNs, frame.Timestamp);
        Assert.Equal(expectedDigits, frame.TimePrecisionDigits);
        Assert.Equal(expectedDigits, read.Reader.Interfaces[0].TimePrecisionDigits);
    }

    [Fact]
    public void Without_if_tsresol_timestamps_are_microseconds()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 2_000_001, Ping);

        var frame = Assert.Single(CaptureReading.ReadAll(file.ToArray()).Frames);

        Assert.Equal(2_000_001_000L, frame.Timestamp);
        Assert.Equal(6, frame.TimePrecisionDigits);
    }

    [Theory]
    [InlineData(1_600_000_000L)]
    [InlineData(-1L)]
    public void If_tsoffset_seconds_are_added_to_every_timestamp(long offsetSeconds)
    {
        var file = new PcapngFixture().SectionHeader()
            .InterfaceDescription(1, 0, UInt64(14, unchecked((ulong)offsetSeconds)))
            .EnhancedPacket(0, 1_500_000, Ping);

        var frame = Assert.Single(CaptureReading.ReadAll(file.ToArray()).Frames);

        Assert.Equal(offsetSeconds * 1_000_000_000 + 1_500_000_000, frame.Timestamp);
    }

    [Fact]
    public void Interface_ids_restart_in_every_section_and_map_to_one_global_index()
    {
        var file = new PcapngFixture()
            .SectionHeader(bigEndian: false)
            .InterfaceDescription(1, 0, Text(2, "eth0"))
            .InterfaceDescription(113, 0, Text(2, "any"))
            .EnhancedPacket(1, 10, Ping)
            .SectionHeader(bigEndian: true)
            .InterfaceDescription(0, 0, Text(2, "lo0"), Raw(9, 9))
            .EnhancedPacket(0, 20, Pong)
            .SectionHeader(bigEndian: false)
            .InterfaceDescription(101, 0, Text(2, "tun0"))
            .EnhancedPacket(0, 30, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Equal(["eth0", "any", "lo0", "tun0"], read.Reader.Interfaces.Select(i => i.Name));
        Assert.Equal([0, 1, 2, 3], read.Reader.Interfaces.Select(i => i.Index));
        Assert.Equal([1L, 2L, 3L], read.Frames.Select(f => f.Number));
        Assert.Equal([1, 2, 3], read.Frames.Select(f => f.InterfaceId));
        Assert.Equal([LinkType.LinuxSll, LinkType.Null, LinkType.Raw], read.Frames.Select(f => f.Link));
        Assert.Equal([10_000L, 20L, 30_000L], read.Frames.Select(f => f.Timestamp));
        Assert.Equal([false, true, false], ReaderOf(read).Sections.Select(s => s.BigEndian));
    }

    [Fact]
    public void An_interface_of_an_earlier_section_is_not_described_in_the_next_one()
    {
        var file = new PcapngFixture()
            .SectionHeader().InterfaceDescription().InterfaceDescription().EnhancedPacket(1, 0, Ping)
            .SectionHeader().InterfaceDescription();
        int badPacketAt = file.Length;
        file.EnhancedPacket(1, 0, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Single(read.Frames);
        Assert.Equal(badPacketAt, read.Error!.Offset);
        Assert.Equal($"interface 1 not described at 0x{badPacketAt:X}", read.Error.Reason);
    }

    [Fact]
    public void A_packet_naming_an_interface_never_described_stops_reading_with_its_offset()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 0, Ping);
        int badPacketAt = file.Length;
        file.EnhancedPacket(3, 0, Ping).EnhancedPacket(0, 0, Pong);

        var read = CaptureReading.ReadAll(file.ToArray(), "bad.pcapng");

        Assert.Single(read.Frames);
        Assert.Equal(new CaptureFileError("bad.pcapng", badPacketAt, $"interface 3 not described at 0x{badPacketAt:X}"), read.Error);
        Assert.Equal($"bad.pcapng: interface 3 not described at 0x{badPacketAt:X}", read.Error!.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Obsolete_packet_blocks_are_read_like_enhanced_ones(bool bigEndian)
    {
        var file = new PcapngFixture().SectionHeader(bigEndian).InterfaceDescription().InterfaceDescription(101)
            .ObsoletePacket(1, 3_000_000, Pong, 60, Comment("old style"));

        var frame = Assert.Single(CaptureReading.ReadAll(file.ToArray()).Frames);

        Assert.Equal(new ReadFrame(1, 3_000_000_000, 6, 1, LinkType.Raw, 60, Pong, "old style"), frame, FrameComparer.Instance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_simple_packet_takes_its_original_length_from_the_block_and_is_cut_to_interface_0s_snaplen(bool bigEndian)
    {
        byte[] data = [.. Enumerable.Range(0, 64).Select(i => (byte)i)];
        var file = new PcapngFixture().SectionHeader(bigEndian).InterfaceDescription(1, snapLength: 64).InterfaceDescription(101)
            .SimplePacket(originalLength: 100, data)
            .SimplePacket(originalLength: 5, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Equal(2, read.Frames.Count);
        Assert.Equal(new ReadFrame(1, 0, 6, 0, LinkType.Ethernet, 100, data, null), read.Frames[0], FrameComparer.Instance);
        Assert.Equal(new ReadFrame(2, 0, 6, 0, LinkType.Ethernet, 5, Ping, null), read.Frames[1], FrameComparer.Instance);
    }

    [Fact]
    public void A_simple_packet_without_an_interface_0_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader();
        int at = file.Length;
        file.SimplePacket(5, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Empty(read.Frames);
        Assert.Equal($"interface 0 not described at 0x{at:X}", read.Error!.Reason);
    }

    [Fact]
    public void A_simple_packet_claiming_more_data_than_it_holds_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription();
        int at = file.Length;
        file.SimplePacket(100, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal($"Simple Packet Block at 0x{at:X}: captured length 100 exceeds the 8 data bytes the block holds", read.Error!.Reason);
    }

    [Theory]
    [InlineData(0x00000123u)]   // a type from the future
    [InlineData(0x00000BADu)]   // custom block
    [InlineData(0x40000BADu)]   // custom block that must not be copied
    [InlineData(0x80000001u)]   // local use
    [InlineData(0x00000007u)]   // IRIG timestamp (obsolete, not read)
    public void Blocks_sniffer_does_not_use_are_skipped_by_their_length(uint type)
    {
        byte[] body = [.. Enumerable.Range(0, 70_000).Select(i => (byte)i)];   // longer than the reader's first buffer
        var file = new PcapngFixture().SectionHeader().InterfaceDescription()
            .EnhancedPacket(0, 1, Ping).Raw(type, body).EnhancedPacket(0, 2, Pong);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Equal([Ping, Pong], read.Frames.Select(f => f.Data));
    }

    [Fact]
    public void Name_resolution_records_are_kept_and_their_options_skipped()
    {
        var file = new PcapngFixture().SectionHeader().NameResolution(
        [
            (1, [192, 168, 0, 1], ["router.lan", "gw"]),
            (2, [.. new byte[15], 1], ["localhost6"]),
            (99, [1, 2, 3], ["unknown record type"]),
            (3, [0, 0x1b, 0x21, 1, 2, 3], ["nic"]),
        ], Text(2, "ns1.example"), Comment("from /etc/hosts"));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        var names = ReaderOf(read).NameResolutions;
        Assert.Equal(3, names.Count);
        Assert.Equal(NameResolutionRecordType.Ipv4, names[0].Type);
        Assert.Equal(new byte[] { 192, 168, 0, 1 }, names[0].Address.ToArray());
        Assert.Equal(["router.lan", "gw"], names[0].Names);
        Assert.Equal(NameResolutionRecordType.Ipv6, names[1].Type);
        Assert.Equal(16, names[1].Address.Length);
        Assert.Equal(["localhost6"], names[1].Names);
        Assert.Equal(NameResolutionRecordType.Eui48, names[2].Type);
        Assert.Equal(["nic"], names[2].Names);
    }

    [Fact]
    public void An_address_record_shorter_than_its_address_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader();
        int at = file.Length;
        file.NameResolution([(1, [10, 0], [])]);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal($"Name Resolution Block at 0x{at:X}: record of type 1 has 2 bytes, fewer than its 4-byte address", read.Error!.Reason);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Interface_statistics_are_read_for_the_global_interface_in_its_resolution(bool bigEndian)
    {
        var file = new PcapngFixture()
            .SectionHeader().InterfaceDescription()
            .SectionHeader(bigEndian).InterfaceDescription(1, 0, Raw(9, 3))     // milliseconds
            .InterfaceStatistics(0, 1_700_000_010_000,
                Timestamp(2, 1_700_000_000_000), Timestamp(3, 1_700_000_010_000),
                UInt64(4, 1000), UInt64(5, 7), UInt64(6, 990), UInt64(7, 3), UInt64(8, 987), Comment("counters at close"));

        var reader = ReaderOf(CaptureReading.ReadAll(file.ToArray()));

        Assert.Null(reader.Error);
        Assert.Null(reader.StatisticsOf(0));
        Assert.Equal(new InterfaceStatistics
        {
            TimestampNs = 1_700_000_010_000_000_000,
            StartTimeNs = 1_700_000_000_000_000_000,
            EndTimeNs = 1_700_000_010_000_000_000,
            Received = 1000,
            DroppedByInterface = 7,
            AcceptedByFilter = 990,
            DroppedByOs = 3,
            DeliveredToUser = 987,
            Comment = "counters at close",
        }, reader.StatisticsOf(1));
    }

    [Fact]
    public void Statistics_for_an_interface_not_described_stop_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription();
        int at = file.Length;
        file.InterfaceStatistics(1, 0);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal($"interface 1 not described at 0x{at:X}", read.Error!.Reason);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decryption_secrets_are_kept_as_read_in_file_order(bool bigEndian)
    {
        byte[] keyLog = Encoding.ASCII.GetBytes("CLIENT_RANDOM 00112233 aabbccdd\n");
        byte[] wireGuard = [1, 2, 3];
        var file = new PcapngFixture().SectionHeader(bigEndian).InterfaceDescription()
            .DecryptionSecrets(DecryptionSecret.TlsKeyLog, keyLog, Comment("injected"))
            .EnhancedPacket(0, 0, Ping)
            .DecryptionSecrets(DecryptionSecret.WireGuardKeyLog, wireGuard);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Null(read.Error);
        Assert.Equal(2, read.Reader.DecryptionSecrets.Count);
        Assert.Equal(DecryptionSecret.TlsKeyLog, read.Reader.DecryptionSecrets[0].SecretsType);
        Assert.Equal(keyLog, read.Reader.DecryptionSecrets[0].Data.ToArray());
        Assert.Equal(DecryptionSecret.WireGuardKeyLog, read.Reader.DecryptionSecrets[1].SecretsType);
        Assert.Equal(wireGuard, read.Reader.DecryptionSecrets[1].Data.ToArray());
    }

    [Fact]
    public void Decryption_secrets_longer_than_their_block_stop_reading()
    {
        var file = new PcapngFixture().SectionHeader();
        int at = file.Length;
        file.DecryptionSecrets(DecryptionSecret.TlsKeyLog, [1, 2, 3, 4]);
        byte[] bytes = file.ToArray();
        bytes[at + 12] = 200;                          // secrets length 4 → 200, little-endian low byte

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal($"Decryption Secrets Block at 0x{at:X}: secrets data of 200 bytes exceeds the 4 bytes the block holds", read.Error!.Reason);
        Assert.Empty(read.Reader.DecryptionSecrets);
    }

    [Fact]
    public void Several_packet_comments_are_joined_line_by_line_and_other_options_ignored()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription()
            .EnhancedPacket(0, 0, Ping, null, UInt64(2, 0), Comment("erste Zeile"), Raw(2988, 0, 0, 0x7e, 0x2b, 1), Comment("二行目"));

        var frame = Assert.Single(CaptureReading.ReadAll(file.ToArray()).Frames);

        Assert.Equal("erste Zeile\n二行目", frame.Comment);
    }

    [Fact]
    public void An_option_running_past_its_block_stops_reading_with_the_option_named()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription();
        int at = file.Length;
        file.EnhancedPacket(0, 0, Ping, null, Comment("abcd"));
        byte[] bytes = file.ToArray();
        int optionLengthAt = at + 28 + 8 + 2;          // header..lengths, 8 bytes of padded data, option code
        bytes[optionLengthAt] = 0xF0;

        var read = CaptureReading.ReadAll(bytes);

        Assert.Empty(read.Frames);
        Assert.Equal($"Enhanced Packet Block at 0x{at:X}: option 1 of length 240 runs past the end of the block", read.Error!.Reason);
    }

    [Fact]
    public void A_captured_length_past_the_block_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription();
        int at = file.Length;
        file.EnhancedPacket(0, 0, Ping);
        byte[] bytes = file.ToArray();
        bytes[at + 20] = 9;                            // captured length 5 → 9, but only 8 data bytes are there

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal($"Enhanced Packet Block at 0x{at:X}: captured length 9 exceeds the 8 data bytes the block holds", read.Error!.Reason);
    }

    [Fact]
    public void A_timestamp_beyond_what_nanoseconds_since_1970_can_count_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription(1, 0, Raw(9, 9));
        int at = file.Length;
        file.EnhancedPacket(0, ulong.MaxValue, Ping);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal($"Enhanced Packet Block at 0x{at:X}: timestamp does not fit in nanoseconds since 1970 as a 64-bit count", read.Error!.Reason);
    }

    [Fact]
    public void A_resolution_finer_than_64_bit_counts_can_express_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader();
        int at = file.Length;
        file.InterfaceDescription(1, 0, Raw(9, 20));

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Equal($"Interface Description Block at 0x{at:X}: if_tsresol 0x14 is finer than 64-bit timestamps can count", read.Error!.Reason);
        Assert.Empty(read.Reader.Interfaces);
    }

    [Fact]
    public void A_byte_order_magic_that_is_neither_order_stops_reading()
    {
        byte[] bytes = new PcapngFixture().SectionHeader().ToArray();
        bytes[8] = 0x11;

        var read = CaptureReading.ReadAll(bytes);

        Assert.Equal(CaptureFormat.PcapNg, read.Reader.Format);
        Assert.Equal("bad byte-order magic 0x113C2B1A in Section Header Block at 0x0", read.Error!.Reason);
    }

    [Fact]
    public void A_section_of_an_unknown_major_version_stops_reading()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 0, Ping);
        int at = file.Length;
        file.SectionHeader(false, major: 2, minor: 0);

        var read = CaptureReading.ReadAll(file.ToArray());

        Assert.Single(read.Frames);
        Assert.Equal($"unsupported pcapng version 2.0 at 0x{at:X}", read.Error!.Reason);
    }

    [Fact]
    public void Interfaces_grow_as_their_blocks_are_read()
    {
        var file = new PcapngFixture().SectionHeader().InterfaceDescription().EnhancedPacket(0, 0, Ping)
            .InterfaceDescription(101).EnhancedPacket(1, 0, Pong);
        using var reader = CaptureFileReader.Open(new MemoryStream(file.ToArray()), "grow.pcapng");

        Assert.True(reader.TryReadNext(out _));
        Assert.Single(reader.Interfaces);
        Assert.True(reader.TryReadNext(out var second));
        Assert.Equal(2, reader.Interfaces.Count);
        Assert.Equal(1, second.InterfaceId);
        Assert.False(reader.TryReadNext(out _));
        Assert.False(reader.TryReadNext(out _));
        Assert.Null(reader.Error);
    }
}
