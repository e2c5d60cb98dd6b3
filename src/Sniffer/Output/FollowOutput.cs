using System.Globalization;
using System.Text;

namespace Sniffer.Output;

/// <summary>
/// What every tshark 4.0 follow prints (ui/cli/tap-follow.c), whatever gave the chunks: the header (Follow, Filter, Node 0,
/// Node 1) and each chunk in order — node 1's indented by a tab — as text with its length (ascii), a hex dump with each
/// side's own offsets (hex), one line of hex (raw), or, in yaml, the peers and one entry per chunk (frame, peer, capture
/// time, the bytes in base64 lines of 57 bytes).
/// </summary>
public sealed class FollowOutput(FollowMode mode)
{
    private const string Rule = "===================================================================";
    private readonly StringBuilder _body = new();
    private readonly long[] _offsets = new long[2];

    public FollowMode Mode => mode;

    /// <summary>One chunk from <paramref name="node"/> (0 or 1), carried by frame <paramref name="frame"/>.</summary>
    public void Chunk(long frame, long timestampNs, int node, ReadOnlySpan<byte> bytes)
    {
        if (mode == FollowMode.Yaml)
            AppendYaml(frame, timestampNs, node, bytes);
        else if (mode == FollowMode.Hex)
            AppendHex(bytes, node);
        else if (mode == FollowMode.Raw)
        {
            if (node == 1)
                _body.Append('\t');
            foreach (byte b in bytes)
                _body.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            _body.Append('\n');
        }
        else
        {
            if (node == 1)
                _body.Append('\t');
            _body.Append(bytes.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (byte b in bytes)
                _body.Append(b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\r' ? (char)b : '.');
            _body.Append('\n');
        }
        _offsets[node] += bytes.Length;
    }

    /// <summary>Bytes the capture lacks on one side (not shown in yaml).</summary>
    public void Gap(int node, int missingBytes)
    {
        if (mode == FollowMode.Yaml)
            return;
        _body.Append(node == 1 ? "\t" : "").Append('[').Append(missingBytes).Append(" bytes missing in capture file]\n");
        _offsets[node] += missingBytes;
    }

    /// <summary>The whole follow: <paramref name="protocol"/> is the word after "Follow: " ("tcp", "udp", "tls", "http").</summary>
    public void Write(TextWriter output, string protocol, string filter, string node0, string node1)
    {
        if (mode == FollowMode.Yaml)
        {
            WriteYaml(output, node0, node1);
            return;
        }
        var sb = new StringBuilder();
        sb.Append('\n').Append(Rule).Append('\n');
        sb.Append("Follow: ").Append(protocol).Append(',').Append(mode.ToString().ToLowerInvariant()).Append('\n');
        sb.Append("Filter: ").Append(filter).Append('\n');
        sb.Append("Node 0: ").Append(node0).Append('\n');
        sb.Append("Node 1: ").Append(node1).Append('\n');
        sb.Append(_body);
        sb.Append(Rule).Append('\n');
        output.Write(sb.ToString());
    }

    private void WriteYaml(TextWriter output, string node0, string node1)
    {
        var sb = new StringBuilder("peers:\n");
        string[] nodes = [node0, node1];
        for (int peer = 0; peer < 2; peer++)
        {
            string endpoint = nodes[peer];
            int colon = endpoint.LastIndexOf(':');
            string host = endpoint[..colon].Trim('[', ']');
            sb.Append("  - peer: ").Append(peer).Append('\n');
            sb.Append("    host: ").Append(host).Append('\n');
            sb.Append("    port: ").Append(endpoint[(colon + 1)..]).Append('\n');
        }
        sb.Append("packets:\n");
        sb.Append(_body);
        output.Write(sb.ToString());
    }

    /// <summary>One yaml entry: "  - packet: N", the peer, the capture time as a C double with 9 decimals, the bytes.</summary>
    private void AppendYaml(long frame, long ns, int node, ReadOnlySpan<byte> bytes)
    {
        long whole = ns / 1_000_000_000, fraction = ns % 1_000_000_000;
        if (fraction < 0)
        {
            whole--;
            fraction += 1_000_000_000;
        }
        double seconds = whole + fraction / 1e9; // nstime_to_sec

        var culture = CultureInfo.InvariantCulture;
        _body.Append("  - packet: ").Append(frame.ToString(culture)).Append('\n');
        _body.Append("    peer: ").Append(node).Append('\n');
        _body.Append("    timestamp: ").Append(seconds.ToString("F9", culture)).Append('\n');
        _body.Append("    data: !!binary |\n");
        for (int at = 0; at < bytes.Length; at += 57)
            _body.Append("      ").Append(Convert.ToBase64String(bytes.Slice(at, Math.Min(57, bytes.Length - at)))).Append('\n');
    }

    private void AppendHex(ReadOnlySpan<byte> bytes, int node)
    {
        long offset = _offsets[node];
        for (int line = 0; line < bytes.Length; line += 16)
        {
            var chunk = bytes.Slice(line, Math.Min(16, bytes.Length - line));
            if (node == 1)
                _body.Append('\t');
            _body.Append((offset + line).ToString("X8", CultureInfo.InvariantCulture)).Append("  ");
            for (int i = 0; i < 16; i++)
            {
                _body.Append(i < chunk.Length ? chunk[i].ToString("x2", CultureInfo.InvariantCulture) + " " : "   ");
                if (i == 7)
                    _body.Append(' ');
            }
            _body.Append(' ');
            for (int i = 0; i < chunk.Length; i++)
            {
                _body.Append(chunk[i] is >= 0x20 and < 0x7F ? (char)chunk[i] : '.');
                if (i == 7)
                    _body.Append(' ');
            }
            // tshark 4.0 puts the separator after the 8th character even when nothing follows, then leaves out one
            // trailing space: an 8-byte line keeps a space that ends its data, longer lines lose it (checked on the
            // corpus: 8-, 15- and 16-byte lines).
            if (chunk.Length >= 8 && _body[^1] == ' ')
                _body.Length--;
            _body.Append('\n');
        }
    }
}
