using System.Globalization;
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
        string type = Encoding.ASCII.GetString(lowerMediaType);
        if (TextLineTypes.Contains(type))
        {
            WriteTextLines(packet, source, offset, body, type);
            return true;
        }
        if (type == "application/x-www-form-urlencoded")
        {
            WriteForm(packet, source, offset, body, type);
            return true;
        }
        if (type == "application/octet-stream")
        {
            CommonFields.AddData(packet, source, offset, body);
            return true;
        }
        WriteMedia(packet, source, offset, body, type, parameters);
        return true;
    }

    private static void WriteTextLines(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, string type)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.TextLines.Abbrev);
        int node = tree.AddNode(-1, MediaFields.TextLines, source, offset, body.Length);
        if (!tree.BuildsText)
            return;
        int lines = 0;
        int position = 0;
        while (position < body.Length)
        {
            // tvb_find_line_end: a line ends after CR LF, LF or CR; the last one may have no end.
            int end = body[position..].IndexOfAny((byte)'\r', (byte)'\n');
            int next = end < 0 ? body.Length : position + end + (body[position + end] == '\r' && position + end + 1 < body.Length && body[position + end + 1] == '\n' ? 2 : 1);
            TextTree.AddTextLine(tree, node, source, offset + position, body[position..next]);
            lines++;
            position = next;
        }
        tree.SetText(node, $"Line-based text data: {type} ({lines} lines)");
    }

    private static void WriteForm(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, string type)
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

    private static void WriteMedia(PacketContext packet, int source, int offset, ReadOnlySpan<byte> body, string type, ReadOnlySpan<byte> parameters)
    {
        var tree = packet.Tree;
        packet.AddProtocolName(MediaFields.Media.Abbrev);
        int node = tree.AddNode(-1, MediaFields.Media, source, offset, body.Length);
        int item = tree.AddBytesInPlace(node, MediaFields.MediaType, source, offset, body.Length);
        if (!tree.BuildsText)
            return;
        string bytes = string.Create(CultureInfo.InvariantCulture, $"({body.Length} byte{(body.Length == 1 ? "" : "s")})");
        tree.SetValueText(item, parameters.IsEmpty ? $"{type} {bytes}" : $"{type}; {Encoding.ASCII.GetString(parameters)} {bytes}");
    }
}
