using Sniffer.Pipeline;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Wlan;

/// <summary>
/// 802.11 elements and action frames that are short, too long, cut by the end of the frame or of kinds the AP capture does
/// not carry (HE capabilities and operation, MU EDCA, spatial reuse, HE 6 GHz, HT with three streams, TPE up to 160 MHz, 8- and 13-octet extended capabilities, Cisco's QBSS load, truncated
/// WPA/WMM/WPS bodies, unknown elements and extensions, truncated ADDBA/DELBA, RST and TCN BPDUs): a bare-802.11 capture
/// written here, read by tshark and by Sniffer, every -V line and every JSON frame identical.
/// </summary>
public class WlanElementEdgeGoldenTests
{
    private static readonly byte[] Ap = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55], Sta = [0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB];

    /// <summary>A beacon (fixed parameters: timestamp 1, interval 100, ESS) carrying the elements written in hex.</summary>
    private static byte[] Beacon(string elements) =>
        [0x80, 0x00, 0, 0, .. Broadcast, .. Ap, .. Ap, 0x10, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0x01, 0x00, .. Convert.FromHexString(elements.Replace(" ", ""))];

    private static readonly byte[] Broadcast = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

    /// <summary>A management frame of <paramref name="subtype"/> from the station to the access point, its body in hex.</summary>
    private static byte[] Management(int subtype, string body) =>
        [(byte)(subtype << 4), 0x00, 0, 0, .. Ap, .. Sta, .. Ap, 0x20, 0x00, .. Convert.FromHexString(body.Replace(" ", ""))];

    /// <summary>A data frame from the access point to the spanning-tree group address carrying LLC (DSAP/SSAP 0x42, UI) and a BPDU.</summary>
    private static byte[] Bpdu(string bpdu) =>
        [0x08, 0x02, 0, 0, 0x01, 0x80, 0xC2, 0x00, 0x00, 0x00, .. Ap, .. Ap, 0x30, 0x00, 0x42, 0x42, 0x03, .. Convert.FromHexString(bpdu.Replace(" ", ""))];

    private static IEnumerable<byte[]> Frames()
    {
        // HT with three spatial streams and Tx MCS set defined; HT operation with protection; the length checks of both.
        yield return Beacon("2d1a 6f09 17 ffffff00 01000000 00000000 2c01 0100 0000 00000000 00  3d16 06 07 1300 0000 ffffff00 00000000 00000000 00000000");
        yield return Beacon("2d02 ef19  3d02 2405  bf04 b259820f  c001 01  4a01 14  4802 0101");
        // Tx Power Envelope: up to 160 MHz, a count past four, a count past the element, too short.
        yield return Beacon("c305 03 3c 3a 38 36  c305 07 3c 3c 3c 3c");
        yield return Beacon("c302 05 3c");
        yield return Beacon("c301 01");
        // Extended capabilities of 1, 8 (octet 8 alone), 9 and 13 octets, and empty.
        yield return Beacon("7f01 ff  7f08 ffffffffffffffff  7f09 0000000000000000ff  7f0d ffffffffffffffffffffffffff  7f00");
        // RM capabilities too short, QBSS load version 1 and too short, power, channels, operating classes, mobility domain.
        yield return Beacon("4602 7300  0b04 03002a00  0b02 0300  2000  2101 05  2102 fb14  2403 240401  2404 24043404  3602 3412  3b01 80  3b03 800073  3b04 80738274");
        // Vendor elements: OUI only, no type, WMM cut in its parameters, WPA cut in its suites, WPS attribute running past the element.
        yield return Beacon("dd02 0050  dd03 0050f2  dd04 0050f202  dd0c 0050f2020101840003a40000");
        yield return Beacon("dd10 0050f201 0100 0050f202 0200 0050f202  dd08 0050f204 104a 0001");
        yield return Beacon("dd09 0050f204 104a 0005 10");
        yield return Beacon("dd23 0050f204 1054 0008 0006 0050f204 0001 1049 0003 00372a 1049 000a 00372a 0201 01 03 01 0401 05");
        yield return Beacon("dd21 0050f204 1008 0002 2008 1041 0001 01 1057 0001 01 103c 0001 03 1021 0004 ff414243");
        yield return Beacon("dd05 0050f207 00  dd06 abcdef 01 0203  dd04 00e04c 02  dd05 0050f204 00");
        // HE Operation: plain; with VHT operation information, a co-hosted BSSID indicator and 6 GHz information; cut short.
        yield return Beacon("ff07 24 f40104 11 fcff");
        yield return Beacon("ff10 24 44c002 22 fcff 01 2a 00 03 25 02 2a 00 04");
        yield return Beacon("ff06 24 f44104 11 fc");
        // HE Capabilities cut in the MAC, before the PHY, in the PHY, right after the PHY (tshark's note), in the MCS maps, in the
        // PPE thresholds; all three MCS map pairs; no +HTC HE and dynamic fragmentation (bits shown as Reserved); eight streams.
        yield return Beacon("ff04 23 0d0018");
        yield return Beacon("ff07 23 0d0018120010");
        yield return Beacon("ff0a 23 0d0018120010 0c2002");
        yield return Beacon("ff12 23 e00018120010 1c2002c00f43151800cc00");
        yield return Beacon("ff14 23 e00018120010 1c2002c00f43151800cc00 faff");
        yield return Beacon("ff20 23 e00018120010 1c2002c00f43951800cc00 faff faff faff faff faff faff 79 1c");
        yield return Beacon("ff24 23 0d0018120010 0c2002c00f43951800cc00 faff faff faff faff 7f 1cc7711cc771ffffffffffff");
        yield return Beacon("ff33 23 fe00ff120010 0c2002c00f43951800cc00 faff faff faff faff 7f 1cc7711cc771ffffffffffffffffffffffffffffffffffff");
        // MU EDCA cut in its first record; Spatial Reuse with nothing, with the non-SRG offset, cut in the SRG information;
        // HE 6 GHz band capabilities too short (tshark's note), empty MU EDCA and Spatial Reuse bodies.
        yield return Beacon("ff04 26 08 00a4");
        yield return Beacon("ff02 27 00  ff03 27 04 f0  ff03 27 08 00  ff04 27 1f 10 00");
        yield return Beacon("ff02 3b bd  ff01 26  ff01 27");
        // Rarer elements with wrong lengths (tshark's notes), a short Timeout Interval, BSS Max Idle cut, Interworking of each
        // length it knows and two it does not, Advertisement Protocol too short / with two tuples / with a byte over / vendor
        // specific, RSNX empty (tshark's "Undecoded"), of two and three octets. (An empty Interworking is left out: tshark's
        // summary ignores the read past it that its -V stops at.)
        yield return Beacon("2301 11  2502 0124  2805 01 01 0200 0a  2302 f6 02  2503 00 0b 01");
        yield return Beacon("3c03 017324  3804 03881300  f400  3c04 0073240a");
        yield return Beacon("c702 1200  5a02 0a00  5a04 0a000100");
        yield return Beacon("6b02 1f02  6b04 1f02 0000  6b03 1f 0200  6b01 1f  6b07 0f 001122334455  6b09 3f 0102 001122334455");
        yield return Beacon("6c01 7f  6c04 7f00 7f01  6c03 7f00 00  6c02 7f03");
        yield return Beacon("6c02 7fdd");
        yield return Beacon("f402 2f01  f403 2f0102  c701 ff");
        // Hotspot 2.0 Indication plain, with a PPS MO ID, with both IDs, with the indication byte missing, with IDs announced
        // but absent or cut (tshark reads them only when two bytes are there); a WFA OUI type tshark has no name for.
        yield return Beacon("dd05 506f9a 10 10  dd07 506f9a 10 12 0100  dd09 506f9a 10 36 0100 0200");
        yield return Beacon("dd04 506f9a 10");
        yield return Beacon("dd05 506f9a 10 06  dd06 506f9a 10 06 01  dd05 506f9a 11 06");
        // Element extensions tshark does not decode, an element number it does not know, an element past the frame's end.
        yield return Beacon("ff03 01 0203  c802 0102");
        yield return Beacon("0304 07160000  01020203 ");
        yield return Beacon("3105 0102");
        yield return Beacon("ff00");
        // Action frames: ADDBA cut after the dialog token, a Block Ack action code tshark has no fields for, unknown categories,
        // Public Action 20/40 coexistence as Action No Ack, DELBA cut in its parameters.
        yield return Management(13, "03 00 07 16");
        yield return Management(13, "03 05 07 16 dd 04 0050f2 08");
        yield return Management(13, "23 01 02 03");
        yield return Management(13, "40 01 02");
        yield return Management(14, "04 00 48 01 00");
        yield return Management(13, "03 02 00");
        yield return Management(13, "03 01 09 2500 1b10 0000");
        // SA Query request, response followed by an element, cut, an unknown SA Query action; HT Notify Channel Width and SM
        // Power Save, each cut, an HT action with no fields; VHT Operating Mode Notification, cut, a VHT action with no fields.
        yield return Management(13, "08 00 1234");
        yield return Management(13, "08 01 1234 dd05 506f9a 10 10");
        yield return Management(13, "08 00 12");
        yield return Management(13, "08 02 1234");
        yield return Management(13, "07 00 01");
        yield return Management(13, "07 01 03");
        yield return Management(13, "07 00");
        yield return Management(13, "07 02");
        yield return Management(13, "15 02 12");
        yield return Management(14, "15 00");
        yield return Management(13, "15 02");
        // BPDUs: RST with every flag, MST-versioned RST, TCN, an unknown type, a configuration BPDU cut short.
        yield return Bpdu("0000 02 02 ff 1001001122334400 000007d0 8001001122334477 8002 0100 1400 0200 0f00 00");
        yield return Bpdu("0000 03 02 3c 1001001122334400 000007d0 8001001122334477 8002 0100 1400 0200 0f00 00");
        yield return Bpdu("0000 00 80");
        yield return Bpdu("0000 05 07 00");
        yield return Bpdu("0000 00 00 00 80");
    }

    private static string WriteCapture()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sniffer-wlan-edges-{Guid.NewGuid():N}.pcap");
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);
        w.Write(0xA1B2C3D4u);
        w.Write((ushort)2);
        w.Write((ushort)4);
        w.Write(0);
        w.Write(0u);
        w.Write(65535u);
        w.Write(105u); // LINKTYPE_IEEE802_11
        uint second = 1_700_000_000;
        foreach (var frame in Frames())
        {
            w.Write(second++);
            w.Write(0u);
            w.Write((uint)frame.Length);
            w.Write((uint)frame.Length);
            w.Write(frame);
        }
        return path;
    }

    [TsharkFact]
    public void Edge_elements_action_frames_and_bpdus_read_as_tshark_reads_them()
    {
        string capture = WriteCapture();
        try
        {
            var summary = ExternalTools.Tshark("-n", "-r", capture);
            var (code, ours) = SnifferRunner.Read(capture, []);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameLines(GoldenComparison.Lines(summary.StdOut), GoldenComparison.Lines(ours), capture, "summary");

            var expected = ExternalTools.Tshark("-n", "-r", capture, "-V");
            var (vCode, actual) = SnifferRunner.Run(new ReadSettings { File = capture, Details = true });
            Assert.Equal(0, vCode);
            DetailGoldenTests.AssertSameFrames(DetailFrames.Text(expected.StdOut), DetailFrames.Text(actual), capture, "-V");
        }
        finally
        {
            File.Delete(capture);
        }
    }
}
