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

    public static readonly IReadOnlyDictionary<ulong, string> Versions = new Dictionary<ulong, string>
    {
        [0x0300] = "SSL 3.0",
        [0x0301] = "TLS 1.0",
        [0x0302] = "TLS 1.1",
        [0x0303] = "TLS 1.2",
        [0x0304] = "TLS 1.3",
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

    public static readonly IReadOnlyDictionary<ulong, string> ExtensionTypes = new Dictionary<ulong, string>
    {
        [ExtServerName] = "server_name",
        [5] = "status_request",
        [10] = "supported_groups",
        [11] = "ec_point_formats",
        [13] = "signature_algorithms",
        [ExtAlpn] = "application_layer_protocol_negotiation",
        [18] = "signed_certificate_timestamp",
        [21] = "padding",
        [ExtEncryptThenMac] = "encrypt_then_mac",
        [ExtExtendedMasterSecret] = "extended_master_secret",
        [35] = "session_ticket",
        [41] = "pre_shared_key",
        [42] = "early_data",
        [ExtSupportedVersions] = "supported_versions",
        [45] = "psk_key_exchange_modes",
        [ExtKeyShare] = "key_share",
        [65281] = "renegotiation_info",
    };
}
