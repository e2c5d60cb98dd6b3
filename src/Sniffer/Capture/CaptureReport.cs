using System.Globalization;
using System.Text;

namespace Sniffer.Capture;

/// <summary>The lines dumpcap prints on standard error around a capture, in its words.</summary>
public static class CaptureReport
{
    /// <summary>"Capturing on 'Loopback: lo'", "… on 'Loopback: lo' and 'eth0'", "… on 'a', 'b' and 'c'".</summary>
    public static string CapturingOn(IReadOnlyList<CaptureInterfaceInfo> interfaces)
    {
        var text = new StringBuilder("Capturing on ");
        for (int i = 0; i < interfaces.Count; i++)
        {
            if (i > 0)
                text.Append(i == interfaces.Count - 1 ? " and " : ", ");
            text.Append('\'').Append(interfaces[i].DisplayName).Append('\'');
        }
        return text.ToString();
    }

    /// <summary>
    /// "Packets captured: N" and, per interface,
    /// "Packets received/dropped on interface 'Loopback: lo': 12/0 (pcap:0/dumpcap:0/flushed:0/ps_ifdrop:0) (100.0%)".
    /// Sniffer's own drops (its ring full, packets lost with a write fault) stand where dumpcap's are.
    /// </summary>
    public static string Totals(CaptureSummary summary)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Packets captured: {summary.PacketsCaptured}\n");
        foreach (var s in summary.Interfaces)
        {
            ulong dropped = s.TotalDropped;
            double percent = s.Captured == 0 ? 0.0 : 100.0 * s.Captured / (s.Captured + dropped);
            text.Append(CultureInfo.InvariantCulture,
                $"Packets received/dropped on interface '{s.DisplayName}': {s.Captured}/{dropped} (pcap:{s.PcapDropped}/dumpcap:{s.SnifferDropped + s.LostToFault}/flushed:{s.Flushed}/ps_ifdrop:{s.InterfaceDropped}) ({percent:0.0}%)\n");
        }
        return text.ToString();
    }
}
