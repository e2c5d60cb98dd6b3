using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Lua;

/// <summary>
/// A dissector Sniffer can export as a Wireshark Lua plugin: its declarations (written by
/// <see cref="LuaDeclarations"/>) and the Lua that frames and writes its messages.
/// </summary>
public abstract class LuaDissectorExport
{
    /// <summary>What the protocol declares: its fields, experts and preferences.</summary>
    public abstract ProtocolDeclaration Declaration { get; }

    /// <summary>The protocol's filter name, which <c>sniffer export-lua NAME</c> takes.</summary>
    public string Name => Declaration.Protocol.Abbrev;

    /// <summary>Writes the whole plugin.</summary>
    public abstract void Write(StringBuilder lua);
}
