using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Golden;

/// <summary>
/// expert.c hangs a hidden _ws.malformed item under every expert of the Malformed group (not only under
/// "[Malformed Packet]"): `-Y _ws.malformed` selects those frames, -e shows the item, and the _ws.expert items a filter
/// makes are not printed again in JSON/EK — each compared with live tshark.
/// </summary>
public class MalformedExpertGoldenTests
{
    public static TheoryData<string> Captures()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "login-edge-cases.pcap", "ftp-login-transfers.pcapng", "dns-icmp-arp.pcapng", "wifi-ap-tags.pcap" })
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Malformed_group_experts_filter_print_and_nest_as_tshark(string name)
    {
        string file = Path.Combine(Corpus.SampleCaptures, name);
        foreach (var args in new[]
        {
            new[] { "-n", "-r", file, "-Y", "_ws.malformed", "-T", "fields", "-e", "frame.number", "-e", "_ws.malformed", "-e", "_ws.expert.group" },
            new[] { "-n", "-r", file, "-T", "fields", "-e", "frame.number", "-e", "_ws.malformed" },
            new[] { "-n", "-r", file, "-Y", "_ws.malformed", "-T", "json" },
            new[] { "-n", "-r", file, "-Y", "_ws.expert", "-T", "json" },
            new[] { "-n", "-r", file, "-Y", "_ws.expert", "-T", "ek" },
        })
        {
            var theirs = ExternalTools.Tshark(args);
            var ours = SnifferProcess.Run(["read", .. args]);
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            Assert.True(theirs.StdOut == ours.StdOut, $"{string.Join(' ', args)} differs from tshark");
        }
    }
}
