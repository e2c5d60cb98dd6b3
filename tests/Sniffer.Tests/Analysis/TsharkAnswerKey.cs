using System.Globalization;
using System.Text;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Analysis;

/// <summary>
/// The facts of a capture as tshark states them, derived here without Sniffer: one <c>-T fields</c> run (TCP flags,
/// endpoints, lengths, HTTP requests and responses with http.request_in, form fields, Set-Cookie, payload bytes) and the
/// <c>-z conv,tcp</c> table, both cached. From them: each connection's client (the SYN sender), SYN / SYN-ACK / ACK
/// frames, first FIN and RST with their sides, frames and bytes each way, HTTP request/response pairs, and — for the
/// lab's HTCPCP, which tshark does not decode — the request and response frames read off the TCP segments.
/// </summary>
internal sealed class TsharkAnswerKey
{
    private static readonly string[] FieldNames =
    [
        "frame.number", "frame.time_relative", "tcp.stream", "ip.src", "ipv6.src", "tcp.srcport", "ip.dst", "ipv6.dst", "tcp.dstport",
        "tcp.flags.syn", "tcp.flags.ack", "tcp.flags.fin", "tcp.flags.reset", "frame.len", "tcp.len", "tcp.analysis.reused_ports",
        "http.request.method", "http.request.uri", "http.response.code", "http.request_in",
        "urlencoded-form.key", "urlencoded-form.value", "http.set_cookie", "data.data", "tls.handshake.type", "tls.handshake.extensions_server_name",
    ];

    public sealed record Packet(long Frame, double Time, long Stream, string Source, string Destination, bool Syn, bool Ack, bool Fin, bool Rst,
        long Length, long TcpLength, bool ReusedPorts, IReadOnlyDictionary<string, string[]> Fields)
    {
        public string[] this[string field] => Fields.TryGetValue(field, out var v) ? v : [];
    }

    public sealed class Connection
    {
        public required long Stream { get; init; }
        public required string Client { get; set; }
        public required string Server { get; set; }
        public long? Syn, SynAck, Ack, FirstFin, Rst;
        public bool? FirstFinByClient, RstByClient;
        public long FramesClientToServer, BytesClientToServer, FramesServerToClient, BytesServerToClient;
        public bool ReusesPorts;
        public List<Packet> Packets { get; } = new();
    }

    public required string File { get; init; }
    public required List<Packet> Packets { get; init; }
    public required SortedDictionary<long, Connection> Connections { get; init; }
    /// <summary>tshark's HTTP pairs: (request frame, response frame), responses without a request have null.</summary>
    public required List<(long? Request, long Response)> HttpPairs { get; init; }
    public required List<long> HttpRequests { get; init; }
    /// <summary>-z conv,tcp rows: endpoints A and B, total frames and the printed total bytes.</summary>
    public required List<(string A, string B, long Frames, string Bytes)> Conversations { get; init; }

