using Sniffer.Dissectors.Frames;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Files;
using Sniffer.Output;

namespace Sniffer.Pipeline;

/// <summary>
/// <c>sniffer read</c>: file → frames → dissection → printers, in one streaming pass. Returns the exit code:
/// 0, 1 for a usage problem found before reading, 2 when the file could not be read to its end.
/// </summary>
public static class ReadPipeline
{
    public static int Run(ReadSettings settings, TextWriter output)
    {
        var catalog = FieldCatalog.Shared;
        var keys = new KeyLog();
        if (settings.KeyLogFile is not null)
        {
            var load = keys.AddFile(settings.KeyLogFile);
            if (!load.Succeeded)
                ConsoleOutput.Warning(load.Message);
            foreach (var problem in keys.Problems)
                ConsoleOutput.Warning($"key log {problem} (line skipped)");
        }
        var registry = DefaultDissectors.CreateRegistry(keys, limits: new Dissectors.Streams.ReassemblyLimits(settings.MaxReassemblyBytes));
        var tls = registry.ByName("tls") as Dissectors.Protocols.Tls.TlsDissector;
        if (tls is not null)
            tls.TrackSessions = settings.TlsSessions;
        foreach (var name in settings.DisabledProtocols)
        {
            if (registry.Disable(name) is { } problem)
            {
                ConsoleOutput.Error(problem);
                return 1;
            }
        }
        foreach (var rule in settings.DecodeAs)
        {
            if (registry.AddDecodeAs(rule) is { } problem)
            {
                ConsoleOutput.Error(problem);
                return 1;
            }
        }

        FieldsPrinter? fields = null;
        MachinePrinter? machine = null;
        if (settings.Output == PacketOutput.Machine)
        {
            var defs = new List<FieldDef>();
            var unknown = new List<string>();
            foreach (var name in settings.Fields)
            {
                if (catalog.Find(name) is { } def)
                    defs.Add(def);
                else
                    unknown.Add(name);
            }
            if (unknown.Count > 0)
            {
                ConsoleOutput.Error("Some fields aren't valid:\n\t" + string.Join("\n\t", unknown));
                return 1;
            }
            var options = new JsonOptions
            {
                Fields = defs,
                ProtocolFilter = settings.ProtocolFilter is { } filter ? JsonOptions.ParseFilter(filter) : null,
                IncludeChildren = settings.ProtocolFilterIncludesChildren,
                Raw = settings.HexDump,
                NoDuplicateKeys = settings.NoDuplicateKeys,
            };
            machine = new MachinePrinter(settings.Machine, options, catalog, settings.File);
        }
        if (settings.Output == PacketOutput.Fields)
        {
            var defs = new List<FieldDef>();
            var unknown = new List<string>();
            foreach (var name in settings.Fields)
            {
                if (catalog.Find(name) is { } def)
                    defs.Add(def);
                else
                    unknown.Add(name);
            }
            if (unknown.Count > 0)
            {
                ConsoleOutput.Error("Some fields aren't valid:\n\t" + string.Join("\n\t", unknown));
                return 1;
            }
            if (defs.Count == 0)
            {
                ConsoleOutput.Error("-T fields was given, but no fields were specified with -e");
                return 1;
            }
            fields = new FieldsPrinter(defs, settings.Layout, catalog);
        }
        ConversationTablePrinter? conversations = null;
        FollowTcpPrinter? follow = null;
        HttpTreeStatistics? httpTree = null;
        bool httpConnections = false;
        foreach (var stat in settings.Statistics)
        {
            if (stat == "conv,tcp")
                conversations = new ConversationTablePrinter();
            else if (stat == "http,connections")
                httpConnections = true;
            else if (stat == "http,tree")
                httpTree = new HttpTreeStatistics();
            else if (FollowRequest.TryParse(stat, out var stream, out var mode))
                follow = new FollowTcpPrinter(stream, mode);
            else
            {
                ConsoleOutput.Error($"Invalid -z argument \"{stat}\"; the statistics Sniffer has: conv,tcp, http,tree, http,connections and follow,tcp,ascii|hex|raw,STREAM");
                return 1;
            }
        }

        using var reader = CaptureFileReader.Open(settings.File);
        try
        {
            bool details = settings.Output == PacketOutput.Summary && (settings.Details || settings.ExpandOnly is not null) && !settings.Quiet;
            var detailsPrinter = details ? new PacketDetailsPrinter(settings.ExpandOnly, settings.SummaryWithDetails, settings.HexDump) : null;
            var summary = settings.Output == PacketOutput.Summary && !settings.Quiet && !settings.HexDump && !details ? new SummaryPrinter() : null;
            var hex = settings.HexDump && !settings.Quiet && !details && machine is null ? new HexDumpPrinter() : null;
            if (!settings.Quiet)
            {
                fields?.WriteHeader(output);
                machine?.Begin(output);
            }
            var dissector = new PacketDissector(registry);
            // Display text is built only for the outputs that print tree lines (and for -e of a protocol, whose value is its line).
            dissector.BuildsText = details || (machine?.NeedsText ?? false)
                || (fields?.Fields.Any(f => f.Type == FieldType.Protocol) ?? false);
            bool wholeTree = details || (machine?.NeedsWholeTree ?? false);
            if (summary is null && !wholeTree)
            {
                // Build only the requested fields and what the statistics read; no Info column is shown.
                var needed = new List<FieldDef>(fields?.Fields ?? []);
                if (machine is not null)
                    needed.AddRange(machine.Fields);
                if (conversations is not null)
                    needed.Add(Dissectors.Transport.TcpFields.Stream);
                if (httpTree is not null)
                    needed.AddRange(httpTree.Fields);
                dissector.KeepOnly(needed);
                dissector.InfoColumnEnabled = machine?.NeedsInfo ?? false;
            }
            using var copy = settings.WriteFile is null ? null : new CaptureCopier(reader, OpenOutput(settings.WriteFile));
            dissector.TcpPayloadObserver = follow;
            dissector.RetainConversations = httpConnections;
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
                var packet = dissector.Dissect(frame);
                if (!settings.Quiet)
                {
                    summary?.Write(packet, output);
                    detailsPrinter?.Write(packet, output);
                    machine?.Write(packet, output);
                    fields?.Write(packet, output);
                    hex?.Write(packet, output);
                }
                conversations?.Add(packet);
                httpTree?.Add(packet);
                copy?.Write(frame);
            }
            dissector.Finish();
            if (!settings.Quiet)
                machine?.Finish(output);
            // What never completed has no frame to be shown on: say so once, beside the output, as a note.
            foreach (var notice in dissector.Notices)
                ConsoleOutput.Note(notice);
            conversations?.Write(output);
            follow?.Write(output);
            httpTree?.Write(output);
            if (httpConnections)
                HttpConnectionsReport.Write(output, dissector.Conversations);
            if (settings.TlsSessions && tls is not null)
                TlsSessionsReport.Write(output, tls.Sessions, keys);
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

    /// <summary>The -w target: a file, or standard output for "-" (unbuffered, so each block goes out whole).</summary>
    private static Stream OpenOutput(string path) =>
        path == "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
}
