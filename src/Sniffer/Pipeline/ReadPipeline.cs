using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Streams;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary>
/// <c>sniffer read</c>: file → frames → one dissection per frame → taps (the outputs and statistics asked for), in one
/// streaming pass. Returns the exit code: 0, 1 for a usage problem found before reading, 2 when the file could not be
/// read to its end.
/// </summary>
public static class ReadPipeline
{
    public static int Run(ReadSettings settings, TextWriter output)
    {
        var keys = LoadKeyLog(settings.KeyLogFile);
        var registry = CreateRegistry(settings, keys, out string? problem);
        if (registry is null)
        {
            ConsoleOutput.Error(problem!);
            return 1;
        }
        var taps = ReadTaps.Build(settings, output, out problem, out int refused);
        if (taps is null)
        {
            ConsoleOutput.Error(problem!);
            return refused;
        }

        if (settings.WriteFile is { } target && CaptureOutputFile.OverwriteProblem(target, [settings.File]) is { } overwrite)
        {
            ConsoleOutput.Error(overwrite);
            return 1;
        }
        if (settings.TwoPass)
            return RunTwoPasses(settings, output, keys, taps);
        using var reader = CaptureFileReader.Open(settings.File, out var file);
        try
        {
            if (!OpenCopy(settings, reader, taps, out var copy))
                return 2;
            using var written = copy;
            var run = new DissectionRun(registry, taps, settings.DisplayFilter, ReadTaps.Completions(settings));
            run.Dissector.PortNames = ReadTaps.PortNames(settings);
            run.Dissector.MacNames = ReadTaps.MacNames(settings);
            long count = 0;
            int secretsUsed = 0;
            using (var progress = ReadProgress.For(settings, file))
            {
                while (count < settings.MaxFrames && reader.TryReadNext(out var frame))
                {
                    count++;
                    secretsUsed = UseNewSecrets(reader, keys, secretsUsed, settings.File);
                    run.Process(frame);
                    if (settings.FlushEachFrame)
                        output.Flush();
                    progress?.Tick();
                }
            }
            return Finish(run, reader, output, settings, keys);
        }
        catch (Exception e) when (e is CaptureWriteException or UnauthorizedAccessException or IOException)
        {
            return ReadFailed(settings, output, e);
        }
    }

    /// <summary>-w: the copy's writer (none without -w); false, after saying why, when it cannot be made.</summary>
    private static bool OpenCopy(ReadSettings settings, ICaptureReader reader, List<ITap> taps, out CaptureCopier? copy)
    {
        copy = null;
        // An input that cannot be read at all leaves no output file behind, as with tshark.
        if (settings.WriteFile is { } writeFile && reader.Format != CaptureFormat.Unknown
            && !CaptureWriting.TryOpen([reader], writeFile, new CaptureWriteSettings { FileType = settings.WriteType }, out copy, out var cannotWrite))
        {
            ConsoleOutput.Error(cannotWrite);
            return false;
        }
        if (copy is not null)
            taps.Insert(0, new WriteTap(copy));
        return true;
    }

