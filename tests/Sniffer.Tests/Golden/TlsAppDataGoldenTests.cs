using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// packet-tls.c's record lines on Wireshark's own TLS captures (port 443, ALPN http/1.1 and h2, TLS 1.3 drafts), with
/// and without their key logs, against live tshark: each application-data record names the protocol the ALPN choice or
/// the tls.port table picks ("Application Data Protocol: Hypertext Transfer Protocol", tls.app_data_proto); a record
/// cut at a segment's end has its empty "Transport Layer Security" item (tls in frame.protocols, `-Y tls`); a frame
/// whose records come from a reassembled PDU and from the segment itself has two; version names include the drafts.
/// </summary>
public class TlsAppDataGoldenTests
{
    public static TheoryData<string, bool> Captures()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in new[] { "tls12-chacha20poly1305.pcap", "tls12-aes256gcm.pcap", "tls13-rfc8446.pcap", "tls12-dsb.pcapng", "http2-data-reassembly.pcap", "dhe1.pcapng.gz" })
            foreach (bool keys in new[] { true, false })
                data.Add(name, keys);
        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Record_lines_and_tls_items_are_tsharks(string name, bool withKeys)
    {
        string file = Path.Combine(Corpus.WiresharkCorpus, name);
        if (!File.Exists(file))
        {
            Console.WriteLine($"skipped: {Corpus.AbsentReason}");
            return;
        }
        string? keys = withKeys ? Corpus.KeyLogFor(file) : null;
        string[] keyArgs = keys is null ? [] : ["-o", "tls.keylog_file:" + keys];
        foreach (var args in new[]
        {
            (string[])["-n", "-r", file, .. keyArgs, "-T", "fields", "-e", "frame.number", "-e", "tls", "-e", "tls.app_data_proto", "-e", "tls.record.version",
                "-e", "tls.handshake.extensions.supported_version"],
            (string[])["-n", "-r", file, .. keyArgs, "-Y", "tls", "-T", "fields", "-e", "frame.number"],
        })
        {
            var theirs = ExternalTools.Tshark(args);
            var ours = SnifferProcess.Run(["read", .. args]);
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            Assert.True(theirs.StdOut == ours.StdOut, $"{string.Join(' ', args)} differs from tshark");
        }
        // The -V lines TLS writes for its items and records (HTTP/2's own tree is not dissected by Sniffer).
        string[] detail = ["-n", "-r", file, .. keyArgs, "-V"];
        static string[] RecordLines(string text) => [.. text.Split('\n').Where(l => l.StartsWith("Transport Layer Security", StringComparison.Ordinal)
            || l.Contains("Record Layer: ", StringComparison.Ordinal) || l.Contains("[Application Data Protocol: ", StringComparison.Ordinal))];
        var expected = RecordLines(ExternalTools.Tshark(detail).StdOut);
        var actual = RecordLines(SnifferProcess.Run(["read", .. detail]).StdOut);
        Assert.Equal(expected, actual);
    }
}
