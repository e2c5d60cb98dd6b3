using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// _ws.expert.message is what expert.c formats into a buffer of ITEM_LABEL_LENGTH bytes: a long message (an HTTP request
/// line with a long query, wiki/http.cap frame 18) is cut at 239 bytes, as live tshark prints it with -e and in JSON.
/// </summary>
public class ExpertMessageGoldenTests
{
    public static TheoryData<string> Captures()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "http-login-cookies.pcapng", "dns-icmp-arp.pcapng", "login-edge-cases.pcap" })
            data.Add(Path.Combine(Corpus.SampleCaptures, name));
        data.Add(Path.Combine(Corpus.RepoRoot, "..", "shared", "corpus-wireshark", "wiki", "http.cap"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Expert_messages_are_tsharks_to_the_byte(string file)
    {
        if (!File.Exists(file))
        {
            Console.WriteLine($"skipped: {(file.Contains("shared", StringComparison.Ordinal) ? Corpus.AbsentReason : file + " is missing")}");
            return;
        }
        foreach (var args in new[]
        {
            new[] { "-n", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message", "-e", "_ws.expert.severity" },
            new[] { "-n", "-r", file, "-Y", "_ws.expert.message", "-T", "fields", "-e", "_ws.expert.message" },
        })
        {
            var theirs = ExternalTools.Tshark(args);
            var ours = SnifferProcess.Run(["read", .. args]);
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            Assert.True(theirs.StdOut == ours.StdOut, $"{string.Join(' ', args)} differs from tshark");
        }
    }
}
