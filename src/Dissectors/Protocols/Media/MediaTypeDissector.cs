using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Media;

/// <summary>
/// Hands a message body to the protocol its media type names, as Wireshark's media_type table does: text types to
/// line-based text (one item per line), form posts to HTML Form URL Encoded (key and value of each item), anything else to
/// the generic "Media Type" item. Each is a top-level protocol of the frame. The caller has already appended " (type)" to
/// the Info column. Multipart bodies are the HTTP dissector's own.
/// </summary>
public static class MediaTypeDissector
{
    /// <summary>The media types packet-text-media.c registers for line-based text.</summary>
    private static readonly HashSet<string> TextLineTypes = new(StringComparer.Ordinal)
    {
        "text/plain", "text/richtext", "text/enriched", "text/parameters", "text/html", "text/xml-external-parsed-entity", "text/css",
        "application/xml-external-parsed-entity", "text/javascript", "application/x-javascript", "application/x-tia-p25-issi",
        "application/x-tia-p25-sndcp", "application/x-ns-proxy-autoconfig", "text/vnd.sun.j2me.app-descriptor", "application/vnd.poc.refer-to",
        "application/vnd.drm.message", "application/x-wms-logplaystats", "application/x-rtsp-udp-packetpair",
    };

    /// <param name="lowerMediaType">The media type, lower-cased, without parameters.</param>
    /// <param name="parameters">What followed the media type in Content-Type (after the ';'), trimmed; empty for none.</param>
    /// <returns>False when the type is one this dissector leaves to others (multipart, raw data).</returns>
    public static bool TryDissect(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, ReadOnlySpan<byte> lowerMediaType,
        ReadOnlySpan<byte> parameters)
    {
        if (body.IsEmpty || lowerMediaType.StartsWith("multipart/"u8))
            return false;
        // The type as characters, without a string per body (HTTP calls this for every message with a body).
        Span<char> buffer = stackalloc char[128];
        char[]? rented = null;
        if (lowerMediaType.Length > buffer.Length)
            buffer = rented = System.Buffers.ArrayPool<char>.Shared.Rent(lowerMediaType.Length);
        try
        {
            var type = buffer[..Encoding.Latin1.GetChars(lowerMediaType, buffer)];
            if (HasOwnDissectorInWireshark(type))
                return false;
            if (TextLineTypesByChars.Contains(type))
                WriteTextLines(packet, source, offset, body, type);
            else if (type.SequenceEqual("application/x-www-form-urlencoded"))
                WriteForm(packet, source, offset, body, type);
            else if (type.SequenceEqual("application/octet-stream"))
                CommonFields.AddData(packet, source, offset, body);
            else
                WriteMedia(packet, source, offset, body, type, parameters);
            return true;
        }
        finally
        {
            if (rented is not null)
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Types Wireshark hands to a dissector of their own (JSON, XML, images, PDF, OCSP, certificates, SDP, DNS over HTTPS,
    /// gRPC, message/http) that Sniffer does not have: no "Media Type" item is made for them, since tshark shows none.
    /// </summary>
    private static bool HasOwnDissectorInWireshark(ReadOnlySpan<char> type)
        => OwnDissectorTypesByChars.Contains(type) || type.StartsWith("image/") || type.EndsWith("+json") || type.EndsWith("+xml");

    private static readonly HashSet<string> OwnDissectorTypes = new(StringComparer.Ordinal)
    {
        "application/json", "application/json-rpc", "application/jsonrequest", "application/x-ndjson", "application/xml", "text/xml",
        "application/pdf", "application/ocsp-request", "application/ocsp-response", "application/pkix-cert", "application/pkix-crl",
        "application/x-x509-ca-cert", "application/x-x509-user-cert", "application/sdp", "application/dns-message", "application/grpc",
        "message/http",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnDissectorTypesByChars = OwnDissectorTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextLineTypesByChars = TextLineTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void WriteTextLines(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, ReadOnlySpan<char> type)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.TextLines.Abbrev);
        int node = tree.AddNode(-1, MediaFields.TextLines, source, offset, body.Length);
        if (!tree.BuildsText || node < 0)
            return; // the lines are text items only: nothing to add when the tree keeps no text or no such item
        int lines = 0;
        int position = 0;
        // The body is checked once to lie in its data source; then each line is one node whose text the printer formats.
        bool inSource = tree.HoldsSourceBytes(source, offset, body);
        var ends = new LineEnds(body);
        while (position < body.Length)
        {
            // tvb_find_line_end: a line ends after CR LF, LF or CR; the last one may have no end.
            int end = ends.Next(position);
            int next = end < 0 ? body.Length : end + (body[end] == '\r' && end + 1 < body.Length && body[end + 1] == '\n' ? 2 : 1);
            if (inSource)
                tree.AddSourceLine(node, TextItem.Field, source, offset + position, next - position);
            else
                TextTree.AddTextLine(tree, node, source, offset + position, body[position..next]);
            lines++;
            position = next;
        }
        tree.SetText(node, $"Line-based text data: {type} ({lines} lines)");
    }

    /// <summary>
    /// The CRs and LFs of a body, found 16 bytes at a time: one vector compare per 16 bytes gives the positions of all of
    /// them as a bit mask, read line after line (a body of short lines is not one search call per line).
    /// </summary>
    private ref struct LineEnds(ReadOnlySpan<byte> data)
    {
        private const int Block = 16;
        private readonly ReadOnlySpan<byte> _data = data;
        private int _start = -Block;
        private uint _mask;

        /// <summary>The first CR or LF at or after <paramref name="from"/>, or -1.</summary>
        public int Next(int from)
        {
            while (true)
            {
                int within = from - _start;
                if ((uint)within < Block)
                {
                    uint left = _mask & (uint.MaxValue << within);
                    if (left != 0)
                        return _start + System.Numerics.BitOperations.TrailingZeroCount(left);
                    from = _start + Block;
                }
                if (from >= _data.Length)
                    return -1;
                _start = from;
                _mask = MaskAt(from);
            }
        }

        private readonly uint MaskAt(int from)
        {
            if (from + Block <= _data.Length)
            {
                var v = Vector128.LoadUnsafe(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(_data), (nuint)from);
                var found = Vector128.Equals(v, Vector128.Create((byte)'\r'))
                    | Vector128.Equals(v, Vector128.Create((byte)'\n'));
                return found.ExtractMostSignificantBits();
            }
            uint mask = 0;
            for (int i = 0; from + i < _data.Length; i++)
                if (_data[from + i] is (byte)'\r' or (byte)'\n')
                    mask |= 1u << i;
            return mask;
        }
    }

    private static void WriteForm(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, ReadOnlySpan<char> type)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.UrlEncodedForm.Abbrev);
        int node = tree.AddNode(-1, MediaFields.UrlEncodedForm, source, offset, body.Length);
        tree.AppendText(node, $": {type}");
        int position = 0;
        var buffer = new StringBuilder();
        while (position < body.Length)
        {
            int start = position;
            int item = tree.AddNode(node, TextItem.Field, source, offset + position, 0);
            tree.SetText(item, "Form item");
            int keyEnd = Decode(body, position, (byte)'=', buffer);
            if (keyEnd < 0)
                break;
            string key = buffer.ToString();
            tree.AddString(item, MediaFields.FormKey, source, offset + position, keyEnd - position, key);
            tree.AppendText(item, ": \"" + key + "\"");
            position = keyEnd + 1;
            int valueEnd = Decode(body, position, (byte)'&', buffer);
            if (valueEnd < 0)
                break;
            string value = buffer.ToString();
            tree.AddString(item, MediaFields.FormValue, source, offset + position, valueEnd - position, value);
            tree.AppendText(item, " = \"" + value + "\"");
            position = valueEnd + 1;
            tree.SetLength(item, Math.Min(position, body.Length) - start);
        }
    }

