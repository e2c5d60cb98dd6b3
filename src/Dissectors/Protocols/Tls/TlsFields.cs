using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls;

/// <summary>TLS fields with tshark 4.0's abbreviations, names and types.</summary>
public static class TlsFields
{
    public static readonly ProtocolDef Protocol = new("tls", "TLS", "Transport Layer Security");
    public static readonly FieldDef Record = new("tls.record", "Record Layer", FieldType.None);
    public static readonly FieldDef RecordContentType = new("tls.record.content_type", "Content Type", FieldType.UInt8, FieldBase.Dec, valueNames: TlsNames.ContentTypes);
    public static readonly FieldDef RecordOpaqueType = new("tls.record.opaque_type", "Opaque Type", FieldType.UInt8, FieldBase.Dec, description: "Always set to value 23, actual content type is known after decryption", valueNames: TlsNames.ContentTypes);
    public static readonly FieldDef RecordVersion = new("tls.record.version", "Version", FieldType.UInt16, FieldBase.Hex, description: "Record layer version", valueNames: TlsNames.Versions);
    public static readonly FieldDef RecordLength = new("tls.record.length", "Length", FieldType.UInt16, description: "Length of TLS record data");
    public static readonly FieldDef AppData = new("tls.app_data", "Encrypted Application Data", FieldType.Bytes, description: "Payload is encrypted application data");
    public static readonly FieldDef AppDataProto = new("tls.app_data_proto", "Application Data Protocol", FieldType.String);
    public static readonly FieldDef SegmentData = new("tls.segment.data", "TLS segment data", FieldType.Bytes, description: "The payload of a single TLS segment");
    public static readonly FieldDef SegmentCount = new("tls.segment.count", "Segment count", FieldType.UInt32);
    public static readonly FieldDef ReassembledSegment = new("tls.segment", "TLS segment", FieldType.FrameNum);
    public static readonly FieldDef ReassembledSegments = new("tls.segments", "Reassembled TLS segments", FieldType.None, description: "TLS Segments");
    public static readonly FieldDef ReassembledIn = new("tls.reassembled_in", "Reassembled PDU in frame", FieldType.FrameNum,
        description: "The PDU that doesn't end in this segment is reassembled in this frame");
    public static readonly FieldDef ReassembledLength = new("tls.reassembled.length", "Reassembled PDU length", FieldType.UInt32,
        description: "The total length of the reassembled payload");
    public static readonly FieldDef ReassembledData = new("tls.reassembled.data", "Reassembled PDU data", FieldType.Bytes,
        description: "The payload of multiple reassembled TLS segments");
    public static readonly FieldDef ChangeCipherSpec = new("tls.change_cipher_spec", "Change Cipher Spec Message", FieldType.None, description: "Signals a change in cipher specifications");
    public static readonly FieldDef AlertMessage = new("tls.alert_message", "Alert Message", FieldType.None);
    public static readonly FieldDef AlertLevel = new("tls.alert_message.level", "Level", FieldType.UInt8, FieldBase.Dec, description: "Alert message level", valueNames: TlsNames.AlertLevels);
    public static readonly FieldDef AlertDescription = new("tls.alert_message.desc", "Description", FieldType.UInt8, FieldBase.Dec, description: "Alert message description", valueNames: TlsNames.AlertDescriptions);

