using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Files;

namespace Sniffer.Pipeline;

/// <summary><c>-w</c>: writes each displayed frame, as read, to the copy (what a display filter selects, as tshark writes).</summary>
public sealed class WriteTap(CaptureCopier copier) : ITap
{
    public TapNeeds Needs => TapNeeds.None;
    public IReadOnlyCollection<FieldDef> Fields => [];
    public void OnFrame(PacketContext packet) => copier.Write(packet.Frame);
    public void OnEnd(CaptureModel model) { }
}
