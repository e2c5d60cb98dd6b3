using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Cli;

public class HttpConnectionsReportTests
{
    [CorpusFact]
    public void Each_connection_gets_its_ports_handshake_framing_and_verdict()
    {
        var (code, output) = SnifferRunner.Read(Path.Combine(Corpus.SharedCorpus, "local", "tcpdump_http10.pcap"), [],
            statistics: ["http,connections"], quiet: true);
        Assert.Equal(0, code);
        Assert.Contains("tcp.stream 0: HTTP, client port 44044 -> server port 28080", output);
        Assert.Contains("handshake: SYN frame 1, SYN-ACK frame 2, ACK frame 3", output);
        Assert.Contains("GET /big.txt HTTP/1.1 [frame 16] -> 200 OK [frame 24], body: Content-Length 67546, text/plain", output);
        Assert.Contains("the server sent the first FIN, in frame 10", output);
        Assert.Contains("verdict: closed by the client", output);
        Assert.Equal(2, output.Split("verdict: closed by the server after the response").Length - 1);
    }
}
