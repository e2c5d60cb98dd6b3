namespace Sniffer.Dissectors.Protocols.Pop;

/// <summary>What a POP connection remembers between segments (packet-pop.c's pop_data_val and its DATA reassembly).</summary>
public sealed class PopConversation
{
    /// <summary>A RETR or TOP was sent: the next reply says how long the message is.</summary>
    public bool MessageRequested { get; set; }
    public long MessageReadLength { get; set; }
    public long MessageTotalLength { get; set; }

    /// <summary>The DATA fragments waiting for the message's end: their frames and lengths, and their bytes.</summary>
    public List<(long Frame, int Length)> Fragments { get; } = [];
    public MemoryStream FragmentBytes { get; } = new();
}
