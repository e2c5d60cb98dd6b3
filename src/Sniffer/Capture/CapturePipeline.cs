using System.Runtime.InteropServices;
using Sniffer.Files;

namespace Sniffer.Capture;

/// <summary>
/// <c>sniffer capture</c> from settings to exit code: resolve the interfaces, open the file (or standard
/// output) and the live printer, capture until a signal or a limit, then print dumpcap's totals. Status goes
/// to <c>stderr</c> only, so <c>-w -</c> leaves standard output to the pcapng stream.
/// Exit codes: 0 done, 1 the capture could not start or failed part-way, 2 the options contradict each other.
/// </summary>
public static class CapturePipeline
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    /// <summary>Seconds beyond which -a duration means "never" (about 3,000 years): no TimeSpan overflow, no early stop.</summary>
    public const long MaxDurationSeconds = 100_000_000_000;

    public static int Run(CaptureSettings settings, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.WriteFile == "-" && settings.Print)
            return Usage(stderr, "--print prints lines to standard output, which -w - already fills with pcapng; write to a file to print as well.");
        if (settings.WriteFile is null && settings.RingBuffer.Count > 0)
            return Usage(stderr, "-b needs -w FILE: the ring's files are named after it.");
        if (settings.WriteFile == "-" && settings.RingBuffer.Count > 0)
            return Usage(stderr, "-b writes several files; it cannot write to standard output (-w -).");
        if (settings.RingBuffer.Count > 0 && CaptureConditionParser.Find(settings.RingBuffer, CaptureConditionKind.FileSize) is null
            && CaptureConditionParser.Find(settings.RingBuffer, CaptureConditionKind.Duration) is null)
            return Usage(stderr, "-b needs filesize:KB or duration:S to know when to start the next file.");
        if (!CaptureBackends.TryGet(settings.Backend, out var backend))
            return Usage(stderr, $"unknown capture backend \"{settings.Backend ?? Environment.GetEnvironmentVariable(CaptureBackends.EnvironmentVariable)}\"; use {string.Join(" or ", CaptureBackends.Names)}.");

        if (!TryResolveInterfaces(settings, out var interfaces, out var resolveError))
            return Fail(stderr, resolveError);

        bool printing = settings.WriteFile is null || settings.Print;
        long? maxPackets = settings.Count ?? CaptureConditionParser.Find(settings.Autostop, CaptureConditionKind.Packets);
        long? seconds = CaptureConditionParser.Find(settings.Autostop, CaptureConditionKind.Duration);
        var sessionSettings = new CaptureSessionSettings
        {
            Interfaces = [.. interfaces.Select(i => i with { Immediate = printing })],
            MaxPackets = maxPackets,
            MaxDuration = seconds is long s && s < MaxDurationSeconds ? TimeSpan.FromSeconds(s) : null,
            Backend = backend,
        };

        // Open the capture handles first (the only step that needs privileges), then become the sudo user again
        // before any file is created, as dumpcap's privilege separation intends.
        if (!CaptureSession.TryOpenInterfaces(sessionSettings, out var opened, out var openError))
            return Fail(stderr, openError);
        if (!Interop.PrivilegeDrop.TryDropToInvokingUser(out string? dropProblem, out _))
        {
            foreach (var o in opened)
                o.Dispose();
            return Fail(stderr, new CaptureError(CaptureErrorKind.ActivationFailed, dropProblem!));
        }

        var sinks = new List<ICapturedPacketSink>(3);
        PcapngCaptureSink? fileSink = null;
        if (settings.WriteFile is not null)
        {
            // dumpcap writes pcapng whatever -P says when there are several interfaces: pcap holds only one.
            var format = opened.Count > 1 ? CaptureFileFormat.Pcapng : settings.Format;
            var sinkSettings = new PcapngSinkSettings
            {
                Path = settings.WriteFile,
                Format = format,
                Header = new PcapngWriterOptions
                {
                    Hardware = CaptureHostDescription.Hardware(),
                    OperatingSystem = CaptureHostDescription.OperatingSystem(),
                    Application = CaptureHostDescription.Application(),
                },
                StopAfterKilobytes = CaptureConditionParser.Find(settings.Autostop, CaptureConditionKind.FileSize),
                RingFileKilobytes = CaptureConditionParser.Find(settings.RingBuffer, CaptureConditionKind.FileSize),
                RingFileSeconds = CaptureConditionParser.Find(settings.RingBuffer, CaptureConditionKind.Duration),
                RingFileCount = (int?)Math.Min(CaptureConditionParser.Find(settings.RingBuffer, CaptureConditionKind.Files) ?? 0, int.MaxValue) is int n and > 0 ? n : null,
            };
            if (!PcapngCaptureSink.TryCreate(sinkSettings, out fileSink, out var createError))
            {
                foreach (var o in opened)
                    o.Dispose();
                return Fail(stderr, createError);
            }
            sinks.Add(fileSink!);
        }
        if (printing)
            sinks.Add(new LiveSummarySink(stdout, settings.KeyLogFile is null ? null : new KeyLogFollower(settings.KeyLogFile), settings.DisplayFilter));
        if (settings.WriteFile is not null && !settings.Quiet && settings.StandardErrorIsTerminal)
            sinks.Add(new PacketCounterSink(stderr));

        using var session = CaptureSession.Start(sessionSettings, opened, sinks);
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, StopOn(session)))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopOn(session)))
        {
            foreach (string warning in session.Warnings)
                Line(stderr, "sniffer: warning: " + warning);
            Line(stderr, CaptureReport.CapturingOn(session.Interfaces));
            if (fileSink is not null && fileSink.CurrentPath != "-")
                Line(stderr, "File: " + fileSink.CurrentPath);
            var summary = session.WaitForCompletion();
            if (summary.Error.Kind != CaptureErrorKind.None)
                Error(stderr, summary.Error);
            stderr.Write(CaptureReport.Totals(summary));
            stderr.Flush();
            return summary.Error.Kind == CaptureErrorKind.None ? Success : Failed;
        }
    }

    /// <summary>The -i arguments as libpcap settings, with list numbers turned into names and descriptions looked up.</summary>
    private static bool TryResolveInterfaces(CaptureSettings settings, out List<LiveInterfaceSettings> resolved, out CaptureError error)
    {
        resolved = [];
        bool listed = CaptureDeviceList.TryList(out var devices, out error);
        if (!listed && error.Kind == CaptureErrorKind.LibraryMissing)
            return false;
        IReadOnlyList<string> wanted = settings.Interfaces;
        if (wanted.Count == 0)
        {
            if (devices.Count == 0)
            {
                error = listed ? new CaptureError(CaptureErrorKind.NoSuchDevice, "There are no interfaces on which a capture can be done.") : error;
                return false;
            }
            wanted = [devices[0].Name];
        }
        foreach (string argument in wanted)
        {
            if (!CaptureDeviceList.TryResolve(argument, devices, out string name, out string? description, out error))
                return false;
            resolved.Add(new LiveInterfaceSettings
            {
                Device = name,
                Description = description,
                SnapLength = settings.SnapLength,
                Promiscuous = settings.Promiscuous,
                MonitorMode = settings.MonitorMode,
                BufferSizeBytes = settings.BufferMiB * 1024 * 1024,
                Filter = settings.Filter,
                LinkTypeName = settings.LinkType,
            });
        }
        error = CaptureError.None;
        return true;
    }

    private static Action<PosixSignalContext> StopOn(CaptureSession session) => context =>
    {
        context.Cancel = true;
        session.Stop();
    };

    private static int Usage(TextWriter stderr, string message)
    {
        Line(stderr, "sniffer: " + message);
        return BadUsage;
    }

    private static int Fail(TextWriter stderr, CaptureError error)
    {
        Error(stderr, error);
        return Failed;
    }

    private static void Error(TextWriter stderr, CaptureError error) => Line(stderr, "sniffer: " + error.Message);

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
        writer.Flush();
    }
}
