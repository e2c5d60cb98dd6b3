using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// A consumer of dissection (Wireshark's tap listener and output in one contract): summary lines, -T fields, -V,
/// JSON, -x, every -z statistic, follow, --tls-sessions, the lab report, live capture output, a file writer. It
/// declares what it needs; a <see cref="DissectionRun"/> dissects each frame once for the union of every tap's
/// needs and hands the same tree to each, then the capture model at the end. A tap reads the tree, the frame's
/// columns and stream events, and the <see cref="CaptureModel"/> — never a dissector's internals.
/// </summary>
public interface ITap
{
    /// <summary>What the tap needs beyond its fields (columns, text, the whole tree, stream data, every connection, every frame).</summary>
    TapNeeds Needs { get; }

    /// <summary>The fields the tap reads from each tree (the tree keeps them and their protocols); ignored with <see cref="TapNeeds.AllFields"/>.</summary>
    IReadOnlyCollection<FieldDef> Fields { get; }

    /// <summary>
    /// One dissected frame, in capture order: every frame the display filter selects, or every frame with
    /// <see cref="TapNeeds.EveryFrame"/>. The context (and its tree) is valid only during the call.
    /// </summary>
    void OnFrame(PacketContext packet);

    /// <summary>The end of the capture: what spans frames (connections, their protocols' records, notes).</summary>
    void OnEnd(CaptureModel model);

    /// <summary>
    /// With <see cref="TapNeeds.ConnectionsAsTheyEnd"/>: a TCP connection the run is about to forget (closed and quiet,
    /// or displaced by a new connection on its ports), with what its protocols recorded. Valid only during the call;
    /// connections still held at the end come in <see cref="CaptureModel.Tcp"/> instead.
    /// </summary>
    void OnConnectionEnd(Streams.TcpConversation conversation) { }
}
