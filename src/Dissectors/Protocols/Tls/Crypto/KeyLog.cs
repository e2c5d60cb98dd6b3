using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// A store of TLS secrets read from NSS key log text (SSLKEYLOGFILE; draft-ietf-tls-keylogfile), looked up by
/// client random. Several sources — files given with <c>-o tls.keylog_file:F</c> or <c>--keylog F</c>, and
/// the Decryption Secrets Blocks of a pcapng — merge into one store; a later line for the same session and
/// label wins. Files are read in chunks and the secrets kept compactly (<see cref="KeyLogSecretStore"/>), so
/// memory grows by about 110 bytes per line. Bad lines are skipped, counted, and the first
/// <see cref="MaxKeptProblems"/> listed in <see cref="Problems"/> with their line numbers; nothing here throws
/// on bad input. Not thread-safe while being filled. <see cref="ToString"/> prints counts, never secrets.
/// </summary>
public sealed class KeyLog
{
    public const string TextSource = "text";
    public const string DecryptionSecretsBlockSource = "Decryption Secrets Block";

    /// <summary>Malformed lines remembered one by one; past them only the count grows.</summary>
    public const int MaxKeptProblems = 100;

    /// <summary>Malformed lines a load result words one by one before its summary line.</summary>
    public const int MaxPrintedProblems = 5;

    private const int FileChunkLength = 64 * 1024;

    private readonly KeyLogSecretStore _store = new();
    private readonly List<KeyLogProblem> _problems = [];
    // The lines of the RSA era (rare, and one small array each): pre-master secrets by the first 8 bytes of their RSA
    // encryption or by client random, master secrets by session ID (lower-case hex).
    private readonly Dictionary<ulong, byte[]> _preMasterByEncryptedPrefix = [];
    private readonly Dictionary<ClientRandom, byte[]> _preMasterByClientRandom = [];
    private readonly Dictionary<string, byte[]> _masterBySessionId = new(StringComparer.Ordinal);

    /// <summary>
    /// Sessions with at least one secret: distinct client randoms, plus the sessions of RSA and PMS_CLIENT_RANDOM lines.
    /// </summary>
    public int SessionCount => _store.SessionCount + _preMasterByEncryptedPrefix.Count + _preMasterByClientRandom.Count + _masterBySessionId.Count;

    /// <summary>Secret lines accepted, RSA and PMS_CLIENT_RANDOM lines among them (a repeated line counts again).</summary>
    public int SecretLineCount { get; private set; }

    /// <summary>Well-formed RSA lines (RSA epms pms, RSA Session-ID:… Master-Key:…), which are kept and used.</summary>
    public int RsaLineCount { get; private set; }

    /// <summary>Whether any line gives secrets by something other than the client random (RSA, PMS_CLIENT_RANDOM).</summary>
    public bool HasPreMasterOrSessionSecrets => _preMasterByEncryptedPrefix.Count + _preMasterByClientRandom.Count + _masterBySessionId.Count > 0;

    /// <summary>Lines with labels that carry nothing needed for decryption (ECH_SECRET, ECH_CONFIG).</summary>
    public int UnusedLinesSkipped { get; private set; }

    /// <summary>The first <see cref="MaxKeptProblems"/> malformed lines, in the order read.</summary>
    public IReadOnlyList<KeyLogProblem> Problems => _problems;

    /// <summary>Every malformed line seen, kept in <see cref="Problems"/> or not.</summary>
    public int ProblemCount { get; private set; }

    /// <summary>Times a TLS session asked for its secrets, and times the key log had them.</summary>
    public int LookupCount { get; private set; }

    public int MatchCount { get; private set; }

    /// <summary>Bytes read that no text key log contains (NUL and other control characters).</summary>
    internal long BinaryByteCount { get; set; }

    /// <summary>Reads a key log file into a new store. A missing or unreadable file is a status, not an exception.</summary>
    public static KeyLogLoadResult Load(string path) => new KeyLog().AddFile(path);

    /// <summary>Parses key log text (for instance a pasted key log) into a new store.</summary>
    public static KeyLog Parse(string text, string source = TextSource)
    {
        var log = new KeyLog();
        log.AddText(text, source);
        return log;
    }

    /// <summary>Parses key log bytes — as a pcapng Decryption Secrets Block carries them — into a new store.</summary>
    public static KeyLog Parse(ReadOnlySpan<byte> keyLogBytes, string source = DecryptionSecretsBlockSource)
    {
        var log = new KeyLog();
        log.AddBytes(keyLogBytes, source);
        return log;
    }

