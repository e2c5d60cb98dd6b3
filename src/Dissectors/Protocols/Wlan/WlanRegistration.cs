using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>802.11, radiotap, PPI and wlan_radio (and the LLC that 802.11 data carries), attached to the link-type table.</summary>
public static class WlanRegistration
{
    public const int LinkTypeIeee80211 = 105, LinkTypeRadiotap = 127, LinkTypePpi = 192;

    public static ProtocolModule Module { get; } = new(
        () =>
        [WlanFields.Declaration, WlanRadioFields.Declaration, RadiotapFields.Declaration, PpiFields.Declaration, Llc.LlcFields.Declaration,
         WpsFields.Declaration, Llc.StpFields.Declaration],
        Attach);

    private static void Attach(DissectorRegistry registry)
    {
        var wlan = new WlanDissector(registry);
        var radiotap = new RadiotapDissector(wlan);
        var ppi = new PpiDissector(wlan);
        registry.Declare(wlan);
        registry.Declare(radiotap);
        registry.Declare(ppi);
        registry.LinkTypes.Add(LinkTypeIeee80211, wlan);
        registry.LinkTypes.Add(LinkTypeRadiotap, radiotap);
        registry.LinkTypes.Add(LinkTypePpi, ppi);
    }
}
