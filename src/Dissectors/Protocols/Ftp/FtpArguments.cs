using System.Net;
using System.Net.Sockets;

namespace Sniffer.Dissectors.Protocols.Ftp;

/// <summary>
/// The address arguments of PORT, EPRT and the 227/229 replies, read as packet-ftp.c reads them (parse_port_pasv,
/// parse_eprt_request, parse_extended_pasv_response): positions are offsets in the argument text, lengths as it computes
/// them. Nothing here throws; text that does not parse answers false.
/// </summary>
public static class FtpArguments
{
    /// <summary>Six comma-separated numbers after the first digit that starts them (Bernstein's rule, as cURL and tshark).</summary>
    public static bool TryParsePortPasv(ReadOnlySpan<byte> args, out uint address, out ushort port, out int position, out int addressLength, out int portLength)
    {
        address = 0;
        port = 0;
        position = addressLength = portLength = 0;
        args = UpToNul(args);
        Span<int> n = stackalloc int[6];
        int p = 0;
        while (true)
        {
            while (p < args.Length && !IsDigit(args[p]))
                p++;
            if (p >= args.Length)
                return false;
            if (ScanSix(args, p, n))
            {
                port = (ushort)(((n[4] & 0xFF) << 8) | (n[5] & 0xFF));
                address = (uint)(((n[0] & 0xFF) << 24) | ((n[1] & 0xFF) << 16) | ((n[2] & 0xFF) << 8) | (n[3] & 0xFF));
                position = p;
                portLength = Digits(n[4]) + 1 + Digits(n[5]);
                addressLength = Digits(n[0]) + 1 + Digits(n[1]) + 1 + Digits(n[2]) + 1 + Digits(n[3]);
                return true;
            }
            while (p < args.Length && IsDigit(args[p]))
                p++;
        }
    }

    /// <summary>The width packet-ftp.c counts for a number it read (1, 2 or 3: negative numbers count as one).</summary>
    private static int Digits(int v) => v < 10 ? 1 : v < 100 ? 2 : 3;

    /// <summary>sscanf(p, "%d,%d,%d,%d,%d,%d") == 6.</summary>
    private static bool ScanSix(ReadOnlySpan<byte> s, int p, Span<int> n)
    {
        for (int i = 0; i < 6; i++)
        {
            if (i > 0)
            {
                if (p >= s.Length || s[p] != ',')
                    return false;
                p++;
            }
            while (p < s.Length && IsCSpace(s[p]))
                p++;
            bool negative = false;
            if (p < s.Length && (s[p] == '-' || s[p] == '+'))
                negative = s[p++] == '-';
            if (p >= s.Length || !IsDigit(s[p]))
                return false;
            long v = 0;
            while (p < s.Length && IsDigit(s[p]))
            {
                v = Math.Min(v * 10 + (s[p] - '0'), int.MaxValue);
                p++;
            }
            n[i] = (int)(negative ? -v : v);
        }
        return true;
    }