    /// <summary>get_form_key_value: up to <paramref name="stop"/> or the end, '+' as space and %XX decoded; -1 for a NUL or bad escape.</summary>
    private static int Decode(ReadOnlySpan<byte> body, int position, byte stop, StringBuilder text)
    {
        text.Clear();
        byte[] rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length - position));
        try
        {
            int n = 0;
            while (position < body.Length)
            {
                byte c = body[position];
                if (c == 0)
                    return -1;
                if (c == stop)
                    break;
                if (c == '%')
                {
                    int hi = position + 1 < body.Length ? HexValue(body[position + 1]) : -1;
                    int lo = position + 2 < body.Length ? HexValue(body[position + 2]) : -1;
                    if (hi < 0 || lo < 0)
                        return -1;
                    rented[n++] = (byte)(hi << 4 | lo);
                    position += 3;
                    continue;
                }
                rented[n++] = c == '+' ? (byte)' ' : c;
                position++;
            }
            char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(DisplayText.MaxFormattedLength(n) + 1);
            text.Append(chars, 0, DisplayText.FormatLine(rented.AsSpan(0, n), chars));
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            return position;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static void WriteMedia(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, ReadOnlySpan<char> type, ReadOnlySpan<byte> parameters)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.Media.Abbrev);
        int node = tree.AddNode(-1, MediaFields.Media, source, offset, body.Length);
        int item = tree.AddBytesInPlace(node, MediaFields.MediaType, source, offset, body.Length);
        if (!tree.BuildsText || item < 0)
            return;
        string plural = body.Length == 1 ? "" : "s";
        if (parameters.IsEmpty)
            tree.SetValueText(item, $"{type} ({body.Length} byte{plural})");
        else
            tree.SetValueText(item, $"{type}; {Encoding.ASCII.GetString(parameters)} ({body.Length} byte{plural})");
    }
}
