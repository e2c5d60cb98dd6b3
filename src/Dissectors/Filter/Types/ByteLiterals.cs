namespace Sniffer.Dissectors.Filter.Types;

/// <summary>
/// Byte-string and address literals as Wireshark 4.0 reads them: hex_str_to_bytes (pairs or quads of hex digits,
/// optionally separated by ':', '-' or '.'), byte_array_from_literal, inet_pton for IPv4 and IPv6, and the
/// ASN.1 object identifier encoding.
/// </summary>
internal static class ByteLiterals
{
    private static bool IsByteSeparator(char c) => c is '-' or ':' or '.';

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>epan/strutil.c hex_str_to_bytes.</summary>
    public static byte[]? HexStringToBytes(string s, bool forceSeparators)
    {
        var bytes = new List<byte>(s.Length / 2 + 1);
        int p = 0;
        int n = s.Length;
        while (p < n)
        {
            if (p + 3 < n && Hex(s[p]) >= 0 && Hex(s[p + 1]) >= 0 && Hex(s[p + 2]) >= 0 && Hex(s[p + 3]) >= 0)
            {
                bytes.Add((byte)(Hex(s[p]) << 4 | Hex(s[p + 1])));
                bytes.Add((byte)(Hex(s[p + 2]) << 4 | Hex(s[p + 3])));
                int punct = p + 4;
                if (punct < n)
                {
                    if (IsByteSeparator(s[punct]))
                    {
                        p = punct + 1;
                        continue;
                    }
                    if (forceSeparators)
                        return null;
                }
                p = punct;
                continue;
            }
            if (p + 1 < n && Hex(s[p]) >= 0 && Hex(s[p + 1]) >= 0)
            {
                bytes.Add((byte)(Hex(s[p]) << 4 | Hex(s[p + 1])));
                int punct = p + 2;
                if (punct < n)
                {
                    if (IsByteSeparator(s[punct]))
                    {
                        p = punct + 1;
                        continue;
                    }
                    if (forceSeparators)
                        return null;
                }
                p = punct;
                continue;
            }
            if (p + 1 < n && Hex(s[p]) >= 0 && IsByteSeparator(s[p + 1]))
            {
                bytes.Add((byte)Hex(s[p]));
                p += 2;
                continue;
            }
            if (p + 1 == n && Hex(s[p]) >= 0)
            {
                bytes.Add((byte)Hex(s[p]));
                p++;
                continue;
            }
            return null;
        }
        return bytes.ToArray();
    }

    /// <summary>epan/ftypes byte_array_from_literal; the error message names the literal without a leading colon.</summary>
    public static byte[]? ByteArrayFromLiteral(string s, out string? error)
    {
        error = null;
        if (s.StartsWith(':'))
            s = s[1..];
        if (s.Length == 4 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            s = s[2..];
        if (s.Length == 10 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B') && (s[2] == '0' || s[2] == '1'))
        {
            var status = CNumbers.StrToInt64(s, 2, 2, out long number, out int end);
            if (status == CNumbers.Status.Ok && end == s.Length && number is >= 0 and <= 0xff)
                return [(byte)number];
        }
        var bytes = HexStringToBytes(s, forceSeparators: false);
        if (bytes is null)
            error = $"\"{s}\" is not a valid byte string.";
        return bytes;
    }

    /// <summary>glibc inet_pton(AF_INET): exactly four decimal parts, no leading zeros, each at most 255.</summary>
    public static bool TryParseIpv4(string s, out uint address)
    {
        address = 0;
        int parts = 0;
        int i = 0;
        while (true)
        {
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
                return false;
            int value = 0;
            int digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (digits > 0 && value == 0)
                    return false; // a leading zero
                value = value * 10 + (s[i] - '0');
                if (value > 255)
                    return false;
                digits++;
                i++;
            }
            address = address << 8 | (uint)value;
            parts++;
            if (i == s.Length)
                return parts == 4;
            if (s[i] != '.' || parts == 4)
                return false;
            i++;
        }
    }

    /// <summary>glibc inet_pton(AF_INET6).</summary>
    public static bool TryParseIpv6(string s, Span<byte> address)
    {
        address.Clear();
        if (s.Length == 0)
            return false;
        int i = 0;
        int tp = 0;
        int colonp = -1;
        if (s[0] == ':')
        {
            if (s.Length < 2 || s[1] != ':')
                return false;
            i = 1;
        }
        int curtok = i;
        bool sawXDigit = false;
        int val = 0;
        int digits = 0;
        while (i < s.Length)
        {
            char ch = s[i++];
            int h = Hex(ch);
            if (h >= 0)
            {
                if (digits >= 4)
                    return false;
                val = val << 4 | h;
                digits++;
                sawXDigit = true;
                continue;
            }
            if (ch == ':')
            {
                curtok = i;
                if (!sawXDigit)
                {
                    if (colonp >= 0)
                        return false;
                    colonp = tp;
                    continue;
                }
                if (i == s.Length)
                    return false;
                if (tp + 2 > 16)
                    return false;
                address[tp++] = (byte)(val >> 8);
                address[tp++] = (byte)val;
                sawXDigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16 && TryParseIpv4(s[curtok..], out uint v4))
            {
                address[tp++] = (byte)(v4 >> 24);
                address[tp++] = (byte)(v4 >> 16);
                address[tp++] = (byte)(v4 >> 8);
                address[tp++] = (byte)v4;
                sawXDigit = false;
                i = s.Length;
                break;
            }
            return false;
        }
        if (sawXDigit)
        {
            if (tp + 2 > 16)
                return false;
            address[tp++] = (byte)(val >> 8);
            address[tp++] = (byte)val;
        }
        if (colonp >= 0)
        {
            if (tp == 16)
                return false;
            int n = tp - colonp;
            for (int k = 1; k <= n; k++)
            {
                address[16 - k] = address[colonp + n - k];
                address[colonp + n - k] = 0;
            }
            tp = 16;
        }
        return tp == 16;
    }

    /// <summary>epan/strutil.c rel_oid_str_to_bytes with is_absolute (oid_str_to_bytes).</summary>
    public static byte[]? OidToBytes(string s, bool absolute)
    {
        int dot = -2;
        for (int p = 0; p < s.Length; p++)
        {
            char c = s[p];
            if (!char.IsAsciiDigit(c) && c != '.')
                return null;
            if (c == '.')
            {
                if (p == 0 && absolute)
                    return null;
                if (p + 1 == s.Length)
                    return null;
                if (p - 1 == dot)
                    return null;
                dot = p;
            }
        }
        if (dot < 0)
            return null;
        var bytes = new List<byte>();
        int i = absolute ? 0 : 1;
        int count = absolute ? 0 : 2;
        uint first = 0;
        Span<byte> buf = stackalloc byte[8];
        while (i < s.Length)
        {
            uint subid = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                subid = unchecked(subid * 10 + (uint)(s[i++] - '0'));
            if (count == 0)
            {
                first = subid;
                if (first > 2)
                    return null;
            }
            else if (count == 1)
            {
                if (first < 2 && subid > 39)
                    return null;
                subid += 40 * first;
            }
            if (count > 0)
            {
                int k = buf.Length;
                do
                {
                    k--;
                    buf[k] = (byte)(0x80 | (subid % 0x80));
                    subid >>= 7;
                } while (subid != 0 && k > 0);
                buf[^1] &= 0x7F;
                for (int j = k; j < buf.Length; j++)
                    bytes.Add(buf[j]);
            }
            count++;
            if (i < s.Length)
                i++;
        }
        return bytes.ToArray();
    }
}
