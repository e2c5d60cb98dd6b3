using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Common;

/// <summary>
/// The summary columns and addresses of a frame, kept while the packet an ICMP error quotes is dissected and put back
/// afterwards: tshark makes the columns read-only for the quoted packet (col_set_writable FALSE), so the Protocol,
/// Info, Source and Destination columns stay the ICMP message's.
/// </summary>
public sealed class ColumnSnapshot
{
    private readonly byte[] _src = new byte[16];
    private readonly byte[] _dst = new byte[16];
    private readonly byte[] _colSrc = new byte[16];
    private readonly byte[] _colDst = new byte[16];
    private string _protocol = "";
    private string _info = "";
    private AddressKind _kind, _colKind;
    private int _length, _colLength;
    private ushort _srcPort, _dstPort;

    public void Save(PacketContext packet)
    {
        var c = packet.Columns;
        _protocol = c.Protocol;
        _info = c.Info.Enabled ? c.Info.ToString() : "";
        _kind = packet.NetworkKind;
        _length = packet.NetworkSource.Length;
        packet.NetworkSource.CopyTo(_src);
        packet.NetworkDestination.CopyTo(_dst);
        _colKind = c.AddressKind;
        _colLength = c.Source.Length;
        c.Source.CopyTo(_colSrc);
        c.Destination.CopyTo(_colDst);
        _srcPort = packet.SourcePort;
        _dstPort = packet.DestinationPort;
    }

    public void Restore(PacketContext packet)
    {
        var c = packet.Columns;
        c.Protocol = _protocol;
        c.Info.Reset();
        c.Info.Append(_info);
        packet.SetNetworkAddresses(_kind, _src.AsSpan(0, _length), _dst.AsSpan(0, _length));
        c.SetAddresses(_colKind, _colSrc.AsSpan(0, _colLength), _colDst.AsSpan(0, _colLength));
        packet.SourcePort = _srcPort;
        packet.DestinationPort = _dstPort;
    }
}
