namespace Sniffer.Capture;

/// <summary>What a sink tells the writer thread after a packet or a tick.</summary>
public enum SinkVerdict
{
    Continue,
    /// <summary>A limit the sink watches was reached (-a filesize): stop capturing, cleanly.</summary>
    StopCapture,
    /// <summary>The sink cannot go on (a write failed): stop, and report <see cref="ICapturedPacketSink.Failure"/>.</summary>
    Failed,
}
