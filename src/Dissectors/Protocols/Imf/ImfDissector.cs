using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Media;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Imf;

/// <summary>
/// The Internet Message Format (RFC 5322) as packet-imf.c reads a message another protocol carries (POP's RETR, IMAP's
/// FETCH): each header as its field (From and the address lists with their items, Content-Type with type and
/// parameters, an unknown one as an extension), From and Subject in Info, then the body through its media type or,
/// without one, as message text a line at a time. Lengths are checked against the message; nothing here throws.
/// </summary>
public static class ImfDissector
{
    private const string UnknownNote = " (Contact Wireshark developers if you want this supported.)";

    public static void Dissect(PacketContext packet, int source, int offset, ReadOnlySpan<byte> message)
    {
        var tree = packet.Tree;
        packet.Columns.Protocol += "/" + ImfFields.Protocol.ShortName;
        packet.AddProtocolName(ImfFields.Protocol.Abbrev);
        var info = packet.Columns.Info;
        info.Clear();
        int imf = tree.AddNode(-1, ImfFields.Protocol, source, offset, message.Length);

        int max = message.Length;
        int start = 0, end = 0;
        bool lastField = false;
        string? contentType = null, parameters = null, encoding = null;
        Span<char> key = stackalloc char[64];
        while (!lastField)
        {
            int colon = message[start..].IndexOf((byte)':');
            if (colon < 0)
            {
                end = -1;
                break;
            }
            colon += start;
            bool known = TryLookUp(message[start..colon], key, out var header);
            int unknownOffset = start;
            start = colon + 1;
            end = FindFieldEnd(message, start, max, ref lastField);
            if (end < 0)
                break;
            int value = start;
            while (value < end && IsSpace(message[value]))
                value++;
            if (value == end)
                value = start;
            int valueLength = end - value - 2;
            if (valueLength < -1 || end - unknownOffset - 2 < -1)
            {
                CommonFields.MarkMalformed(packet, packet.Columns.Protocol, ImfFields.Protocol.ShortName);
                return;
            }
            if (valueLength == -1)
                valueLength = max - value;

            int item;
            if (!known)
            {
                int whole = end - unknownOffset - 2;
                if (whole < 0)
                    whole = max - unknownOffset;
                item = TextTree.AddAsciiValue(tree, imf, ImfFields.Extension, source, offset + unknownOffset, message.Slice(unknownOffset, whole));
                if (tree.BuildsText && item >= 0)
                    tree.AppendText(item, UnknownNote);
                TextTree.AddAsciiValue(tree, item, ImfFields.ExtensionType, source, offset + unknownOffset, message.Slice(unknownOffset, start - 1 - unknownOffset));
                TextTree.AddAsciiValue(tree, item, ImfFields.ExtensionValue, source, offset + value, message.Slice(value, valueLength));
            }
            else if (header.Kind == ImfHeaderKind.SioLabel)
            {
                item = tree.AddNode(imf, header.Field, source, offset + value, valueLength);
            }
            else
            {
                item = TextTree.AddAsciiValue(tree, imf, header.Field, source, offset + value, message.Slice(value, valueLength));
            }
            if (known && header.InInfo && info.Enabled)
            {
                info.Append(header.Name);
                info.Append(": ");
                AppendFormatted(info, message.Slice(value, valueLength));
                info.Append(", ");
            }
            if (known)
            {
                switch (header.Kind)
                {
                    case ImfHeaderKind.ContentType:
                        ReadContentType(tree, item, source, offset, message, start, end - start, ref contentType, ref parameters);
                        break;
                    case ImfHeaderKind.ContentTransferEncoding:
                        encoding = Ascii(message.Slice(value, valueLength));
                        break;
                    case ImfHeaderKind.Mailbox:
                        Mailbox(tree, item, source, offset, message, value, end - value);
                        break;
                    case ImfHeaderKind.MailboxList:
                        List(tree, item, source, offset, message, value, end - value, ImfFields.MailboxListItem, addresses: false);
                        break;
                    case ImfHeaderKind.AddressList:
                        List(tree, item, source, offset, message, value, end - value, ImfFields.AddressListItem, addresses: true);
                        break;
                }
            }
            start = end;
        }
        if (lastField)
            end += 2;
        if (end < 0)
            end = 0;
        end = Math.Min(end, max);

        if (contentType is not null)
        {
            info.SetFence();
            var body = message[end..];
            int bodySource = source, bodyOffset = offset + end;
            if (encoding is not null && encoding.StartsWith("base64", StringComparison.OrdinalIgnoreCase))
            {
                byte[] decoded = DecodeBase64(body);
                bodySource = tree.AddDataSource(encoding, decoded);
                bodyOffset = 0;
                body = decoded;
            }
            string lower = contentType.ToLowerInvariant();
            if (!body.IsEmpty && MediaTypeDissector.TryDissect(packet, bodySource, bodyOffset, body, Encoding.ASCII.GetBytes(lower),
                Encoding.ASCII.GetBytes(parameters?.Trim() ?? "")))
            {
                if (info.Enabled)
                    info.AppendSeparated(" ", $"({lower})");
            }
            return;
        }

        int text = tree.AddNode(imf, ImfFields.MessageText, source, offset + end, max - end);
        int position = end;
        while (position < max && LineScanner.TryReadLine(message, position, atEnd: true, out var line) == LineStatus.Complete)
        {
            var bytes = message.Slice(position, line.FullLength);
            if (tree.BuildsText && text >= 0)
            {
                int node = tree.AddNode(text, TextItem.Field, source, offset + position, bytes.Length);
                tree.SetText(node, FormatWsp(bytes));
            }
            if (info.Enabled)
                info.AppendSeparated(", ", FormatWsp(bytes));
            position = line.Next;
        }
    }

