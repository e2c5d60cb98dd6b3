using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files;

/// <summary>Files Sniffer writes, opened by tshark and capinfos 4.0: no warnings, same packets, same times.</summary>
public sealed class PcapngWriterTsharkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sniffer-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [TsharkFact]
    public void A_written_file_opens_in_tshark_without_warnings_with_every_field_we_wrote()
    {
        foreach (bool bigEndian in new[] { false, true })
        {
            string path = Path.Combine(_dir, $"written-{(bigEndian ? "be" : "le")}.pcapng");
            using (var writer = new PcapngWriter(File.Create(path), new PcapngWriterOptions
            {
                Hardware = "test rig", OperatingSystem = "Linux", Application = "Sniffer tests", BigEndian = bigEndian,
            }))
            {
                int eth = writer.AddInterface(new PcapngInterface
                {
                    LinkType = LinkType.Ethernet, SnapLength = 1000, Name = "eth0", Description = "Wired", Filter = "tcp port 80", OperatingSystem = "Linux 6.1",
                });
                int raw = writer.AddInterface(new PcapngInterface { LinkType = LinkType.Raw, Name = "tun0" });
                writer.WritePacket(eth, 1_795_298_537_886_771_022, EthernetFrame(), 1514, "Kommentar ☕");
                writer.WritePacket(raw, 1_795_298_537_886_771_023, Ipv4Packet(), Ipv4Packet().Length);
                writer.WritePacket(eth, 1_795_298_538_000_000_999, EthernetFrame(), EthernetFrame().Length);
                writer.WriteInterfaceStatistics(eth, new InterfaceStatistics
                {
                    StartTimeNs = 1_795_298_537_000_000_000, EndTimeNs = 1_795_298_539_000_000_000, Received = 3, DroppedByInterface = 0, DroppedByOs = 0,
                });
                writer.WriteInterfaceStatistics(raw, new InterfaceStatistics { Received = 1 });
            }

            var fields = ExternalTools.Tshark("-r", path, "-T", "fields", "-E", "separator=/t", "-e", "frame.time_epoch", "-e", "frame.len",
                "-e", "frame.cap_len", "-e", "frame.interface_name", "-e", "frame.interface_description", "-e", "frame.comment");

            Assert.Equal(0, fields.ExitCode);
            Assert.Equal("", fields.StdErr);
            Assert.Equal(
            [
                "1795298537.886771022\t1514\t60\teth0\tWired\tKommentar ☕",
                "1795298537.886771023\t20\t20\ttun0\t\t",
                "1795298538.000000999\t60\t60\teth0\tWired\t",
            ], fields.StdOut.TrimEnd('\n').Split('\n'));

            var capinfos = ExternalTools.Run("capinfos", ["-c", "-M", "-a", "-e", "-S", "-I", path]);
            Assert.Equal(0, capinfos.ExitCode);
            Assert.Contains("Number of packets:   3", capinfos.StdOut);
            Assert.Contains("First packet time:   1795298537.886771022", capinfos.StdOut);
            Assert.Contains("Last packet time:    1795298538.000000999", capinfos.StdOut);
            Assert.Contains("Filter string = tcp port 80", capinfos.StdOut);
            Assert.Contains("Operating system = Linux 6.1", capinfos.StdOut);
            Assert.Contains("Capture length = 1000", capinfos.StdOut);
            Assert.Contains("Time resolution = 0x09", capinfos.StdOut);
            Assert.Equal(2, CountOf(capinfos.StdOut, "Number of stat entries = 1"));
        }
    }

    /// <summary>
    /// Every corpus capture is copied through the reader and the writer (secrets placed after the interfaces,
    /// before the first packet, as editcap's inject-secrets does); tshark must print the copy exactly as the
    /// original — for https_dsb.pcapng that includes decrypting TLS with the copied Decryption Secrets Block.
    /// The time column is left out of the comparison: the copy always says nanoseconds (if_tsresol 9), so
    /// tshark prints 9 digits where a µs original had 6; the times themselves are compared as frame.time_epoch, which tshark always prints with 9 digits.
    /// </summary>
    [CorpusTsharkFact]
    public void A_corpus_capture_copied_through_reader_and_writer_reads_identically_in_tshark()
    {
        foreach (var original in Corpus.SharedCaptures())
        {
            string copy = Path.Combine(_dir, Path.GetFileNameWithoutExtension(original) + ".copy.pcapng");
            Copy(original, copy);

            var before = ExternalTools.Tshark("-n", "-r", original, "-o", ColumnsWithoutTime);
            var after = ExternalTools.Tshark("-n", "-r", copy, "-o", ColumnsWithoutTime);
            Assert.True(after.StdErr == "", $"{copy}: {after.StdErr}");
            Assert.True(before.StdOut == after.StdOut, $"{Path.GetFileName(original)}: tshark output differs after the copy");
            if (Path.GetFileName(original) == "https_dsb.pcapng")
                Assert.Contains("HTTP", after.StdOut);           // decrypted with the copied secrets

            string[] timesAndLengths = ["-T", "fields", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len", "-e", "frame.comment"];
            Assert.Equal(ExternalTools.Tshark(["-r", original, .. timesAndLengths]).StdOut, ExternalTools.Tshark(["-r", copy, .. timesAndLengths]).StdOut);
            var count = ExternalTools.Run("capinfos", ["-c", "-M", copy]).StdOut;
            Assert.Contains($"Number of packets:   {CaptureReading.ReadAll(CaptureFileReader.Open(original)).Frames.Count}", count);
        }
    }

    private const string ColumnsWithoutTime =
        "gui.column.format:\"No.\",\"%m\",\"Source\",\"%s\",\"Destination\",\"%d\",\"Protocol\",\"%p\",\"Length\",\"%L\",\"Info\",\"%i\"";

    private static void Copy(string from, string to)
    {
        using var reader = CaptureFileReader.Open(from);
        using var writer = new PcapngWriter(File.Create(to), new PcapngWriterOptions { Application = "Sniffer tests" });
        bool secretsWritten = false;
        int interfacesWritten = 0;
        while (reader.TryReadNext(out var frame))
        {
            for (; interfacesWritten < reader.Interfaces.Count; interfacesWritten++)
            {
                var iface = reader.Interfaces[interfacesWritten];
                writer.AddInterface(new PcapngInterface
                {
                    LinkType = iface.Link, SnapLength = iface.SnapLength, Name = iface.Name, Description = iface.Description,
                    Filter = iface.Filter, OperatingSystem = iface.OperatingSystem,
                });
            }
            if (!secretsWritten)
            {
                foreach (var secret in reader.DecryptionSecrets)
                    writer.WriteDecryptionSecrets(secret.SecretsType, secret.Data.Span);
                secretsWritten = true;
            }
            writer.WritePacket(frame.InterfaceId, frame.Timestamp, frame.Data.Span, frame.OriginalLength, frame.Comment);
        }
        Assert.Null(reader.Error);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>60 bytes: broadcast Ethernet II header with EtherType 0x88B5 (local experimental), zero payload.</summary>
    private static byte[] EthernetFrame() =>
        [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 1, 0x88, 0xB5, .. new byte[46]];

    /// <summary>A 20-byte IPv4 header (protocol 253, experimental) with a correct checksum, 10.0.0.1 → 10.0.0.2.</summary>
    private static byte[] Ipv4Packet() => Hex.Parse("45000014 00000000 40fd 65e7 0a000001 0a000002");
}
