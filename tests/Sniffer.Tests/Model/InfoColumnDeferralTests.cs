using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Transport;

namespace Sniffer.Tests.Model;

/// <summary>
/// A deferred Info text reads exactly as if it had been written when it was deferred, whatever the later layers do to the
/// column (append, prepend, set, clear, fence, separate) and whenever it is read.
/// </summary>
public class InfoColumnDeferralTests
{
    /// <summary>
    /// Writes "&lt;n&gt;" for the number in its state; the one that may be empty writes nothing for 0 (and says it may).
    /// </summary>
    private sealed class NumberWriter(bool neverEmpty) : IDeferredInfo
    {
        public static readonly NumberWriter Instance = new(false);
        public static readonly NumberWriter NonEmpty = new(true);

        public bool NeverEmpty => neverEmpty;

        public void Write(InfoColumn info, object? context, ReadOnlySpan<byte> state)
        {
            int n = BitConverter.ToInt32(state);
            if (n == 0 && !neverEmpty)
                return;
            info.Append('<');
            info.Append(n);
            info.Append('>');
        }
    }

    private static void Apply(InfoColumn info, int op, int value, bool deferred)
    {
        string word = "w" + value;
        switch (op)
        {
            case 0:
            {
                var writer = value % 2 == 0 ? NumberWriter.Instance : NumberWriter.NonEmpty;
                if (deferred)
                    info.Defer(writer, null, BitConverter.GetBytes(value));
                else
                    writer.Write(info, null, BitConverter.GetBytes(value));
                break;
            }
            case 1: info.Append(word); break;
            case 2: info.Append((long)value); break;
            case 3: info.Prepend(word); break;
            case 4: info.Set(word); break;
            case 5: info.Clear(); break;
            case 6: info.SetFence(); break;
            case 7: info.AppendSeparated(", ", word); break;
            case 8: info.AppendAscii("ab"u8); break;
            case 9: _ = info.Length; break;
            case 10: _ = info.Text; break;
            default: info.Append('c'); break;
        }
    }

    [Fact]
    public void Any_sequence_of_column_operations_reads_the_same_deferred_or_written_at_once()
    {
        var step = Gen.Choose(0, 11).SelectMany(op => Gen.Choose(0, 3), (op, value) => (op, value));
        Prop.ForAll(Gen.ListOf(step).ToArbitrary(), steps =>
        {
            var lazy = new InfoColumn();
            var eager = new InfoColumn();
            foreach (var (op, value) in steps)
            {
                Apply(lazy, op, value, deferred: true);
                Apply(eager, op, value, deferred: false);
                if (op is 9 or 10 && lazy.ToString() != eager.ToString())
                    return false;
            }
            return lazy.ToString() == eager.ToString() && lazy.Length == eager.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reset_drops_a_deferred_text()
    {
        var info = new InfoColumn();
        info.Defer(NumberWriter.Instance, null, BitConverter.GetBytes(5));
        info.Reset();
        info.Append("x");
        Assert.Equal("x", info.ToString());
    }

    [Fact]
    public void A_disabled_column_keeps_nothing()
    {
        var info = new InfoColumn { Enabled = false };
        info.Defer(NumberWriter.Instance, null, BitConverter.GetBytes(5));
        Assert.Equal("", info.ToString());
    }

    [Fact]
    public void Tcp_text_deferred_then_followed_by_a_segment_note_reads_as_tshark_writes_it()
    {
        var info = new InfoColumn();
        TcpInfoText.Defer(info, null, 8080, 20000, TcpFlagBits.Ack | TcpFlagBits.Psh, 1401, true, 83, 65535, 0, 1400);
        info.Append(" [TCP segment of a reassembled PDU]");
        Assert.Equal("8080 \u2192 20000 [PSH, ACK] Seq=1401 Ack=83 Win=65535 Len=1400 [TCP segment of a reassembled PDU]", info.ToString());
    }
}
