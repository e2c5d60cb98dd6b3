using System.Text;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// ASN.1 OBJECT IDENTIFIERs (FT_OID): their dotted form from the BER encoding (oid_encoded2string) and the names
/// Wireshark gives the ones the dissectors Sniffer has register (oid_resolved_from_encoded).
/// </summary>
public static class ObjectIdentifiers
{
    /// <summary>Appends "1.2.840.113549.1.1.11" for the encoded <paramref name="encoded"/>; a broken encoding ends the text.</summary>
    public static void AppendDotted(StringBuilder sb, ReadOnlySpan<byte> encoded)
    {
        ulong value = 0;
        bool first = true;
        int bits = 0;
        for (int i = 0; i < encoded.Length; i++)
        {
            value = (value << 7) | (uint)(encoded[i] & 0x7F);
            bits += 7;
            if ((encoded[i] & 0x80) != 0)
            {
                if (bits > 63)
                    return;
                continue;
            }
            if (first)
            {
                // The first arc carries two: 40 * x + y, with x at most 2.
                ulong x = value < 40 ? 0UL : value < 80 ? 1UL : 2UL;
                sb.Append(x).Append('.').Append(value - 40 * x);
                first = false;
            }
            else
            {
                sb.Append('.').Append(value);
            }
            value = 0;
            bits = 0;
        }
    }

    public static string ToDotted(ReadOnlySpan<byte> encoded)
    {
        var sb = new StringBuilder();
        AppendDotted(sb, encoded);
        return sb.ToString();
    }

    /// <summary>
    /// The name registered for <paramref name="dotted"/>; for an OID with no name of its own, oids.c's oid_resolved: the name of
    /// its longest named prefix and the remaining arcs ("joint-iso-itu-t.23.140.1.2.1"). Null only for an OID under no named root.
    /// </summary>
    public static string? NameOf(string dotted)
    {
        var names = ObjectIdentifierNames.Names;
        if (names.TryGetValue(dotted, out var name))
            return name;
        for (int cut = dotted.LastIndexOf('.'); cut > 0; cut = dotted.LastIndexOf('.', cut - 1))
        {
            if (names.TryGetValue(dotted[..cut], out var prefix))
                return prefix + dotted[cut..];
        }
        return null;
    }
}
