using System.Text.Json;
using System.Text.RegularExpressions;
using Sniffer.Output;
using Sniffer.Pipeline;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// Issue 15: packet details (-V) and the machine formats (-T json, ek, pdml, psml) identical to tshark 4.0's on every
/// frame of every capture, decrypted with the key log beside it. One tshark run per capture and format (cached).
/// Absolute times print in the local zone; tshark inherits the test process's zone, and the cache keys on it.
/// </summary>
public class DetailGoldenTests
{
    /// <summary>
    /// Layers whose details Sniffer does not yet write as tshark 4.0 does: a frame carrying one of them is left out of
    /// the comparison (its other frames are compared). Each entry lapses when its layer's details are done.
    /// </summary>
    internal static readonly Dictionary<string, string> DetailsNotYet = new()
    {
    };

    /// <summary>
    /// Layers left out of the formats that print raw values (PDML's value/unmaskedvalue, EK) while Sniffer does not yet
    /// write them as tshark does. Empty: the names tshark registers twice (ip.version under IPv6, mDNS's class items) are
    /// second definitions in the catalog (FieldDef.SameNameAs), each with tshark's mask.
    /// </summary>
    private static readonly Dictionary<string, string> RawValuesNotYet = new()
    {
    };

    /// <summary>
    /// TLS frames whose tshark -V text shows a part Sniffer does not yet write as packet-tls-utils.c and the X.509 dissectors
    /// do (found per frame, from tshark's own -V of the capture, so every format leaves out the same frames). Every handshake
    /// message of TLS 1.2 and 1.3, certificates with the common attribute types and extensions, decrypted data, reassembly
    /// items and the resumption note are compared; what is listed here is not.
    /// </summary>
    private static readonly (Regex Pattern, string Reason)[] TlsNotYet =
    [
        (new(@"^\s+Handshake Type: (?!(Hello Request|Client Hello|Server Hello|New Session Ticket|End of Early Data|Encrypted Extensions|Certificate|Server Key Exchange|Certificate Request|Server Hello Done|Certificate Verify|Client Key Exchange|Finished|Key Update) \(\d+\)$)", RegexOptions.Compiled),
            "handshake messages outside TLS 1.2/1.3's usual set (HelloVerifyRequest, CertificateURL, CertificateStatus, compressed certificates)"),
        (new(@"^\s+Extension \((?!(id-ce-(subjectKeyIdentifier|keyUsage|subjectAltName|basicConstraints|authorityKeyIdentifier|extKeyUsage|cRLDistributionPoints|certificatePolicies)|id-pe-authorityInfoAccess)\)$)", RegexOptions.Compiled),
            "certificate extensions X509Dissector does not read (SCTs, name constraints, policy mappings, …)"),
        (new(@"^\s+(authorityCertIssuer|authorityCertSerialNumber|GeneralName: (otherName|x400Address|directoryName|ediPartyName|registeredID)|not(Before|After): generalizedTime|issuerUniqueIdentifier|subjectUniqueIdentifier|Id: 1\.3\.6\.1\.5\.5\.7\.2\.(?!(1|2) \()|reasons|cRLIssuer|distributionPoint: nameRelativeToCRLIssuer)\b", RegexOptions.Compiled),
            "certificate parts X509Dissector does not read yet"),
        (new(@"^\s+Object Id: (?!2\.5\.4\.(3|4|6|7|8|9|10|11|12|13|15|17|41|42|43|44) |1\.2\.840\.113549\.1\.9\.1 |0\.9\.2342\.19200300\.100\.1\.25 )", RegexOptions.Compiled),
            "name attribute types outside x509sat's directory strings, countryName, emailAddress and domainComponent (userid, …)"),
    ];

    /// <summary>The frames (0-based) of <paramref name="file"/> that carry a part in <see cref="TlsNotYet"/>.</summary>
    private static HashSet<int> TlsFramesNotYet(string file, List<DetailFrames.Block> expected)
    {
        var frames = new HashSet<int>();
        if (!expected.Any(b => b.Protocols.Contains("tls")))
            return frames;
        var text = DetailFrames.Text(ExternalTools.Tshark([.. TsharkArgs(file), "-V"]).StdOut);
        for (int i = 0; i < text.Count; i++)
            if (text[i].Protocols.Contains("tls") && (text[i].Lines.Any(l => TlsNotYet.Any(t => t.Pattern.IsMatch(l))) || HasExtensionNotYet(text[i].Lines)
                || HasClientKeyExchangeNotYet(text[i].Lines)))
                frames.Add(i);
        return frames;
    }

    /// <summary>
    /// Hello extensions whose bodies packet-tls-utils.c reads field by field and Sniffer does not yet (it shows their type
    /// and length only): cert_type, use_srtp, status_request_v2, the certificate types, token_binding, key_share (old),
    /// ticket_early_data_info, oid_filters, QUIC transport parameters, NPN, channel_id, encrypted_server_name.
    /// </summary>
    private static readonly HashSet<int> ExtensionsNotYet = [9, 14, 17, 19, 20, 24, 40, 46, 48, 57, 13172, 30031, 30032, 65445, 65486];

