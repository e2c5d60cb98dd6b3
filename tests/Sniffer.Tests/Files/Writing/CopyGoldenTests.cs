using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files.Writing;

/// <summary>
/// sniffer read -w, edit and merge against tshark -w, editcap and mergecap on the same inputs: capinfos -M
/// (section and interface options, precision, counts, times) and tshark's per-frame number, time, lengths,
/// interface and comments must be the same for both outputs.
/// </summary>
public class CopyGoldenTests
{
    private static string Sample(string name) => Path.Combine(Corpus.SampleCaptures, name);

    private static string Wireshark(string name) => Path.GetFullPath(Path.Combine(Corpus.SharedCorpus, "..", "corpus-wireshark", name));

    [TsharkTheory]
    [MemberData(nameof(CopyMetadata.Captures), MemberType = typeof(CopyMetadata))]
    public void Read_w_keeps_what_tshark_w_keeps(string capture)
    {
        string input = Path.Combine(Corpus.RepoRoot, capture);
        string dir = CopyMetadata.Temp("copy");
        string tsharkCopy = Path.Combine(dir, "tshark", "copy.pcapng"), snifferCopy = Path.Combine(dir, "sniffer", "copy.pcapng");
        Directory.CreateDirectory(Path.GetDirectoryName(tsharkCopy)!);
        Directory.CreateDirectory(Path.GetDirectoryName(snifferCopy)!);
        try
        {
            var tshark = ExternalTools.TsharkUncached("-r", input, "-w", tsharkCopy);
            Assert.True(tshark.ExitCode == 0, $"tshark cannot copy {capture}: {tshark.StdErr}");
            var sniffer = SnifferProcess.Run("read", "-r", input, "-q", "-w", snifferCopy);
            Assert.True(sniffer.ExitCode == 0, sniffer.StdErr);
            Assert.Equal(CopyMetadata.Of(tsharkCopy), CopyMetadata.Of(snifferCopy));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IEnumerable<object[]> EditCases() =>
    [
        ["keep a range", "https.pcapng", new[] { "-r", "IN", "OUT", "1-5", "9" }],
        ["delete a range", "https.pcapng", new[] { "IN", "OUT", "1-5", "9", "20-18" }],
        ["frame and capture comments", "tls12-echo.pcapng", new[] { "-a", "1:hello", "-a", "3:x", "-a", "3:y", "--capture-comment", "cc", "IN", "OUT" }],
        ["time window, epoch", "tls13-echo.pcapng", new[] { "-A", "TIME3", "-B", "TIME9", "IN", "OUT" }],
        ["pcap output", "https.pcapng", new[] { "-F", "pcap", "IN", "OUT.pcap" }],
        ["nanosecond pcap output", "https.pcapng", new[] { "-F", "nsecpcap", "IN", "OUT.pcap" }],
        ["discard secrets", "https-dsb.pcapng", new[] { "--discard-all-secrets", "IN", "OUT" }],
        ["discard capture comments", "https.pcapng", new[] { "--discard-capture-comment", "--capture-comment", "new", "IN", "OUT" }],
    ];

    [TsharkTheory]
    [MemberData(nameof(EditCases))]
    public void Edit_writes_what_editcap_writes(string what, string capture, string[] arguments)
    {
        _ = what;
        string input = Sample(capture);
        var times = ExternalTools.Tshark("-r", input, "-T", "fields", "-e", "frame.time_epoch").StdOut.Split('\n');
        string dir = CopyMetadata.Temp("edit");
        Directory.CreateDirectory(Path.Combine(dir, "editcap"));
        Directory.CreateDirectory(Path.Combine(dir, "sniffer"));
        try
        {
            string[] For(string tool) => [.. arguments.Select(a => a switch
            {
                "IN" => input,
                "OUT" => Path.Combine(dir, tool, "out.pcapng"),
                "OUT.pcap" => Path.Combine(dir, tool, "out.pcap"),
                "TIME3" => times[2],
                "TIME9" => times[8],
                _ => a,
            })];
            var editcap = ExternalTools.Run("editcap", For("editcap"));
            Assert.True(editcap.ExitCode == 0, editcap.StdErr);
            var sniffer = SnifferProcess.Run(["edit", .. For("sniffer")]);
            Assert.True(sniffer.ExitCode == 0, sniffer.StdErr);
            Assert.Equal(Describe(Path.Combine(dir, "editcap")), Describe(Path.Combine(dir, "sniffer")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TsharkTheory]
    [InlineData("-c", "7", "https.pcapng")]
    [InlineData("-c", "1000", "tcp-echo.pcapng")]
    [InlineData("-i", "1", "http11-keepalive.pcapng")]
    public void Edit_splits_into_the_files_editcap_makes(string option, string value, string capture)
    {
        string dir = CopyMetadata.Temp("split");
        Directory.CreateDirectory(Path.Combine(dir, "editcap"));
        Directory.CreateDirectory(Path.Combine(dir, "sniffer"));
        try
        {
            var editcap = ExternalTools.Run("editcap", [option, value, Sample(capture), Path.Combine(dir, "editcap", "part.pcapng")]);
            Assert.True(editcap.ExitCode == 0, editcap.StdErr);
            var sniffer = SnifferProcess.Run("edit", option, value, Sample(capture), Path.Combine(dir, "sniffer", "part.pcapng"));
            Assert.True(sniffer.ExitCode == 0, sniffer.StdErr);
            Assert.Equal(Describe(Path.Combine(dir, "editcap")), Describe(Path.Combine(dir, "sniffer")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [CorpusTsharkFact]
    public void Edit_splits_by_time_with_the_empty_interval_files_editcap_makes()
    {
        string dir = CopyMetadata.Temp("split-i");
        Directory.CreateDirectory(Path.Combine(dir, "editcap"));
        Directory.CreateDirectory(Path.Combine(dir, "sniffer"));
        try
        {
            string input = Wireshark(Path.Combine("derived", "dhe1.pcapng"));
            ExternalTools.Run("editcap", ["-i", "4", input, Path.Combine(dir, "editcap", "part.pcapng")]);
            SnifferProcess.Run("edit", "-i", "4", input, Path.Combine(dir, "sniffer", "part.pcapng"));
            Assert.Equal(3, Directory.GetFiles(Path.Combine(dir, "editcap")).Length);
            Assert.Equal(Describe(Path.Combine(dir, "editcap")), Describe(Path.Combine(dir, "sniffer")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IEnumerable<object[]> MergeCases() =>
    [
        ["by time, like interfaces merged", new[] { "S:tls12-echo.pcapng", "S:https.pcapng" }, false],
        ["concatenated", new[] { "S:https.pcapng", "S:tls12-echo.pcapng" }, true],
        ["pcap, pcapng and big-endian pcapng, equal times", new[] { "W:dhcp.pcap", "W:derived/dhe1.pcapng", "W:wiki/dhcp_big_endian.pcapng" }, false],
        ["two link types", new[] { "S:http10-close.pcapng", "C:local/any_sll2_http.pcapng" }, false],
    ];

    [CorpusTsharkTheory]
    [MemberData(nameof(MergeCases))]
    public void Merge_writes_what_mergecap_writes(string what, string[] inputs, bool concatenate)
    {
        _ = what;
        string[] files = [.. inputs.Select(i => i[0] switch
        {
            'S' => Sample(i[2..]),
            'W' => Wireshark(i[2..]),
            _ => Path.Combine(Corpus.SharedCorpus, i[2..]),
        })];
        string dir = CopyMetadata.Temp("merge");
        Directory.CreateDirectory(Path.Combine(dir, "mergecap"));
        Directory.CreateDirectory(Path.Combine(dir, "sniffer"));
        try
        {
            string[] flags = concatenate ? ["-a"] : [];
            var mergecap = ExternalTools.Run("mergecap", [.. flags, "-w", Path.Combine(dir, "mergecap", "m.pcapng"), .. files]);
            Assert.True(mergecap.ExitCode == 0, mergecap.StdErr);
            var sniffer = SnifferProcess.Run(["merge", .. flags, "-w", Path.Combine(dir, "sniffer", "m.pcapng"), .. files]);
            Assert.True(sniffer.ExitCode == 0, sniffer.StdErr);
            Assert.Equal(Describe(Path.Combine(dir, "mergecap")), Describe(Path.Combine(dir, "sniffer")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [CorpusTsharkFact]
    public void Merge_extends_the_first_files_comment_with_the_list_of_files_as_mergecap_does()
    {
        string dir = CopyMetadata.Temp("merge-comment");
        Directory.CreateDirectory(dir);
        try
        {
            string commented = Path.Combine(dir, "commented.pcapng");
            ExternalTools.Run("editcap", ["--capture-comment", "lab 3", Sample("tls12-echo.pcapng"), commented]);
            // mergecap writes the file names as given: give both tools the same names.
            var mergecap = ExternalTools.Run("mergecap", ["-w", Path.Combine(dir, "a.pcapng"), commented, Sample("https.pcapng")]);
            var sniffer = SnifferProcess.Run("merge", "-w", Path.Combine(dir, "b.pcapng"), commented, Sample("https.pcapng"));
            Assert.Equal(0, mergecap.ExitCode);
            Assert.Equal(0, sniffer.ExitCode);
            Assert.Equal(CopyMetadata.Of(Path.Combine(dir, "a.pcapng")).Replace("a.pcapng", "m"), CopyMetadata.Of(Path.Combine(dir, "b.pcapng")).Replace("b.pcapng", "m"));
            Assert.Contains($"lab 3 \nFile created by merging: \nFile1: {commented} \nFile2: ", File.ReadAllText(Path.Combine(dir, "b.pcapng")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The metadata of every file in a directory, by name.</summary>
    private static string Describe(string directory) =>
        CopyMetadata.Of([.. Directory.GetFiles(directory).Order(StringComparer.Ordinal)]);
}
