namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// The grammar of one NSS key log line: <c>LABEL SP client_random_hex SP secret_hex</c>, and the three lines of the
/// RSA era tshark also reads (<c>RSA epms_prefix_hex pms_hex</c>, <c>RSA Session-ID:hex Master-Key:hex</c>,
/// <c>PMS_CLIENT_RANDOM client_random_hex pms_hex</c>). Fields may be
/// separated by runs of spaces or tabs, a trailing CR is ignored, and <c>#</c> starts a comment line.
/// Works on the raw bytes; never allocates and never throws.
/// </summary>
internal static class KeyLogLineParser
{
    /// <summary>A TLS 1.0–1.2 master secret is always 48 bytes (RFC 5246 §8.1).</summary>
    public const int MasterSecretLength = 48;

    /// <summary>The largest secret any label carries (a SHA-384 TLS 1.3 secret, or a master secret).</summary>
    public const int MaxSecretLength = 48;

    /// <summary>RSA lines carry the first 8 bytes of the encrypted premaster secret in place of a client random.</summary>
    private const int RsaEncryptedPremasterPrefixLength = 8;

    private const byte Space = (byte)' ', Tab = (byte)'\t', Cr = (byte)'\r', Hash = (byte)'#';

    private static ReadOnlySpan<byte> Rsa => "RSA"u8;

    private static readonly KeyLogLabel[] Labels = Enum.GetValues<KeyLogLabel>();

    public static string LabelText(KeyLogLabel label) => label switch
    {
        KeyLogLabel.ClientRandom => "CLIENT_RANDOM",
        KeyLogLabel.ClientEarlyTrafficSecret => "CLIENT_EARLY_TRAFFIC_SECRET",
        KeyLogLabel.ClientHandshakeTrafficSecret => "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
        KeyLogLabel.ServerHandshakeTrafficSecret => "SERVER_HANDSHAKE_TRAFFIC_SECRET",
        KeyLogLabel.ClientTrafficSecret0 => "CLIENT_TRAFFIC_SECRET_0",
        KeyLogLabel.ServerTrafficSecret0 => "SERVER_TRAFFIC_SECRET_0",
        KeyLogLabel.EarlyExporterSecret => "EARLY_EXPORTER_SECRET",
        KeyLogLabel.ExporterSecret => "EXPORTER_SECRET",
        _ => label.ToString(),
    };

    /// <summary>The longest TLS session ID (RFC 5246 §7.4.1.2).</summary>
    public const int MaxSessionIdLength = 32;

    /// <summary>
    /// Parses <paramref name="line"/> (without its LF). For <see cref="KeyLogLineKind.Secret"/>,
    /// <paramref name="clientRandom"/>, <paramref name="label"/> and the first <paramref name="secretLength"/>
    /// bytes of <paramref name="secret"/> (at least <see cref="MaxSecretLength"/> long) hold the result. For
    /// <see cref="KeyLogLineKind.PreMasterByClientRandom"/> the client random and the pre-master secret; for
    /// <see cref="KeyLogLineKind.Rsa"/> the first <paramref name="keyLength"/> bytes of <paramref name="key"/> (at
    /// least <see cref="MaxSessionIdLength"/> long) hold the encrypted pre-master secret's first 8 bytes and
    /// <paramref name="secret"/> the pre-master secret; for <see cref="KeyLogLineKind.MasterBySessionId"/> they hold
    /// the session ID and the master secret.
    /// </summary>
    public static KeyLogLineKind Parse(ReadOnlySpan<byte> line, Span<byte> secret, Span<byte> key, out KeyLogLabel label,
        out ClientRandom clientRandom, out int secretLength, out int keyLength, out KeyLogLineError error)
    {
        label = default;
        clientRandom = default;
        secretLength = 0;
        keyLength = 0;
        error = default;

        line = Trim(line);
        if (line.IsEmpty || line[0] == Hash)
            return KeyLogLineKind.Nothing;

        var labelField = NextField(ref line);
        var randomField = NextField(ref line);
        var secretField = NextField(ref line);
        bool extra = !NextField(ref line).IsEmpty;

        if (!TryReadLabel(labelField, out label))
        {
            if (labelField.SequenceEqual(Rsa))
            {
                if (!CheckFieldCount(randomField, secretField, extra, ref error))
                    return KeyLogLineKind.Invalid;
                // "RSA Session-ID:hex Master-Key:hex": a TLS 1.2 session's master secret by its session ID.
                if (randomField.StartsWith(SessionIdPrefix) && secretField.StartsWith(MasterKeyPrefix))
                    return ReadKeyAndSecret(randomField[SessionIdPrefix.Length..], secretField[MasterKeyPrefix.Length..], secret, key,
                        1, MaxSessionIdLength, KeyLogLineError.SessionIdWrongLength, KeyLogLineKind.MasterBySessionId, out secretLength, out keyLength, ref error);
                // "RSA epms8 pms": the pre-master secret of the session whose encrypted pre-master secret starts with those 8 bytes.
                return ReadKeyAndSecret(randomField, secretField, secret, key, RsaEncryptedPremasterPrefixLength, RsaEncryptedPremasterPrefixLength,
                    KeyLogLineError.ClientRandomWrongLength, KeyLogLineKind.Rsa, out secretLength, out keyLength, ref error);
            }
            if (labelField.SequenceEqual("PMS_CLIENT_RANDOM"u8))
            {
                if (!CheckFieldCount(randomField, secretField, extra, ref error))
                    return KeyLogLineKind.Invalid;
                var kind = ReadRandomAndSecret(randomField, secretField, secret, ref clientRandom, ref secretLength, ref error);
                if (kind != KeyLogLineKind.Secret)
                    return kind;
                return secretLength == MasterSecretLength ? KeyLogLineKind.PreMasterByClientRandom : Invalid(KeyLogLineError.SecretWrongLength, out error);
            }
            if (labelField.SequenceEqual("ECH_SECRET"u8) || labelField.SequenceEqual("ECH_CONFIG"u8))
                return KeyLogLineKind.Unused;
            error = KeyLogLineError.UnknownLabel;
            return KeyLogLineKind.Invalid;
        }
        if (!CheckFieldCount(randomField, secretField, extra, ref error))
            return KeyLogLineKind.Invalid;
        var read = ReadRandomAndSecret(randomField, secretField, secret, ref clientRandom, ref secretLength, ref error);
        if (read != KeyLogLineKind.Secret)
            return read;
        return IsValidSecretLength(label, secretLength) ? KeyLogLineKind.Secret : Invalid(KeyLogLineError.SecretWrongLength, out error);
    }

