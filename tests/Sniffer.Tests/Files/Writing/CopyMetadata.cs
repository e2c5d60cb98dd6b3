using System.Text.RegularExpressions;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Files.Writing;

/// <summary>
/// What capinfos -M and tshark say about a written capture, without what legitimately differs between two
/// writers of the same content: the file's name, size and hashes, the rates computed from them, and the
/// name of the program that wrote the file when it stamped its own (tshark, editcap and mergecap write theirs
/// where the input named none, Sniffer its own).
/// </summary>
internal static partial class CopyMetadata
{
    private static readonly string[] Fields =
    [
        "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e", "frame.len", "-e", "frame.cap_len",
        "-e", "frame.interface_id", "-e", "frame.comment", "-e", "frame.interface_name", "-e", "frame.interface_description",
    ];

    [GeneratedRegex(@"^(File name|File size|SHA256|RIPEMD160|SHA1|Data byte rate|Data bit rate|Average packet size|Average packet rate):.*\n", RegexOptions.Multiline)]
    private static partial Regex Unstable();

    [GeneratedRegex(@"\.(pcap|pcapng)(\.gz|\.zst|\.lz4)?$")]
    private static partial Regex CaptureName();

    [GeneratedRegex(@"^Capture application: +(TShark|Editcap|Mergecap) \(Wireshark\).*$|^Capture application: +Sniffer \d+\.\d+\.\d+$", RegexOptions.Multiline)]
    private static partial Regex WriterName();

    /// <summary>capinfos -M and the per-frame fields of each file, one text per file, in order.</summary>
    public static string Of(params string[] files)
    {
        var text = new System.Text.StringBuilder();
        foreach (string file in files)
        {
            var capinfos = ExternalTools.Run("capinfos", ["-M", file]);
            string info = WriterName().Replace(Unstable().Replace(capinfos.StdOut, ""), "Capture application: (the writer)");
            text.Append(Path.GetFileName(file)).Append('\n').Append(info.Replace(file, Path.GetFileName(file))).Append(capinfos.StdErr);
            var frames = ExternalTools.TsharkUncached(["-r", file, .. Fields]);
            text.Append(frames.StdOut).Append(frames.StdErr).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every capture the golden tests sweep: sample_captures, ../shared/corpus and ../shared/corpus-wireshark (with wiki/).</summary>
    public static IEnumerable<object[]> Captures()
    {
        var files = new List<string>(Corpus.SampleCaptureFiles());
        files.AddRange(Corpus.SharedCaptures());
        string wireshark = Path.GetFullPath(Path.Combine(Corpus.SharedCorpus, "..", "corpus-wireshark"));
        if (Directory.Exists(wireshark))
            files.AddRange(Directory.EnumerateFiles(wireshark, "*", SearchOption.AllDirectories)
                .Where(f => CaptureName().IsMatch(Path.GetFileName(f)))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}derived{Path.DirectorySeparatorChar}")
                    && !f.Contains($"{Path.DirectorySeparatorChar}expected{Path.DirectorySeparatorChar}"))
                .Order(StringComparer.Ordinal));
        return files.Select(f => new object[] { Path.GetRelativePath(Corpus.RepoRoot, f) });
    }

    public static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"sniffer-{Guid.NewGuid():N}-{name}");
}