    public static readonly FieldDef Handshake = new("tls.handshake", "Handshake Protocol", FieldType.None, description: "Handshake protocol message");
    public static readonly FieldDef HandshakeType = new("tls.handshake.type", "Handshake Type", FieldType.UInt8, FieldBase.Dec, description: "Type of handshake message", valueNames: TlsNames.HandshakeTypes);
    public static readonly FieldDef HandshakeLength = new("tls.handshake.length", "Length", FieldType.UInt24, description: "Length of handshake message");
    public static readonly FieldDef HandshakeVersion = new("tls.handshake.version", "Version", FieldType.UInt16, FieldBase.Hex, description: "Maximum version supported by client", valueNames: TlsNames.Versions);
    public static readonly FieldDef Random = new("tls.handshake.random", "Random", FieldType.Bytes, description: "Random values used for deriving keys");
    public static readonly FieldDef RandomTime = new("tls.handshake.random_time", "GMT Unix Time", FieldType.AbsoluteTime, FieldBase.Utc,
        description: "Unix time field of random structure");
    public static readonly FieldDef RandomBytes = new("tls.handshake.random_bytes", "Random Bytes", FieldType.Bytes,
        description: "Random values used for deriving keys");
    public static readonly FieldDef SessionIdLength = new("tls.handshake.session_id_length", "Session ID Length", FieldType.UInt8, description: "Length of Session ID field");
    public static readonly FieldDef SessionId = new("tls.handshake.session_id", "Session ID", FieldType.Bytes, description: "Identifies the SSL session, allowing later resumption");
    public static readonly FieldDef CipherSuitesLength = new("tls.handshake.cipher_suites_length", "Cipher Suites Length", FieldType.UInt16, description: "Length of cipher suites field");
    public static readonly FieldDef CipherSuites = new("tls.handshake.ciphersuites", "Cipher Suites", FieldType.None, description: "List of cipher suites supported by client");
    public static readonly FieldDef CipherSuite = new("tls.handshake.ciphersuite", "Cipher Suite", FieldType.UInt16, FieldBase.Hex,
        valueNames: Crypto.CipherSuiteNames.ByValue);
    public static readonly FieldDef CompMethodsLength = new("tls.handshake.comp_methods_length", "Compression Methods Length", FieldType.UInt8, description: "Length of compression methods field");
    public static readonly FieldDef CompMethods = new("tls.handshake.comp_methods", "Compression Methods", FieldType.None,
        description: "List of compression methods supported by client");
    /// <summary>packet-tls-utils.c's ssl_31_compression_method names.</summary>
    public static readonly FieldDef CompMethod = new("tls.handshake.comp_method", "Compression Method", FieldType.UInt8,
        valueNames: new Dictionary<ulong, string> { [0] = "null", [1] = "DEFLATE", [64] = "LZS" });
    public static readonly FieldDef ExtensionsLength = new("tls.handshake.extensions_length", "Extensions Length", FieldType.UInt16, description: "Length of hello extensions");
    public static readonly FieldDef ExtensionType = new("tls.handshake.extension.type", "Type", FieldType.UInt16, FieldBase.Dec, description: "Hello extension type", valueNames: TlsNames.ExtensionTypes);
    public static readonly FieldDef ExtensionLength = new("tls.handshake.extension.len", "Length", FieldType.UInt16, description: "Length of a hello extension");
    public static readonly FieldDef ServerNameListLength = new("tls.handshake.extensions_server_name_list_len", "Server Name list length", FieldType.UInt16, description: "Length of server name list");
    public static readonly FieldDef ServerNameType = new("tls.handshake.extensions_server_name_type", "Server Name Type", FieldType.UInt8, valueNames: TlsExtensionNames.ServerNameTypes);
    public static readonly FieldDef ServerNameLength = new("tls.handshake.extensions_server_name_len", "Server Name length", FieldType.UInt16, description: "Length of server name string");
    public static readonly FieldDef ServerName = new("tls.handshake.extensions_server_name", "Server Name", FieldType.String);
    public static readonly FieldDef AlpnLength = new("tls.handshake.extensions_alpn_len", "ALPN Extension Length", FieldType.UInt16, description: "Length of the ALPN Extension");
    public static readonly FieldDef AlpnList = new("tls.handshake.extensions_alpn_list", "ALPN Protocol", FieldType.None);
    public static readonly FieldDef AlpnStringLength = new("tls.handshake.extensions_alpn_str_len", "ALPN string length", FieldType.UInt8, description: "Length of ALPN string");
    public static readonly FieldDef AlpnString = new("tls.handshake.extensions_alpn_str", "ALPN Next Protocol", FieldType.String);
    public static readonly FieldDef SupportedVersionsLength = new("tls.handshake.extensions.supported_versions_len", "Supported Versions length", FieldType.UInt8);
    public static readonly FieldDef SupportedVersion = new("tls.handshake.extensions.supported_version", "Supported Version", FieldType.UInt16, FieldBase.Hex, valueNames: TlsNames.Versions);
    public static readonly FieldDef KeyShareGroup = new("tls.handshake.extensions_key_share_group", "Group", FieldType.UInt16, valueNames: TlsExtensionNames.Groups);
    public static readonly FieldDef KeyShareClientLength = new("tls.handshake.extensions_key_share_client_length", "Client Key Share Length", FieldType.UInt16);
    public static readonly FieldDef KeyExchangeLength = new("tls.handshake.extensions_key_share_key_exchange_length", "Key Exchange Length", FieldType.UInt16);
    public static readonly FieldDef KeyExchange = new("tls.handshake.extensions_key_share_key_exchange", "Key Exchange", FieldType.Bytes);
    public static readonly FieldDef KeyShareSelectedGroup = new("tls.handshake.extensions_key_share_selected_group", "Selected Group", FieldType.UInt16, valueNames: TlsExtensionNames.Groups);
    public static readonly FieldDef ExtensionData = new("tls.handshake.extension.data", "Data", FieldType.Bytes, description: "Hello Extension data");
    public static readonly FieldDef SupportedGroupsLength = new("tls.handshake.extensions_supported_groups_length", "Supported Groups List Length", FieldType.UInt16);
    public static readonly FieldDef SupportedGroups = new("tls.handshake.extensions_supported_groups", "Supported Groups List", FieldType.None,
        description: "List of supported groups (formerly Supported Elliptic Curves)");
    public static readonly FieldDef SupportedGroup = new("tls.handshake.extensions_supported_group", "Supported Group", FieldType.UInt16, FieldBase.Hex, valueNames: TlsExtensionNames.Groups);
    public static readonly FieldDef EcPointFormatsLength = new("tls.handshake.extensions_ec_point_formats_length", "EC point formats Length", FieldType.UInt8,
        description: "Length of elliptic curves point formats field");
    public static readonly FieldDef EcPointFormats = new("tls.handshake.extensions_ec_point_formats", "EC point formats", FieldType.None, description: "List of elliptic curves point format");
    public static readonly FieldDef EcPointFormat = new("tls.handshake.extensions_ec_point_format", "EC point format", FieldType.UInt8, description: "Elliptic curves point format",
        valueNames: TlsExtensionNames.EcPointFormats);
    public static readonly FieldDef SigHashAlgsLength = new("tls.handshake.sig_hash_alg_len", "Signature Hash Algorithms Length", FieldType.UInt16, description: "Length of Signature Hash Algorithms");
    public static readonly FieldDef SigHashAlgs = new("tls.handshake.sig_hash_algs", "Signature Algorithms", FieldType.None, description: "List of supported Signature Algorithms");
    public static readonly FieldDef SigHashAlg = new("tls.handshake.sig_hash_alg", "Signature Algorithm", FieldType.UInt16, FieldBase.Hex, valueNames: TlsExtensionNames.SignatureAlgorithms);
    public static readonly FieldDef SigHashHash = new("tls.handshake.sig_hash_hash", "Signature Hash Algorithm Hash", FieldType.UInt8, description: "Hash algorithm (TLS 1.2)",
        valueNames: TlsExtensionNames.HashAlgorithms);
    public static readonly FieldDef SigHashSig = new("tls.handshake.sig_hash_sig", "Signature Hash Algorithm Signature", FieldType.UInt8, description: "Signature algorithm (TLS 1.2)",
        valueNames: TlsExtensionNames.SignatureKinds);
    public static readonly FieldDef PskKeModesLength = new("tls.extension.psk_ke_modes_length", "PSK Key Exchange Modes Length", FieldType.UInt8);
    public static readonly FieldDef PskKeMode = new("tls.extension.psk_ke_mode", "PSK Key Exchange Mode", FieldType.UInt8,
        description: "Key exchange modes where the client supports use of PSKs", valueNames: TlsExtensionNames.PskKeyExchangeModes);
    public static readonly FieldDef RenegInfoLength = new("tls.handshake.extensions_reneg_info_len", "Renegotiation info extension length", FieldType.UInt8);
    public static readonly FieldDef RenegInfo = new("tls.handshake.extensions_reneg_info", "Renegotiation info", FieldType.Bytes);
    public static readonly FieldDef StatusRequestType = new("tls.handshake.extensions_status_request_type", "Certificate Status Type", FieldType.UInt8,
        valueNames: TlsExtensionNames.StatusRequestTypes);
    public static readonly FieldDef StatusRequestResponderIdsLength = new("tls.handshake.extensions_status_request_responder_ids_len", "Responder ID list Length", FieldType.UInt16);
    public static readonly FieldDef StatusRequestExtensionsLength = new("tls.handshake.extensions_status_request_exts_len", "Request Extensions Length", FieldType.UInt16);
    public static readonly FieldDef RecordSizeLimit = new("tls.record_size_limit", "Record Size Limit", FieldType.UInt16, description: "Maximum record size that an endpoint is willing to receive");
    public static readonly FieldDef PaddingData = new("tls.handshake.extensions_padding_data", "Padding Data", FieldType.Bytes, description: "Must be zero");
    public static readonly FieldDef Ja3Full = new("tls.handshake.ja3_full", "JA3 Fullstring", FieldType.String);
    public static readonly FieldDef Ja3 = new("tls.handshake.ja3", "JA3", FieldType.String);
    public static readonly FieldDef Ja3sFull = new("tls.handshake.ja3s_full", "JA3S Fullstring", FieldType.String);
    public static readonly FieldDef Ja3s = new("tls.handshake.ja3s", "JA3S", FieldType.String);
    public static readonly FieldDef VerifyData = new("tls.handshake.verify_data", "Verify Data", FieldType.None, description: "Opaque verification data");
    public static readonly FieldDef ClientPointLength = new("tls.handshake.client_point_len", "Pubkey Length", FieldType.UInt8, description: "Length of client's EC Diffie-Hellman public key");
    public static readonly FieldDef ClientPoint = new("tls.handshake.client_point", "Pubkey", FieldType.Bytes, description: "EC Diffie-Hellman client pubkey");
    public static readonly FieldDef CertificatesLength = new("tls.handshake.certificates_length", "Certificates Length", FieldType.UInt24, description: "Length of certificates field");
    public static readonly FieldDef Certificates = new("tls.handshake.certificates", "Certificates", FieldType.None, description: "List of certificates");
    public static readonly FieldDef CertificateLength = new("tls.handshake.certificate_length", "Certificate Length", FieldType.UInt24, description: "Length of certificate");
    public static readonly FieldDef Certificate = new("tls.handshake.certificate", "Certificate", FieldType.Bytes);

