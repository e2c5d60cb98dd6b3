using Sniffer.Dissectors.Model;

namespace Sniffer.Capture;

/// <summary>
/// One data link type an interface offers: libpcap's DLT_ value, its name and description as
/// <c>dumpcap -L</c> prints them ("EN10MB", "Ethernet"), and the LINKTYPE_ value files record.
/// </summary>
public sealed record DataLinkInfo(int Dlt, string Name, string Description)
{
    public LinkType LinkType => DataLinkTypes.ToLinkType(Dlt);
}