    /// <summary>
    /// tshark's two-pass read (-2): the first pass dissects every frame, keeps those -R selects (numbering them as it
    /// keeps them, as tshark does) and notes what later frames teach about earlier ones; the second pass, with fresh
    /// dissector state and those notes, dissects the kept frames alone, renumbered, for the taps.
    /// </summary>
    private static int RunTwoPasses(ReadSettings settings, TextWriter output, KeyLog keys, List<ITap> taps)
    {
        string file = settings.File;
        string? spooled = null;
        try
        {
            if (file == CaptureFileReader.StandardInputPath)
            {
                // Standard input can be read once: keep it in a private temporary file for the second pass.
                spooled = Path.Combine(Path.GetTempPath(), $"sniffer-2pass-{Environment.ProcessId}-{Guid.NewGuid():N}");
                using (var target = new FileStream(spooled, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                using (var stdin = Console.OpenStandardInput())
                    stdin.CopyTo(target);
                file = spooled;
            }
            var annotations = new FrameAnnotations();
            var kept = new List<bool>();
            using (var reader = CaptureFileReader.Open(file))
            {
                var first = CreateRegistry(settings, keys, out _)!;
                var run = new DissectionRun(first, [], settings.ReadFilter);
                run.Dissector.Annotations = annotations;
                long count = 0, keptCount = 0;
                int secretsUsed = 0;
                while (count < settings.MaxFrames && reader.TryReadNext(out var frame))
                {
                    count++;
                    secretsUsed = UseNewSecrets(reader, keys, secretsUsed, settings.File);
                    bool keep = run.Process(frame with { Number = keptCount + 1 });
                    kept.Add(keep);
                    if (keep)
                        keptCount++;
                }
                run.Finish();
                annotations.EndFirstPass();
                if (reader.Error is { } error)
                {
                    output.Flush();
                    ConsoleOutput.Error(error.ToString());
                    return 2;
                }
            }
            using (var reader = CaptureFileReader.Open(file))
            {
                if (!OpenCopy(settings, reader, taps, out var copy))
                    return 2;
                using var written = copy;
                var second = CreateRegistry(settings, keys, out _)!;
                var run = new DissectionRun(second, taps, settings.DisplayFilter, ReadTaps.Completions(settings));
                run.Dissector.PortNames = ReadTaps.PortNames(settings);
                run.Dissector.MacNames = ReadTaps.MacNames(settings);
                run.Dissector.Annotations = annotations;
                // Every frame is dissected again, numbered as the first pass numbered it, so each conversation's state
                // evolves as it did there (tshark's second pass keeps the first pass's state); only kept frames reach the taps.
                long index = 0, number = 0;
                while (index < kept.Count && reader.TryReadNext(out var frame))
                {
                    bool keep = kept[(int)index++];
                    run.Process(frame with { Number = number + 1 }, deliver: keep);
                    if (keep)
                    {
                        number++;
                        if (settings.FlushEachFrame)
                            output.Flush();
                    }
                }
                return Finish(run, reader, output, settings, keys);
            }
        }
        catch (Exception e) when (e is CaptureWriteException or UnauthorizedAccessException or IOException)
        {
            return ReadFailed(settings, output, e);
        }
        finally
        {
            if (spooled is not null)
                File.Delete(spooled);
        }
    }

    /// <summary>Secrets in the file (pcapng Decryption Secrets Blocks) are used as soon as they are read, as tshark does.</summary>
    internal static int UseNewSecrets(ICaptureReader reader, KeyLog keys, int used, string file)
    {
        for (; used < reader.DecryptionSecrets.Count; used++)
        {
            var secret = reader.DecryptionSecrets[used];
            if (secret.SecretsType == DecryptionSecret.TlsKeyLog)
                keys.AddBytes(secret.Data.Span, $"{file} (Decryption Secrets Block)");
        }
        return used;
    }

    private static int Finish(DissectionRun run, ICaptureReader reader, TextWriter output, ReadSettings settings, KeyLog keys)
    {
        // A file that could not be opened, or is no capture file, shows nothing but its error, as with tshark: the
        // statistics do not print their empty tables.
        if (reader.Format == CaptureFormat.Unknown && reader.Error is { } unreadable)
        {
            output.Flush();
            ConsoleOutput.Error(unreadable.ToString());
            return 2;
        }
        run.Finish();
        if (settings.KeyLogFile is not null && keys.UnmatchedMessage(settings.KeyLogFile) is { } unmatched)
            ConsoleOutput.Warning(unmatched);
        // What never completed has no frame to be shown on: say so once, beside the output, as a note.
        foreach (var notice in run.Model.Notices)
            ConsoleOutput.Note(notice);
        output.Flush();
        if (reader.Error is { } error)
        {
            ConsoleOutput.Error(error.ToString());
            return 2;
        }
        return 0;
    }

    private static int ReadFailed(ReadSettings settings, TextWriter output, Exception e)
    {
        output.Flush();
        ConsoleOutput.Error(e is IOException ? $"{settings.File}: read failed: {e.Message}" : e.Message);
        return 2;
    }

    /// <summary>The key log from -o tls.keylog_file / --keylog (problems reported as warnings); empty when none was given.</summary>
    public static KeyLog LoadKeyLog(string? path)
    {
        var keys = new KeyLog();
        if (path is not null)
        {
            var load = keys.AddFile(path);
            if (!load.Succeeded)
                ConsoleOutput.Warning(load.Message);
            foreach (var warning in load.Warnings)
                ConsoleOutput.Warning(warning);
        }
        return keys;
    }

    /// <summary>The registry for the run: preferences (-o), key log, reassembly limits, protocols turned off, Decode As rules.</summary>
    public static DissectorRegistry? CreateRegistry(ReadSettings settings, KeyLog keys, out string? problem)
    {
        problem = null;
        var preferences = new Preferences();
        foreach (var preference in settings.Preferences)
        {
            if (preferences.Set(preference) is { } error)
            {
                problem = error;
                return null;
            }
        }
        var registry = DefaultDissectors.CreateRegistry(keys, preferences,
            new ReassemblyLimits(settings.MaxReassemblyBytes, settings.MaxReassemblyTotal), settings.MaxConnections);
        foreach (var name in settings.DisabledProtocols)
        {
            if (registry.Disable(name) is { } error)
            {
                problem = error;
                return null;
            }
        }
        foreach (var rule in settings.DecodeAs)
        {
            if (registry.AddDecodeAs(rule) is { } error)
            {
                problem = error;
                return null;
            }
        }
        return registry;
    }
}
