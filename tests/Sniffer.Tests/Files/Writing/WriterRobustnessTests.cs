using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Files;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files.Writing;

/// <summary>
/// Regression tests for the writing defects of issue 11, each with its reproducer built here from bytes:
/// packets whose original length is below their captured length, writing over the input, the mode of
/// files that hold secrets, and what inject-secrets embeds.
/// </summary>
public class WriterRobustnessTests
{
    private static readonly byte[] Payload = [.. Enumerable.Range(0, 80).Select(i => (byte)i)];

    private static byte[] ShortOriginalLengthCapture() => new PcapngFixture()
        .SectionHeader()
        .InterfaceDescription(1, 0)
        .EnhancedPacket(0, 1_000_000, Payload, originalLength: 20)
        .EnhancedPacket(0, 2_000_000, Payload, originalLength: 0)
        .ToArray();

    private static byte[] ShortOriginalLengthPcap()
    {
        var bytes = new List<byte>();
        bytes.AddRange(BitConverter.GetBytes(0xA1B2C3D4u));
        bytes.AddRange(BitConverter.GetBytes((ushort)2));
        bytes.AddRange(BitConverter.GetBytes((ushort)4));
        bytes.AddRange(new byte[8]);
        bytes.AddRange(BitConverter.GetBytes(65535u));
        bytes.AddRange(BitConverter.GetBytes(1u));
        bytes.AddRange(BitConverter.GetBytes(1u));
        bytes.AddRange(BitConverter.GetBytes(2u));
        bytes.AddRange(BitConverter.GetBytes((uint)Payload.Length));
        bytes.AddRange(BitConverter.GetBytes(10u));                // original 10 < captured 80
        bytes.AddRange(Payload);
        return [.. bytes];
    }

