using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// One protocol's registration, in Wireshark's two steps: what it declares (read once, for the field catalog) and
/// how it attaches to a pipeline's <see cref="DissectorRegistry"/> (its ports, heuristics and ALPN ids, read from its
/// preferences so the user can change them).
/// </summary>
public sealed class ProtocolModule
{
    public ProtocolModule(IReadOnlyList<ProtocolDeclaration> declarations, Action<DissectorRegistry>? attach = null)
    {
        Declarations = declarations;
        Attach = attach ?? (static _ => { });
    }

    public IReadOnlyList<ProtocolDeclaration> Declarations { get; }

    /// <summary>Attaches the protocol's dissectors to a registry (its tables, heuristics, ALPN ids).</summary>
    public Action<DissectorRegistry> Attach { get; }

    /// <summary>A protocol whose dissector is part of the core chain: it only declares its fields.</summary>
    public static ProtocolModule DeclareOnly(ProtocolDeclaration declaration) => new([declaration]);

    public static ProtocolModule DeclareOnly(IReadOnlyList<ProtocolDeclaration> declarations) => new(declarations);
}
