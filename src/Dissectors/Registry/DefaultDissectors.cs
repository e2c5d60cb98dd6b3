namespace Sniffer.Dissectors.Registry;

/// <summary>The registry every command starts from: each protocol's one registration line.</summary>
public static class DefaultDissectors
{
    public static DissectorRegistry CreateRegistry()
    {
        var registry = new DissectorRegistry();
        // Heuristics are tried in registration order.
        Protocols.Htcpcp.HtcpcpRegistration.Register(registry);
        Protocols.Tls.TlsRegistration.Register(registry);
        Protocols.Http.HttpRegistration.Register(registry);
        return registry;
    }
}
