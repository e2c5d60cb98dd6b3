namespace Sniffer.Capture.Platform;

/// <summary>The operating systems whose packet capture library Sniffer knows: libpcap on Linux and macOS, Npcap on Windows.</summary>
public enum CaptureOs
{
    Linux,
    MacOs,
    Windows,
}
