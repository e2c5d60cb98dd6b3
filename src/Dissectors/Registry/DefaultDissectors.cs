namespace Sniffer.Dissectors.Registry;

/// <summary>The registry every command starts from: each protocol's one registration line.</summary>
public static class DefaultDissectors
{
    public static DissectorRegistry CreateRegistry()
    {
        var registry = new DissectorRegistry();
        Protocols.Tls.TlsRegistration.Register(registry);
        return registry;
    }
}
