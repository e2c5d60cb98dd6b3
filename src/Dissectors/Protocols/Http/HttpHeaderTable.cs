using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>The headers tshark 4.0 gives fields of their own, looked up by name without regard to case.</summary>
internal static class HttpHeaderTable
{
    private readonly record struct Entry(byte[] LowerName, FieldDef? Field, HttpHeaderRole Role);

    private static readonly Entry[] Entries =
    [
        new("authorization"u8.ToArray(), HttpFields.Authorization, HttpHeaderRole.Authorization),
        new("proxy-authorization"u8.ToArray(), HttpFields.ProxyAuthorization, HttpHeaderRole.Authorization),
        new("proxy-authenticate"u8.ToArray(), HttpFields.ProxyAuthenticate, HttpHeaderRole.Plain),
        new("www-authenticate"u8.ToArray(), HttpFields.WwwAuthenticate, HttpHeaderRole.Plain),
        new("content-type"u8.ToArray(), HttpFields.ContentType, HttpHeaderRole.ContentType),
        new("content-length"u8.ToArray(), HttpFields.ContentLengthHeader, HttpHeaderRole.ContentLength),
        new("content-encoding"u8.ToArray(), HttpFields.ContentEncoding, HttpHeaderRole.ContentEncoding),
        new("transfer-encoding"u8.ToArray(), HttpFields.TransferEncoding, HttpHeaderRole.TransferEncoding),
        new("upgrade"u8.ToArray(), HttpFields.Upgrade, HttpHeaderRole.Upgrade),
        new("user-agent"u8.ToArray(), HttpFields.UserAgent, HttpHeaderRole.Plain),
        new("host"u8.ToArray(), HttpFields.Host, HttpHeaderRole.Host),
        new("connection"u8.ToArray(), HttpFields.Connection, HttpHeaderRole.Connection),
        new("cookie"u8.ToArray(), HttpFields.Cookie, HttpHeaderRole.Cookie),
        new("accept"u8.ToArray(), HttpFields.Accept, HttpHeaderRole.Plain),
        new("referer"u8.ToArray(), HttpFields.Referer, HttpHeaderRole.Plain),
        new("accept-language"u8.ToArray(), HttpFields.AcceptLanguage, HttpHeaderRole.Plain),
        new("accept-encoding"u8.ToArray(), HttpFields.AcceptEncoding, HttpHeaderRole.Plain),
        new("date"u8.ToArray(), HttpFields.Date, HttpHeaderRole.Plain),
        new("cache-control"u8.ToArray(), HttpFields.CacheControl, HttpHeaderRole.Plain),
        new("server"u8.ToArray(), HttpFields.Server, HttpHeaderRole.Plain),
        new("location"u8.ToArray(), HttpFields.Location, HttpHeaderRole.Plain),
        new("sec-websocket-accept"u8.ToArray(), HttpFields.SecWebsocketAccept, HttpHeaderRole.Plain),
        new("sec-websocket-extensions"u8.ToArray(), HttpFields.SecWebsocketExtensions, HttpHeaderRole.Plain),
        new("sec-websocket-key"u8.ToArray(), HttpFields.SecWebsocketKey, HttpHeaderRole.Plain),
        new("sec-websocket-protocol"u8.ToArray(), HttpFields.SecWebsocketProtocol, HttpHeaderRole.Plain),
        new("sec-websocket-version"u8.ToArray(), HttpFields.SecWebsocketVersion, HttpHeaderRole.Plain),
        new("set-cookie"u8.ToArray(), HttpFields.SetCookie, HttpHeaderRole.Plain),
        new("last-modified"u8.ToArray(), HttpFields.LastModified, HttpHeaderRole.Plain),
        new("x-forwarded-for"u8.ToArray(), HttpFields.XForwardedFor, HttpHeaderRole.Plain),
        new("http2-settings"u8.ToArray(), HttpFields.Http2Settings, HttpHeaderRole.Plain),
        new("range"u8.ToArray(), null, HttpHeaderRole.Range),
        new("content-range"u8.ToArray(), null, HttpHeaderRole.ContentRange),
    ];

