using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Tls;

public static class TlsRegistration
{
    public static readonly PreferenceDef TcpPorts = new("tls.tcp.port", "TLS TCP ports",
        "TCP ports TLS is decoded on", PreferenceKind.Range, DefaultTcpPorts);

    /// <summary>
    /// The TCP ports tshark 4.0 decodes as TLS by default (its protocols' *.tls.port preferences and TLS registrations:
    /// HTTPS, SMTPS, LDAPS, DNS over TLS, IMAPS, POP3S, SIPS, AMQPS, MQTT over TLS…; `tshark -G decodes`). They also tell
    /// which end is the server of a stream caught after its ClientHello.
    /// </summary>
    public const string DefaultTcpPorts = "324,443,465,636,802,853,993,995,1300,2221,2443,3249-3252,3496,5061,5671,5684,5868,8883,11207,19999,27017";

    /// <summary>tshark's key log preference; the pipeline loads the file (with --keylog and Decryption Secrets Blocks).</summary>
    public static readonly PreferenceDef KeyLogFile = new("tls.keylog_file", "(Pre)-Master-Secret log filename",
        "The name of a file which contains a list of (pre-)master secrets in NSS key log format", PreferenceKind.File, "");

    /// <summary>tshark's older RSA key list: "ip,port,protocol,keyfile[,password]" entries separated by ';'.</summary>
    public static readonly PreferenceDef KeysList = new("tls.keys_list", "RSA keys list",
        "Semicolon-separated list of private RSA keys used for TLS decryption: ip,port,protocol,keyfile[,password]",
        PreferenceKind.String, "") { Check = Crypto.TlsRsaKeys.CheckKeysList };

    /// <summary>tshark's RSA key table, one record per -o uat:rsa_keys:"keyfile","password".</summary>
    public static readonly PreferenceDef RsaKeys = new(PreferenceDef.UatName("rsa_keys"), "RSA keys list",
        "A table of RSA private keys (PEM key file and its password) for RSA key exchange decryption",
        PreferenceKind.Uat, "") { Check = Crypto.TlsRsaKeys.CheckUatRecord };

    /// <summary>
    /// TLS on its ports and a heuristic for a stream that opens with a TLS record. Decryption uses the registry's key
    /// log, which may grow while a file is read (Decryption Secrets Blocks).
    /// </summary>
    public static ProtocolModule Module { get; } = new(
        () =>
        [
            new ProtocolDeclaration(TlsFields.Protocol, TlsFields.Declaration.Fields, TlsFields.Declaration.Experts, [TcpPorts, KeyLogFile, KeysList, RsaKeys]),
        ],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var rsaKeys = Crypto.TlsRsaKeys.FromPreferences(registry.Preferences[KeysList], registry.Preferences[RsaKeys]);
        var tls = new TlsDissector(registry, registry.KeyLog, rsaKeys.Count > 0 ? rsaKeys : null);
        registry.Declare(tls);
        registry.AddTcpPorts(tls, TcpPorts);
        registry.AddTcpHeuristic(tls);
    }
}
