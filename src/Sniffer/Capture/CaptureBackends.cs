namespace Sniffer.Capture;

/// <summary>
/// The capture backends by name. The native one is the default: bench/capture/run.sh measured SharpPcap's at more
/// CPU per packet than the 10% the switch allowed (two objects and an extra poll() and pcap_get_tstamp_precision
/// call per packet; see bench/capture/README.md for the numbers).
/// </summary>
public static class CaptureBackends
{
    public const string Native = "native";
    public const string SharpPcap = "sharppcap";

    /// <summary>Chooses the backend when --backend is not given (the capture benchmark sets it).</summary>
    public const string EnvironmentVariable = "SNIFFER_CAPTURE_BACKEND";

    public static readonly string[] Names = [Native, SharpPcap];

    public static ICaptureBackend Default => NativeCaptureBackend.Instance;

    /// <summary>The backend named <paramref name="name"/>; null or empty gives the environment's choice, else the default.</summary>
    public static bool TryGet(string? name, out ICaptureBackend backend)
    {
        if (string.IsNullOrEmpty(name))
            name = Environment.GetEnvironmentVariable(EnvironmentVariable);
        switch (name)
        {
            case null or "":
            case Native:
                backend = NativeCaptureBackend.Instance;
                return true;
            case SharpPcap:
                backend = SharpPcapCaptureBackend.Instance;
                return true;
            default:
                backend = Default;
                return false;
        }
    }
}
