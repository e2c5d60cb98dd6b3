namespace Sniffer.Dissectors.Model;

/// <summary>
/// One record a frame's TLS decrypted (recorded when a tap reads stream data, for follow,tls): the data source holding its
/// plaintext, the TCP stream it travelled on, and its (inner) content type.
/// </summary>
public readonly record struct DecryptedRecord(int Source, long Stream, byte ContentType);
