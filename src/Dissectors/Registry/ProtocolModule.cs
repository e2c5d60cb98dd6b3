using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Registry;

/// <summary>
/// One protocol's registration, in Wireshark's two steps: what it declares (read once, for the field catalog) and
/// how it attaches to a pipeline's <see cref="DissectorRegistry"/> (its ports, heuristics and ALPN ids, read from its
/// preferences so the user can change them).
/// </summary>
public sealed class ProtocolModule
{
    private readonly Lazy<IReadOnlyList<ProtocolDeclaration>> _declarations;

    public ProtocolModule(IReadOnlyList<ProtocolDeclaration> declarations, Action<DissectorRegistry>? attach = null)
        : this(() => declarations, attach)
    {
    }

    /// <summary>
    /// A module whose declarations are made when first read (the field catalog, <c>sniffer fields</c>), not at start-up:
    /// a run that never meets a protocol never builds its tables.
    /// </summary>
    public ProtocolModule(Func<IReadOnlyList<ProtocolDeclaration>> declarations, Action<DissectorRegistry>? attach = null)
    {
        _declarations = new Lazy<IReadOnlyList<ProtocolDeclaration>>(declarations);
        Attach = attach ?? (static _ => { });
    }

    public IReadOnlyList<ProtocolDeclaration> Declarations => _declarations.Value;

    /// <summary>Attaches the protocol's dissectors to a registry (its tables, heuristics, ALPN ids).</summary>
    public Action<DissectorRegistry> Attach { get; }

    /// <summary>A protocol whose dissector is part of the core chain: it only declares its fields.</summary>
    public static ProtocolModule DeclareOnly(Func<ProtocolDeclaration> declaration) => new(() => [declaration()]);

    public static ProtocolModule DeclareOnly(Func<IReadOnlyList<ProtocolDeclaration>> declarations) => new(declarations);
}
