using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary>
/// <c>sniffer inject-secrets</c>: copies a capture into a pcapng whose Decryption Secrets Block holds the key
/// log, as <c>editcap --inject-secrets tls,KEYS</c> does, so tshark (and Sniffer) decrypt it with no option.
/// With <c>--only-used</c> a first pass collects the client randoms of the capture's TLS sessions and only
/// their lines go in.
/// </summary>
public static class InjectSecretsPipeline
{
    public static int Run(string input, string keyLogPath, string output, bool onlyUsed)
    {
        string text;
        try
        {
            text = File.ReadAllText(keyLogPath, Encoding.ASCII);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleOutput.Error($"{keyLogPath}: cannot read the key log: {e.Message}");
            return 2;
        }
        var log = new KeyLog();
        log.AddText(text, keyLogPath);
        foreach (var problem in log.Problems)
            ConsoleOutput.Warning($"key log {problem} (line skipped)");
        if (log.SessionCount == 0)
        {
            ConsoleOutput.Error($"{keyLogPath}: no usable key-log line");
            return 1;
        }
        if (onlyUsed)
        {
            if (input == CaptureFileReader.StandardInputPath)
            {
                ConsoleOutput.Error("--only-used reads the capture twice, so it needs a file, not standard input");
                return 1;
            }
            var randoms = CollectClientRandoms(input, out var error);
            if (error is not null)
            {
                ConsoleOutput.Error(error.ToString());
                return 2;
            }
            text = KeyLog.Filter(text, randoms);
            if (text.Length == 0)
                ConsoleOutput.Warning("none of the key log's sessions appear in the capture; the secrets block will be empty");
        }

        using var reader = CaptureFileReader.Open(input);
        if (reader.Error is { } openError)
        {
            ConsoleOutput.Error(openError.ToString());
            return 2;
        }
        Stream target;
        try
        {
            target = output == "-" ? Console.OpenStandardOutput() : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleOutput.Error($"{output}: cannot write: {e.Message}");
            return 2;
        }
        using (var copy = new CaptureCopier(reader, target))
        {
            copy.AddSecrets(DecryptionSecret.TlsKeyLog, Encoding.ASCII.GetBytes(text));
            while (reader.TryReadNext(out var frame))
                copy.Write(frame);
        }
        if (reader.Error is { } readError)
        {
            ConsoleOutput.Error(readError.ToString());
            return 2;
        }
        return 0;
    }

    private static HashSet<string> CollectClientRandoms(string input, out CaptureFileError? error)
    {
        using var reader = CaptureFileReader.Open(input);
        var registry = DefaultDissectors.CreateRegistry();
        var tls = (TlsDissector)registry.ByName("tls")!;
        tls.TrackSessions = true;
        var dissector = new PacketDissector(registry) { InfoColumnEnabled = false, RetainConversations = false };
        dissector.KeepOnly([]);
        while (reader.TryReadNext(out var frame))
            dissector.Dissect(frame);
        error = reader.Error;
        var randoms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var session in tls.Sessions)
            if (session.ClientRandom is { } random)
                randoms.Add(Convert.ToHexString(random));
        return randoms;
    }
}
