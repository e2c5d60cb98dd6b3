using Sniffer.Dissectors.Model;

namespace Sniffer.Analysis;

/// <summary>
/// The fields the analysis reads from each frame's tree, by their Wireshark names, and a code per field id so one walk
/// over a tree's nodes sorts them. Fields a build does not declare (urlencoded-form.* before its protocol exists) are
/// simply not read.
/// </summary>
internal sealed class AnalysisFields
{
    public enum Code : byte
    {
        None,
        TcpStream, TcpFlags, TcpReusedPorts,
        Http, HttpRequest, HttpResponse, HttpMethod, HttpUri, HttpRequestVersion, HttpResponseVersion, HttpCode, HttpPhrase,
        HttpHost, HttpReferer, HttpUserAgent, HttpCookie, HttpSetCookie, HttpAuthorization, HttpAuthBasic, HttpLocation,
        HttpContentType, HttpChunkSize,
        Form, FormKey, FormValue,
        Htcpcp, HtcpcpRequest, HtcpcpResponse, HtcpcpMethod, HtcpcpUri, HtcpcpRequestVersion, HtcpcpResponseVersion, HtcpcpCode,
        HtcpcpPhrase, HtcpcpAdditions, HtcpcpPot, HtcpcpTea, HtcpcpScheme, HtcpcpContentType, HtcpcpBody,
        TlsRecord, TlsContentType, TlsOpaqueType, TlsRecordLength, TlsHandshakeType, TlsServerName,
        Data,
    }

    private static readonly (string Abbrev, Code Code)[] Wanted =
    [
        ("tcp.stream", Code.TcpStream), ("tcp.flags", Code.TcpFlags), ("tcp.analysis.reused_ports", Code.TcpReusedPorts),
        ("http", Code.Http), ("http.request", Code.HttpRequest), ("http.response", Code.HttpResponse),
        ("http.request.method", Code.HttpMethod), ("http.request.uri", Code.HttpUri), ("http.request.version", Code.HttpRequestVersion),
        ("http.response.version", Code.HttpResponseVersion), ("http.response.code", Code.HttpCode), ("http.response.phrase", Code.HttpPhrase),
        ("http.host", Code.HttpHost), ("http.referer", Code.HttpReferer), ("http.user_agent", Code.HttpUserAgent),
        ("http.cookie", Code.HttpCookie), ("http.set_cookie", Code.HttpSetCookie), ("http.authorization", Code.HttpAuthorization),
        ("http.authbasic", Code.HttpAuthBasic), ("http.location", Code.HttpLocation), ("http.content_type", Code.HttpContentType),
        ("http.chunk_size", Code.HttpChunkSize),
        ("urlencoded-form", Code.Form), ("urlencoded-form.key", Code.FormKey), ("urlencoded-form.value", Code.FormValue),
        ("htcpcp", Code.Htcpcp), ("htcpcp.request", Code.HtcpcpRequest), ("htcpcp.response", Code.HtcpcpResponse),
        ("htcpcp.request.method", Code.HtcpcpMethod), ("htcpcp.request.uri", Code.HtcpcpUri), ("htcpcp.request.version", Code.HtcpcpRequestVersion),
        ("htcpcp.response.version", Code.HtcpcpResponseVersion), ("htcpcp.response.code", Code.HtcpcpCode), ("htcpcp.response.phrase", Code.HtcpcpPhrase),
        ("htcpcp.accept_additions", Code.HtcpcpAdditions), ("htcpcp.uri.pot", Code.HtcpcpPot), ("htcpcp.uri.tea_variety", Code.HtcpcpTea),
        ("htcpcp.uri.scheme", Code.HtcpcpScheme), ("htcpcp.content_type", Code.HtcpcpContentType), ("htcpcp.body", Code.HtcpcpBody),
        ("tls.record", Code.TlsRecord), ("tls.record.content_type", Code.TlsContentType), ("tls.record.opaque_type", Code.TlsOpaqueType),
        ("tls.record.length", Code.TlsRecordLength), ("tls.handshake.type", Code.TlsHandshakeType),
        ("tls.handshake.extensions_server_name", Code.TlsServerName),
        ("data.data", Code.Data),
    ];

    private readonly Code[] _codes;

    public AnalysisFields(FieldCatalog catalog)
    {
        var defs = new List<FieldDef>();
        int max = 0;
        foreach (var (abbrev, _) in Wanted)
            if (catalog.Find(abbrev) is { } def)
                max = Math.Max(max, def.Id);
        _codes = new Code[max + 1];
        foreach (var (abbrev, code) in Wanted)
        {
            if (catalog.Find(abbrev) is not { } def)
                continue;
            defs.Add(def);
            _codes[def.Id] = code;
        }
        Fields = defs;
        IcmpId = catalog.Find("icmp")?.Id ?? -1;
        Icmpv6Id = catalog.Find("icmpv6")?.Id ?? -1;
    }

    /// <summary>The ids of the icmp and icmpv6 protocols (-1 when not declared): a TCP header under one is quoted in an error.</summary>
    public int IcmpId { get; }

    public int Icmpv6Id { get; }

    public IReadOnlyCollection<FieldDef> Fields { get; }

    /// <summary>The code of each field, by <see cref="FieldDef.Id"/> (the per-frame walk reads it without a call).</summary>
    public Code[] Codes => _codes;
}
