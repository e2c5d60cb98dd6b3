using Sniffer.Tests.Capture;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Wlan;

/// <summary>
/// sniffer capture -I asks libpcap for monitor mode (pcap_set_rfmon), as dumpcap -I does. This machine has no Wi-Fi
/// card, so what is checked is the refusal: on a device that cannot, the same words as dumpcap, exit code 1.
/// </summary>
public class MonitorModeTests
{
    [LiveCaptureFact]
    public void Monitor_mode_on_a_device_without_it_is_refused_in_dumpcaps_words()
    {
        var r = SnifferProcess.Run("capture", "-i", "lo", "-I", "-c", "1", "-w", Path.Combine(Path.GetTempPath(), $"rfmon-{Guid.NewGuid():N}.pcapng"));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("sniffer: Capturing in monitor mode is not supported on device \"lo\".\n(That device doesn't support monitor mode)",
            r.StdErr.Trim());
        if (ExternalTools.Has("dumpcap"))
        {
            // Never -w /dev/null: dumpcap removes its output file when the capture fails, and as root that would be /dev/null.
            var dumpcap = ExternalTools.Run("timeout", ["10", "dumpcap", "-i", "lo", "-I", "-c", "1", "-w", Path.Combine(Path.GetTempPath(), $"rfmon-dumpcap-{Guid.NewGuid():N}.pcapng")]);
            Assert.Contains("Capturing in monitor mode is not supported on device \"lo\".\n(That device doesn't support monitor mode)", dumpcap.StdErr);
        }
    }
}
