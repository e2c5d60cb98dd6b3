using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// A store of TLS secrets read from NSS key log text (SSLKEYLOGFILE; draft-ietf-tls-keylogfile), looked up by
/// client random. Several sources — files given with <c>-o tls.keylog_file:F</c> or <c>--keylog F</c>, and
/// the Decryption Secrets Blocks of a pcapng — merge into one store; a later line for the same session and
/// label wins. Bad lines are skipped and listed in <see cref="Problems"/> with their line numbers; nothing here
/// throws on bad input. Not thread-safe while being filled. <see cref="ToString"/> prints counts, never secrets.
/// </summary>
public sealed class KeyLog
{
    public const string TextSource = "text";
    public const string DecryptionSecretsBlockSource = "Decryption Secrets Block";

    private const int FileChunkLength = 64 * 1024;

    private readonly Dictionary<ClientRandom, TlsSecrets> _sessions = [];
    private readonly List<KeyLogProblem> _problems = [];

    /// <summary>Sessions (distinct client randoms) with at least one secret.</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>Secret lines accepted (a repeated line counts again).</summary>
    public int SecretLineCount { get; private set; }

    /// <summary>Well-formed RSA premaster lines, which Sniffer cannot use and skips.</summary>
    public int RsaLinesSkipped { get; private set; }

    /// <summary>Lines with labels that carry nothing needed for decryption (ECH_SECRET, ECH_CONFIG).</summary>
    public int UnusedLinesSkipped { get; private set; }

    /// <summary>Every malformed line seen, in the order read.</summary>
    public IReadOnlyList<KeyLogProblem> Problems => _problems;

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

    /// <summary>Adds the lines of a key log file, reading it in chunks (key logs of long browser sessions grow large).</summary>
    public KeyLogLoadResult AddFile(string path)
    {
        if (Directory.Exists(path))
            return Result(KeyLogLoadStatus.NotAFile, path, $"key log '{path}' is a directory, not a file");
        int secretsBefore = SecretLineCount, problemsBefore = _problems.Count;
        byte[] chunk = ArrayPool<byte>.Shared.Rent(FileChunkLength);
        try
        {
            // Browsers keep appending to their key log while we read it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 1, FileOptions.SequentialScan);
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
        int secrets = SecretLineCount - secretsBefore, problems = _problems.Count - problemsBefore;
        return Result(KeyLogLoadStatus.Ok, path,
            $"key log '{path}': {secrets} secret line{(secrets == 1 ? "" : "s")} read" +
            (problems == 0 ? "" : $", {problems} malformed line{(problems == 1 ? "" : "s")} skipped"));
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
        foreach (var (random, secrets) in other._sessions)
            SessionFor(random).MergeFrom(secrets);
        SecretLineCount += other.SecretLineCount;
        RsaLinesSkipped += other.RsaLinesSkipped;
        UnusedLinesSkipped += other.UnusedLinesSkipped;
        _problems.AddRange(other._problems);
    }

    /// <summary>The secrets logged for the session whose ClientHello carried <paramref name="clientRandom"/>.</summary>
    public bool TryGetSecrets(ClientRandom clientRandom, [NotNullWhen(true)] out TlsSecrets? secrets) =>
        _sessions.TryGetValue(clientRandom, out secrets);

    /// <summary>As above from the 32 raw bytes; false for any other length.</summary>
    public bool TryGetSecrets(ReadOnlySpan<byte> clientRandom, [NotNullWhen(true)] out TlsSecrets? secrets)
    {
        secrets = null;
        return ClientRandom.TryRead(clientRandom, out var random) && _sessions.TryGetValue(random, out secrets);
    }

    /// <summary>Whether the key log has any secret for the session with this client random.</summary>
    public bool Contains(ReadOnlySpan<byte> clientRandom) => TryGetSecrets(clientRandom, out _);

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
        $"{RsaLinesSkipped} RSA lines skipped, {_problems.Count} malformed lines";

    internal void AddProblem(KeyLogProblem problem) => _problems.Add(problem);

    internal void AddLine(ReadOnlySpan<byte> line, string source, int lineNumber)
    {
        Span<byte> secret = stackalloc byte[KeyLogLineParser.MaxSecretLength];
        var kind = KeyLogLineParser.Parse(line, secret, out var label, out var random, out int secretLength, out var error);
        switch (kind)
        {
            case KeyLogLineKind.Secret:
                SessionFor(random).Set(label, secret[..secretLength]);
                SecretLineCount++;
                break;
            case KeyLogLineKind.Rsa:
                RsaLinesSkipped++;
                break;
            case KeyLogLineKind.Unused:
                UnusedLinesSkipped++;
                break;
            case KeyLogLineKind.Invalid:
                _problems.Add(new KeyLogProblem(source, lineNumber, error));
                break;
        }
        secret.Clear();
    }

    private TlsSecrets SessionFor(ClientRandom random)
    {
        if (!_sessions.TryGetValue(random, out var secrets))
            _sessions.Add(random, secrets = new TlsSecrets(random));
        return secrets;
    }

    private KeyLogLoadResult Result(KeyLogLoadStatus status, string path, string message) => new(status, path, this, message);
}
