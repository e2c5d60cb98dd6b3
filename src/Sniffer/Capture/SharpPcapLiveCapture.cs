using SharpPcap;
using SharpPcap.LibPcap;
using Sniffer.Capture.Interop;
using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>One interface opened through SharpPcap (<see cref="SharpPcapCaptureBackend"/>), read packet by packet on the capture thread.</summary>
public sealed class SharpPcapLiveCapture : ILiveCapture
{
    private const decimal NanosecondsPerSecond = 1_000_000_000m;

    private readonly LibPcapLiveDevice _device;
    private readonly Lock _closeGate = new();
    private bool _closed;

    internal SharpPcapLiveCapture(LibPcapLiveDevice device, LiveInterfaceSettings settings, string displayName)
    {
        _device = device;
        Settings = settings;
        DisplayName = displayName;
        Dlt = (int)device.LinkType;
    }

    public LiveInterfaceSettings Settings { get; }

    public string DisplayName { get; }

    public int Dlt { get; }

    public LinkType LinkType => DataLinkTypes.ToLinkType(Dlt);

    public string? Warning => null;

    public string LastError => _device.LastError ?? "";

    public PacketReadStatus TryReadNext(out long timestampNs, out int originalLength, out ReadOnlySpan<byte> data)
    {
        var status = _device.GetNextPacket(out PacketCapture packet);
        if (status == GetPacketStatus.PacketRead)
        {
            var header = packet.Header;
            timestampNs = (long)(header.Timeval.Value * NanosecondsPerSecond);
            originalLength = header is PcapHeader pcap ? (int)Math.Min(pcap.PacketLength, int.MaxValue) : packet.Data.Length;
            data = packet.Data.Length > Settings.SnapLength ? packet.Data[..Settings.SnapLength] : packet.Data;
            return PacketReadStatus.Packet;
        }
        timestampNs = 0;
        originalLength = 0;
        data = default;
        return status switch
        {
            GetPacketStatus.ReadTimeout => PacketReadStatus.Timeout,
            GetPacketStatus.NoRemainingPackets => PacketReadStatus.Stopped,
            _ => PacketReadStatus.Failed,
        };
    }

    /// <summary>pcap_breakloop on SharpPcap's handle (SharpPcap only breaks its own background loop).</summary>
    public void RequestBreak()
    {
        lock (_closeGate)
        {
            if (!_closed && _device.Opened)
                LibPcap.BreakLoop(_device.Handle.DangerousGetHandle());
        }
    }

    public bool TryGetStatistics(out uint received, out uint dropped, out uint interfaceDropped)
    {
        try
        {
            var stats = _device.Statistics;
            received = stats.ReceivedPackets;
            dropped = stats.DroppedPackets;
            interfaceDropped = stats.InterfaceDroppedPackets;
            return true;
        }
        catch (PcapException)
        {
            received = dropped = interfaceDropped = 0;
            return false;
        }
    }

    public void Dispose()
    {
        lock (_closeGate)
        {
            if (_closed)
                return;
            _closed = true;
        }
        _device.Close();
        _device.Dispose();
    }
}
