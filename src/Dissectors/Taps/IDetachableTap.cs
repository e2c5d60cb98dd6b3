namespace Sniffer.Dissectors.Taps;

/// <summary>
/// A tap that may receive each frame on a copy, on another thread, while the run dissects the next frames (an output
/// whose formatting costs as much as the dissection: -V, -T json/ek/pdml). Such a tap reads only
/// <c>packet.Frame</c>, <c>packet.Tree</c> and <c>packet.RelativeTime</c> in <see cref="ITap.OnFrame"/> (never the
/// columns, stream events or decrypted records), touches no state the dissection changes, and may keep nothing of the
/// context after the call. Its calls still come one at a time, in capture order, and <see cref="ITap.OnEnd"/> comes
/// after the last <see cref="ITap.OnFrame"/> has returned.
/// </summary>
public interface IDetachableTap : ITap
{
    /// <summary>Whether this instance, as configured, keeps the rules above (a summary line with -P reads the columns).</summary>
    bool Detachable { get; }
}
