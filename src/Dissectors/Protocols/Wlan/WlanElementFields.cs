using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Smaller elements' fields (power, channels, operating classes, QBSS load, mobility domain) and the element-extension header, generated from tshark 4.0.17's -G fields/values.</summary>
public static class WlanElementFields
{
    private static readonly Dictionary<ulong, string> ExtTagNumberNames = new() { [1] = "Association Delay Info", [2] = "FILS Request Parameters", [3] = "FILS Key Confirmation", [4] = "FILS Session", [5] = "FILS HLP Container", [6] = "FILS IP Address Assignment", [7] = "Key Delivery", [8] = "Wrapped Data", [9] = "FTM Synchronization Information", [10] = "Extended Request", [11] = "Estimated Service Parameters", [12] = "FILS Public Key", [13] = "FILS Nonce", [14] = "Future Channel Guidance", [32] = "OWE Diffie-Hellman Parameter", [33] = "Password Identifier", [35] = "HE Capabilities", [36] = "HE Operation", [37] = "UORA Parameter Set", [38] = "MU EDCA Parameter Set", [39] = "Spatial Reuse Parameter Set", [41] = "NDP Feedback Report Parameter Set", [42] = "BSS Color Change Announcement", [43] = "Quiet Time Period Setup", [45] = "ESS Report", [46] = "OPS", [47] = "HE BSS Load", [55] = "Multiple BSSID Configuration", [56] = "Non-Inheritance", [57] = "Known BSSID", [58] = "Short SSID", [59] = "HE 6 GHz Band Capabilities", [60] = "UL MU Power Capabilities", [88] = "MSCS Descriptor Element", [89] = "TCLAS Mask", [92] = "Rejected Groups", [93] = "Anti-Clogging Token Container", [94] = "Secure LTF Parameters", [95] = "ISTA Passive TB Ranging Measurement Report", [96] = "RSTA Passive TB Ranging Measurement Report", [97] = "Passive TB Ranging LCI Table element", [98] = "ISTA Availability Window", [99] = "RSTA Availability Window", [100] = "PASN Parameters", [101] = "Ranging Parameters", [102] = "Direction Measurement Results", [103] = "Multiple AOD Feedback", [104] = "Multiple Best AWV ID", [105] = "LOS Likelihood" };

    public static readonly FieldDef TagData = new("wlan.tag.data", "Tag Data", FieldType.Bytes, null, description: "Data Interpretation of tag");
    public static readonly FieldDef PowerconLocal = new("wlan.powercon.local", "Local Power Constraint", FieldType.UInt8, FieldBase.Dec, 0, description: "Value that allows the mitigation requirements to be satisfied in the current channel");
    public static readonly FieldDef PowercapMin = new("wlan.powercap.min", "Minimum Transmit Power", FieldType.Int8, FieldBase.Dec, 0, description: "The nominal minimum transmit power with which the STA is capable of transmitting in the current channel");
    public static readonly FieldDef PowercapMax = new("wlan.powercap.max", "Maximum Transmit Power", FieldType.Int8, FieldBase.Dec, 0, description: "The nominal maximum transmit power with which the STA is capable of transmitting in the current channel");
    public static readonly FieldDef Supchan = new("wlan.supchan", "Supported Channels Set", FieldType.None);
    public static readonly FieldDef SupchanFirst = new("wlan.supchan.first", "First Supported Channel", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef SupchanRange = new("wlan.supchan.range", "Supported Channel Range", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef SupopeclassCurrent = new("wlan.supopeclass.current", "Current Operating Class", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef SupopeclassAlt = new("wlan.supopeclass.alt", "Alternate Operating Classes", FieldType.None);
    public static readonly FieldDef QbssVersion = new("wlan.qbss.version", "QBSS Version", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef QbssScount = new("wlan.qbss.scount", "Station Count", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef QbssCu = new("wlan.qbss.cu", "Channel Utilization", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef QbssAdc = new("wlan.qbss.adc", "Available Admission Capacity", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Qbss2Cu = new("wlan.qbss2.cu", "Channel Utilization", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Qbss2Glimit = new("wlan.qbss2.glimit", "G.711 CU Quantum", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Qbss2Cal = new("wlan.qbss2.cal", "Call Admission Limit", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef Qbss2Scount = new("wlan.qbss2.scount", "Station Count", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef MobilityDomainMdid = new("wlan.mobility_domain.mdid", "Mobility Domain Identifier", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef MobilityDomainFtCapab = new("wlan.mobility_domain.ft_capab", "FT Capability and Policy", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef MobilityDomainFtCapabFtOverDs = new("wlan.mobility_domain.ft_capab.ft_over_ds", "Fast BSS Transition over DS", FieldType.UInt8, FieldBase.Hex, 0x1);
    public static readonly FieldDef MobilityDomainFtCapabResourceReq = new("wlan.mobility_domain.ft_capab.resource_req", "Resource Request Protocol Capability", FieldType.UInt8, FieldBase.Hex, 0x2);
    public static readonly FieldDef MobilityDomainFtCapabReserved = new("wlan.mobility_domain.ft_capab.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xFC);
    public static readonly FieldDef ExtTag = new("wlan.ext_tag", "Ext Tag", FieldType.None);
    public static readonly FieldDef ExtTagNumber = new("wlan.ext_tag.number", "Ext Tag Number", FieldType.UInt8, FieldBase.Dec, 0, description: "Element ID", valueNames: ExtTagNumberNames);
    public static readonly FieldDef ExtTagLength = new("wlan.ext_tag.length", "Ext Tag length", FieldType.UInt32, FieldBase.Dec, 0, description: "Length of tag");
    public static readonly FieldDef ExtTagData = new("wlan.ext_tag.data", "Ext Tag Data", FieldType.Bytes);

    public static readonly ExpertDef TagLengthBad = new("wlan.tag.length.bad", ExpertGroup.Malformed, ExpertSeverity.Error, "Bad tag length");
    public static readonly ExpertDef TagDataUndecoded = new("wlan.tag.data.undecoded", ExpertGroup.Undecoded, ExpertSeverity.Note,
        "Dissector for 802.11 IE Tag code not implemented, Contact Wireshark developers if you want this supported");

    /// <summary>The elements' experts.</summary>
    public static ExpertDef[] Experts { get; } = [TagLengthBad, TagDataUndecoded];

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        TagData, PowerconLocal, PowercapMin, PowercapMax, Supchan, SupchanFirst, SupchanRange, SupopeclassCurrent, SupopeclassAlt,
        QbssVersion, QbssScount, QbssCu, QbssAdc, Qbss2Cu, Qbss2Glimit, Qbss2Cal, Qbss2Scount, MobilityDomainMdid, MobilityDomainFtCapab,
        MobilityDomainFtCapabFtOverDs, MobilityDomainFtCapabResourceReq, MobilityDomainFtCapabReserved, ExtTag, ExtTagNumber, ExtTagLength,
        ExtTagData,
    ];
}