    /// <summary>The fields of the headers that have one.</summary>
    public static IEnumerable<FieldDef> Fields => Entries.Where(e => e.Field is not null).Select(e => e.Field!);

    // The entries by first letter and length ("host": h, 4): a header name meets at most the two or three entries it
    // could equal, every line of every message, instead of the whole list. Each name is compared as three 8-byte words
    // lower-cased at once (every name is at most 24 bytes), not byte by byte.
    private const int MaxNameLength = 24;
    private static readonly int[][] Buckets = BuildBuckets();
    private static readonly NameWords[] Words = [.. Entries.Select(e => NameWords.Of(e.LowerName))];

    private static int[][] BuildBuckets()
    {
        var lists = new List<int>[26 * (MaxNameLength + 1)];
        for (int i = 0; i < Entries.Length; i++)
        {
            var name = Entries[i].LowerName;
            if (name.Length > MaxNameLength)
                throw new InvalidOperationException($"header name longer than {MaxNameLength} bytes: {System.Text.Encoding.ASCII.GetString(name)}");
            int key = (name[0] - 'a') * (MaxNameLength + 1) + name.Length;
            (lists[key] ??= []).Add(i);
        }
        return [.. lists.Select(l => l is null ? [] : l.ToArray())];
    }

    /// <summary>The field (null for headers tshark shows only as a line) and role of a header name.</summary>
    public static bool TryFind(ReadOnlySpan<byte> name, out FieldDef? field, out HttpHeaderRole role)
    {
        // Every name starts with a lower-case letter: bit 5 set maps A-Z onto a-z and nothing else onto a letter.
        int letter = name.IsEmpty ? -1 : (name[0] | 0x20) - 'a';
        if ((uint)letter < 26 && name.Length <= MaxNameLength && NameWords.TryLower(name, out var words))
        {
            foreach (int i in Buckets[letter * (MaxNameLength + 1) + name.Length])
            {
                ref readonly var w = ref Words[i];
                if (words.A != w.A || words.B != w.B || words.C != w.C)
                    continue;
                ref readonly var entry = ref Entries[i];
                field = entry.Field;
                role = entry.Role;
                return true;
            }
        }
        field = null;
        role = HttpHeaderRole.Plain;
        return false;
    }

    /// <summary>Up to 24 bytes of a name as three little-endian words, zero past its end.</summary>
    private readonly record struct NameWords(ulong A, ulong B, ulong C)
    {
        public static NameWords Of(ReadOnlySpan<byte> lower)
        {
            Span<byte> padded = stackalloc byte[MaxNameLength];
            padded.Clear();
            lower.CopyTo(padded);
            return new(Read(padded, 0), Read(padded, 8), Read(padded, 16));
        }

        /// <summary>The name with A-Z lower-cased (exactly: other bytes stay as they are); false for bytes above 0x7F.</summary>
        public static bool TryLower(ReadOnlySpan<byte> name, out NameWords words)
        {
            Span<byte> padded = stackalloc byte[MaxNameLength];
            padded.Clear();
            name.CopyTo(padded);
            ulong a = Read(padded, 0), b = Read(padded, 8), c = Read(padded, 16);
            if (((a | b | c) & HighBits) != 0)
            {
                words = default;
                return false;
            }
            words = new(Lower(a), Lower(b), Lower(c));
            return true;
        }

        private const ulong HighBits = 0x8080808080808080UL;
        private const ulong Ones = 0x0101010101010101UL;

        // Per byte (all below 0x80, so no carry crosses a byte): bit 7 set in (b + 0x80 - 'A') when b >= 'A', and in
        // (b + 0x80 - 'Z' - 1) when b > 'Z'; their difference marks A-Z, whose bit 5 is then set.
        private static ulong Lower(ulong x)
        {
            ulong atLeastA = x + Ones * (0x80 - 'A');
            ulong aboveZ = x + Ones * (0x80 - 'Z' - 1);
            ulong upper = atLeastA & ~aboveZ & HighBits;
            return x | (upper >> 2);
        }

        private static ulong Read(ReadOnlySpan<byte> bytes, int at)
            => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
    }
}
