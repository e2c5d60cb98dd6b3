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
    // could equal, every line of every message, instead of the whole list.
    private const int MaxNameLength = 32;
    private static readonly int[][] Buckets = BuildBuckets();

    private static int[][] BuildBuckets()
    {
        var lists = new List<int>[26 * (MaxNameLength + 1)];
        for (int i = 0; i < Entries.Length; i++)
        {
            var name = Entries[i].LowerName;
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
        if ((uint)letter < 26 && name.Length <= MaxNameLength)
        {
            foreach (int i in Buckets[letter * (MaxNameLength + 1) + name.Length])
            {
                ref readonly var entry = ref Entries[i];
                if (TextBytes.EqualsIgnoreCase(name, entry.LowerName))
                {
                    field = entry.Field;
                    role = entry.Role;
                    return true;
                }
            }
        }
        field = null;
        role = HttpHeaderRole.Plain;
        return false;
    }
}
