using System.Text;

namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>A key-log line Sniffer skipped, with its 1-based line number and why.</summary>
public sealed record KeyLogProblem(string Source, int Line, string Reason)
{
    public override string ToString() => $"{Source}: line {Line}: {Reason}";
}

/// <summary>
/// The NSS key log format (SSLKEYLOGFILE; draft-ietf-tls-keylogfile): "LABEL client_random secret", hex, one
/// per line. Comments and blank lines are ignored; a malformed line is recorded as a problem and skipped.
/// Several sources (files, Decryption Secrets Blocks) add into one store, looked up by client random.
/// </summary>
public sealed class KeyLog
{
    private const int ClientRandomLength = 32;
    private const int MaxLineLength = 4096;
    private readonly Dictionary<string, TlsSecrets> _byClientRandom = new(StringComparer.Ordinal);
    private readonly List<KeyLogProblem> _problems = new();

    public IReadOnlyList<KeyLogProblem> Problems => _problems;
    public int SessionCount => _byClientRandom.Count;
    /// <summary>Lines with RSA pre-master secrets, which Sniffer does not use (they need the RSA exchange).</summary>
    public int SkippedRsaLines { get; private set; }

    /// <summary>Reads a key log file; a missing or unreadable file is reported as a problem, never thrown.</summary>
    public static KeyLog Load(string path)
    {
        var log = new KeyLog();
        log.AddFile(path);
        return log;
    }

    public void AddFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.ASCII);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _problems.Add(new KeyLogProblem(path, 0, $"cannot read the key log file: {e.Message}"));
            return;
        }
        AddText(text, path);
    }

    /// <summary>Adds the bytes of a pcapng Decryption Secrets Block (which carries the same text).</summary>
    public void AddBytes(ReadOnlySpan<byte> bytes, string source) => AddText(Encoding.ASCII.GetString(bytes), source);

    public void AddText(string text, string source)
    {
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line.Length > MaxLineLength)
            {
                _problems.Add(new KeyLogProblem(source, lineNumber, "line too long"));
                continue;
            }
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3)
            {
                _problems.Add(new KeyLogProblem(source, lineNumber, "expected LABEL CLIENT_RANDOM SECRET"));
                continue;
            }
            string label = parts[0];
            if (label == "RSA")
            {
                SkippedRsaLines++;
                continue;
            }
            if (!TryHex(parts[1], out var random) || random.Length != ClientRandomLength)
            {
                _problems.Add(new KeyLogProblem(source, lineNumber, "the client random is not 64 hex digits"));
                continue;
            }
            if (!TryHex(parts[2], out var secret) || secret.Length == 0)
            {
                _problems.Add(new KeyLogProblem(source, lineNumber, "the secret is not hex"));
                continue;
            }
            string key = Convert.ToHexString(random);
            if (!_byClientRandom.TryGetValue(key, out var secrets))
                _byClientRandom[key] = secrets = new TlsSecrets();
            switch (label)
            {
                case "CLIENT_RANDOM" when secret.Length == 48:
                    secrets.MasterSecret = secret;
                    break;
                case "CLIENT_RANDOM":
                    _problems.Add(new KeyLogProblem(source, lineNumber, "a CLIENT_RANDOM master secret has 48 bytes"));
                    break;
                case "CLIENT_HANDSHAKE_TRAFFIC_SECRET": secrets.ClientHandshakeTrafficSecret = secret; break;
                case "SERVER_HANDSHAKE_TRAFFIC_SECRET": secrets.ServerHandshakeTrafficSecret = secret; break;
                case "CLIENT_TRAFFIC_SECRET_0": secrets.ClientTrafficSecret0 = secret; break;
                case "SERVER_TRAFFIC_SECRET_0": secrets.ServerTrafficSecret0 = secret; break;
                case "EXPORTER_SECRET": secrets.ExporterSecret = secret; break;
                case "CLIENT_EARLY_TRAFFIC_SECRET": secrets.ClientEarlyTrafficSecret = secret; break;
                case "EARLY_EXPORTER_SECRET": break;
                default:
                    _problems.Add(new KeyLogProblem(source, lineNumber, $"unknown label {label}"));
                    break;
            }
        }
    }

    public TlsSecrets? Find(ReadOnlySpan<byte> clientRandom)
        => clientRandom.Length == ClientRandomLength && _byClientRandom.TryGetValue(Convert.ToHexString(clientRandom), out var s) ? s : null;

    /// <summary>The client randoms the log has secrets for (for inject-secrets --only-used).</summary>
    public bool Contains(ReadOnlySpan<byte> clientRandom) => Find(clientRandom) is not null;

    /// <summary>The log's lines whose client random is in <paramref name="randoms"/> (hex), as text for a Decryption Secrets Block.</summary>
    public static string Filter(string text, IReadOnlySet<string> randoms)
    {
        var sb = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var parts = raw.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && randoms.Contains(parts[1].ToUpperInvariant()))
                sb.Append(raw.TrimEnd('\r')).Append('\n');
        }
        return sb.ToString();
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 2 != 0)
            return false;
        foreach (char c in text)
            if (!Uri.IsHexDigit(c))
                return false;
        bytes = Convert.FromHexString(text);
        return true;
    }
}
