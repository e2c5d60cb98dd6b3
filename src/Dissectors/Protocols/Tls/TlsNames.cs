using System.Collections.Frozen;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>Names for TLS code points (RFC 5246, RFC 8446 and the IANA TLS registries), as Wireshark prints them.</summary>
public static class TlsNames
{
    public const byte ChangeCipherSpec = 20, Alert = 21, Handshake = 22, ApplicationData = 23, Heartbeat = 24;

    public static readonly IReadOnlyDictionary<ulong, string> ContentTypes = new Dictionary<ulong, string>
    {
        [ChangeCipherSpec] = "Change Cipher Spec",
        [Alert] = "Alert",
        [Handshake] = "Handshake",
        [ApplicationData] = "Application Data",
        [Heartbeat] = "Heartbeat",
    };

    /// <summary>packet-tls-utils.c's ssl_versions, as `tshark -G values` lists them (drafts, DTLS, GREASE included).</summary>
    public static readonly IReadOnlyDictionary<ulong, string> Versions = new Dictionary<ulong, string>
    {
        [0x0002] = "SSL 2.0",
        [0x0300] = "SSL 3.0",
        [0x0301] = "TLS 1.0",
        [0x0101] = "GMTLS",
        [0x0302] = "TLS 1.1",
        [0x0303] = "TLS 1.2",
        [0x0304] = "TLS 1.3",
        [0x7f0e] = "TLS 1.3 (draft 14)",
        [0x7f0f] = "TLS 1.3 (draft 15)",
        [0x7f10] = "TLS 1.3 (draft 16)",
        [0x7f11] = "TLS 1.3 (draft 17)",
        [0x7f12] = "TLS 1.3 (draft 18)",
        [0x7f13] = "TLS 1.3 (draft 19)",
        [0x7f14] = "TLS 1.3 (draft 20)",
        [0x7f15] = "TLS 1.3 (draft 21)",
        [0x7f16] = "TLS 1.3 (draft 22)",
        [0x7f17] = "TLS 1.3 (draft 23)",
        [0x7f18] = "TLS 1.3 (draft 24)",
        [0x7f19] = "TLS 1.3 (draft 25)",
        [0x7f1a] = "TLS 1.3 (draft 26)",
        [0x7f1b] = "TLS 1.3 (draft 27)",
        [0x7f1c] = "TLS 1.3 (draft 28)",
        [0xfb17] = "TLS 1.3 (Facebook draft 23)",
        [0xfb1a] = "TLS 1.3 (Facebook draft 26)",
        [0x0100] = "DTLS 1.0 (OpenSSL pre 0.9.8f)",
        [0xfeff] = "DTLS 1.0",
        [0xfefd] = "DTLS 1.2",
        [0x0a0a] = "Reserved (GREASE)",
        [0x1a1a] = "Reserved (GREASE)",
        [0x2a2a] = "Reserved (GREASE)",
        [0x3a3a] = "Reserved (GREASE)",
        [0x4a4a] = "Reserved (GREASE)",
        [0x5a5a] = "Reserved (GREASE)",
        [0x6a6a] = "Reserved (GREASE)",
        [0x7a7a] = "Reserved (GREASE)",
        [0x8a8a] = "Reserved (GREASE)",
        [0x9a9a] = "Reserved (GREASE)",
        [0xaaaa] = "Reserved (GREASE)",
        [0xbaba] = "Reserved (GREASE)",
        [0xcaca] = "Reserved (GREASE)",
        [0xdada] = "Reserved (GREASE)",
        [0xeaea] = "Reserved (GREASE)",
        [0xfafa] = "Reserved (GREASE)",
    };

    /// <summary>The Protocol column's name of a version ("TLSv1.2").</summary>
    public static string ColumnName(ushort version) => version switch
    {
        0x0300 => "SSLv3",
        0x0301 => "TLSv1",
        0x0302 => "TLSv1.1",
        0x0303 => "TLSv1.2",
        0x0304 => "TLSv1.3",
        _ => "TLS",
    };

    public const byte HelloRequest = 0, ClientHello = 1, ServerHello = 2, NewSessionTicket = 4, EndOfEarlyData = 5,
        EncryptedExtensions = 8, Certificate = 11, ServerKeyExchange = 12, CertificateRequest = 13, ServerHelloDone = 14,
        CertificateVerify = 15, ClientKeyExchange = 16, Finished = 20, CertificateStatus = 22, KeyUpdate = 24;

    public static readonly IReadOnlyDictionary<ulong, string> HandshakeTypes = new Dictionary<ulong, string>
    {
        [HelloRequest] = "Hello Request",
        [ClientHello] = "Client Hello",
        [ServerHello] = "Server Hello",
        [3] = "Hello Verify Request",
        [NewSessionTicket] = "New Session Ticket",
        [EndOfEarlyData] = "End of Early Data",
        [6] = "Hello Retry Request",
        [EncryptedExtensions] = "Encrypted Extensions",
        [Certificate] = "Certificate",
        [ServerKeyExchange] = "Server Key Exchange",
        [CertificateRequest] = "Certificate Request",
        [ServerHelloDone] = "Server Hello Done",
        [CertificateVerify] = "Certificate Verify",
        [ClientKeyExchange] = "Client Key Exchange",
        [Finished] = "Finished",
        [21] = "Certificate URL",
        [CertificateStatus] = "Certificate Status",
        [23] = "Supplemental Data",
        [KeyUpdate] = "Key Update",
        [25] = "Compressed Certificate",
        [254] = "Message Hash",
    };

    public static readonly IReadOnlyDictionary<ulong, string> AlertLevels = new Dictionary<ulong, string>
    {
        [1] = "Warning",
        [2] = "Fatal",
    };