    public static TsharkAnswerKey For(string file, string? keyLog)
    {
        var args = new List<string> { "-n", "-r", file, "-T", "fields", "-E", "header=n", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=|" };
        if (keyLog is not null)
            args.AddRange(["-o", "tls.keylog_file:" + keyLog]);
        foreach (var f in FieldNames)
            args.AddRange(["-e", f]);
        var fields = ExternalTools.Tshark([.. args]);
        Assert.True(fields.ExitCode == 0, $"tshark -T fields on {file}: {fields.StdErr}");
        var conv = ExternalTools.Tshark(["-n", "-r", file, "-q", "-z", "conv,tcp", .. FoundationGoldenTests.TsharkKeyLog(file)]);
        Assert.True(conv.ExitCode == 0, $"tshark -z conv,tcp on {file}: {conv.StdErr}");

        var packets = new List<Packet>();
        foreach (var line in fields.StdOut.Split('\n'))
        {
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t');
            var map = new Dictionary<string, string[]>();
            for (int i = 0; i < FieldNames.Length && i < cells.Length; i++)
                if (cells[i].Length > 0)
                    map[FieldNames[i]] = cells[i].Split('|');
            if (!map.ContainsKey("tcp.stream") || !map.ContainsKey("tcp.len"))
                continue; // no TCP, or a TCP header quoted in an ICMP error (not part of the connection, as -z conv,tcp)
            string F(string name) => map.TryGetValue(name, out var v) ? v[0] : "";
            string src = F("ip.src").Length > 0 ? F("ip.src") : F("ipv6.src");
            string dst = F("ip.dst").Length > 0 ? F("ip.dst") : F("ipv6.dst");
            packets.Add(new Packet(
                long.Parse(F("frame.number"), CultureInfo.InvariantCulture), double.Parse(F("frame.time_relative"), CultureInfo.InvariantCulture),
                long.Parse(F("tcp.stream"), CultureInfo.InvariantCulture),
                Endpoint(src, F("tcp.srcport")), Endpoint(dst, F("tcp.dstport")),
                F("tcp.flags.syn") == "1", F("tcp.flags.ack") == "1", F("tcp.flags.fin") == "1", F("tcp.flags.reset") == "1",
                long.Parse(F("frame.len"), CultureInfo.InvariantCulture), long.Parse(F("tcp.len"), CultureInfo.InvariantCulture),
                map.ContainsKey("tcp.analysis.reused_ports"), map));
        }

        var connections = new SortedDictionary<long, Connection>();
        foreach (var p in packets)
        {
            if (!connections.TryGetValue(p.Stream, out var c))
                connections[p.Stream] = c = new Connection { Stream = p.Stream, Client = p.Source, Server = p.Destination };
            c.Packets.Add(p);
        }
        foreach (var c in connections.Values)
        {
            var syn = c.Packets.FirstOrDefault(p => p.Syn && !p.Ack);
            if (syn is not null)
            {
                c.Client = syn.Source;
                c.Server = syn.Destination;
                c.Syn = syn.Frame;
                c.ReusesPorts = syn.ReusedPorts;
            }
            var synAck = c.Packets.FirstOrDefault(p => p.Syn && p.Ack);
            if (synAck is not null)
            {
                c.SynAck = synAck.Frame;
                if (syn is null)
                {
                    c.Client = synAck.Destination;
                    c.Server = synAck.Source;
                }
                c.Ack = c.Packets.FirstOrDefault(p => p.Frame > synAck.Frame && p.Ack && !p.Syn && p.Source == c.Client)?.Frame;
            }
            var fin = c.Packets.FirstOrDefault(p => p.Fin);
            if (fin is not null)
            {
                c.FirstFin = fin.Frame;
                c.FirstFinByClient = fin.Source == c.Client;
            }
            var rst = c.Packets.FirstOrDefault(p => p.Rst);
            if (rst is not null)
            {
                c.Rst = rst.Frame;
                c.RstByClient = rst.Source == c.Client;
            }
            foreach (var p in c.Packets)
            {
                if (p.Source == c.Client) { c.FramesClientToServer++; c.BytesClientToServer += p.Length; }
                else { c.FramesServerToClient++; c.BytesServerToClient += p.Length; }
            }
        }

        var pairs = new List<(long?, long)>();
        var requests = new List<long>();
        foreach (var p in packets)
        {
            foreach (var _ in p["http.request.method"])
                requests.Add(p.Frame);
            var requestIn = p["http.request_in"];
            var codes = p["http.response.code"];
            for (int i = 0; i < codes.Length; i++)
                pairs.Add((i < requestIn.Length ? long.Parse(requestIn[i], CultureInfo.InvariantCulture) : null, p.Frame));
        }

        var rows = new List<(string, string, long, string)>();
        foreach (var line in conv.StdOut.Split('\n'))
        {
            int arrow = line.IndexOf(" <-> ", StringComparison.Ordinal);
            if (arrow < 0)
                continue;
            string a = line[..arrow].Trim();
            var rest = line[(arrow + 5)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // B, <- frames, bytes (2 tokens), -> frames, bytes (2), total frames, total bytes (2), start, duration
            rows.Add((a, rest[0], long.Parse(rest[7], CultureInfo.InvariantCulture), rest[8] + " " + rest[9]));
        }
        return new TsharkAnswerKey { File = file, Packets = packets, Connections = connections, HttpPairs = pairs, HttpRequests = requests, Conversations = rows };
    }

    /// <summary>
    /// HTCPCP as the TCP segments show it, for the lab pot (tshark has no HTCPCP dissector): on a connection to
    /// <paramref name="port"/>, the request ends in the client's last data segment before the server's first, and the
    /// response in the server's last data segment.
    /// </summary>
    public List<(long Stream, long Request, long Response)> HtcpcpExchanges(int port)
    {
        var result = new List<(long, long, long)>();
        foreach (var c in Connections.Values.Where(c => c.Server.EndsWith($":{port}", StringComparison.Ordinal)))
        {
            var firstServerData = c.Packets.FirstOrDefault(p => p.TcpLength > 0 && p.Source == c.Server);
            if (firstServerData is null)
                continue;
            var request = c.Packets.LastOrDefault(p => p.TcpLength > 0 && p.Source == c.Client && p.Frame < firstServerData.Frame);
            var response = c.Packets.Last(p => p.TcpLength > 0 && p.Source == c.Server);
            if (request is not null)
                result.Add((c.Stream, request.Frame, response.Frame));
        }
        return result;
    }

    /// <summary>The text of the payload bytes tshark shows as data.data in a frame.</summary>
    public static string DataText(Packet p)
        => string.Concat(p["data.data"].Select(hex => Encoding.UTF8.GetString(Convert.FromHexString(hex.Replace(":", "", StringComparison.Ordinal)))));

    private static string Endpoint(string address, string port)
        => address.Contains(':', StringComparison.Ordinal) ? $"[{address}]:{port}" : $"{address}:{port}";
}
