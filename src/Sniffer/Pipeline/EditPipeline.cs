using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary>
/// <c>sniffer edit</c> (and <c>sniffer inject-secrets</c>): one pass over a capture as editcap makes it —
/// frames chosen by number and time, written whole with their options into one file or split by count or
/// time into numbered files named as editcap names them, comments added, secrets injected or discarded.
/// Injected TLS key logs go in as valid lines only, by default only those of the capture's own sessions
/// (found by a first dissecting pass). Exit codes: 0; 1 for a usage problem found before writing;
/// 2 when a file could not be read or written.
/// </summary>
public static class EditPipeline
{
    public static int Run(EditSettings settings)
    {
        if (CaptureOutputFile.OverwriteProblem(settings.Output, [settings.Input]) is { } overwrite)
        {
            ConsoleOutput.Error(overwrite);
            return 1;
        }
        var injected = new List<(uint Type, byte[] Data)>();
        if (settings.TlsKeyLogs.Count > 0)
        {
            int status = KeyLogToInject(settings, out byte[]? keyLog);
            if (status != 0)
                return status;
            if (keyLog is { Length: > 0 })
                injected.Add((DecryptionSecret.TlsKeyLog, keyLog));
        }

        using var reader = CaptureFileReader.Open(settings.Input);
        if (reader.Format == CaptureFormat.Unknown && reader.Error is { } openError)
        {
            ConsoleOutput.Error(openError.ToString());
            return 2;
        }
        var write = new CaptureWriteSettings
        {
            FileType = settings.FileType,
            InjectedSecrets = injected,
            DiscardSecrets = settings.DiscardSecrets,
            AddedComments = settings.CaptureComments,
            DiscardComments = settings.DiscardCaptureComments,
        };
        var split = settings.PacketsPerFile is not null || settings.SecondsPerFile is not null;
        CaptureCopier? copier = null;
        try
        {
            if (!split && !CaptureWriting.TryOpen([reader], settings.Output, write, out copier, out var problem))
            {
                ConsoleOutput.Error(problem);
                return 2;
            }
            int fileNumber = 0, inFile = 0;
            long blockEnd = 0;
            while (reader.TryReadNext(out var frame))
            {
                if (settings.StartNs is long start && frame.Timestamp < start || settings.StopNs is long stop && frame.Timestamp >= stop)
                    continue;
                if (!settings.Selection.IsEmpty && settings.Selection.Contains(frame.Number) != settings.KeepSelected)
                    continue;
                while (split && NeedsNewFile(settings, copier, frame.Timestamp, inFile, ref blockEnd))
                {
                    copier?.Dispose();
                    copier = null;
                    string name = SplitFileName(settings.Output, fileNumber++, frame.Timestamp);
                    if (!CaptureWriting.TryOpen([reader], name, write, out copier, out var splitProblem))
                    {
                        ConsoleOutput.Error(splitProblem);
                        return 2;
                    }
                    inFile = 0;
                }
                settings.FrameComments.TryGetValue(frame.Number, out string? comment);
                copier!.Write(frame, comment);
                inFile++;
            }
            copier?.Dispose();
            copier = null;
        }
        catch (CaptureWriteException e)
        {
            ConsoleOutput.Error(e.Message);
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleOutput.Error($"{settings.Output}: write failed: {e.Message}");
            return 2;
        }
        finally
        {
            copier?.Dispose();
        }
        if (reader.Error is { } readError)
        {
            ConsoleOutput.Error(readError.ToString());
            return 2;
        }
        return 0;
    }

    /// <summary>
    /// Whether the frame at <paramref name="timestamp"/> needs a new file (asked again until it does not): editcap -c
    /// starts one every N packets; -i one each time a packet is past the end of the current S-second interval
    /// counted from the first packet — an interval with no packet still gets its (empty) file, as editcap's.
    /// </summary>
    private static bool NeedsNewFile(EditSettings settings, CaptureCopier? current, long timestamp, int inFile, ref long blockEnd)
    {
        const long nanosecondsPerSecond = 1_000_000_000;
        long interval = (settings.SecondsPerFile ?? 0) * nanosecondsPerSecond;
        if (current is null)
        {
            blockEnd = timestamp + interval;
            return true;
        }
        if (settings.PacketsPerFile is int count)
            return inFile >= count;
        if (timestamp <= blockEnd)
            return false;
        blockEnd += interval;
        return true;
    }

    /// <summary>editcap's name for a split file: PREFIX_NNNNN_YYYYMMDDhhmmss.EXT, the time of its first packet in local time.</summary>
    public static string SplitFileName(string output, int number, long firstTimestampNs)
    {
        string directory = Path.GetDirectoryName(output) ?? "";
        string name = Path.GetFileName(output);
        int dot = name.LastIndexOf('.');
        string prefix = dot < 0 ? name : name[..dot], extension = dot < 0 ? "" : name[dot..];
        var time = DateTimeOffset.FromUnixTimeMilliseconds(Math.Max(0, firstTimestampNs / 1_000_000)).ToLocalTime();
        return Path.Combine(directory, $"{prefix}_{number:D5}_{time:yyyyMMddHHmmss}{extension}");
    }

    /// <summary>Reads the key logs to inject; the bytes to embed: valid lines only, of the capture's sessions unless --all-keys.</summary>
    private static int KeyLogToInject(EditSettings settings, out byte[]? text)
    {
        text = null;
        var keys = new KeyLog();
        foreach (string path in settings.TlsKeyLogs)
        {
            var load = keys.AddFile(path);
            foreach (var warning in load.Warnings)
                ConsoleOutput.Warning(warning);
            if (load.Status is KeyLogLoadStatus.FileNotFound or KeyLogLoadStatus.AccessDenied or KeyLogLoadStatus.ReadFailed or KeyLogLoadStatus.NotAFile)
            {
                ConsoleOutput.Error(load.Message);
                return 2;
            }
            if (!load.Succeeded)
            {
                ConsoleOutput.Error(load.Message);
                return 1;
            }
        }
        if (settings.AllKeys)
        {
            text = keys.ToKeyLogText();
            return 0;
        }
        if (settings.Input == CaptureFileReader.StandardInputPath)
        {
            ConsoleOutput.Error("keeping only the keys of the capture's own TLS sessions reads it twice, so it needs a file, not standard input (or give --all-keys)");
            return 1;
        }
        var randoms = CollectClientRandoms(settings.Input, out var error);
        if (error is not null)
        {
            ConsoleOutput.Error(error.ToString());
            return 2;
        }
        text = keys.ToKeyLogText(randoms.Contains);
        if (text.Length == 0)
            ConsoleOutput.Warning("none of the key log's sessions appear in the capture; no secrets were written (--all-keys embeds them all)");
        return 0;
    }

    private static HashSet<ClientRandom> CollectClientRandoms(string input, out CaptureFileError? error)
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
    /// Every tls.handshake.random of the capture (client and server randoms alike: a key log names sessions by
    /// client random, and a server random never equals one).
    /// </summary>
    private sealed class HandshakeRandomsTap : ITap
    {
        public HashSet<ClientRandom> Randoms { get; } = [];
        public TapNeeds Needs => TapNeeds.None;
        public IReadOnlyCollection<FieldDef> Fields { get; } = [TlsFields.Random];

        public void OnFrame(PacketContext packet)
        {
            var tree = packet.Tree;
            foreach (ref readonly var node in tree.Nodes)
                if (ReferenceEquals(node.Field, TlsFields.Random) && ClientRandom.TryRead(tree.ValueBytes(node), out var random))
                    Randoms.Add(random);
        }

        public void OnEnd(CaptureModel model) { }
    }
}