    public static readonly FieldDef SessionTicketLifetimeHint = new("tls.handshake.session_ticket_lifetime_hint", "Session Ticket Lifetime Hint", FieldType.UInt32,
        description: "New Session Ticket Lifetime Hint") { Unit = Units.Seconds };
    public static readonly FieldDef SessionTicketAgeAdd = new("tls.handshake.session_ticket_age_add", "Session Ticket Age Add", FieldType.UInt32,
        description: "Random 32-bit value to obscure age of ticket");
    public static readonly FieldDef SessionTicketNonceLength = new("tls.handshake.session_ticket_nonce_length", "Session Ticket Nonce Length", FieldType.UInt8);
    public static readonly FieldDef SessionTicketNonce = new("tls.handshake.session_ticket_nonce", "Session Ticket Nonce", FieldType.Bytes, description: "A unique per-ticket value");
    public static readonly FieldDef SessionTicketLength = new("tls.handshake.session_ticket_length", "Session Ticket Length", FieldType.UInt16, description: "New Session Ticket Length");
    public static readonly FieldDef SessionTicket = new("tls.handshake.session_ticket", "Session Ticket", FieldType.Bytes, description: "New Session Ticket");
    public static readonly FieldDef MaxEarlyDataSize = new("tls.early_data.max_early_data_size", "Maximum Early Data Size", FieldType.UInt32,
        description: "Maximum amount of 0-RTT data that the client may send");
    public static readonly FieldDef ServerCurveType = new("tls.handshake.server_curve_type", "Curve Type", FieldType.UInt8, FieldBase.Hex, description: "Server curve_type",
        valueNames: new Dictionary<ulong, string> { [1] = "explicit_prime", [2] = "explicit_char2", [3] = "named_curve" });
    public static readonly FieldDef ServerNamedCurve = new("tls.handshake.server_named_curve", "Named Curve", FieldType.UInt16, FieldBase.Hex, description: "Server named_curve",
        valueNames: TlsExtensionNames.Groups);
    public static readonly FieldDef ServerPointLength = new("tls.handshake.server_point_len", "Pubkey Length", FieldType.UInt8, description: "Length of server's EC Diffie-Hellman public key");
    public static readonly FieldDef ServerPoint = new("tls.handshake.server_point", "Pubkey", FieldType.Bytes, description: "EC Diffie-Hellman server pubkey");
    public static readonly FieldDef ServerSignatureLength = new("tls.handshake.sig_len", "Signature Length", FieldType.UInt16, description: "Length of Signature");
    public static readonly FieldDef ServerSignature = new("tls.handshake.sig", "Signature", FieldType.Bytes, description: "Diffie-Hellman server signature");
    public static readonly FieldDef DhPLength = new("tls.handshake.p_len", "p Length", FieldType.UInt16, description: "Length of p");
    public static readonly FieldDef DhP = new("tls.handshake.p", "p", FieldType.Bytes, description: "Diffie-Hellman p");
    public static readonly FieldDef DhGLength = new("tls.handshake.g_len", "g Length", FieldType.UInt16, description: "Length of g");
    public static readonly FieldDef DhG = new("tls.handshake.g", "g", FieldType.Bytes, description: "Diffie-Hellman g");
    public static readonly FieldDef DhServerPublicLength = new("tls.handshake.ys_len", "Pubkey Length", FieldType.UInt16, description: "Length of server's Diffie-Hellman public key");
    public static readonly FieldDef DhServerPublic = new("tls.handshake.ys", "Pubkey", FieldType.Bytes, description: "Diffie-Hellman server pubkey");
    public static readonly FieldDef DhClientPublicLength = new("tls.handshake.yc_len", "Pubkey Length", FieldType.UInt16, description: "Length of client's Diffie-Hellman public key");
    public static readonly FieldDef DhClientPublic = new("tls.handshake.yc", "Pubkey", FieldType.Bytes, description: "Diffie-Hellman client pubkey");
    public static readonly FieldDef EncryptedPreMasterLength = new("tls.handshake.epms_len", "Encrypted PreMaster length", FieldType.UInt16, description: "Length of encrypted PreMaster secret");
    public static readonly FieldDef EncryptedPreMaster = new("tls.handshake.epms", "Encrypted PreMaster", FieldType.Bytes, description: "Encrypted PreMaster secret");
    public static readonly FieldDef PskHintLength = new("tls.handshake.hint_len", "Hint Length", FieldType.UInt16, description: "Length of PSK Hint");
    public static readonly FieldDef PskHint = new("tls.handshake.hint", "Hint", FieldType.Bytes, description: "PSK Hint");
    public static readonly FieldDef PskClientIdentityLength = new("tls.handshake.identity_len", "Identity Length", FieldType.UInt16, description: "Length of PSK Identity");
    public static readonly FieldDef PskClientIdentity = new("tls.handshake.identity", "Identity", FieldType.Bytes, description: "PSK Identity");
    public static readonly FieldDef CertificateVerifySignatureLength = new("tls.handshake.client_cert_vrfy.sig_len", "Signature length", FieldType.UInt16,
        description: "Length of CertificateVerify's signature");
    public static readonly FieldDef CertificateVerifySignature = new("tls.handshake.client_cert_vrfy.sig", "Signature", FieldType.Bytes, description: "CertificateVerify's signature");
    public static readonly FieldDef PskIdentitiesLength = new("tls.handshake.extensions.psk.identities.length", "Identities Length", FieldType.UInt16);
    public static readonly FieldDef PskIdentityLength = new("tls.handshake.extensions.psk.identity.identity_length", "Identity Length", FieldType.UInt16);
    public static readonly FieldDef PskIdentity = new("tls.handshake.extensions.psk.identity.identity", "Identity", FieldType.Bytes);
    public static readonly FieldDef PskObfuscatedTicketAge = new("tls.handshake.extensions.psk.identity.obfuscated_ticket_age", "Obfuscated Ticket Age", FieldType.UInt32);
    public static readonly FieldDef PskBindersLength = new("tls.handshake.extensions.psk.binders_len", "PSK Binders length", FieldType.UInt16);
    public static readonly FieldDef PskBinders = new("tls.handshake.extensions.psk.binders", "PSK Binders", FieldType.None);
    public static readonly FieldDef PskSelectedIdentity = new("tls.handshake.extensions.psk.identity.selected", "Selected Identity", FieldType.UInt16);
    public static readonly FieldDef MaxFragmentLength = new("tls.handshake.max_fragment_length", "Maximum Fragment Length", FieldType.UInt8,
        description: "Maximum fragment length that an endpoint is willing to receive",
        valueNames: new Dictionary<ulong, string> { [1] = "512", [2] = "1024", [3] = "2048", [4] = "4096" });
    public static readonly FieldDef HeartbeatMode = new("tls.handshake.extension.heartbeat.mode", "Mode", FieldType.UInt8, description: "Heartbeat extension mode",
        valueNames: new Dictionary<ulong, string> { [1] = "Peer allowed to send requests", [2] = "Peer not allowed to send requests" });
    public static readonly FieldDef CompressCertificateAlgorithmsLength = new("tls.compress_certificate.algorithms_length", "Algorithms Length", FieldType.UInt8);
    public static readonly FieldDef CompressCertificateAlgorithm = new("tls.compress_certificate.algorithm", "Algorithm", FieldType.UInt16,
        valueNames: new Dictionary<ulong, string> { [1] = "zlib", [2] = "brotli", [3] = "zstd" });
    public static readonly FieldDef AlpsLength = new("tls.handshake.extensions_alps_len", "ALPS Extension Length", FieldType.UInt16, description: "Length of the ALPS Extension");
    public static readonly FieldDef AlpsList = new("tls.handshake.extensions_alps_alpn_list", "Supported ALPN List", FieldType.None, description: "List of supported ALPN by ALPS");
    public static readonly FieldDef AlpsStringLength = new("tls.handshake.extensions_alps_alpn_str_len", "Supported ALPN Length", FieldType.UInt8, description: "Length of ALPN string");
    public static readonly FieldDef AlpsString = new("tls.handshake.extensions_alps_alpn_str", "Supported ALPN", FieldType.String, description: "ALPN supported by ALPS");
    public static readonly FieldDef CookieLength = new("tls.handshake.extensions.cookie_len", "Cookie length", FieldType.UInt16);
    public static readonly FieldDef Cookie = new("tls.handshake.extensions.cookie", "Cookie", FieldType.Bytes);
    public static readonly FieldDef KeyUpdateRequest = new("tls.handshake.key_update.request_update", "Key Update Request", FieldType.UInt8,
        description: "Whether the receiver should also update its keys", valueNames: new Dictionary<ulong, string> { [0] = "update_not_requested", [1] = "update_requested" });
    public static readonly FieldDef CertificateRequestContextLength = new("tls.handshake.certificate_request_context_length", "Certificate Request Context Length", FieldType.UInt8);
    public static readonly FieldDef CertificateRequestContext = new("tls.handshake.certificate_request_context", "Certificate Request Context", FieldType.Bytes,
        description: "Value from CertificateRequest or empty for server auth");
    public static readonly FieldDef CertTypesCount = new("tls.handshake.cert_types_count", "Certificate types count", FieldType.UInt8, description: "Count of certificate types");
    public static readonly FieldDef CertTypes = new("tls.handshake.cert_types", "Certificate types", FieldType.None, description: "List of certificate types");
    public static readonly FieldDef CertType = new("tls.handshake.cert_type", "Certificate Type", FieldType.UInt8, valueNames: TlsExtensionNames.ClientCertificateTypes);
    public static readonly FieldDef DistinguishedNamesLength = new("tls.handshake.dnames_len", "Distinguished Names Length", FieldType.UInt16,
        description: "Length of list of CAs that server trusts");
    public static readonly FieldDef DistinguishedNames = new("tls.handshake.dnames", "Distinguished Names", FieldType.None, description: "List of CAs that server trusts");
    public static readonly FieldDef DistinguishedNameLength = new("tls.handshake.dname_len", "Distinguished Name Length", FieldType.UInt16, description: "Length of distinguished name");
    public static readonly FieldDef DistinguishedName = new("tls.handshake.dname", "Distinguished Name", FieldType.None, description: "Distinguished name of a CA that server trusts");

