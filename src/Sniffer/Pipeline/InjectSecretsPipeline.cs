using System.Text;
using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
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
        var randoms = new HandshakeRandomsTap();
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(), [randoms]);
        while (reader.TryReadNext(out var frame))
            run.Process(frame);
        run.Finish();
        error = reader.Error;
        return randoms.Randoms;
    }

    /// <summary>
    /// Every tls.handshake.random of the capture, in hex (client and server randoms alike: a key log names sessions by
    /// client random, and a server random never equals one).
    /// </summary>
    private sealed class HandshakeRandomsTap : ITap
    {
        public HashSet<string> Randoms { get; } = new(StringComparer.Ordinal);
        public TapNeeds Needs => TapNeeds.None;
        public IReadOnlyCollection<FieldDef> Fields { get; } = [TlsFields.Random];

        public void OnFrame(PacketContext packet)
        {
            var tree = packet.Tree;
            foreach (ref readonly var node in tree.Nodes)
                if (ReferenceEquals(node.Field, TlsFields.Random))
                    Randoms.Add(Convert.ToHexString(tree.ValueBytes(node)));
        }

        public void OnEnd(CaptureModel model) { }
    }
}
