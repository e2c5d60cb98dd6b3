using Sniffer.Dissectors.Protocols.Ftp;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Logins;

/// <summary>
/// What tshark 4.0's second pass (-2) adds to FTP: on a command frame the summary of the data connection it was given
/// (ftp.command-response.*, ftp.setup-frame), on the announcing frame the command (ftp.command, ftp.command-frame). The
/// rules pinned here beside the sample captures: a data connection takes the first request after its announcement,
/// whatever the command; and the second pass, which starts from the data connection the first pass announced last,
/// gives that connection its first request when the first pass gave it none.
/// </summary>
public class FtpTwoPassTests
{
    private static readonly string[] Fields =
    [
        "frame.number", .. FtpFields.Declarations.SelectMany(d => d.Fields).Select(f => f.Abbrev), "_ws.col.Info",
    ];

    private static void AssertSameAsTshark(TcpCaptureBuilder capture, bool twoPass)
    {
        string path = capture.WriteTemporaryPcap();
        try
        {
            var expected = ExternalTools.Tshark(["-n", .. twoPass ? new[] { "-2" } : [], "-r", path, "-T", "fields", "-E", "header=y",
                .. Fields.SelectMany(f => new[] { "-e", f })]);
            Assert.True(expected.ExitCode == 0, expected.StdErr);
            var (code, actual) = SnifferRunner.Read(path, Fields, twoPass: twoPass);
            Assert.Equal(0, code);
            GoldenComparison.AssertSameFields(expected.StdOut, actual, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static TcpCaptureBuilder Control() => new(clientPort: 40000, serverPort: 21);

    [TsharkTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_data_connection_takes_the_first_request_after_it_was_announced(bool twoPass)
        => AssertSameAsTshark(Control()
            .Response("220 ready\r\n")
            .Request("PASV\r\n").Response("227 Entering Passive Mode (10,0,0,2,200,10).\r\n")
            .Request("TYPE I\r\n").Response("200 Binary.\r\n")
            .Request("RETR notes.txt\r\n").Response("150 Opening.\r\n")
            .Request("PORT 10,0,0,1,156,64\r\n").Response("200 PORT OK.\r\n")
            .Request("LIST\r\n").Response("150 Here it comes.\r\n")
            .Request("QUIT\r\n").Response("221 Bye.\r\n")
            .Fin(StreamDirection.ServerToClient).Fin(StreamDirection.ClientToServer), twoPass);

    [TsharkTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_second_pass_gives_the_last_announced_connection_without_a_command_the_first_request(bool twoPass)
        => AssertSameAsTshark(Control()
            .Response("220 ready\r\n")
            .Request("USER student\r\n").Response("331 Password?\r\n")
            .Request("PASS secret\r\n").Response("230 In.\r\n")
            .Request("EPSV\r\n").Response("229 Entering Extended Passive Mode (|||51000|)\r\n")
            .Request("NOOP\r\n").Response("200 OK.\r\n")
            .Request("PASV\r\n").Response("227 Entering Passive Mode (10,0,0,2,200,11).\r\n"), twoPass);

    [Theory]
    [InlineData(0L, 0L, 0)]
    [InlineData(1_000_000_000L, 1_000_400_000L, 0)] // 0.4 ms rounds down
    [InlineData(1_000_000_000L, 1_000_500_000L, 1)] // 0.5 ms rounds up
    [InlineData(1_000_900_000L, 2_000_100_000L, 1000)] // 1 s and -800,000 ns: (-800,000 + 500,000) / 10^6 is 0 in C
    [InlineData(1_000_000_000L, 3_234_567_891L, 2235)]
    public void Durations_are_rounded_as_packet_ftp_rounds_them(long first, long last, int expected)
        => Assert.Equal(expected, FtpDissector.DurationMilliseconds(first, last));

    [Theory]
    [InlineData(134u, 11, 97u)]
    [InlineData(134u, 1235, 0u)]
    [InlineData(1_000_000u, 8, 1_000_000u)]
    [InlineData(134u, 0, 0u)] // an infinite rate converts to 0 on x86-64
    [InlineData(0u, 0, 0u)] // and so does NaN
    public void Bitrates_convert_as_packet_ftp_converts_them(uint bytes, int gapMs, uint expected)
        => Assert.Equal(expected, FtpDissector.Kbps(bytes, gapMs));
}
