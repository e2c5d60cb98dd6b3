using Sniffer.Capture.Interop;

namespace Sniffer.Capture;

/// <summary>
/// Whether text is a valid libpcap capture filter (tshark's warn_about_capture_filter): a display filter that fails
/// but compiles as a capture filter for Ethernet gets a note that the two kinds may have been mixed up.
/// </summary>
public static class CaptureFilterCheck
{
    private const int LinkTypeEthernet = 1;   // DLT_EN10MB
    private const int MinPacketSize = 68;     // tshark's MIN_PACKET_SIZE

    public static unsafe bool IsValidCaptureFilter(string text)
    {
        if (!LibPcapLibrary.TryLoad(out _))
            return false;
        nint handle = LibPcap.OpenDead(LinkTypeEthernet, MinPacketSize);
        if (handle == 0)
            return false;
        try
        {
            BpfProgram program;
            if (LibPcap.Compile(handle, &program, text, 0, 0) == -1)
                return false;
            LibPcap.FreeCode(&program);
            return true;
        }
        finally
        {
            LibPcap.Close(handle);
        }
    }
}
