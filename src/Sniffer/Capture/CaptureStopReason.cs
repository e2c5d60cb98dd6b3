namespace Sniffer.Capture;

/// <summary>Why a capture ended.</summary>
public enum CaptureStopReason
{
    /// <summary>Ctrl+C, SIGTERM, or <see cref="CaptureSession.Stop"/>.</summary>
    Requested,
    /// <summary>-c N or -a packets:N.</summary>
    PacketLimit,
    /// <summary>-a duration:S.</summary>
    Duration,
    /// <summary>-a filesize:KB, or -a files:N with a ring buffer.</summary>
    FileSize,
    /// <summary>A sink failed (a write error) — see <see cref="CaptureSummary.Error"/>.</summary>
    SinkFailed,
    /// <summary>libpcap reported an error — see <see cref="CaptureSummary.Error"/>.</summary>
    ReadFailed,
}
