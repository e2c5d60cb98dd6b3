using System.Diagnostics;
using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Ftp;
using Sniffer.Dissectors.Protocols.Imap;
using Sniffer.Dissectors.Protocols.Imf;
using Sniffer.Dissectors.Protocols.Pop;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Logins;

/// <summary>
/// FTP (with FTP-DATA), POP, IMAP and the IMF they carry beside tshark 4.0 on the login captures (issue 13's
/// credentials): every field those protocols declare, the Protocol and Info columns, and -z credentials/expert in one
/// tshark run each; then hostile input (garbage, lines cut anywhere, a literal that never ends) with no exception and
/// linear work. The -V/JSON/PDML sweeps of every sample capture (DetailGoldenTests) cover these captures too.
/// </summary>
public class ClearTextLoginGoldenTests
{
    public static readonly string[] Captures =
    [
        "sample_captures/ftp-login-transfers.pcapng", "sample_captures/pop-login-retr.pcapng", "sample_captures/imap-login.pcapng",
        "sample_captures/login-edge-cases.pcap",
    ];

    public static IEnumerable<object[]> CaptureData() => Captures.Select(c => new object[] { c });

    /// <summary>Every field FTP, FTP-DATA, POP, IMAP and IMF declare, and the columns and protocol path of each frame.</summary>
    private static readonly string[] Fields =
    [
        "frame.number", "frame.protocols", "_ws.col.Protocol", "_ws.col.Info", "tcp.stream",
        .. FtpFields.Declarations.SelectMany(d => d.Fields).Select(f => f.Abbrev),
        .. PopFields.Declaration.Fields.Select(f => f.Abbrev),
        .. ImapFields.Declaration.Fields.Select(f => f.Abbrev),
        .. ImfFields.Declaration.Fields.Select(f => f.Abbrev),
        "ftp", "ftp-data", "pop", "imap", "imf", "data-text-lines", "_ws.expert.message",
    ];

    [TsharkTheory]
    [MemberData(nameof(CaptureData))]
    public void Every_login_protocol_field_matches_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        GoldenComparison.AssertFieldsMatchTshark(file, Fields);
    }

    [TsharkTheory]
    [MemberData(nameof(CaptureData))]
    public void Credentials_and_expert_statistics_match_tshark(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        string[] statistics = ["credentials", "expert"];
        var expected = ExternalTools.Tshark(["-n", "-q", "-r", file, "-z", "credentials", "-z", "expert"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Read(file, [], statistics: statistics, quiet: true);
        Assert.Equal(0, code);
        Assert.Equal(expected.StdOut, actual);
    }

    /// <summary>The credentials the lab captures hold, as tshark lists them (a regression check that needs no tshark).</summary>
    [Fact]
    public void Credentials_list_the_lab_logins()
    {
        string ftp = Path.Combine(Corpus.RepoRoot, Captures[0]);
        var (code, output) = SnifferRunner.Read(ftp, [], statistics: ["credentials"], quiet: true);
        Assert.Equal(0, code);
        Assert.Contains("FTP              student          Username in packet: ", output, StringComparison.Ordinal);
        string imap = Path.Combine(Corpus.RepoRoot, Captures[2]);
        (code, output) = SnifferRunner.Read(imap, [], statistics: ["credentials"], quiet: true);
        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n').Count(l => l.Contains("IMAP             student", StringComparison.Ordinal)));
    }

    /// <summary>Random bytes and every cut of the lab's lines, on each protocol's port and in both directions: never an exception.</summary>
    [Theory]
    [InlineData((ushort)21)]
    [InlineData((ushort)110)]
    [InlineData((ushort)143)]
    public void Garbage_and_cut_lines_never_throw(ushort port)
    {
        var random = new Random(port);
        string[] lines =
        [
            "USER alice\r\n", "PASS x\r\n", "227 Entering Passive Mode (1,2,3,4,5,6)\r\n", "229 (|||77|)\r\n", "EPRT |2|::1|9|\r\n",
            "257 \"/a\"\"b\"\r\n", "+OK 30 octets\r\n", "RETR 1\r\n", "From: a@b, c <d@e>\r\nTo: g: h@i;\r\n\r\nbody\r\n.\r\n",
            "a1 LOGIN u p\r\n", "* 1 FETCH (BODY[] {5}\r\nhello)\r\n", "* 2 FETCH (", "a2 UID COPY 1 x\r\n", "+ \r\n",
        ];
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry());
        var connection = new SyntheticTcpConnection(dissector, serverPort: port);
        for (int round = 0; round < 300; round++)
        {
            var direction = random.Next(2) == 0 ? StreamDirection.ClientToServer : StreamDirection.ServerToClient;
            byte[] bytes;
            if (random.Next(3) == 0)
            {
                bytes = new byte[random.Next(1, 200)];
                random.NextBytes(bytes);
            }
            else
            {
                var line = Encoding.ASCII.GetBytes(lines[random.Next(lines.Length)]);
                bytes = line[..random.Next(1, line.Length + 1)];
            }
            connection.Send(direction, bytes);
        }
        connection.Close(StreamDirection.ClientToServer);
        connection.Close(StreamDirection.ServerToClient);
    }

    /// <summary>
    /// A FETCH literal announced as 8 MB and sent in 1-byte to 1460-byte segments, and a 4 MB line without an end, cost
    /// work linear in their bytes: far below what rescanning the pending bytes on every segment would take.
    /// </summary>
    [Fact]
    public void Long_imap_literal_and_long_line_are_linear()
    {
        var dissector = new PacketDissector(DefaultDissectors.CreateRegistry());
        var connection = new SyntheticTcpConnection(dissector, serverPort: 143);
        const int size = 8 << 20;
        var literal = new byte[size + 64];
        var head = Encoding.ASCII.GetBytes($"* 1 FETCH (BODY[] {{{size}}}\r\n");
        head.CopyTo(literal, 0);
        literal.AsSpan(head.Length, size).Fill((byte)'a');
        Encoding.ASCII.GetBytes(")\r\nz OK\r\n").CopyTo(literal, head.Length + size);
        var clock = Stopwatch.StartNew();
        connection.SendInSegments(StreamDirection.ServerToClient, literal.AsSpan(0, head.Length + size + 9), [1460, 1, 700]);
        var line = new byte[4 << 20];
        line.AsSpan().Fill((byte)'b');
        connection.SendInSegments(StreamDirection.ClientToServer, line, [1460]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