    /// <summary>EPRT |af|address|port| (RFC 2428); af 1 is IPv4, 2 IPv6.</summary>
    public static bool TryParseEprt(ReadOnlySpan<byte> args, out uint family, out byte[] address, out ushort port, out int addressLength, out int portLength)
    {
        family = 0;
        address = [];
        port = 0;
        addressLength = portLength = 0;
        if (args.Length < 4)
            return false;
        args = UpToNul(args);
        if (args.IsEmpty || !IsValidDelimiter(args[0]))
            return false;
        byte delimiter = args[0];
        if (args.Count(delimiter) != 4)
            return false;
        bool result = true;
        int last = 0, seen = 1;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] != delimiter)
                continue;
            seen++;
            int length = i - last - 1;
            if (length <= 0)
                return false;
            var field = args.Slice(last + 1, length);
            if (seen == 2)
            {
                if (!TryUnsigned(field, uint.MaxValue, out ulong af))
                    return false;
                family = (uint)af;
            }
            else if (seen == 3)
            {
                if (family == 1)
                {
                    result = TryParseIpv4(field, out uint v4);
                    address = [(byte)(v4 >> 24), (byte)(v4 >> 16), (byte)(v4 >> 8), (byte)v4];
                }
                else if (family == 2)
                {
                    result = TryParseIpv6(field, out address);
                }
                else
                {
                    return false;
                }
                addressLength = length;
            }
            else if (seen == 4)
            {
                if (!TryUnsigned(field, ushort.MaxValue, out ulong p))
                    return false;
                port = (ushort)p;
                portLength = length;
            }
            last = i;
        }
        return result;
    }

    /// <summary>"(|||port|)" in a 229 reply: the port, where it starts and how many characters it has.</summary>
    public static bool TryParseEpsv(ReadOnlySpan<byte> args, out ushort port, out int position, out int portLength)
    {
        port = 0;
        position = portLength = 0;
        args = UpToNul(args);
        int p = args.IndexOf((byte)'(');
        if (p < 0)
            return false;
        p++;
        byte delimiter = 0;
        for (int i = 0; i < 3 && p < args.Length; i++)
        {
            byte c = args[p];
            if (delimiter == 0 && IsValidDelimiter(c))
                delimiter = c;
            if (c != delimiter)
                break;
            p++;
        }
        if (p >= args.Length)
            return false;
        int end = p;
        ulong value = 0;
        bool overflow = false;
        while (end < args.Length && IsDigit(args[end]))
        {
            value = value * 10 + (ulong)(args[end] - '0');
            overflow |= value > ushort.MaxValue;
            end++;
        }
        bool valid = end > p && !overflow;
        if (!valid)
        {
            port = 0;
            if (!(end < args.Length && args[end] == '|'))
                return false;
        }
        else
        {
            port = (ushort)value;
        }
        int close = args[p..].IndexOf((byte)')');
        if (close < 0)
            return false;
        position = p;
        portLength = close - 1;
        return true;
    }

    private static bool TryUnsigned(ReadOnlySpan<byte> text, ulong max, out ulong value)
    {
        value = 0;
        if (text.IsEmpty)
            return false;
        foreach (byte b in text)
        {
            if (!IsDigit(b))
                return false;
            value = value * 10 + (ulong)(b - '0');
            if (value > max)
                return false;
        }
        return true;
    }

    /// <summary>inet_pton's dotted quad: four decimal parts up to 255, no leading zeros.</summary>
    private static bool TryParseIpv4(ReadOnlySpan<byte> text, out uint address)
    {
        address = 0;
        int parts = 0, i = 0;
        while (parts < 4)
        {
            int start = i, v = 0;
            while (i < text.Length && IsDigit(text[i]) && i - start < 3)
                v = v * 10 + (text[i++] - '0');
            int digits = i - start;
            if (digits == 0 || v > 255 || (digits > 1 && text[start] == '0'))
                return false;
            address = (address << 8) | (uint)v;
            parts++;
            if (parts < 4)
            {
                if (i >= text.Length || text[i] != '.')
                    return false;
                i++;
            }
        }
        return i == text.Length;
    }

    private static bool TryParseIpv6(ReadOnlySpan<byte> text, out byte[] address)
    {
        address = [];
        if (text.IndexOf((byte)'%') >= 0 || !System.Text.Ascii.IsValid(text))
            return false;
        if (!IPAddress.TryParse(System.Text.Encoding.ASCII.GetString(text), out var ip) || ip.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        address = ip.GetAddressBytes();
        return true;
    }

    /// <summary>RFC 2428's delimiter: a printable character other than a digit, a-f, '.' or ':'.</summary>
    private static bool IsValidDelimiter(byte c)
    {
        if (c <= 0x20 || c >= 0x7F)
            return false;
        byte lower = c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;
        return !(IsDigit(lower) || lower is >= (byte)'a' and <= (byte)'f' || lower == '.' || lower == ':');
    }

    private static ReadOnlySpan<byte> UpToNul(ReadOnlySpan<byte> s)
    {
        int nul = s.IndexOf((byte)0);
        return nul < 0 ? s : s[..nul];
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
    private static bool IsCSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';
}
