namespace Sniffer.Lab;

/// <summary>
/// What <c>sniffer demo</c> prints once the capture is made. This is the hook the dissection output plugs into:
/// replace <see cref="Print"/>'s body with the dissected capture (decrypted with <see cref="DemoResult.KeysPath"/>).
/// For now it says where the files are and how many packets were captured.
/// </summary>
public static class DemoReport
{
    public static void Print(DemoResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write($"Capture: {result.PcapngPath} ({result.PacketsCaptured} packets)\n");
        output.Write($"TLS key log: {result.KeysPath}\n");
        output.Write($"Read it with: sniffer read -r {result.PcapngPath} --keylog {result.KeysPath}\n");
    }
}
