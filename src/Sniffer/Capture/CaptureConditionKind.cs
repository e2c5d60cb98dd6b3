namespace Sniffer.Capture;

/// <summary>The words of dumpcap's -a (autostop) and -b (ring buffer) conditions.</summary>
public enum CaptureConditionKind
{
    /// <summary>duration:SECONDS</summary>
    Duration,
    /// <summary>filesize:KILOBYTES (1000 bytes)</summary>
    FileSize,
    /// <summary>packets:N</summary>
    Packets,
    /// <summary>files:N</summary>
    Files,
}
