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
        var catalog = FieldCatalog.Shared;
        var keys = LoadKeyLog(settings.KeyLogFile);
        var registry = CreateRegistry(settings, keys, out string? problem);
        if (registry is null)
        {
            ConsoleOutput.Error(problem!);
            return 1;
        }
        var taps = ReadTaps.Build(settings, output, catalog, out problem);
        if (taps is null)
        {
            ConsoleOutput.Error(problem!);
            return 1;
        }

        using var reader = CaptureFileReader.Open(settings.File);
        try
        {
            using var copy = settings.WriteFile is null ? null : new CaptureCopier(reader, OpenOutput(settings.WriteFile));
            if (copy is not null)
                taps.Insert(0, new WriteTap(copy));
            var run = new DissectionRun(registry, taps, settings.DisplayFilter);
            long count = 0;
            int secretsUsed = 0;
            while (count < settings.MaxFrames && reader.TryReadNext(out var frame))
            {
                count++;
                // Secrets in the file (pcapng Decryption Secrets Blocks) are used as soon as they are read, as tshark does.
                for (; secretsUsed < reader.DecryptionSecrets.Count; secretsUsed++)
                {
                    var secret = reader.DecryptionSecrets[secretsUsed];
                    if (secret.SecretsType == DecryptionSecret.TlsKeyLog)
                        keys.AddBytes(secret.Data.Span, $"{settings.File} (Decryption Secrets Block)");
                }
                run.Process(frame);
            }
            run.Finish();
            // What never completed has no frame to be shown on: say so once, beside the output, as a note.
            foreach (var notice in run.Model.Notices)
                ConsoleOutput.Note(notice);
            output.Flush();
            if (reader.Error is { } error)
            {
                ConsoleOutput.Error(error.ToString());
                return 2;
            }
        }
        catch (UnauthorizedAccessException e)
        {
            output.Flush();
            ConsoleOutput.Error(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            output.Flush();
            ConsoleOutput.Error($"{settings.File}: read failed: {e.Message}");
            return 2;
        }
        return 0;
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
            foreach (var problem in keys.Problems)
                ConsoleOutput.Warning($"key log {problem} (line skipped)");
        }
        return keys;
    }

    /// <summary>The registry for the run: preferences (-o), key log, reassembly limits, protocols turned off, Decode As rules.</summary>
    public static DissectorRegistry? CreateRegistry(ReadSettings settings, KeyLog keys, out string? problem)
    {
        problem = null;
        var preferences = new Preferences(FieldCatalog.Shared);
        foreach (var preference in settings.Preferences)
        {
            if (preferences.Set(preference) is { } error)
            {
                problem = error;
                return null;
            }
        }
        var registry = DefaultDissectors.CreateRegistry(keys, preferences, new ReassemblyLimits(settings.MaxReassemblyBytes));
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

    /// <summary>The -w target: a file, or standard output for "-" (unbuffered, so each block goes out whole).</summary>
    private static Stream OpenOutput(string path) =>
        path == "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
}
