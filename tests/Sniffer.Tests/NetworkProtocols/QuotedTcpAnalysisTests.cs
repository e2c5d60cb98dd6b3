using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.NetworkProtocols;

/// <summary>
/// A TCP header quoted in an ICMP error gets "[SEQ/ACK analysis]" only where packet-tcp.c 4.0 made an analysis record
/// for the frame before it knew the header was quoted: a quoted SYN with the ISN its conversation already has (empty) or
/// with another ISN (a new conversation, flagged as reusing the ports). A second pass (-2) looks the record up under the
/// sequence number plus the flow's base sequence number as the first pass left it, so it shows the record only where that
/// base is 0 (an ISN of 0, a conversation only quoted headers made). Any other quoted header has none. Checked against
/// tshark, one pass and two.
/// </summary>
public sealed class QuotedTcpAnalysisTests : IDisposable
{
    private static readonly byte[] Client = [10, 0, 0, 1], Server = [10, 0, 1, 5], Router = [10, 0, 0, 254];
    private readonly string _capture = Path.Combine(Path.GetTempPath(), $"sniffer-quoted-tcp-{Environment.ProcessId}.pcap");

    public QuotedTcpAnalysisTests()
    {
        byte[] syn = Segment(Client, Server, 40000, 80, 1000, 0, 0x02);
        byte[] data = Segment(Client, Server, 40001, 80, 3001, 7001, 0x18, "hello"u8);
        byte[] zeroIsn = Segment(Client, Server, 40003, 80, 0, 0, 0x02);
        PcapFile.Write(_capture,
        [
            Error(Segment(Client, Server, 40002, 80, 9000, 0, 0x02)), // a quoted SYN before its conversation
            Frame(syn),
            Error(syn),                                                // the same ISN again
            Frame(Segment(Server, Client, 80, 40000, 5000, 1001, 0x12)),
            Error(Segment(Client, Server, 40000, 80, 1077, 0, 0x02)),  // another ISN: the ports reused
            Frame(Segment(Client, Server, 40001, 80, 3000, 0, 0x02)),
            Frame(Segment(Server, Client, 80, 40001, 7000, 3001, 0x12)),
            Frame(data),
            Error(data),                                               // a data segment
            Error(zeroIsn),                                            // ISN 0, no conversation yet
            Frame(zeroIsn),
            Error(zeroIsn),                                            // ISN 0 again
        ]);
    }

    public void Dispose() => File.Delete(_capture);

    [TsharkTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Quoted_headers_show_the_analysis_tshark_shows(bool twoPass)
    {
        string[] pass = twoPass ? ["-2"] : [];
        var expected = ExternalTools.Tshark(["-n", .. pass, "-r", _capture, "-V"]);
        Assert.True(expected.ExitCode == 0, expected.StdErr);
        var actual = SnifferProcess.Run(["read", "-n", .. pass, "-r", _capture, "-V"]);
        Assert.True(actual.ExitCode == 0, actual.StdErr);
        var lines = AnalysisLines(expected.StdOut);
        Assert.Equal(lines, AnalysisLines(actual.StdOut));
        // The cases are there: the quoted SYN with the same ISN shows its empty analysis in one pass only.
        if (twoPass)
            Assert.DoesNotContain("Frame 3: [SEQ/ACK analysis]", lines);
        else
            Assert.Contains("Frame 3: [SEQ/ACK analysis]", lines);
    }

    /// <summary>Each frame's stream and analysis lines (the SEQ/ACK analysis items and the flags under them).</summary>
    private static List<string> AnalysisLines(string details)
    {
        var lines = new List<string>();
        string frame = "";
        foreach (var line in GoldenComparison.Lines(details))
        {
            if (line.StartsWith("Frame ", StringComparison.Ordinal))
                frame = line[..line.IndexOf(':')];
            else if (Regex.IsMatch(line, @"SEQ/ACK analysis|TCP Analysis Flags|same ports as an earlier session|Stream index"))
                lines.Add($"{frame}: {line.Trim()}");
        }
        return lines;
    }

    private static byte[] Frame(byte[] ip) => NetworkFrames.Ethernet(0x0800, ip);

    /// <summary>The router's ICMP time exceeded to the client, quoting <paramref name="quoted"/>.</summary>
    private static byte[] Error(byte[] quoted)
    {
        var icmp = new byte[8 + quoted.Length];
        icmp[0] = 11;
        quoted.CopyTo(icmp, 8);
        return Frame(Ipv4(Router, Client, 1, icmp));
    }

    private static byte[] Segment(byte[] source, byte[] destination, ushort srcPort, ushort dstPort, uint seq, uint ack, byte flags,
        ReadOnlySpan<byte> payload = default)
    {
        var tcp = new byte[20 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(tcp, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(2), dstPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(4), seq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(8), ack);
        tcp[12] = 0x50;
        tcp[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(14), 64240);
        payload.CopyTo(tcp.AsSpan(20));
        return Ipv4(source, destination, 6, tcp);
    }

    private static byte[] Ipv4(byte[] source, byte[] destination, byte protocol, byte[] payload)
    {
        var ip = new byte[20 + payload.Length];
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(2), (ushort)ip.Length);
        ip[8] = 64;
        ip[9] = protocol;
        source.CopyTo(ip, 12);
        destination.CopyTo(ip, 16);
        payload.CopyTo(ip.AsSpan(20));
        return ip;
    }
}
