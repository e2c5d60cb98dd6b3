using System.Text;

namespace Sniffer.Dissectors.Protocols.Dns;

/// <summary>How reading a (possibly compressed) domain name ended.</summary>
public enum DnsNameStatus : byte
{
    Ok,
    /// <summary>The name runs past the end of the message.</summary>
    Truncated,
    /// <summary>More compression pointers than any real name needs (a loop), or a name longer than DNS allows.</summary>
    TooLong,
}

/// <summary>
/// Reads RFC 1035 names with compression pointers. The work per name is bounded whatever the bytes say: at most
/// <see cref="MaxPointers"/> pointers are followed and at most <see cref="MaxNameChars"/> characters kept, so a pointer
/// loop ends quickly and a message's names cost time linear in the message.
/// </summary>
public static class DnsNameReader
{
    public const int MaxPointers = 64;
    public const int MaxNameChars = 255 * 4;

    /// <summary>
    /// Reads the name at <paramref name="offset"/> of <paramref name="message"/>. <paramref name="consumed"/> is how many
    /// bytes the name takes where it is (up to and including the first pointer); <paramref name="labels"/> counts labels.
    /// The text is Wireshark's: labels joined by '.', "&lt;Root&gt;" for the root, non-printable bytes as \ooo... escapes.
    /// </summary>
    public static DnsNameStatus Read(ReadOnlySpan<byte> message, int offset, StringBuilder name, out int consumed, out int labels)
    {
        name.Clear();
        consumed = 0;
        labels = 0;
        int pos = offset, pointers = 0;
        bool jumped = false;
        while (true)
        {
            if ((uint)pos >= (uint)message.Length)
            {
                if (!jumped) consumed = pos - offset;
                return DnsNameStatus.Truncated;
            }
            byte len = message[pos];
            switch (len & 0xC0)
            {
                case 0x00:
                    if (len == 0)
                    {
                        if (!jumped) consumed = pos + 1 - offset;
                        return DnsNameStatus.Ok;
                    }
                    if (pos + 1 + len > message.Length)
                    {
                        if (!jumped) consumed = message.Length - offset;
                        return DnsNameStatus.Truncated;
                    }
                    if (name.Length > 0)
                        name.Append('.');
                    AppendLabel(name, message.Slice(pos + 1, len));
                    labels++;
                    pos += 1 + len;
                    if (name.Length > MaxNameChars)
                    {
                        if (!jumped) consumed = pos - offset;
                        return DnsNameStatus.TooLong;
                    }
                    break;
                case 0xC0:
                    if (pos + 1 >= message.Length)
                    {
                        if (!jumped) consumed = message.Length - offset;
                        return DnsNameStatus.Truncated;
                    }
                    if (!jumped)
                        consumed = pos + 2 - offset;
                    jumped = true;
                    if (++pointers > MaxPointers)
                        return DnsNameStatus.TooLong;
                    pos = ((len & 0x3F) << 8) | message[pos + 1];
                    break;
                default:
                    // 0x40 (extended label) and 0x80 are not names Wireshark decodes either: stop here.
                    if (!jumped) consumed = pos + 1 - offset;
                    name.Append("<Unknown extended label>");
                    return DnsNameStatus.Ok;
            }
        }
    }

    private static void AppendLabel(StringBuilder name, ReadOnlySpan<byte> label)
    {
        foreach (byte c in label)
        {
            if (c == '.' || c == '\\')
                name.Append('\\').Append((char)c);
            else if (c >= 0x20 && c < 0x7F)
                name.Append((char)c);
            else
                name.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
        }
    }

    /// <summary>The text Wireshark shows for a name ("&lt;Root&gt;" for the empty one).</summary>
    public static string Display(StringBuilder name) => name.Length == 0 ? "<Root>" : name.ToString();
}
