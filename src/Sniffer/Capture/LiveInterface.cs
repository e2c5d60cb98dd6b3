using Sniffer.Capture.Interop;
using Sniffer.Capture.Platform;
using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// One activated libpcap handle: created, configured (snapshot length, promiscuous mode, kernel buffer,
/// timeout, immediate mode, nanosecond time stamps), activated, with its capture filter compiled and set.
/// Only the capture thread reads packets from it; <see cref="RequestBreak"/> may be called from any thread.
/// Structure layouts come from <see cref="CapturePlatform.Current"/> (pcap_pkthdr's timeval, pcap_stat's size).
/// </summary>
public sealed unsafe class LiveInterface : ILiveCapture
{
    private const long NanosecondsPerSecond = 1_000_000_000;
    private const long NanosecondsPerMicrosecond = 1_000;

    private readonly PcapHandle _handle;
    private readonly long _subSecondToNanoseconds;
    private readonly PcapHeaderLayout _header = CapturePlatform.Current.HeaderLayout;

    private LiveInterface(PcapHandle handle, LiveInterfaceSettings settings, int dlt, bool nanosecondStamps, string? warning)
    {
        _handle = handle;
        Settings = settings;
        Dlt = dlt;
        NanosecondTimestamps = nanosecondStamps;
        _subSecondToNanoseconds = nanosecondStamps ? 1 : NanosecondsPerMicrosecond;
        Warning = warning;
    }

    public LiveInterfaceSettings Settings { get; }

    public string Device => Settings.Device;

    /// <summary>As dumpcap names it in messages: "Loopback: lo".</summary>
    public string DisplayName => CaptureDevice.DisplayNameOf(Settings.Device, Settings.Description);

    /// <summary>The handle's data link type (pcap_datalink).</summary>
    public int Dlt { get; }

    public LinkType LinkType => DataLinkTypes.ToLinkType(Dlt);

    /// <summary>True when libpcap delivers nanosecond time stamps; otherwise microseconds are scaled up.</summary>
    public bool NanosecondTimestamps { get; }

    /// <summary>A warning pcap_activate gave (promiscuous mode not supported, …), or null.</summary>
    public string? Warning { get; }

    /// <summary>Opens and activates <paramref name="settings"/>.Device; on failure the error carries libpcap's words and what to do.</summary>
    public static bool TryOpen(LiveInterfaceSettings settings, out LiveInterface? opened, out CaptureError error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        opened = null;
        if (!TryCreateActivated(settings, out var handle, out string? warning, out error))
            return false;
        if ((settings.LinkTypeName is not null && !TrySetDataLink(handle!, settings, out error))
            || (!string.IsNullOrEmpty(settings.Filter) && !TryApplyFilter(handle!, settings, out error)))
        {
            handle!.Dispose();
            return false;
        }
        bool nano = LibPcap.GetTimestampPrecision(handle!.Pointer) == LibPcap.TimestampPrecisionNano;
        opened = new LiveInterface(handle, settings, LibPcap.DataLink(handle.Pointer), nano, warning);
        return true;
    }