    /// <summary>
    /// Adds the lines of a key log file, streaming it in chunks (key logs of long browser sessions grow large).
    /// The result's <see cref="KeyLogLoadResult.Message"/> and <see cref="KeyLogLoadResult.Warnings"/> are the
    /// lines to print: a file that is missing, unreadable, binary or holds no usable line is not
    /// <see cref="KeyLogLoadResult.Succeeded"/>, and malformed lines are worded a few at a time, then counted.
    /// </summary>
    public KeyLogLoadResult AddFile(string path)
    {
        if (Directory.Exists(path))
            return Result(KeyLogLoadStatus.NotAFile, path, $"key log '{path}' is a directory, not a file");
        int secretsBefore = SecretLineCount, problemsBefore = ProblemCount, keptBefore = _problems.Count;
        int otherBefore = UnusedLinesSkipped;
        long binaryBefore = BinaryByteCount;
        byte[] chunk = ArrayPool<byte>.Shared.Rent(FileChunkLength);
        try
        {
            // Browsers keep appending to their key log while we read it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 1, FileOptions.SequentialScan);
            // About one session per 160 bytes (a CLIENT_RANDOM line is 176): size the table once, not by doubling.
            if (stream.CanSeek)
                _store.Reserve((int)Math.Min(stream.Length / 160, 20_000_000) + SessionCount);
            var reader = new KeyLogLineReader(this, path);
            int read;
            while ((read = stream.Read(chunk, 0, FileChunkLength)) > 0)
                reader.Feed(chunk.AsSpan(0, read));
            reader.Finish();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Result(KeyLogLoadStatus.FileNotFound, path, $"key log '{path}' does not exist");
        }
        catch (UnauthorizedAccessException)
        {
            return Result(KeyLogLoadStatus.AccessDenied, path, $"key log '{path}' cannot be read: permission denied");
        }
        catch (IOException e)
        {
            return Result(KeyLogLoadStatus.ReadFailed, path, $"key log '{path}' could not be read: {e.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }
        int secrets = SecretLineCount - secretsBefore, problems = ProblemCount - problemsBefore;
        bool binary = BinaryByteCount > binaryBefore;
        if (secrets == 0 && binary)
            return Result(KeyLogLoadStatus.NoSecrets, path,
                $"key log '{path}' is binary data, not an NSS key log (lines of LABEL CLIENT_RANDOM SECRET, as SSLKEYLOGFILE writes); no secret read");
        var warnings = new List<string>();
        for (int i = keptBefore; i < _problems.Count && warnings.Count < MaxPrintedProblems; i++)
            warnings.Add($"key log {_problems[i]} (line skipped)");
        if (problems > warnings.Count)
            warnings.Add($"key log '{path}': {problems - warnings.Count} more malformed line{(problems - warnings.Count == 1 ? "" : "s")} skipped ({problems} in all)");
        if (secrets == 0)
        {
            bool nothing = problems == 0 && UnusedLinesSkipped == otherBefore;
            return Result(KeyLogLoadStatus.NoSecrets, path, nothing
                ? $"key log '{path}' holds no key-log line; no secret read"
                : $"key log '{path}' holds no usable secret ({problems} malformed line{(problems == 1 ? "" : "s")})", warnings);
        }
        return Result(KeyLogLoadStatus.Ok, path,
            $"key log '{path}': {secrets} secret line{(secrets == 1 ? "" : "s")} read" +
            (problems == 0 ? "" : $", {problems} malformed line{(problems == 1 ? "" : "s")} skipped"), warnings);
    }

    /// <summary>Adds the lines of key log text.</summary>
    public void AddText(string text, string source = TextSource)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        AddBytes(bytes, source);
        Array.Clear(bytes);
    }

    /// <summary>Adds key log bytes (UTF-8/ASCII text). Trailing NUL padding is ignored.</summary>
    public void AddBytes(ReadOnlySpan<byte> keyLogBytes, string source = DecryptionSecretsBlockSource)
    {
        var reader = new KeyLogLineReader(this, source);
        reader.Feed(keyLogBytes.TrimEnd((byte)0));
        reader.Finish();
    }

    /// <summary>
    /// Adds the secrets of a pcapng Decryption Secrets Block. Returns false (and adds nothing) when the block
    /// holds another kind of secret than a TLS key log, such as WireGuard keys.
    /// </summary>
    public bool AddDecryptionSecret(DecryptionSecret block)
    {
        if (block.SecretsType != DecryptionSecret.TlsKeyLog)
            return false;
        AddBytes(block.Data.Span, DecryptionSecretsBlockSource);
        return true;
    }

    /// <summary>Copies every session, count and problem of <paramref name="other"/> into this store; its secrets win.</summary>
    public void Merge(KeyLog other)
    {
        foreach (var random in other._store.Sessions)
        {
            if (!other._store.TryGet(random, out var secrets))
                continue;
            foreach (var label in Labels)
                if (secrets.Get(label) is { } secret)
                    _store.TryAdd(random, label, secret.Span);
        }
        foreach (var (prefix, preMaster) in other._preMasterByEncryptedPrefix)
            _preMasterByEncryptedPrefix[prefix] = preMaster;
        foreach (var (random, preMaster) in other._preMasterByClientRandom)
            _preMasterByClientRandom[random] = preMaster;
        foreach (var (id, master) in other._masterBySessionId)
            _masterBySessionId[id] = master;
        SecretLineCount += other.SecretLineCount;
        RsaLineCount += other.RsaLineCount;
        UnusedLinesSkipped += other.UnusedLinesSkipped;
        ProblemCount += other.ProblemCount;
        BinaryByteCount += other.BinaryByteCount;
        foreach (var problem in other._problems)
            KeepProblem(problem);
    }

    /// <summary>The secrets logged for the session whose ClientHello carried <paramref name="clientRandom"/>.</summary>
    public bool TryGetSecrets(ClientRandom clientRandom, [NotNullWhen(true)] out TlsSecrets? secrets)
    {
        LookupCount++;
        bool found = _store.TryGet(clientRandom, out secrets);
        if (found)
            MatchCount++;
        return found;
    }

    /// <summary>As above from the 32 raw bytes; false for any other length.</summary>
    public bool TryGetSecrets(ReadOnlySpan<byte> clientRandom, [NotNullWhen(true)] out TlsSecrets? secrets)
    {
        secrets = null;
        return ClientRandom.TryRead(clientRandom, out var random) && TryGetSecrets(random, out secrets);
    }

    /// <summary>
    /// The pre-master secret an RSA line gives for the session whose ClientKeyExchange carried
    /// <paramref name="encryptedPreMaster"/> (looked up by its first 8 bytes), or a PMS_CLIENT_RANDOM line for
    /// <paramref name="clientRandom"/>; copied into <paramref name="preMaster"/> (48 bytes).
    /// </summary>
    public bool TryGetPreMasterSecret(ReadOnlySpan<byte> encryptedPreMaster, ReadOnlySpan<byte> clientRandom, Span<byte> preMaster)
    {
        byte[]? found = null;
        if (encryptedPreMaster.Length >= 8)
            _preMasterByEncryptedPrefix.TryGetValue(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(encryptedPreMaster), out found);
        if (found is null && ClientRandom.TryRead(clientRandom, out var random))
            _preMasterByClientRandom.TryGetValue(random, out found);
        if (found is null || preMaster.Length < found.Length)
            return false;
        LookupCount++;
        MatchCount++;
        found.CopyTo(preMaster);
        return true;
    }

    /// <summary>The master secret an "RSA Session-ID:… Master-Key:…" line gives for <paramref name="sessionId"/> (48 bytes).</summary>
    public bool TryGetMasterSecret(ReadOnlySpan<byte> sessionId, Span<byte> master)
    {
        if (sessionId.IsEmpty || _masterBySessionId.Count == 0
            || !_masterBySessionId.TryGetValue(Convert.ToHexStringLower(sessionId), out var found) || master.Length < found.Length)
            return false;
        LookupCount++;
        MatchCount++;
        found.CopyTo(master);
        return true;
    }

    /// <summary>Whether the key log has any secret for the session with this client random (not counted as a lookup).</summary>
    public bool Contains(ReadOnlySpan<byte> clientRandom) => ClientRandom.TryRead(clientRandom, out var random) && _store.Contains(random);

    /// <summary>
    /// The store as key log text: one valid line per secret (<c>LABEL client_random secret</c>, lower-case hex),
    /// of the sessions <paramref name="include"/> accepts (all when null). Comments, malformed lines and RSA
    /// lines of the source are not in it: what <c>edit --inject-secrets</c> embeds in a capture.
    /// </summary>
    public byte[] ToKeyLogText(Func<ClientRandom, bool>? include = null)
    {
        var text = new MemoryStream();
        Span<byte> random = stackalloc byte[ClientRandom.Length];
        foreach (var session in _store.Sessions)
        {
            if (include is not null && !include(session) || !_store.TryGet(session, out var secrets))
                continue;
            session.CopyTo(random);
            foreach (var label in Labels)
            {
                if (secrets.Get(label) is not { } secret)
                    continue;
                text.Write(Encoding.ASCII.GetBytes($"{KeyLogLineParser.LabelText(label)} {Convert.ToHexStringLower(random)} {Convert.ToHexStringLower(secret.Span)}\n"));
            }
        }
        return text.ToArray();
    }

    /// <summary>
    /// The one line to print after reading a capture when the key log given as <paramref name="path"/> matched
    /// none of the capture's TLS sessions; null when it matched one, or the capture asked for none.
    /// </summary>
    public string? UnmatchedMessage(string path) => LookupCount > 0 && MatchCount == 0
        ? $"key log '{path}' matches none of the TLS sessions in the capture (no client random of theirs is in it)"
        : null;

    /// <summary>
    /// The lines of key log <paramref name="text"/> whose client random (upper-case hex) is in
    /// <paramref name="clientRandoms"/>, one per line: what <c>inject-secrets --only-used</c> puts in a capture.
    /// </summary>
    public static string Filter(string text, IReadOnlySet<string> clientRandoms)
    {
        var kept = new StringBuilder();
        foreach (string line in text.Split('\n'))
        {
            string[] fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 3 && clientRandoms.Contains(fields[1].ToUpperInvariant()))
                kept.Append(line.TrimEnd('\r')).Append('\n');
        }
        return kept.ToString();
    }

