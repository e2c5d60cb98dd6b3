using System.Runtime.InteropServices;

namespace Sniffer.Capture.Interop;

/// <summary>A pcap_t* from pcap_create, closed with pcap_close exactly once.</summary>
internal sealed class PcapHandle : SafeHandle
{
    public PcapHandle(nint handle) : base(0, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == 0;

    /// <summary>The raw pointer for calls on the capture thread's hot path; valid until this handle is disposed.</summary>
    public nint Pointer => handle;

    /// <summary>libpcap's last error text for this handle (pcap_geterr).</summary>
    public string LastError => LibPcap.Text(LibPcap.GetError(handle));

    protected override bool ReleaseHandle()
    {
        LibPcap.Close(handle);
        return true;
    }
}