    private static ReadOnlySpan<byte> SessionIdPrefix => "Session-ID:"u8;

    private static ReadOnlySpan<byte> MasterKeyPrefix => "Master-Key:"u8;

    /// <summary>A 32-byte client random, then a secret of at most <see cref="MaxSecretLength"/> bytes (its length checked by the caller).</summary>
    private static KeyLogLineKind ReadRandomAndSecret(ReadOnlySpan<byte> randomField, ReadOnlySpan<byte> secretField, Span<byte> secret,
        ref ClientRandom clientRandom, ref int secretLength, ref KeyLogLineError error)
    {
        Span<byte> random = stackalloc byte[ClientRandom.Length];
        var randomStatus = DecodeHex(randomField, random, out int randomLength);
        if (randomStatus == HexStatus.NotHex)
            return Invalid(KeyLogLineError.ClientRandomNotHex, out error);
        if (randomStatus == HexStatus.TooLong || randomLength != ClientRandom.Length)
            return Invalid(KeyLogLineError.ClientRandomWrongLength, out error);
        ClientRandom.TryRead(random, out clientRandom);

        var secretStatus = DecodeHex(secretField, secret[..MaxSecretLength], out secretLength);
        if (secretStatus == HexStatus.NotHex)
            return Invalid(KeyLogLineError.SecretNotHex, out error);
        if (secretStatus == HexStatus.TooLong)
            return Invalid(KeyLogLineError.SecretWrongLength, out error);
        return KeyLogLineKind.Secret;
    }

    /// <summary>CLIENT_RANDOM carries a 48-byte master secret; TLS 1.3 secrets are one hash long (SHA-256 or SHA-384).</summary>
    private static bool IsValidSecretLength(KeyLogLabel label, int length) =>
        label == KeyLogLabel.ClientRandom ? length == MasterSecretLength : length is 32 or 48;

    private static bool CheckFieldCount(ReadOnlySpan<byte> random, ReadOnlySpan<byte> secret, bool extra, ref KeyLogLineError error)
    {
        if (random.IsEmpty)
            error = KeyLogLineError.MissingClientRandom;
        else if (secret.IsEmpty)
            error = KeyLogLineError.MissingSecret;
        else if (extra)
            error = KeyLogLineError.TooManyFields;
        else
            return true;
        return false;
    }

