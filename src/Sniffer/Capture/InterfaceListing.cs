using System.Globalization;
using System.Text;

namespace Sniffer.Capture;

/// <summary>The text of <c>sniffer interfaces</c>, line for line as <c>dumpcap -D</c> and <c>dumpcap -L</c> print it, plus a verbose form.</summary>
public static class InterfaceListing
{
    /// <summary>"1. eth0", or "3. lo (Loopback)" when libpcap gives a description.</summary>
    public static string DumpcapLine(CaptureDevice device) => string.IsNullOrEmpty(device.Description)
        ? string.Create(CultureInfo.InvariantCulture, $"{device.Number}. {device.Name}")
        : string.Create(CultureInfo.InvariantCulture, $"{device.Number}. {device.Name} ({device.Description})");

    /// <summary>
    /// <c>dumpcap -D -M</c>: number and name, then tab-separated friendly name (none on Linux), description,
    /// interface type, addresses (comma-separated), "loopback" or "network", and the extcap column (empty).
    /// </summary>
    public static string MachineLine(CaptureDevice device)
    {
        var addresses = new StringBuilder();
        foreach (var a in device.Addresses)
        {
            if (addresses.Length > 0)
                addresses.Append(',');
            addresses.Append(a.ToString());
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{device.Number}. {device.Name}\t\t{device.Description}\t{(int)device.Kind}\t{addresses}\t{(device.IsLoopback ? "loopback" : "network")}\t");
    }

    /// <summary>The dumpcap line, then libpcap's description, the flags and the addresses, indented.</summary>
    public static string VerboseLines(CaptureDevice device)
    {
        var text = new StringBuilder(DumpcapLine(device)).Append('\n');
        if (!string.IsNullOrEmpty(device.PcapDescription))
            text.Append("     description: ").Append(device.PcapDescription).Append('\n');
        text.Append("     flags: ").Append(FlagWords(device)).Append('\n');
        text.Append("     addresses: ");
        if (device.Addresses.Count == 0)
            text.Append("none");
        for (int i = 0; i < device.Addresses.Count; i++)
            text.Append(i == 0 ? "" : ", ").Append(device.Addresses[i]);
        return text.ToString();
    }

    /// <summary>"loopback, up, running, connection not applicable" — the words for libpcap's flags.</summary>
    public static string FlagWords(CaptureDevice device)
    {
        var words = new List<string>(5);
        if ((device.Flags & CaptureDeviceFlags.Loopback) != 0) words.Add("loopback");
        if ((device.Flags & CaptureDeviceFlags.Up) != 0) words.Add("up");
        if ((device.Flags & CaptureDeviceFlags.Running) != 0) words.Add("running");
        if ((device.Flags & CaptureDeviceFlags.Wireless) != 0) words.Add("wireless");
        words.Add(device.Connection switch
        {
            DeviceConnection.Connected => "connected",
            DeviceConnection.Disconnected => "disconnected",
            DeviceConnection.NotApplicable => "connection not applicable",
            _ => "connection unknown",
        });
        return string.Join(", ", words);
    }

    /// <summary><c>dumpcap -L -i NAME</c>: the header line, then "  EN10MB (Ethernet)" per type.</summary>
    public static string DataLinks(string device, IReadOnlyList<DataLinkInfo> links)
    {
        var text = new StringBuilder();
        text.Append("Data link types of interface ").Append(device).Append(" (use option -y to set):\n");
        foreach (var l in links)
        {
            text.Append("  ").Append(l.Name);
            if (l.Description.Length > 0)
                text.Append(" (").Append(l.Description).Append(')');
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary><c>dumpcap -L -M</c>: "0" (monitor mode cannot be set), then "DLT\tNAME\tDESCRIPTION" per type, then a blank line as dumpcap ends it.</summary>
    public static string DataLinksMachine(IReadOnlyList<DataLinkInfo> links)
    {
        var text = new StringBuilder("0\n");
        foreach (var l in links)
            text.Append(CultureInfo.InvariantCulture, $"{l.Dlt}\t{l.Name}\t{l.Description}\n");
        return text.Append('\n').ToString();
    }
}
