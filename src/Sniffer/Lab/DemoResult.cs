using Sniffer.Capture;

namespace Sniffer.Lab;

/// <summary>
/// What <see cref="DemoScenario.Run"/> made: the capture and its key log (deconstructs to the two paths), the
/// capture's counters, whether every lab reply was the one the scripts expect, and the error when the demo
/// could not run (no permission to capture, a key log already fixed, …).
/// </summary>
public sealed record DemoResult(string PcapngPath, string KeysPath, CaptureSummary? Summary, bool RepliesAsExpected, string? Error)
{
    public bool Succeeded => Error is null;

    public ulong PacketsCaptured => Summary?.PacketsCaptured ?? 0;

    public void Deconstruct(out string pcapngPath, out string keysPath)
    {
        pcapngPath = PcapngPath;
        keysPath = KeysPath;
    }
}
