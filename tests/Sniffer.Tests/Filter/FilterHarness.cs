using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Runs display filters both ways: in tshark (one run per capture answers every filter, through filters.lua's
/// Listener per filter) and in Sniffer (one dissection per capture, every compiled filter tested on each tree).
/// </summary>
internal static class FilterHarness
{
    public static string Folder => Path.Combine(Corpus.RepoRoot, "tests", "Sniffer.Tests", "Filter");

    public static string ValidListFile => Path.Combine(Folder, "valid-filters.txt");

    public static string InvalidListFile => Path.Combine(Folder, "invalid-filters.txt");

    public static string LuaScript => Path.Combine(Folder, "filters.lua");

    private static readonly Lazy<string[]> Valid = new(() => ReadList(ValidListFile));
    private static readonly Lazy<string[]> Invalid = new(() => ReadList(InvalidListFile));

    /// <summary>The conformance suite's valid filters (valid-filters.txt), in order.</summary>
    public static IReadOnlyList<string> ValidFilters => Valid.Value;

    /// <summary>Filters tshark refuses (invalid-filters.txt).</summary>
    public static IReadOnlyList<string> InvalidFilters => Invalid.Value;

    private static string[] ReadList(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();

    /// <summary>
    /// tshark 4.0's answer for every filter of <paramref name="listFile"/> on <paramref name="capture"/> (with the key
    /// log beside it): the frame numbers each selects, or "ERROR …" for a filter it refuses.
    /// </summary>
    public static Dictionary<string, string> TsharkFrames(string capture, string listFile, IReadOnlyList<string> filters)
    {
        var result = ExternalTools.Tshark(["-n", "-q", "-r", capture, .. FoundationGoldenTests.TsharkKeyLog(capture),
            "-X", "lua_script:" + LuaScript, "-X", "lua_script1:" + listFile]);
        Assert.True(result.ExitCode == 0, $"tshark failed on {capture}: {result.StdErr}");
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.StdOut.Split('\n'))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(0, tab), out int index) || index < 1 || index > filters.Count)
                continue;
            answers[filters[index - 1]] = line[(tab + 1)..];
        }
        return answers;
    }

    /// <summary>Frame numbers as tshark prints them ("1 2 5"), from a set.</summary>
    public static string Format(IEnumerable<long> frames) => string.Join(" ", frames.Order());

    /// <summary>
    /// Dissects <paramref name="capture"/> as `sniffer read` does (key log beside it, secrets in the file, protocols in
    /// <paramref name="disabled"/> off) and hands every frame's tree to <paramref name="onFrame"/>.
    /// </summary>
    public static void Dissect(string capture, IReadOnlyList<string> disabled, Action<long, FieldTree> onFrame)
    {
        var keys = new KeyLog();
        var registry = DefaultDissectors.CreateRegistry(keys);
        foreach (var name in disabled)
            Assert.Null(registry.Disable(name));
        var dissector = new PacketDissector(registry);
        // The _ws.expert and _ws.malformed items a run adds for a filter that names them (DissectionRun's completion).
        var experts = new ExpertInfoCompletion();
        ReadFrames(capture, keys, frame =>
        {
            var packet = dissector.Dissect(frame);
            experts.Complete(packet);
            onFrame(frame.Number, packet.Tree);
        });
    }

    /// <summary>
    /// Hands <paramref name="capture"/>'s frames to <paramref name="onFrame"/> in order, as `sniffer read` reads them: the
    /// key log beside the capture and the TLS secrets in the file (before the frames after them) go to <paramref name="keys"/>.
    /// </summary>
    public static void ReadFrames(string capture, KeyLog keys, Action<Frame> onFrame)
    {
        if (Corpus.KeyLogFor(capture) is { } keyFile)
            keys.AddFile(keyFile);
        using var reader = CaptureFileReader.Open(capture);
        int secretsUsed = 0;
        while (reader.TryReadNext(out var frame))
        {
            for (; secretsUsed < reader.DecryptionSecrets.Count; secretsUsed++)
            {
                var secret = reader.DecryptionSecrets[secretsUsed];
                if (secret.SecretsType == DecryptionSecret.TlsKeyLog)
                    keys.AddBytes(secret.Data.Span, capture);
            }
            onFrame(frame);
        }
    }

    /// <summary>The frames each filter selects in Sniffer; a filter Sniffer refuses maps to its error message.</summary>
    public static Dictionary<string, string> SnifferFrames(string capture, IReadOnlyList<string> filters, IReadOnlyList<string> disabled)
    {
        var compiled = new List<(string Text, DisplayFilter Filter, List<long> Frames)>();
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in filters)
        {
            var result = DisplayFilter.Compile(text, FieldCatalog.Shared);
            if (result.Succeeded)
                compiled.Add((text, result.Filter, new List<long>()));
            else
                answers[text] = "ERROR " + result.Error.Message;
        }
        Dissect(capture, disabled, (number, tree) =>
        {
            foreach (var (_, filter, frames) in compiled)
                if (filter.Matches(tree))
                    frames.Add(number);
        });
        foreach (var (text, _, frames) in compiled)
            answers[text] = Format(frames);
        return answers;
    }

    /// <summary>Every capture the conformance suite runs on, as repository-relative paths.</summary>
    public static IEnumerable<object[]> SharedCaptures() => FoundationGoldenTests.SharedCaptures();

    /// <summary>The sample captures, but those whose HTTP tshark misreads with HTCPCP off (see <see cref="FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp"/>).</summary>
    public static IEnumerable<object[]> SampleCaptures() => FoundationGoldenTests.SampleCaptures()
        .Where(c => !FoundationGoldenTests.TsharkMisreadsWithoutHtcpcp.Contains(Path.GetFileName((string)c[0])));
}