    /// <summary>The header name, ASCII lower-cased, looked up (names longer than any known one are unknown).</summary>
    private static bool TryLookUp(ReadOnlySpan<byte> name, Span<char> buffer, out ImfHeaders.Header header)
    {
        header = default;
        if (name.Length > buffer.Length)
            return false;
        for (int i = 0; i < name.Length; i++)
        {
            byte b = name[i];
            buffer[i] = b is >= (byte)'A' and <= (byte)'Z' ? (char)(b + 32) : b < 0x80 ? (char)b : '\uFFFD';
        }
        return ImfHeaders.TryFind(buffer[..name.Length], out header);
    }

    /// <summary>imf_find_field_end: the offset after the CRLF that ends a header (continuation lines included).</summary>
    private static int FindFieldEnd(ReadOnlySpan<byte> m, int offset, int max, ref bool lastField)
    {
        while (offset < max)
        {
            int cr = m[offset..max].IndexOf((byte)'\r');
            if (cr < 0)
                break;
            offset += cr;
            if (++offset < max && m[offset] == '\n')
            {
                if (++offset >= max)
                {
                    lastField = true;
                    return offset - 2;
                }
                switch (m[offset])
                {
                    case (byte)'\r':
                        if (offset + 1 < max && m[offset + 1] == '\n')
                            lastField = true;
                        return offset;
                    case (byte)' ':
                    case (byte)'\t':
                        break;
                    default:
                        return offset;
                }
            }
        }
        return -1;
    }

    /// <summary>dissect_imf_content_type: the type before the first ';' and the parameters after it, when there is one.</summary>
    private static void ReadContentType(FieldTree tree, int item, int source, int baseOffset, ReadOnlySpan<byte> m, int offset, int length,
        ref string? type, ref string? parameters)
    {
        for (int i = 0; i < length; i++)
        {
            if (!IsSpace(m[offset + i]))
            {
                length -= i;
                offset += i;
                break;
            }
        }
        int semicolon = m.Slice(offset, Math.Min(length, m.Length - offset)).IndexOf((byte)';');
        if (semicolon < 0)
            return;
        semicolon += offset;
        var typeBytes = m[offset..semicolon];
        TextTree.AddAsciiValue(tree, item, ImfFields.ContentTypeType, source, baseOffset + offset, typeBytes);
        type = Ascii(typeBytes);
        bool unused = false;
        int end = FindFieldEnd(m, semicolon + 1, Math.Min(offset + length, m.Length), ref unused);
        if (end < 0)
            return;
        int parametersLength = end - (semicolon + 1) - 2;
        if (parametersLength < 0)
            return;
        var parameterBytes = m.Slice(semicolon + 1, parametersLength);
        TextTree.AddAsciiValue(tree, item, ImfFields.ContentTypeParameters, source, baseOffset + semicolon + 1, parameterBytes);
        parameters = Ascii(parameterBytes);
    }

    /// <summary>dissect_imf_mailbox_list / dissect_imf_address_list: comma-separated items, each a mailbox or group.</summary>
    private static void List(FieldTree tree, int item, int source, int baseOffset, ReadOnlySpan<byte> m, int offset, int length,
        FieldDef itemField, bool addresses)
    {
        int count = 0, at = offset;
        int end;
        do
        {
            int comma = m.Slice(at, offset + length - at).IndexOf((byte)',');
            end = comma < 0 ? -1 : at + comma;
            count++;
            int itemLength = end < 0 ? length - (at - offset) : end - at;
            int node = TextTree.AddAsciiValue(tree, item, itemField, source, baseOffset + at, m.Slice(at, itemLength));
            if (addresses)
                Address(tree, node, source, baseOffset, m, at, itemLength);
            else
                Mailbox(tree, node, source, baseOffset, m, at, itemLength);
            if (end >= 0)
                at = end + 1;
        }
        while (end >= 0);
        if (tree.BuildsText && item >= 0)
            tree.AppendText(item, $", {count} item{(count == 1 ? "" : "s")}");
    }

