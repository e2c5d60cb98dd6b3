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
        int matched = sessions.Count(s => s.KeysFoundIn(keys));
        if (keys.SessionCount == 0)
            sb.Append("Key log: none given (use -o tls.keylog_file:FILE or --keylog FILE; a pcapng may also carry one)\n");
        else if (matched == 0 && sessions.Count > 0)
            sb.Append(CultureInfo.InvariantCulture, $"Key log: secrets for {keys.SessionCount} session(s), none of them a session of this capture\n");
        else
            sb.Append(CultureInfo.InvariantCulture, $"Key log: secrets for {keys.SessionCount} session(s)\n");
        foreach (var s in sessions)
        {
            sb.Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"tcp.stream {s.StreamIndex} (from frame {s.FirstFrame}): ");
            ushort shown = s.DraftVersion != 0 ? s.DraftVersion : s.Version;
            sb.Append(shown != 0 ? TlsVersions.NameOf(shown) ?? $"0x{shown:x4}" : "version unknown");
            sb.Append(", ").Append(s.CipherSuiteKnown ? CipherSuites.DisplayName(s.CipherSuite) : "cipher suite unknown").Append('\n');
            sb.Append("  SNI: ").Append(s.ServerName ?? "(none)");
            sb.Append(", ALPN: ").Append(s.Alpn ?? (s.OfferedAlpn.Count > 0 ? $"(offered {string.Join(", ", s.OfferedAlpn)}, none chosen)" : "(none)")).Append('\n');
            if (s.Handshakes > 1)
                sb.Append(CultureInfo.InvariantCulture, $"  renegotiated: {s.Handshakes} handshakes, each after the first under the previous one's keys\n");
            if (s.CertificateSubject is not null)
                sb.Append("  certificate: subject ").Append(s.CertificateSubject).Append("; issuer ").Append(s.CertificateIssuer ?? "(unreadable)").Append('\n');
            // One verdict feeds both lines, so they cannot contradict each other.
            bool keysFound = s.KeysFoundIn(keys);
            sb.Append("  keys: ").Append(keysFound ? "found in the key log"
                : s.RsaMasterSecretDerived ? "derived from the server's RSA private key"
                : keys.SessionCount == 0 ? "no key log given" : "not in the key log").Append('\n');
            sb.Append("  decryption: ");
            if (s.RecordsDecrypted > 0 && s.RecordsFailed == 0)
                sb.Append(CultureInfo.InvariantCulture, $"succeeded ({s.RecordsDecrypted} records decrypted)");
            else if (s.RecordsDecrypted > 0)
                sb.Append(CultureInfo.InvariantCulture, $"partial: {s.RecordsDecrypted} records decrypted, {s.RecordsFailed} not — {TlsDecryptionProblems.Describe(Reason(s, keys, keysFound))}");
            else
                sb.Append("failed — ").Append(TlsDecryptionProblems.Describe(Reason(s, keys, keysFound)));
            sb.Append('\n');
        }
        if (sessions.Count == 0)
            sb.Append("\nNo TLS session in this capture.\n");
        sb.Append('=', 80).Append('\n');
        output.Write(sb.ToString());
    }

    /// <summary>Why a session did not (fully) decrypt, consistent with what the report says about its keys.</summary>
    public static TlsDecryptionProblem Reason(TlsSession s, KeyLog keys, bool keysFound)
    {
        if (s.DraftVersion != 0)
            return TlsDecryptionProblem.DraftVersion;
        if (!keysFound && s.UsesRsaKeyExchange && s.Problem is TlsDecryptionProblem.NoKeyLog or TlsDecryptionProblem.NoKeyLogEntry
            or TlsDecryptionProblem.None)
            return TlsDecryptionProblem.RsaPrivateKeyNeeded;
        // The dissector's own finding stands unless it is the "no key log" it starts from while keys were in fact given.
        if (s.Problem is not (TlsDecryptionProblem.None or TlsDecryptionProblem.NoKeyLog))
            return s.Problem;
        if (s.ClientRandom is null)
            return TlsDecryptionProblem.NoClientRandom;
        if (keysFound)
            return s.Problem == TlsDecryptionProblem.None && s.RecordsFailed > 0 ? TlsDecryptionProblem.AuthenticationFailed
                : TlsDecryptionProblem.NoEncryptedRecord;
        if (s.UsesRsaKeyExchange)
            return TlsDecryptionProblem.RsaPrivateKeyNeeded;
        return keys.SessionCount == 0 ? TlsDecryptionProblem.NoKeyLog : TlsDecryptionProblem.KeyLogHasNoEntryForSession;
    }
}
