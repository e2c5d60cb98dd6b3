namespace Sniffer.Capture;

/// <summary>A sink that can lose packets it accepted (a write that failed after buffering): it says how many, per interface.</summary>
public interface IPacketLossReporter
{
    /// <summary>Writes out whatever is still buffered, so that <see cref="LostPackets"/> is final; called once, before the summary.</summary>
    void Settle();

    /// <summary>Packets of <paramref name="interfaceId"/> this sink accepted that are in none of its files.</summary>
    ulong LostPackets(int interfaceId);
}
