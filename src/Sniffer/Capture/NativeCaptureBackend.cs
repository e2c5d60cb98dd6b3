namespace Sniffer.Capture;

/// <summary>Sniffer's own binding to libpcap (Linux, macOS) and Npcap (Windows): source-generated imports, no allocation per packet.</summary>
public sealed class NativeCaptureBackend : ICaptureBackend
{
    public static readonly NativeCaptureBackend Instance = new();

    public string Name => CaptureBackends.Native;

    public bool TryOpen(LiveInterfaceSettings settings, out ILiveCapture? opened, out CaptureError error)
    {
        bool ok = LiveInterface.TryOpen(settings, out var live, out error);
        opened = live;
        return ok;
    }
}
