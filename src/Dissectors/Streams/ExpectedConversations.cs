namespace Sniffer.Dissectors.Streams;

/// <summary>
/// TCP connections a protocol has announced before they open, as Wireshark's conversation_new +
/// conversation_set_dissector: FTP's PASV reply names the server's address and port, and the connection made to it is
/// FTP-DATA whatever its ports. An expectation names both addresses and the first endpoint's port; the second port may be
/// left open (0, NO_PORT2). The newest matching expectation is claimed by the first connection that carries data, which
/// takes its dissector and its state object. Bounded: past <see cref="MaxPending"/> the oldest unclaimed one is dropped.
/// </summary>
public sealed class ExpectedConversations
{
    public const int MaxPending = 1024;

    private readonly record struct Expectation(UInt128 AddressA, ushort PortA, UInt128 AddressB, ushort PortB, IStreamDissector Dissector, object State);

    private readonly List<Expectation> _pending = [];

    public int Count => _pending.Count;

    /// <param name="portB">The second endpoint's port, or 0 for any.</param>
    public void Expect(ReadOnlySpan<byte> addressA, ushort portA, ReadOnlySpan<byte> addressB, ushort portB, IStreamDissector dissector, object state)
    {
        if (_pending.Count >= MaxPending)
            _pending.RemoveAt(0);
        _pending.Add(new Expectation(ConversationKey.ToNumber(addressA), portA, ConversationKey.ToNumber(addressB), portB, dissector, state));
    }

    /// <summary>Whether some expectation names this connection (without taking it).</summary>
    public bool Contains(in ConversationKey key)
    {
        foreach (var e in _pending)
            if (Matches(e, key.AddressA, key.PortA, key.AddressB, key.PortB) || Matches(e, key.AddressB, key.PortB, key.AddressA, key.PortA))
                return true;
        return false;
    }

    /// <summary>Takes the newest expectation the connection matches, if any.</summary>
    public bool TryClaim(in ConversationKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IStreamDissector? dissector,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? state)
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            var e = _pending[i];
            if (Matches(e, key.AddressA, key.PortA, key.AddressB, key.PortB) || Matches(e, key.AddressB, key.PortB, key.AddressA, key.PortA))
            {
                _pending.RemoveAt(i);
                dissector = e.Dissector;
                state = e.State;
                return true;
            }
        }
        dissector = null;
        state = null;
        return false;
    }

    private static bool Matches(in Expectation e, UInt128 addressA, ushort portA, UInt128 addressB, ushort portB)
        => e.AddressA == addressA && e.PortA == portA && e.AddressB == addressB && (e.PortB == 0 || e.PortB == portB);
}