    /// <summary>dissect_imf_address: a group ("name: mailbox, …;") when there is a colon, else a mailbox.</summary>
    private static void Address(FieldTree tree, int item, int source, int baseOffset, ReadOnlySpan<byte> m, int offset, int length)
    {
        int colon = m.Slice(offset, length).IndexOf((byte)':');
        if (colon < 0)
        {
            Mailbox(tree, item, source, baseOffset, m, offset, length);
            return;
        }
        int position = offset + colon;
        int nameLength = position - offset - 1;
        if (nameLength < 0)
            return;
        int group = TextTree.AddAsciiValue(tree, item, ImfFields.DisplayName, source, baseOffset + offset, m.Slice(offset, nameLength));
        for (position++; position < offset + length; position++)
            if (!IsSpace(m[position]))
                break;
        if (position < m.Length && m[position] != ';')
            List(tree, group, source, baseOffset, m, position, length - (position - offset), ImfFields.MailboxListItem, addresses: false);
    }

    /// <summary>dissect_imf_mailbox: "Name &lt;address&gt;" or a bare address.</summary>
    private static void Mailbox(FieldTree tree, int item, int source, int baseOffset, ReadOnlySpan<byte> m, int offset, int length)
    {
        int open = m.Slice(offset, length).IndexOf((byte)'<');
        if (open < 0)
        {
            TextTree.AddAsciiValue(tree, item, ImfFields.Address, source, baseOffset + offset, m.Slice(offset, length));
            return;
        }
        int addressPosition = offset + open;
        int start = offset;
        for (; start < addressPosition; start++)
            if (!IsSpace(m[start]))
                break;
        if (start != addressPosition && addressPosition - start - 1 >= 0)
            TextTree.AddAsciiValue(tree, item, ImfFields.DisplayName, source, baseOffset + start, m.Slice(start, addressPosition - start - 1));
        int remaining = length - (addressPosition + 1 - start);
        if (remaining <= 0 || addressPosition + 1 + remaining > m.Length)
            return;
        int close = m.Slice(addressPosition + 1, remaining).IndexOf((byte)'>');
        if (close >= 0)
            TextTree.AddAsciiValue(tree, item, ImfFields.Address, source, baseOffset + addressPosition + 1, m.Slice(addressPosition + 1, close));
    }

    /// <summary>base64_to_tvb: the base64 characters decoded, others skipped, up to the padding.</summary>
    private static byte[] DecodeBase64(ReadOnlySpan<byte> text)
    {
        var output = new List<byte>(text.Length * 3 / 4);
        int bits = 0, count = 0;
        foreach (byte c in text)
        {
            int v = c switch
            {
                >= (byte)'A' and <= (byte)'Z' => c - 'A',
                >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
                >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
                (byte)'+' => 62,
                (byte)'/' => 63,
                (byte)'=' => -2,
                _ => -1,
            };
            if (v == -2)
                break;
            if (v < 0)
                continue;
            bits = (bits << 6) | v;
            if (++count == 4)
            {
                output.Add((byte)(bits >> 16));
                output.Add((byte)(bits >> 8));
                output.Add((byte)bits);
                bits = count = 0;
            }
        }
        if (count == 2)
            output.Add((byte)(bits >> 4));
        else if (count == 3)
        {
            output.Add((byte)(bits >> 10));
            output.Add((byte)(bits >> 2));
        }
        return [.. output];
    }

    /// <summary>format_text_wsp: as format_text, with CR, LF and tab shown as spaces.</summary>
    private static string FormatWsp(ReadOnlySpan<byte> line)
    {
        char[] chars = new char[DisplayText.MaxFormattedLength(line.Length)];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] is (byte)'\r' or (byte)'\n' or (byte)'\t')
            {
                n += DisplayText.FormatLine(line[start..i], chars.AsSpan(n));
                if (i < line.Length)
                    chars[n++] = ' ';
                start = i + 1;
            }
        }
        return new string(chars, 0, n);
    }

    private static void AppendFormatted(InfoColumn info, ReadOnlySpan<byte> text)
    {
        char[] chars = new char[DisplayText.MaxFormattedLength(text.Length)];
        info.Append(chars.AsSpan(0, DisplayText.FormatLine(text, chars)));
    }

    private static string Ascii(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        return new string(chars);
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';
}
