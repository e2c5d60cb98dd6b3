using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>
/// <c>sniffer read --tls-sessions</c>: each TLS session with its version, cipher suite, SNI and ALPN, whether
/// the key log had its keys and whether decryption worked — and if not, why, in plain words. Never prints a key.
/// </summary>
public sealed class TlsSessionsReport(TextWriter output) : ITap
{
    /// <summary>Every connection is kept so each TLS session can be listed at the end; no frame is read.</summary>
    public TapNeeds Needs => TapNeeds.Connections | TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields => [];
    public void OnFrame(PacketContext packet) { }

    public void OnEnd(CaptureModel model)
    {
        var sessions = new List<TlsSession>();
        foreach (var c in model.Tcp.All)
            if (c.State.Find<TlsSession>() is { } session)
                sessions.Add(session);
        Write(output, sessions, model.Keys ?? new KeyLog());
    }

    public static void Write(TextWriter output, IReadOnlyList<TlsSession> sessions, KeyLog keys)
    {
        var sb = new StringBuilder();
        sb.Append('=', 80).Append('\n').Append("TLS Sessions\n");
        if (keys.SessionCount == 0)
            sb.Append("Key log: none given (use -o tls.keylog_file:FILE or --keylog FILE; a pcapng may also carry one)\n");
        else
            sb.Append(CultureInfo.InvariantCulture, $"Key log: secrets for {keys.SessionCount} session(s)\n");
        foreach (var s in sessions)
        {
            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"tcp.stream {s.StreamIndex} (from frame {s.FirstFrame}): ");
            sb.Append(s.Version != 0 ? TlsNames.Versions.GetValueOrDefault(s.Version, $"0x{s.Version:x4}") : "version unknown");
            sb.Append(", ").Append(s.CipherSuiteKnown ? CipherSuites.DisplayName(s.CipherSuite) : "cipher suite unknown").Append('\n');
            sb.Append("  SNI: ").Append(s.ServerName ?? "(none)");
            sb.Append(", ALPN: ").Append(s.Alpn ?? (s.OfferedAlpn.Count > 0 ? $"(offered {string.Join(", ", s.OfferedAlpn)}, none chosen)" : "(none)")).Append('\n');
            if (s.CertificateSubject is not null)
                sb.Append("  certificate: subject ").Append(s.CertificateSubject).Append("; issuer ").Append(s.CertificateIssuer ?? "(unreadable)").Append('\n');
            bool keysFound = s.ClientRandom is not null && keys.Contains(s.ClientRandom);
            sb.Append("  keys: ").Append(keysFound ? "found in the key log" : "not found").Append('\n');
            sb.Append("  decryption: ");
            if (s.RecordsDecrypted > 0 && s.RecordsFailed == 0)
                sb.Append(CultureInfo.InvariantCulture, $"succeeded ({s.RecordsDecrypted} records decrypted)");
            else if (s.RecordsDecrypted > 0)
                sb.Append(CultureInfo.InvariantCulture, $"partial: {s.RecordsDecrypted} records decrypted, {s.RecordsFailed} not — {TlsDecryptionProblems.Describe(s.Problem)}");
            else
                sb.Append("failed — ").Append(TlsDecryptionProblems.Describe(Reason(s, keys)));
            sb.Append('\n');
        }
        if (sessions.Count == 0)
            sb.Append("\nNo TLS session in this capture.\n");
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    private static TlsDecryptionProblem Reason(TlsSession s, KeyLog keys)
    {
        if (s.Problem != TlsDecryptionProblem.None)
            return s.Problem;
        if (keys.SessionCount == 0)
            return TlsDecryptionProblem.NoKeyLog;
        return s.ClientRandom is null ? TlsDecryptionProblem.NoClientRandom : TlsDecryptionProblem.NoKeyLogEntry;
    }
}