    public override string ToString() =>
        $"key log: {SessionCount} session{(SessionCount == 1 ? "" : "s")}, {SecretLineCount} secret lines, " +
        $"{RsaLineCount} RSA lines, {ProblemCount} malformed lines";

    internal void AddProblem(KeyLogProblem problem)
    {
        ProblemCount++;
        KeepProblem(problem);
    }

    internal void AddLine(ReadOnlySpan<byte> line, string source, int lineNumber)
    {
        Span<byte> secret = stackalloc byte[KeyLogLineParser.MaxSecretLength];
        Span<byte> key = stackalloc byte[KeyLogLineParser.MaxSessionIdLength];
        var kind = KeyLogLineParser.Parse(line, secret, key, out var label, out var random, out int secretLength, out int keyLength, out var error);
        switch (kind)
        {
            case KeyLogLineKind.Secret:
                if (_store.TryAdd(random, label, secret[..secretLength]))
                    SecretLineCount++;
                else
                    AddProblem(new KeyLogProblem(source, lineNumber, KeyLogLineError.StoreFull));
                break;
            case KeyLogLineKind.Rsa:
                _preMasterByEncryptedPrefix[System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(key)] = secret[..secretLength].ToArray();
                RsaLineCount++;
                SecretLineCount++;
                break;
            case KeyLogLineKind.MasterBySessionId:
                _masterBySessionId[Convert.ToHexStringLower(key[..keyLength])] = secret[..secretLength].ToArray();
                RsaLineCount++;
                SecretLineCount++;
                break;
            case KeyLogLineKind.PreMasterByClientRandom:
                _preMasterByClientRandom[random] = secret[..secretLength].ToArray();
                SecretLineCount++;
                break;
            case KeyLogLineKind.Unused:
                UnusedLinesSkipped++;
                break;
            case KeyLogLineKind.Invalid:
                AddProblem(new KeyLogProblem(source, lineNumber, error));
                break;
        }
        secret.Clear();
        key.Clear();
    }

    private static readonly KeyLogLabel[] Labels = Enum.GetValues<KeyLogLabel>();

    private void KeepProblem(KeyLogProblem problem)
    {
        if (_problems.Count < MaxKeptProblems)
            _problems.Add(problem);
    }

    private KeyLogLoadResult Result(KeyLogLoadStatus status, string path, string message, IReadOnlyList<string>? warnings = null) =>
        new(status, path, this, message) { Warnings = warnings ?? [] };
}
