namespace Sniffer.Capture;

/// <summary>
/// What opens capture handles for a <see cref="CaptureSession"/>: Sniffer's own libpcap/Npcap binding
/// (<see cref="NativeCaptureBackend"/>) or SharpPcap's (<see cref="SharpPcapCaptureBackend"/>). Everything after the
/// handle — the rings, the writer thread, the pcapng sink, the live output — is the same for both.
/// </summary>
public interface ICaptureBackend
{
    /// <summary>"native" or "sharppcap", as --backend and SNIFFER_CAPTURE_BACKEND name it.</summary>
    string Name { get; }

    /// <summary>Opens and activates one interface; on failure the error carries the library's words and what to do.</summary>
    bool TryOpen(LiveInterfaceSettings settings, out ILiveCapture? opened, out CaptureError error);
}