    private static readonly Regex ExtensionType = new(@"^\s+Type: .* \((\d+)\)$", RegexOptions.Compiled);

    /// <summary>Key exchange messages of the families Sniffer does not read (SRP, Kerberos, RSA-export parameters).</summary>
    private static bool HasClientKeyExchangeNotYet(string[] lines)
    {
        for (int i = 0; i + 3 < lines.Length; i++)
        {
            bool keyExchange = lines[i].EndsWith("Handshake Type: Client Key Exchange (16)", StringComparison.Ordinal)
                || lines[i].EndsWith("Handshake Type: Server Key Exchange (12)", StringComparison.Ordinal);
            if (keyExchange && lines[i + 2].Trim() is not ("EC Diffie-Hellman Client Params" or "EC Diffie-Hellman Server Params" or "Diffie-Hellman Client Params"
                or "Diffie-Hellman Server Params" or "RSA Encrypted PreMaster Secret" or "PSK Client Params" or "RSA PSK Client Params" or "PSK Server Params"))
                return true;
        }
        return false;
    }

    private static bool HasExtensionNotYet(string[] lines)
    {
        for (int i = 0; i + 1 < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith("Extension: ", StringComparison.Ordinal) && ExtensionType.Match(lines[i + 1]) is { Success: true } m
                && ExtensionsNotYet.Contains(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
                return true;
        return false;
    }

    /// <summary>Single frames that differ for a reason named here.</summary>
    private static readonly Dictionary<(string File, int Frame), string> KnownFrames = new()
    {
    };

    /// <summary>Single frames that differ in one format only, for a reason named here; the other formats compare them.</summary>
    private static readonly Dictionary<(string File, int Frame, string Format), string> KnownFramesIn = new()
    {
        [("wifi-radiotap.pcap", 16, "-T pdml")] = "radiotap VHT data rate: tshark 4.0's PDML gives the item pos=\"56\" size=\"12\" while its value is the 12 "
            + "bytes of the VHT field at 26 (the item is added over the whole field with an offset past it); -V, JSON and EK agree",
        [("login-edge-cases.pcap", 101, "-T pdml")] = "IMAP LOGIN with a one-character password, malformed in both: tshark's PDML gives its "
            + "[Malformed Packet] item the position of the tvb its exception unwound to (14), Sniffer the frame's start; -V, JSON and EK agree",
    };

    /// <summary>
    /// Captures left out whole: the lab pot's captures are compared with tshark's HTTP heuristic off (it would hold the
    /// pot's bytes forever) and Sniffer's HTCPCP off, so tshark reads the web app's and the pot's bytes as data where
    /// Sniffer's HTTP heuristic reads them as HTTP; their HTCPCP details are checked with the Lua dissector
    /// (Lua/HtcpcpLuaTsharkTests).
    /// </summary>
    private static readonly string[] NotCompared = ["htcpcp-lab.pcapng", "htcpcp-web.pcapng"];

    private static bool Skipped(string file)
    {
        if (!NotCompared.Contains(Path.GetFileName(file)))
            return false;
        Console.WriteLine($"{Path.GetFileName(file)}: not compared (DetailGoldenTests.NotCompared)");
        return true;
    }

    /// <summary>Frame by frame: the same number of frames, and each frame whose layers are all done identical to tshark's.</summary>
    internal static void AssertSameFrames(List<DetailFrames.Block> expected, List<DetailFrames.Block> actual, string file, string what,
        bool rawValues = false)
    {
        Assert.True(expected.Count == actual.Count, $"{Path.GetFileName(file)} {what}: tshark has {expected.Count} frames, sniffer {actual.Count}");
        int compared = 0;
        var tlsNotYet = TlsFramesNotYet(file, expected);
        for (int i = 0; i < expected.Count; i++)
        {
            if (expected[i].Protocols.Any(DetailsNotYet.ContainsKey) || tlsNotYet.Contains(i) || KnownFrames.ContainsKey((Path.GetFileName(file), i + 1))
                || KnownFramesIn.ContainsKey((Path.GetFileName(file), i + 1, what))
                || (rawValues && expected[i].Protocols.Any(RawValuesNotYet.ContainsKey)))
                continue;
            GoldenComparison.AssertSameLines(expected[i].Lines, actual[i].Lines, file, $"{what} (frame {i + 1})");
            compared++;
        }
        Console.WriteLine($"{Path.GetFileName(file)} {what}: {compared} of {expected.Count} frames compared (the rest carry a layer in DetailsNotYet or a part in TlsNotYet)");
    }

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Packet_details_match_tshark_on_sample_captures(string relativePath) => AssertDetails(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Packet_details_match_tshark_on_the_shared_corpus(string relativePath) => AssertDetails(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Json_matches_tshark_on_sample_captures(string relativePath) => AssertJson(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Json_matches_tshark_on_the_shared_corpus(string relativePath) => AssertJson(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Ek_matches_tshark_on_sample_captures(string relativePath) => AssertEk(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Ek_matches_tshark_on_the_shared_corpus(string relativePath) => AssertEk(relativePath);

    [TsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SampleCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Pdml_and_psml_match_tshark_on_sample_captures(string relativePath) => AssertXml(relativePath);

    [CorpusTsharkTheory]
    [MemberData(nameof(FoundationGoldenTests.SharedCaptures), MemberType = typeof(FoundationGoldenTests))]
    public void Pdml_and_psml_match_tshark_on_the_shared_corpus(string relativePath) => AssertXml(relativePath);

    /// <summary>
    /// What tshark is told beside the capture: its key log. (HTCPCP is off in Sniffer for the comparison, as tshark has
    /// none: then both give the lab pot's "BREW /pot-1 HTTP/1.1" to HTTP by its http_tcp heuristic, and both show the
    /// bytes HTTP cannot read as nothing.)
    /// </summary>
    internal static string[] TsharkArgs(string file)
    {
        var args = new List<string> { "-n", "-r", file };
        args.AddRange(FoundationGoldenTests.TsharkKeyLog(file));
        return [.. args];
    }

    internal static ReadSettings Settings(string file) => new()
    {
        File = file,
        KeyLogFile = Corpus.KeyLogFor(file),
        DisabledProtocols = FoundationGoldenTests.TsharkHasNo,
    };

    private static void AssertDetails(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (Skipped(file))
            return;
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-V"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Details = true });
        Assert.Equal(0, code);
        AssertSameFrames(DetailFrames.Text(expected.StdOut), DetailFrames.Text(actual), file, "-V");
    }

    private static void AssertJson(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (Skipped(file))
            return;
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", "json"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = MachineFormat.Json });
        Assert.Equal(0, code);
        AssertSameFrames(DetailFrames.Json(expected.StdOut), DetailFrames.Json(actual), file, "-T json");
        // And it is JSON: an array with one object per frame, each with _index, _type, _score and _source.layers.
        using var document = JsonDocument.Parse(actual);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        foreach (var packet in document.RootElement.EnumerateArray())
            Assert.Equal(JsonValueKind.Object, packet.GetProperty("_source").GetProperty("layers").ValueKind);
    }

    private static void AssertEk(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (Skipped(file))
            return;
        var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", "ek"]);
        Assert.Equal(0, expected.ExitCode);
        var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = MachineFormat.Ek });
        Assert.Equal(0, code);
        AssertSameFrames(DetailFrames.Ek(expected.StdOut), DetailFrames.Ek(actual), file, "-T ek", rawValues: true);
        AssertBulkFormat(actual);
    }

    /// <summary>Elasticsearch's bulk format: an index action line, then the packet's document, one JSON object per line.</summary>
    internal static void AssertBulkFormat(string ek)
    {
        var lines = ek.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length % 2 == 0, "index and document lines come in pairs");
        for (int i = 0; i < lines.Length; i += 2)
        {
            using var action = JsonDocument.Parse(lines[i]);
            Assert.StartsWith("packets-", action.RootElement.GetProperty("index").GetProperty("_index").GetString());
            using var doc = JsonDocument.Parse(lines[i + 1]);
            Assert.True(doc.RootElement.TryGetProperty("timestamp", out _));
            Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("layers").ValueKind);
        }
    }

    private static void AssertXml(string relativePath)
    {
        string file = Path.Combine(Corpus.RepoRoot, relativePath);
        if (Skipped(file))
            return;
        List<DetailFrames.Block>? pdml = null;
        foreach (var (format, name) in new[] { (MachineFormat.Pdml, "pdml"), (MachineFormat.Psml, "psml") })
        {
            var expected = ExternalTools.Tshark([.. TsharkArgs(file), "-T", name]);
            Assert.Equal(0, expected.ExitCode);
            var (code, actual) = SnifferRunner.Run(Settings(file) with { Output = PacketOutput.Machine, Machine = format });
            Assert.Equal(0, code);
            var expectedLines = WithoutCreator(expected.StdOut);
            var actualLines = WithoutCreator(actual);
            // Outside the packets (the preamble, PSML's column titles) the documents are the same.
            GoldenComparison.AssertSameLines(expectedLines.TakeWhile(l => l.Trim() != "<packet>").ToArray(),
                actualLines.TakeWhile(l => l.Trim() != "<packet>").ToArray(), file, "-T " + name + " (preamble)");
            var frames = DetailFrames.Xml(expectedLines, pdml);
            AssertSameFrames(frames, DetailFrames.Xml(actualLines, pdml), file, "-T " + name, rawValues: format == MachineFormat.Pdml);
            pdml ??= frames;
            // The document parses as XML.
            System.Xml.Linq.XDocument.Parse(actual);
        }
    }

    /// <summary>
    /// The preamble names the program, its version and the time of the run, and PDML's comment says where tshark's
    /// stylesheet is installed: those lines are left out of the comparison (their shape is checked elsewhere).
    /// </summary>
    internal static string[] WithoutCreator(string text) => GoldenComparison.Lines(text)
        .Where(l => !l.StartsWith("<pdml ", StringComparison.Ordinal) && !l.StartsWith("<psml ", StringComparison.Ordinal)
            && !l.StartsWith("<!-- You can find pdml2html.xsl", StringComparison.Ordinal))
        .ToArray();
}