    [Theory]
    [InlineData("read")]
    [InlineData("inject-secrets")]
    [InlineData("edit")]
    [InlineData("read-pcap")]
    public void A_packet_whose_original_length_is_below_its_captured_length_is_written_as_read(string command)
    {
        string input = CopyMetadata.Temp(command == "read-pcap" ? "in.pcap" : "in.pcapng"), output = CopyMetadata.Temp("out.pcapng");
        string keys = CopyMetadata.Temp("keys.log");
        File.WriteAllBytes(input, command == "read-pcap" ? ShortOriginalLengthPcap() : ShortOriginalLengthCapture());
        File.WriteAllText(keys, $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n");
        try
        {
            var r = command switch
            {
                "inject-secrets" => SnifferProcess.Run("inject-secrets", "-r", input, "--keylog", keys, "-w", output, "--all-keys"),
                "edit" => SnifferProcess.Run("edit", input, output),
                _ => SnifferProcess.Run("read", "-r", input, "-q", "-w", output),
            };

            Assert.True(r.ExitCode == 0, r.StdErr);
            Assert.DoesNotContain("Exception", r.StdErr);
            var original = CaptureReading.ReadAll(CaptureFileReader.Open(input));
            var copy = CaptureReading.ReadAll(CaptureFileReader.Open(output));
            Assert.Null(copy.Error);
            Assert.Equal(original.Frames.Select(f => (f.OriginalLength, f.Data.Length)), copy.Frames.Select(f => (f.OriginalLength, f.Data.Length)));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
            File.Delete(keys);
        }
    }

    public static IEnumerable<object[]> OverwriteCommands() =>
    [
        [new[] { "read", "-r", "IN", "-w", "OUT" }],
        [new[] { "read", "-r", "IN", "-q", "-w", "OUT", "-F", "pcap" }],
        [new[] { "inject-secrets", "-r", "IN", "--keylog", "KEYS", "-w", "OUT" }],
        [new[] { "edit", "IN", "OUT", "1" }],
        [new[] { "edit", "--inject-secrets", "tls,KEYS", "--all-keys", "IN", "OUT" }],
        [new[] { "merge", "-w", "OUT", "OTHER", "IN" }],
    ];

    [Theory]
    [MemberData(nameof(OverwriteCommands))]
    public void No_command_writes_over_its_input_by_name_symlink_or_hard_link(string[] arguments)
    {
        string dir = CopyMetadata.Temp("overwrite");
        Directory.CreateDirectory(dir);
        try
        {
            string input = Path.Combine(dir, "in.pcapng"), other = Path.Combine(dir, "other.pcapng"), keys = Path.Combine(dir, "keys.log");
            byte[] original = CompressionFixtures.SmallPcapng();
            File.WriteAllBytes(input, original);
            File.WriteAllBytes(other, original);
            File.WriteAllText(keys, $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n");
            File.CreateSymbolicLink(Path.Combine(dir, "link.pcapng"), input);
            bool hardLinked = ExternalTools.Run("ln", [input, Path.Combine(dir, "hard.pcapng")]).ExitCode == 0;
            string relative = Path.Combine(dir, ".", "in.pcapng");
            foreach (string output in new[] { input, relative, Path.Combine(dir, "link.pcapng") }.Concat(hardLinked ? [Path.Combine(dir, "hard.pcapng")] : []))
            {
                string[] args = [.. arguments.Select(a => a switch { "IN" => input, "OUT" => output, "OTHER" => other, "KEYS" => keys, _ => a })];
                var r = SnifferProcess.Run(args);

                Assert.Equal(1, r.ExitCode);
                Assert.Equal($"sniffer: The output file \"{output}\" is the input file \"{input}\"; writing it would destroy what is being read (nothing was written)\n", r.StdErr);
                Assert.Equal(original, File.ReadAllBytes(input));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Files_that_hold_secrets_are_created_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
            return;                                                   // no Unix modes: nothing to check
        string dir = CopyMetadata.Temp("modes");
        Directory.CreateDirectory(dir);
        try
        {
            string plain = Path.Combine(dir, "plain.pcapng"), withDsb = Path.Combine(dir, "dsb.pcapng"), keys = Path.Combine(dir, "keys.log");
            File.WriteAllBytes(plain, new PcapngFixture().SectionHeader().InterfaceDescription(1, 0).EnhancedPacket(0, 5, Payload).ToArray());
            File.WriteAllBytes(withDsb, CompressionFixtures.SmallPcapng());
            string oneLinkDsb = Path.Combine(dir, "one-link-dsb.pcapng");
            File.WriteAllBytes(oneLinkDsb, new PcapngFixture().SectionHeader().InterfaceDescription(1, 0)
                .DecryptionSecrets(DecryptionSecret.TlsKeyLog, "CLIENT_RANDOM 00 11\n"u8.ToArray()).EnhancedPacket(0, 5, Payload).ToArray());
            File.WriteAllText(keys, $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n");
            var cases = new (string Output, string[] Args, bool Secret)[]
            {
                ("injected.pcapng", ["inject-secrets", "-r", plain, "--keylog", keys, "--all-keys", "-w", "OUT"], true),
                ("edited.pcapng.gz", ["edit", "--inject-secrets", "tls," + keys, "--all-keys", plain, "OUT"], true),
                ("copy-of-dsb.pcapng", ["read", "-r", withDsb, "-q", "-w", "OUT"], true),
                ("merged.pcapng", ["merge", "-w", "OUT", plain, withDsb], true),
                ("copy-without.pcap", ["read", "-r", oneLinkDsb, "-q", "-F", "pcap", "-w", "OUT"], false),
                ("discarded.pcapng", ["edit", "--discard-all-secrets", withDsb, "OUT"], false),
            };
            foreach (var (name, args, secret) in cases)
            {
                string output = Path.Combine(dir, name);
                File.WriteAllBytes(output, []);
                File.SetUnixFileMode(output, (UnixFileMode)Convert.ToInt32("644", 8));   // an older file of that name must not keep its mode
                var r = SnifferProcess.Run([.. args.Select(a => a == "OUT" ? output : a)]);
                Assert.True(r.ExitCode == 0, $"{name}: {r.StdErr}");
                var mode = File.GetUnixFileMode(output);
                if (secret)
                    Assert.True(mode == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{name} is {mode}");
                else
                    Assert.True(mode.HasFlag(UnixFileMode.GroupRead), $"{name} is {mode}: a file without secrets keeps the usual mode");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Inject_secrets_embeds_only_valid_key_lines_of_the_captures_sessions_unless_all_keys()
    {
        string dir = CopyMetadata.Temp("inject");
        Directory.CreateDirectory(dir);
        try
        {
            string capture = Path.Combine(Corpus.SampleCaptures, "tls13-echo.pcapng");
            string keys = Path.Combine(dir, "keys.log"), output = Path.Combine(dir, "out.pcapng"), all = Path.Combine(dir, "all.pcapng");
            string used = File.ReadAllText(Path.Combine(Corpus.SampleCaptures, "tls13-echo.keys"));
            string unrelated = $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}";
            File.WriteAllText(keys, "# password=hunter2\n" + used + "CLIENT_RANDOM nothex\nGARBAGE LINE HERE\n" + unrelated + "\n");

            var r = SnifferProcess.Run("inject-secrets", "-r", capture, "--keylog", keys, "-w", output);
            var rAll = SnifferProcess.Run("edit", "--inject-secrets", "tls," + keys, "--all-keys", capture, all);

            Assert.Equal(0, r.ExitCode);
            Assert.Equal(0, rAll.ExitCode);
            string embedded = SecretsIn(output), embeddedAll = SecretsIn(all);
            foreach (string text in new[] { embedded, embeddedAll })
            {
                Assert.DoesNotContain("hunter2", text);
                Assert.DoesNotContain("nothex", text);
                Assert.DoesNotContain("GARBAGE", text);
                Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.Matches("^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]{64,96}$", line));
            }
            Assert.DoesNotContain(new string('a', 64), embedded);
            Assert.Contains(new string('a', 64), embeddedAll);
            foreach (string line in used.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                Assert.Contains(line.Split(' ')[2].ToLowerInvariant(), embedded);
            Assert.Contains("(line skipped)", r.StdErr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Inject_secrets_from_standard_input_asks_for_all_keys_instead_of_reading_twice()
    {
        string keys = CopyMetadata.Temp("keys.log");
        File.WriteAllText(keys, $"CLIENT_RANDOM {new string('a', 64)} {new string('b', 96)}\n");
        try
        {
            var r = SnifferProcess.Run(CompressionFixtures.SmallPcapng(), "edit", "--inject-secrets", "tls," + keys, "-", "-");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("--all-keys", r.StdErr);
            var all = SnifferProcess.Run(CompressionFixtures.SmallPcapng(), "edit", "--inject-secrets", "tls," + keys, "--all-keys", "-", CopyMetadata.Temp("o.pcapng"));
            Assert.Equal(0, all.ExitCode);
        }
        finally
        {
            File.Delete(keys);
        }
    }

    [Fact]
    public void Bad_option_values_are_one_line_and_exit_1_as_editcap_words_them()
    {
        string input = CopyMetadata.Temp("in.pcapng");
        File.WriteAllBytes(input, CompressionFixtures.SmallPcapng());
        try
        {
            (string[] Args, string Message)[] cases =
            [
                (["edit", "-c", "0", input, "o"], "sniffer: The specified packet count is zero\n"),
                (["edit", "-c", "abc", input, "o"], "sniffer: The specified packet count \"abc\" isn't a decimal number\n"),
                (["edit", "-i", "-5", input, "o"], "sniffer: The specified time interval \"-5\" isn't a decimal number\n"),
                (["edit", "-A", "bogus", input, "o"], "sniffer: \"bogus\" isn't a valid date and time\n"),
                (["edit", input, "o", "3-"], "sniffer: The specified end of packet range \"\" isn't a decimal number\n"),
                (["edit", input, "o", "x"], "sniffer: The specified packet number \"x\" isn't a decimal number\n"),
                (["edit", "-a", "one:two", input, "o"], "sniffer: \"one:two\" isn't a valid frame comment: use FRAME:COMMENT with a frame number from 1\n"),
                (["edit", "--inject-secrets", "wg,keys", input, "o"], "sniffer: \"wg,keys\" isn't a valid secrets type and file: use tls,FILE (Sniffer injects TLS key logs)\n"),
            ];
            foreach (var (args, message) in cases)
            {
                var r = SnifferProcess.Run(args);
                Assert.Equal(1, r.ExitCode);
                Assert.Equal(message, r.StdErr);
            }
            var list = SnifferProcess.Run("read", "-r", input, "-F");
            Assert.Equal(1, list.ExitCode);
            Assert.Equal("sniffer: option requires an argument: F\nsniffer: The available capture file types for the \"-F\" flag are:\n    pcap - Wireshark/tcpdump/... - pcap\n    pcapng - Wireshark/... - pcapng\n    nsecpcap - Wireshark/tcpdump/... - nanosecond pcap\n", list.StdErr);
            var unknown = SnifferProcess.Run("merge", "-F", "erf", "-w", "o", input);
            Assert.Equal(1, unknown.ExitCode);
            Assert.StartsWith("sniffer: \"erf\" isn't a valid capture file type\n", unknown.StdErr);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void A_second_link_type_in_a_pcap_output_is_one_line_after_the_frames_that_fit()
    {
        string input = CopyMetadata.Temp("in.pcapng"), output = CopyMetadata.Temp("out.pcap");
        File.WriteAllBytes(input, CompressionFixtures.SmallPcapng());
        try
        {
            var r = SnifferProcess.Run("read", "-r", input, "-q", "-F", "pcap", "-w", output);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("sniffer: frame 2 has link type 113, the file's is 1: a \"pcap\" file holds one link type (use -F pcapng)\n", r.StdErr);
            Assert.Single(CaptureReading.ReadAll(CaptureFileReader.Open(output)).Frames);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public void An_input_that_cannot_be_read_leaves_no_output_file()
    {
        foreach (string[] args in new[] { new[] { "read", "-r", "/nonexistent.pcapng", "-w", "OUT" }, ["edit", "/nonexistent.pcapng", "OUT"], ["merge", "-w", "OUT", "/nonexistent.pcapng"] })
        {
            string output = CopyMetadata.Temp("never.pcapng");
            var r = SnifferProcess.Run([.. args.Select(a => a == "OUT" ? output : a)]);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("sniffer: /nonexistent.pcapng: cannot open: the file doesn't exist\n", r.StdErr);
            Assert.False(File.Exists(output));
        }
    }

    [Fact]
    public void Edit_reads_a_compressed_capture_from_standard_input()
    {
        byte[] capture = CompressionFixtures.Compress(CompressionFixtures.SmallPcapng(), Sniffer.Files.Compression.CompressionFormat.Gzip);
        string output = CopyMetadata.Temp("edited.pcapng");
        try
        {
            var edited = SnifferProcess.Run(capture, "edit", "-r", "-", output, "1", "3");
            Assert.Equal(0, edited.ExitCode);
            var read = CaptureReading.ReadAll(CaptureFileReader.Open(output));
            Assert.Equal([1L, 2L], read.Frames.Select(f => f.Number));
            Assert.Equal(["first", null], read.Frames.Select(f => f.Comment));
            Assert.Equal(2, read.Reader.Interfaces.Count);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string SecretsIn(string file)
    {
        using var reader = CaptureFileReader.Open(file);
        while (reader.TryReadNext(out _))
        {
        }
        var secret = Assert.Single(reader.DecryptionSecrets);
        Assert.Equal(DecryptionSecret.TlsKeyLog, secret.SecretsType);
        return Encoding.ASCII.GetString(secret.Data.Span);
    }
}
