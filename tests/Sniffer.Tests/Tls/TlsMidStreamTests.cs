using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Tls;

/// <summary>
/// TLS on its port in a stream whose records are not where a segment starts (a capture begun in the middle of a
/// download): bytes that open no record are "Continuation Data" while the session's version is unknown and an
/// "Ignored Unknown Record" once a record stated it; a segment opening with four printable characters is not TLS's
/// at all. Summary lines and packet details, in one pass and two, as live tshark shows them.
/// </summary>
public sealed class TlsMidStreamTests
{
    private static byte[] Noise(byte first, int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
            bytes[i] = (byte)(i * 37 + 11);
        bytes[0] = first;
        return bytes;
    }

    [TsharkFact]
    public void Bytes_that_open_no_record_are_continuation_data_then_an_ignored_record_and_text_is_not_tls()
    {
        var b = new TcpCaptureBuilder(40010, 443);
        b.Send(StreamDirection.ServerToClient, Noise(0x0f, 900));       // the tail of a record begun before the capture
        b.Request("plain words, no record\n");                          // four printable bytes first: not TLS's
        b.Send(StreamDirection.ServerToClient, [0x15, 3, 3, 0, 26, .. Noise(0x80, 26)]); // an encrypted alert: TLS 1.2
        b.Send(StreamDirection.ServerToClient, Noise(0x0f, 300));        // bytes opening no record, version known
        string path = b.WriteTemporaryPcap();
        try
        {
            foreach (string[] mode in new[] { new[] { "-n" }, ["-n", "-V"], ["-n", "-2"], ["-n", "-2", "-V"] })
            {
                var expected = ExternalTools.Tshark([.. mode, "-r", path]);
                var actual = SnifferProcess.Run(["read", .. mode, "-r", path]);
                Assert.Equal(0, actual.ExitCode);
                GoldenComparison.AssertSameLines(GoldenComparison.Lines(expected.StdOut), GoldenComparison.Lines(actual.StdOut), path,
                    string.Join(' ', mode));
            }
            var summary = SnifferProcess.Run("read", "-n", "-r", path).StdOut;
            Assert.Contains("SSL", summary);
            Assert.Contains("Continuation Data", summary);
            Assert.Contains("Ignored Unknown Record", SnifferProcess.Run("read", "-n", "-2", "-r", path).StdOut);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