    public static readonly ExpertDef Resumed = new("tls.resumed", ExpertGroup.Sequence, ExpertSeverity.Note,
        "This session reuses previously negotiated keys (Session resumption)");
    public static readonly ExpertDef RecordLengthInvalid = new("tls.record.length.invalid", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Record fragment length is too small or too large");
    public static readonly ExpertDef NotDecrypted = new("tls.decryption.failed", ExpertGroup.Decryption, ExpertSeverity.Warning,
        "Record not decrypted");
    public static readonly ExpertDef IgnoredUnknownRecord = new("tls.ignored_unknown_record", ExpertGroup.Protocol, ExpertSeverity.Warning,
        "Ignored Unknown Record");

    /// <summary>What this protocol declares: its fields and expert items, for the field catalog.</summary>
    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Record, RecordContentType, RecordOpaqueType, RecordVersion, RecordLength, AppData, AppDataProto, SegmentData, SegmentCount, ReassembledSegment, ReassembledSegments, ReassembledIn, ReassembledLength, ReassembledData, ChangeCipherSpec, AlertMessage, AlertLevel, AlertDescription, Handshake, HandshakeType, HandshakeLength, HandshakeVersion, Random, RandomTime, RandomBytes, SessionIdLength, SessionId, CipherSuitesLength, CipherSuites, CipherSuite, CompMethodsLength, CompMethods, CompMethod, ExtensionsLength, ExtensionType, ExtensionLength, ServerNameListLength, ServerNameType, ServerNameLength, ServerName, AlpnLength, AlpnList, AlpnStringLength, AlpnString, SupportedVersionsLength, SupportedVersion, KeyShareGroup, KeyShareClientLength, KeyExchangeLength, KeyExchange, KeyShareSelectedGroup, ExtensionData, SupportedGroupsLength, SupportedGroups, SupportedGroup, EcPointFormatsLength, EcPointFormats, EcPointFormat, SigHashAlgsLength, SigHashAlgs, SigHashAlg, SigHashHash, SigHashSig, PskKeModesLength, PskKeMode, RenegInfoLength, RenegInfo, StatusRequestType, StatusRequestResponderIdsLength, StatusRequestExtensionsLength, RecordSizeLimit, PaddingData, Ja3Full, Ja3, Ja3sFull, Ja3s, VerifyData, ClientPointLength, ClientPoint, CertificatesLength, Certificates, CertificateLength, Certificate,
         SessionTicketLifetimeHint, SessionTicketAgeAdd, SessionTicketNonceLength, SessionTicketNonce, SessionTicketLength, SessionTicket, MaxEarlyDataSize,
         ServerCurveType, ServerNamedCurve, ServerPointLength, ServerPoint, ServerSignatureLength, ServerSignature, DhPLength, DhP, DhGLength, DhG,
         DhServerPublicLength, DhServerPublic, DhClientPublicLength, DhClientPublic, EncryptedPreMasterLength, EncryptedPreMaster, PskHintLength, PskHint, PskClientIdentityLength, PskClientIdentity,
         CertificateVerifySignatureLength, CertificateVerifySignature, PskIdentitiesLength, PskIdentityLength, PskIdentity, PskObfuscatedTicketAge, PskBindersLength, PskBinders, PskSelectedIdentity, MaxFragmentLength, HeartbeatMode, CompressCertificateAlgorithmsLength, CompressCertificateAlgorithm, AlpsLength, AlpsList,
         AlpsStringLength, AlpsString, CookieLength, Cookie, KeyUpdateRequest, CertificateRequestContextLength, CertificateRequestContext, CertTypesCount,
         CertTypes, CertType, DistinguishedNamesLength, DistinguishedNames, DistinguishedNameLength, DistinguishedName],
        [Resumed, RecordLengthInvalid, NotDecrypted, IgnoredUnknownRecord]);
}