    public static readonly IReadOnlyDictionary<ulong, string> AlertDescriptions = new Dictionary<ulong, string>
    {
        [0] = "Close Notify",
        [10] = "Unexpected Message",
        [20] = "Bad Record MAC",
        [21] = "Decryption Failed",
        [22] = "Record Overflow",
        [30] = "Decompression Failure",
        [40] = "Handshake Failure",
        [41] = "No Certificate",
        [42] = "Bad Certificate",
        [43] = "Unsupported Certificate",
        [44] = "Certificate Revoked",
        [45] = "Certificate Expired",
        [46] = "Certificate Unknown",
        [47] = "Illegal Parameter",
        [48] = "Unknown CA",
        [49] = "Access Denied",
        [50] = "Decode Error",
        [51] = "Decrypt Error",
        [60] = "Export Restriction",
        [70] = "Protocol Version",
        [71] = "Insufficient Security",
        [80] = "Internal Error",
        [86] = "Inappropriate Fallback",
        [90] = "User Canceled",
        [100] = "No Renegotiation",
        [109] = "Missing Extension",
        [110] = "Unsupported Extension",
        [111] = "Certificate Unobtainable",
        [112] = "Unrecognized Name",
        [113] = "Bad Certificate Status Response",
        [114] = "Bad Certificate Hash Value",
        [115] = "Unknown PSK Identity",
        [116] = "Certificate Required",
        [120] = "No Application Protocol",
    };

    public const ushort ExtEarlyData = 42;
    public const ushort ExtServerName = 0, ExtAlpn = 16, ExtSupportedVersions = 43, ExtKeyShare = 51, ExtEncryptThenMac = 22, ExtExtendedMasterSecret = 23;
    public const ushort ExtStatusRequest = 5, ExtSupportedGroups = 10, ExtEcPointFormats = 11, ExtSignatureAlgorithms = 13, ExtPadding = 21,
        ExtRecordSizeLimit = 28, ExtSessionTicket = 35, ExtPskKeyExchangeModes = 45, ExtSignatureAlgorithmsCert = 50, ExtRenegotiationInfo = 65281;

    /// <summary>
    /// Extensions whose bodies packet-tls-utils.c reads field by field rather than as "Data" (its ssl_dissect_hnd_extension
    /// cases); those Sniffer does not read yet show their type and length only.
    /// </summary>
    public static readonly FrozenSet<ushort> ExtensionsWithBodies = new ushort[]
    {
        0, 1, 5, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 27, 28, 34, 35, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
        57, 13172, 17513, 30031, 30032, 65281, 0xffa5, 0xffce,
    }.ToFrozenSet();

    /// <summary>packet-tls-utils.c's tls_hello_extension_types, as tshark 4.0.17 -G values lists them.</summary>
    public static readonly IReadOnlyDictionary<ulong, string> ExtensionTypes = new Dictionary<ulong, string>
    {
        [0] = "server_name",
        [1] = "max_fragment_length",
        [2] = "client_certificate_url",
        [3] = "trusted_ca_keys",
        [4] = "truncated_hmac",
        [5] = "status_request",
        [6] = "user_mapping",
        [7] = "client_authz",
        [8] = "server_authz",
        [9] = "cert_type",
        [10] = "supported_groups",
        [11] = "ec_point_formats",
        [12] = "srp",
        [13] = "signature_algorithms",
        [14] = "use_srtp",
        [15] = "heartbeat",
        [16] = "application_layer_protocol_negotiation",
        [17] = "status_request_v2",
        [18] = "signed_certificate_timestamp",
        [19] = "client_certificate_type",
        [20] = "server_certificate_type",
        [21] = "padding",
        [22] = "encrypt_then_mac",
        [23] = "extended_master_secret",
        [24] = "token_binding",
        [25] = "cached_info",
        [27] = "compress_certificate",
        [28] = "record_size_limit",
        [34] = "delegated_credentials",
        [35] = "session_ticket",
        [40] = "Reserved (key_share)",
        [41] = "pre_shared_key",
        [42] = "early_data",
        [43] = "supported_versions",
        [44] = "cookie",
        [45] = "psk_key_exchange_modes",
        [46] = "Reserved (ticket_early_data_info)",
        [47] = "certificate_authorities",
        [48] = "oid_filters",
        [49] = "post_handshake_auth",
        [50] = "signature_algorithms_cert",
        [51] = "key_share",
        [52] = "transparency_info",
        [53] = "connection_id (deprecated)",
        [54] = "connection_id",
        [55] = "external_id_hash",
        [56] = "external_session_id",
        [57] = "quic_transport_parameters",
        [58] = "ticket_request",
        [59] = "dnssec_chain",
        [2570] = "Reserved (GREASE)",
        [6682] = "Reserved (GREASE)",
        [10794] = "Reserved (GREASE)",
        [13172] = "next_protocol_negotiation",
        [14906] = "Reserved (GREASE)",
        [17513] = "application_settings",
        [19018] = "Reserved (GREASE)",
        [23130] = "Reserved (GREASE)",
        [27242] = "Reserved (GREASE)",
        [30031] = "channel_id_old",
        [30032] = "channel_id",
        [65281] = "renegotiation_info",
        [31354] = "Reserved (GREASE)",
        [35466] = "Reserved (GREASE)",
        [39578] = "Reserved (GREASE)",
        [43690] = "Reserved (GREASE)",
        [47802] = "Reserved (GREASE)",
        [51914] = "Reserved (GREASE)",
        [56026] = "Reserved (GREASE)",
        [60138] = "Reserved (GREASE)",
        [64250] = "Reserved (GREASE)",
        [65445] = "quic_transport_parameters (drafts version)",
        [65486] = "encrypted_server_name",
    };
}
