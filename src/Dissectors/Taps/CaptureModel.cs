using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Dissectors.Taps;

/// <summary>
/// What spans frames, as taps read it at the end of a capture: the TCP connections (tcp.stream numbering, endpoints,
/// handshake and teardown frames, packets and bytes each way) with what their protocols recorded as layers
/// (<see cref="ConversationState.Find{T}"/>: HTTP transactions, TLS sessions — also for HTTP inside TLS), the UDP
/// conversations, the key log in use, and notes no frame could carry.
/// </summary>
public sealed class CaptureModel
{
    internal CaptureModel(TcpConversationTable tcp, UdpConversationTable udp, KeyLog? keys)
    {
        Tcp = tcp;
        Udp = udp;
        Keys = keys;
    }

    /// <summary>TCP connections; every one of them when a tap asked for <see cref="TapNeeds.Connections"/>.</summary>
    public TcpConversationTable Tcp { get; }

    public UdpConversationTable Udp { get; }

    /// <summary>The TLS key log of the run (file, --keylog and Decryption Secrets Blocks), if any.</summary>
    public KeyLog? Keys { get; }

    /// <summary>Frames read and dissected.</summary>
    public long FramesDissected { get; internal set; }

    /// <summary>Frames the display filter selected (all of them without one).</summary>
    public long FramesDisplayed { get; internal set; }

    /// <summary>Absolute time (ns since the epoch) of the first frame; frame.time_relative counts from it.</summary>
    public long FirstTimestamp { get; internal set; }

    /// <summary>Absolute time of the last frame.</summary>
    public long LastTimestamp { get; internal set; }

    /// <summary>Things the user should know that no frame could carry (messages the capture cut, limits reached).</summary>
    public IReadOnlyList<string> Notices { get; internal set; } = [];
}