    /// <summary>The data link types an interface offers (pcap_list_datalinks after activation), as <c>dumpcap -L</c> lists them.</summary>
    public static bool TryListDataLinks(string device, out IReadOnlyList<DataLinkInfo> links, out CaptureError error)
    {
        links = [];
        var settings = new LiveInterfaceSettings { Device = device, Promiscuous = false };
        if (!TryCreateActivated(settings, out var handle, out _, out error))
            return false;
        using (handle)
        {
            int count = LibPcap.ListDataLinks(handle!.Pointer, out nint values);
            if (count < 0)
            {
                error = new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.ActivationFailed(device, handle.LastError));
                return false;
            }
            try
            {
                var list = new List<DataLinkInfo>(count);
                for (int i = 0; i < count; i++)
                {
                    int dlt = ((int*)values)[i];
                    list.Add(new DataLinkInfo(dlt, LibPcap.Text(LibPcap.DataLinkName(dlt)), LibPcap.Text(LibPcap.DataLinkDescription(dlt))));
                }
                links = list;
                return true;
            }
            finally
            {
                LibPcap.FreeDataLinks(values);
            }
        }
    }

    /// <summary>
    /// The next packet, from the capture thread only. Returns <see cref="PacketReadStatus.Packet"/> with the
    /// header fields and a span over libpcap's buffer (valid until the next call), or why there is none.
    /// </summary>
    public PacketReadStatus TryReadNext(out long timestampNs, out int originalLength, out ReadOnlySpan<byte> data)
    {
        byte* header;
        byte* bytes;
        int status = LibPcap.NextPacket(_handle.Pointer, &header, &bytes);
        if (status == 1)
        {
            _header.Read(header, out long seconds, out long subSecond, out uint capturedLength, out uint wireLength);
            timestampNs = seconds * NanosecondsPerSecond + subSecond * _subSecondToNanoseconds;
            originalLength = (int)Math.Min(wireLength, int.MaxValue);
            data = new ReadOnlySpan<byte>(bytes, (int)Math.Min(capturedLength, (uint)Settings.SnapLength));
            return PacketReadStatus.Packet;
        }
        timestampNs = 0;
        originalLength = 0;
        data = default;
        return status switch
        {
            0 => PacketReadStatus.Timeout,
            (int)PcapErrorCode.Break => PacketReadStatus.Stopped,
            _ => PacketReadStatus.Failed,
        };
    }

    /// <summary>libpcap's text for the last failure of <see cref="TryReadNext"/>.</summary>
    public string LastError => _handle.LastError;

    /// <summary>Makes a blocked <see cref="TryReadNext"/> return <see cref="PacketReadStatus.Stopped"/> (pcap_breakloop); safe from any thread.</summary>
    public void RequestBreak() => LibPcap.BreakLoop(_handle.Pointer);

    /// <summary>The kernel's counters (pcap_stats): call it from the capture thread, or after that thread has finished.</summary>
    public bool TryGetStatistics(out uint received, out uint dropped, out uint interfaceDropped)
    {
        byte* buffer = stackalloc byte[CapturePlatform.WindowsStatisticsSize];
        if (LibPcap.Stats(_handle.Pointer, buffer) != 0)
        {
            received = dropped = interfaceDropped = 0;
            return false;
        }
        var stats = *(PcapStatistics*)buffer;
        received = stats.Received;
        dropped = stats.Dropped;
        interfaceDropped = stats.InterfaceDropped;
        return true;
    }

    public void Dispose() => _handle.Dispose();

    private static bool TryCreateActivated(LiveInterfaceSettings settings, out PcapHandle? handle, out string? warning, out CaptureError error)
    {
        handle = null;
        warning = null;
        if (!LibPcapLibrary.TryLoad(out string missing))
        {
            error = new CaptureError(CaptureErrorKind.LibraryMissing, missing);
            return false;
        }
        string display = CaptureDevice.DisplayNameOf(settings.Device, settings.Description);
        Span<byte> errorBuffer = stackalloc byte[LibPcap.ErrorBufferSize];
        errorBuffer.Clear();
        nint raw;
        fixed (byte* e = errorBuffer)
            raw = LibPcap.Create(settings.Device, e);
        if (raw == 0)
        {
            error = new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.ActivationFailed(display, LibPcap.ErrorText(errorBuffer)));
            return false;
        }
        var created = new PcapHandle(raw);
        nint p = created.Pointer;
        if (LibPcap.SetSnapLength(p, settings.SnapLength) != 0
            || LibPcap.SetPromiscuous(p, settings.Promiscuous ? 1 : 0) != 0
            || (settings.MonitorMode && LibPcap.SetMonitorMode(p, 1) != 0)
            || LibPcap.SetBufferSize(p, settings.BufferSizeBytes) != 0
            || LibPcap.SetTimeout(p, settings.ReadTimeoutMilliseconds) != 0
            || LibPcap.SetImmediateMode(p, settings.Immediate ? 1 : 0) != 0)
        {
            error = new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.ActivationFailed(display, created.LastError));
            created.Dispose();
            return false;
        }
        // Not every device can stamp in nanoseconds; microsecond stamps are then scaled (TryReadNext).
        _ = LibPcap.SetTimestampPrecision(p, LibPcap.TimestampPrecisionNano);

        int status = LibPcap.Activate(p);
        if (status < 0)
        {
            error = ActivationError((PcapErrorCode)status, settings.Device, display, created.LastError);
            created.Dispose();
            return false;
        }
        if (status > 0)
            warning = $"{display}: {LibPcap.Text(LibPcap.StatusToString(status))} {created.LastError}".TrimEnd();
        handle = created;
        error = CaptureError.None;
        return true;
    }

    private static CaptureError ActivationError(PcapErrorCode code, string device, string display, string pcapError)
    {
        string text = pcapError.Length > 0 ? pcapError : LibPcap.Text(LibPcap.StatusToString((int)code));
        return code switch
        {
            PcapErrorCode.NoSuchDevice => new CaptureError(CaptureErrorKind.NoSuchDevice, NoSuchDeviceMessage(device)),
            PcapErrorCode.PermissionDenied => new CaptureError(CaptureErrorKind.PermissionDenied, CaptureMessages.PermissionDenied(display, text)),
            PcapErrorCode.PromiscuousPermissionDenied => new CaptureError(CaptureErrorKind.PromiscuousPermissionDenied,
                CaptureMessages.PromiscuousPermissionDenied(display, text)),
            PcapErrorCode.RfmonNotSupported => new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.MonitorModeNotSupported(device)),
            PcapErrorCode.InterfaceNotUp => new CaptureError(CaptureErrorKind.InterfaceDown, CaptureMessages.InterfaceDown(device, text)),
            _ => new CaptureError(CaptureErrorKind.ActivationFailed, CaptureMessages.ActivationFailed(display, text)),
        };
    }

    private static string NoSuchDeviceMessage(string device) =>
        CaptureMessages.NoSuchDevice(device, CaptureDeviceList.TryList(out var devices, out _) ? devices : []);

    /// <summary>-y: pcap_set_datalink with the type named as -L lists it; dumpcap's words when the device has no such type.</summary>
    private static bool TrySetDataLink(PcapHandle handle, LiveInterfaceSettings settings, out CaptureError error)
    {
        int dlt = LibPcap.DataLinkNameToValue(settings.LinkTypeName!);
        if (dlt < 0)
        {
            error = new CaptureError(CaptureErrorKind.BadLinkType, CaptureMessages.UnknownLinkType(settings.LinkTypeName!));
            return false;
        }
        if (LibPcap.SetDataLink(handle.Pointer, dlt) != 0)
        {
            error = new CaptureError(CaptureErrorKind.BadLinkType, CaptureMessages.LinkTypeNotSupported(settings.Device, handle.LastError));
            return false;
        }
        error = CaptureError.None;
        return true;
    }

    private static bool TryApplyFilter(PcapHandle handle, LiveInterfaceSettings settings, out CaptureError error)
    {
        string filter = settings.Filter!;
        string display = CaptureDevice.DisplayNameOf(settings.Device, settings.Description);
        BpfProgram program;
        if (LibPcap.Compile(handle.Pointer, &program, filter, LibPcap.OptimizeFilter, LibPcap.NetmaskUnknown) != 0)
        {
            error = new CaptureError(CaptureErrorKind.BadFilter, CaptureMessages.BadFilter(filter, display, handle.LastError));
            return false;
        }
        try
        {
            if (LibPcap.SetFilter(handle.Pointer, &program) != 0)
            {
                error = new CaptureError(CaptureErrorKind.FilterNotApplied, CaptureMessages.FilterNotApplied(filter, display, handle.LastError));
                return false;
            }
        }
        finally
        {
            LibPcap.FreeCode(&program);
        }
        error = CaptureError.None;
        return true;
    }
}
