using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>
/// The libpcap functions Sniffer calls, source-generated with <see cref="LibraryImportAttribute"/>. Every
/// signature is blittable: strings go in as UTF-8 and come back as pointers read with
/// <see cref="Marshal.PtrToStringUTF8(nint)"/>; error buffers are caller-owned spans of
/// <see cref="ErrorBufferSize"/> bytes. Call <see cref="LibPcapLibrary.TryLoad"/> before any of these.
/// </summary>
internal static unsafe partial class LibPcap
{
    public const int ErrorBufferSize = 256;                 // PCAP_ERRBUF_SIZE
    public const int TimestampPrecisionMicro = 0;           // PCAP_TSTAMP_PRECISION_MICRO
    public const int TimestampPrecisionNano = 1;            // PCAP_TSTAMP_PRECISION_NANO
    public const uint NetmaskUnknown = 0xFFFFFFFF;          // PCAP_NETMASK_UNKNOWN
    public const int OptimizeFilter = 1;

    public const uint InterfaceLoopback = 0x01;             // PCAP_IF_LOOPBACK
    public const uint InterfaceUp = 0x02;                   // PCAP_IF_UP
    public const uint InterfaceRunning = 0x04;              // PCAP_IF_RUNNING
    public const uint InterfaceWireless = 0x08;             // PCAP_IF_WIRELESS
    public const uint InterfaceConnectionStatusMask = 0x30; // PCAP_IF_CONNECTION_STATUS
    public const uint InterfaceConnected = 0x10;
    public const uint InterfaceDisconnected = 0x20;
    public const uint InterfaceConnectionNotApplicable = 0x30;

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_findalldevs")]
    public static partial int FindAllDevices(out nint devices, byte* errorBuffer);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_freealldevs")]
    public static partial void FreeAllDevices(nint devices);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint Create(string source, byte* errorBuffer);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_snaplen")]
    public static partial int SetSnapLength(nint handle, int snapLength);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_promisc")]
    public static partial int SetPromiscuous(nint handle, int on);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_rfmon")]
    public static partial int SetMonitorMode(nint handle, int on);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_buffer_size")]
    public static partial int SetBufferSize(nint handle, int bytes);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_timeout")]
    public static partial int SetTimeout(nint handle, int milliseconds);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_immediate_mode")]
    public static partial int SetImmediateMode(nint handle, int on);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_tstamp_precision")]
    public static partial int SetTimestampPrecision(nint handle, int precision);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_get_tstamp_precision")]
    public static partial int GetTimestampPrecision(nint handle);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_activate")]
    public static partial int Activate(nint handle);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_compile", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Compile(nint handle, BpfProgram* program, string filter, int optimize, uint netmask);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_setfilter")]
    public static partial int SetFilter(nint handle, BpfProgram* program);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_freecode")]
    public static partial void FreeCode(BpfProgram* program);

    /// <summary>1: a packet; 0: the timeout passed with none; -1: an error; -2: pcap_breakloop was called.</summary>
    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_next_ex")]
    public static partial int NextPacket(nint handle, byte** header, byte** data);

    /// <summary>Fills a struct pcap_stat of <see cref="Platform.CapturePlatform.StatisticsSize"/> bytes (read as <see cref="PcapStatistics"/>).</summary>
    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_stats")]
    public static partial int Stats(nint handle, byte* statistics);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_breakloop")]
    public static partial void BreakLoop(nint handle);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_geterr")]
    public static partial nint GetError(nint handle);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_statustostr")]
    public static partial nint StatusToString(int status);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_datalink")]
    public static partial int DataLink(nint handle);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_list_datalinks")]
    public static partial int ListDataLinks(nint handle, out nint dataLinks);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_free_datalinks")]
    public static partial void FreeDataLinks(nint dataLinks);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_datalink_val_to_name")]
    public static partial nint DataLinkName(int dataLink);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_datalink_val_to_description")]
    public static partial nint DataLinkDescription(int dataLink);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_lib_version")]
    public static partial nint LibraryVersion();

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_set_datalink")]
    public static partial int SetDataLink(nint handle, int dlt);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_datalink_name_to_val", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int DataLinkNameToValue(string name);

    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_close")]
    public static partial void Close(nint handle);

    /// <summary>A handle for compiling filters only (no device), for the given link type and snapshot length.</summary>
    [LibraryImport(LibPcapLibrary.ImportName, EntryPoint = "pcap_open_dead")]
    public static partial nint OpenDead(int linkType, int snapLength);

    /// <summary>The NUL-terminated text in an error buffer.</summary>
    public static string ErrorText(ReadOnlySpan<byte> errorBuffer)
    {
        int end = errorBuffer.IndexOf((byte)0);
        return System.Text.Encoding.UTF8.GetString(end < 0 ? errorBuffer : errorBuffer[..end]);
    }

    /// <summary>The text of a const char* libpcap returned, or "" for null.</summary>
    public static string Text(nint pointer) => pointer == 0 ? "" : Marshal.PtrToStringUTF8(pointer) ?? "";
}