    /// <summary>
    /// The two RSA lines: a key of <paramref name="minKey"/> to <paramref name="maxKey"/> bytes (the 8-byte prefix of an
    /// encrypted pre-master secret, or a session ID of 1 to 32), then a 48-byte secret (the pre-master or master secret).
    /// </summary>
    private static KeyLogLineKind ReadKeyAndSecret(ReadOnlySpan<byte> keyHex, ReadOnlySpan<byte> secretHex, Span<byte> secret, Span<byte> key,
        int minKey, int maxKey, KeyLogLineError keyLengthError, KeyLogLineKind kind, out int secretLength, out int keyLength, ref KeyLogLineError error)
    {
        secretLength = 0;
        var keyStatus = DecodeHex(keyHex, key[..MaxSessionIdLength], out keyLength);
        if (keyStatus == HexStatus.NotHex)
            return Invalid(KeyLogLineError.ClientRandomNotHex, out error);
        if (keyStatus == HexStatus.TooLong || keyLength < minKey || keyLength > maxKey)
            return Invalid(keyLengthError, out error);
        var secretStatus = DecodeHex(secretHex, secret[..MaxSecretLength], out secretLength);
        if (secretStatus == HexStatus.NotHex)
            return Invalid(KeyLogLineError.SecretNotHex, out error);
        if (secretStatus == HexStatus.TooLong || secretLength != MasterSecretLength)
            return Invalid(KeyLogLineError.SecretWrongLength, out error);
        return kind;
    }

    private static KeyLogLineKind Invalid(KeyLogLineError reason, out KeyLogLineError error)
    {
        error = reason;
        return KeyLogLineKind.Invalid;
    }

    private static bool TryReadLabel(ReadOnlySpan<byte> field, out KeyLogLabel label)
    {
        foreach (var candidate in Labels)
        {
            if (Matches(field, candidate))
            {
                label = candidate;
                return true;
            }
        }
        label = default;
        return false;
    }

    private static bool Matches(ReadOnlySpan<byte> field, KeyLogLabel label) => label switch
    {
        KeyLogLabel.ClientRandom => field.SequenceEqual("CLIENT_RANDOM"u8),
        KeyLogLabel.ClientEarlyTrafficSecret => field.SequenceEqual("CLIENT_EARLY_TRAFFIC_SECRET"u8),
        KeyLogLabel.ClientHandshakeTrafficSecret => field.SequenceEqual("CLIENT_HANDSHAKE_TRAFFIC_SECRET"u8),
        KeyLogLabel.ServerHandshakeTrafficSecret => field.SequenceEqual("SERVER_HANDSHAKE_TRAFFIC_SECRET"u8),
        KeyLogLabel.ClientTrafficSecret0 => field.SequenceEqual("CLIENT_TRAFFIC_SECRET_0"u8),
        KeyLogLabel.ServerTrafficSecret0 => field.SequenceEqual("SERVER_TRAFFIC_SECRET_0"u8),
        KeyLogLabel.EarlyExporterSecret => field.SequenceEqual("EARLY_EXPORTER_SECRET"u8),
        KeyLogLabel.ExporterSecret => field.SequenceEqual("EXPORTER_SECRET"u8),
        _ => false,
    };

    private static bool IsBlank(byte b) => b is Space or Tab or Cr;

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        int start = 0, end = line.Length;
        while (start < end && IsBlank(line[start]))
            start++;
        while (end > start && IsBlank(line[end - 1]))
            end--;
        return line[start..end];
    }

    /// <summary>Cuts the next blank-separated field off the front of <paramref name="rest"/>; empty when none is left.</summary>
    private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> rest)
    {
        int start = rest.IndexOfAnyExcept(Blanks);
        if (start < 0)
        {
            rest = default;
            return default;
        }
        rest = rest[start..];
        int end = rest.IndexOfAny(Blanks);
        if (end < 0)
            end = rest.Length;
        var field = rest[..end];
        rest = rest[end..];
        return field;
    }

    private static readonly System.Buffers.SearchValues<byte> Blanks = System.Buffers.SearchValues.Create(" \t\r"u8);

    private enum HexStatus { Ok, NotHex, TooLong }

    /// <summary>Hex digits to bytes with .NET's vectorised decoder (a key log line is mostly hex).</summary>
    private static HexStatus DecodeHex(ReadOnlySpan<byte> hex, Span<byte> destination, out int length)
    {
        length = 0;
        if ((hex.Length & 1) != 0)
            return HexStatus.NotHex;
        if (hex.Length / 2 > destination.Length)
            return hex.ContainsAnyExcept(HexDigits) ? HexStatus.NotHex : HexStatus.TooLong;
        var status = Convert.FromHexString(hex, destination, out _, out int written);
        if (status != System.Buffers.OperationStatus.Done)
            return HexStatus.NotHex;
        length = written;
        return HexStatus.Ok;
    }

    private static readonly System.Buffers.SearchValues<byte> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF"u8);
}
