using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;
using Sniffer.Pipeline;
using Xunit;

namespace Sniffer.Tests.Pipeline;

/// <summary>
/// The printer on a second thread sees what it would have seen on the run's thread: every frame, in order, with its
/// own bytes and tree though the run reuses its context at once; frames too big to copy are printed in place; the end
/// comes after the last frame; an exception the printer throws comes back on the run's thread.
/// </summary>
public sealed class DetachedTapTests
{
    private static readonly FieldDef Value = new("test.detached.value", "Value", FieldType.UInt32);
    private static readonly FieldDef Text = new("test.detached.text", "Text", FieldType.String);

    /// <summary>What a printer would print of a frame, computed from the tree and bytes it is given.</summary>
    private static string Fingerprint(PacketContext packet)
    {
        var tree = packet.Tree;
        var parts = new List<string> { packet.Frame.Number.ToString(), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(packet.Frame.Data.Span)) };
        for (int i = 0; i < tree.Count; i++)
        {
            ref readonly var node = ref tree[i];
            parts.Add($"{node.Field.Abbrev}/{node.Parent}/{node.Number}/{Convert.ToHexString(tree.ValueBytes(node))}/{System.Text.Encoding.UTF8.GetString(tree.TextBytes(node))}");
        }
        parts.Add(Convert.ToHexString(tree.SourceBytes(0)));
        return string.Join('|', parts);
    }

    private sealed class Recorder(Func<long, bool>? failOn = null) : IDetachableTap
    {
        public List<string> Seen { get; } = [];
        public HashSet<int> Threads { get; } = [];
        /// <summary>Per frame seen, the thread it was printed on.</summary>
        public List<int> ThreadOf { get; } = [];
        public bool Ended { get; private set; }
        public int SeenAtEnd { get; private set; }

        public TapNeeds Needs => TapNeeds.AllFields | TapNeeds.DisplayText;
        public IReadOnlyCollection<FieldDef> Fields => [];
        public bool Detachable => true;

        public void OnFrame(PacketContext packet)
        {
            Threads.Add(Environment.CurrentManagedThreadId);
            if (failOn?.Invoke(packet.Frame.Number) == true)
                throw new IOException("Broken pipe");
            Seen.Add(Fingerprint(packet));
            ThreadOf.Add(Environment.CurrentManagedThreadId);
        }

        public void OnEnd(CaptureModel model)
        {
            Ended = true;
            SeenAtEnd = Seen.Count;
        }
    }

    /// <summary>Fills the run's one reused context with frame <paramref name="number"/>, its bytes reused too.</summary>
    private static void Fill(PacketContext packet, byte[] buffer, long number, Random random, bool big = true)
    {
        int length = big && random.Next(20) == 0 ? random.Next(300_000, 400_000) : random.Next(60, 1500);
        if (buffer.Length < length)
            throw new InvalidOperationException();
        random.NextBytes(buffer.AsSpan(0, length));
        packet.Reset(new Frame(number, number * 1000, 9, 0, LinkType.Ethernet, length, buffer.AsMemory(0, length)));
        var tree = packet.Tree;
        tree.AddFrameSource(buffer.AsMemory(0, length));
        int top = tree.Add(-1, Value, 0, 0, 4, (ulong)random.Next());
        tree.AddString(top, Text, 0, 4, 8, $"frame {number} text");
        tree.AddBytesInPlace(top, Text, 0, 8, 16);
        int source = tree.AddDataSource("Reassembled", buffer.AsSpan(10, random.Next(0, 40)));
        tree.Add(top, Value, source, 0, 2, (ulong)number);
    }

    private static (List<string> Expected, Recorder Recorder) Run(int frames, int seed, Func<long, bool>? failOn = null, Exception? thrown = null,
        bool soleReader = false)
    {
        var expected = new List<string>();
        var recorder = new Recorder(failOn);
        var buffer = new byte[400_000];
        var packet = new PacketContext();
        var random = new Random(seed);
        using var detached = new DetachedTap(recorder, soleReader);
        for (long n = 1; n <= frames; n++)
        {
            Fill(packet, buffer, n, random);
            expected.Add(Fingerprint(packet));
            detached.OnFrame(packet);
        }
        detached.OnEnd(null!);
        return (expected, recorder);
    }

    [Fact]
    public void The_printer_sees_every_frame_in_order_as_the_run_made_it()
    {
        var (expected, recorder) = Run(3000, 1);
        Assert.Equal(expected, recorder.Seen);
        Assert.True(recorder.Ended);
        Assert.Equal(3000, recorder.SeenAtEnd);
        Assert.True(recorder.Threads.Count >= 2, "small frames on the printer's thread, big ones in place");
    }

    [Fact]
    public void As_the_sole_reader_it_takes_the_trees_buffers_and_the_printer_still_sees_every_frame_as_made()
    {
        var (expected, recorder) = Run(3000, 4, soleReader: true);
        Assert.Equal(expected, recorder.Seen);
        Assert.True(recorder.Ended);
        Assert.True(recorder.Threads.Count >= 2, "small frames on the printer's thread, big ones in place");
    }

    [Fact]
    public void An_exception_in_the_printer_comes_back_on_the_run_thread()
    {
        var recorder = new Recorder(n => n == 100);
        var buffer = new byte[400_000];
        var packet = new PacketContext();
        var random = new Random(2);
        var detached = new DetachedTap(recorder);
        var e = Assert.Throws<IOException>(() =>
        {
            for (long n = 1; n <= 5000; n++)
            {
                Fill(packet, buffer, n, random);
                detached.OnFrame(packet);
            }
            detached.OnEnd(null!);
        });
        Assert.Equal("Broken pipe", e.Message);
        Assert.Equal(99, recorder.Seen.Count);
        Assert.False(recorder.Ended);
        detached.Dispose();
    }

    [Fact]
    public void Stopping_after_a_failed_read_prints_what_was_handed_over()
    {
        var recorder = new Recorder();
        var buffer = new byte[400_000];
        var packet = new PacketContext();
        var random = new Random(3);
        var detached = new DetachedTap(recorder);
        for (long n = 1; n <= 37; n++)
        {
            Fill(packet, buffer, n, random);
            detached.OnFrame(packet);
        }
        detached.Dispose();
        Assert.Equal(37, recorder.Seen.Count);
        Assert.False(recorder.Ended);
    }

    /// <summary>
    /// Runs <paramref name="frames"/> small frames through a tap whose clock makes a window printed in place cost
    /// <paramref name="inPlaceCost"/> per frame and one printed on the second thread <paramref name="detachedCost"/>; returns,
    /// per frame, whether it was printed on the run's thread.
    /// </summary>
    private static List<bool> RunTimed(int frames, int window, long detachedCost, long inPlaceCost) =>
        RunTimed(frames, window, _ => (detachedCost, inPlaceCost));

    /// <summary>As above, the costs of each way given per window (numbered from 0) by <paramref name="costs"/>.</summary>
    private static List<bool> RunTimed(int frames, int window, Func<int, (long Detached, long InPlace)> costs)
    {
        var expected = new List<string>();
        var recorder = new Recorder();
        var buffer = new byte[2000];
        var packet = new PacketContext();
        var random = new Random(5);
        long now = 0, reads = 0;
        PrintingWayChoice? way = null;
        // Read at a window's start and end: the end's step is what the window cost in the way it was printed.
        long Clock()
        {
            var (detachedCost, inPlaceCost) = costs((int)(reads++ / 2));
            return now += window * (way!.InPlace ? inPlaceCost : detachedCost);
        }
        way = new PrintingWayChoice(Clock, window);
        using (var detached = new DetachedTap(recorder, soleReader: true, way))
        {
            for (long n = 1; n <= frames; n++)
            {
                Fill(packet, buffer, n, random, big: false);
                expected.Add(Fingerprint(packet));
                detached.OnFrame(packet);
            }
            detached.OnEnd(null!);
        }
        Assert.Equal(expected, recorder.Seen);
        int run = Environment.CurrentManagedThreadId;
        return recorder.ThreadOf.Select(t => t == run).ToList();
    }

    /// <summary>Which windows were printed in place: one letter per window, P in place, D on the second thread.</summary>
    private static string Ways(List<bool> inPlace, int window)
        => string.Concat(inPlace.Chunk(window).Select(w => w.All(p => p) ? 'P' : w.Any(p => p) ? '?' : 'D'));

    [Fact]
    public void Where_printing_in_place_is_faster_the_run_keeps_to_it_and_tries_the_second_thread_now_and_then()
    {
        var inPlace = RunTimed(frames: 8 * 35, window: 8, detachedCost: 3, inPlaceCost: 1);
        // An untimed first window and a timed one on the second thread, one in place, then in place with one window on
        // the second thread after eight, then after sixteen (the try changed nothing); every frame printed once, in
        // order, whichever thread printed it.
        Assert.Equal("DDPPPPPPPPDPPPPPPPPPPPPPPPDPPPPPPPP", Ways(inPlace, 8));
    }

    [Fact]
    public void Where_the_second_thread_is_faster_the_run_keeps_to_it_and_tries_in_place_now_and_then()
    {
        var inPlace = RunTimed(frames: 8 * 24, window: 8, detachedCost: 1, inPlaceCost: 3);
        Assert.Equal("DDPDDDDDDDPDDDDDDDDDDDDD", Ways(inPlace, 8));
    }

    [Fact]
    public void When_the_faster_way_changes_under_a_run_the_next_try_finds_it()
    {
        // In place is the faster for the first 40 windows, the second thread after.
        var inPlace = RunTimed(frames: 8 * 100, window: 8, w => w < 40 ? (3, 1) : (1, 3));
        string ways = Ways(inPlace, 8);
        Assert.StartsWith("DDPPPPPPPP", ways);
        Assert.Equal('P', ways[39]);
        // The change is found at the next try of the second thread (at most 64 windows on), and from then on the run
        // keeps to it, trying in place now and then.
        int found = ways.IndexOf("DDDD", 40, StringComparison.Ordinal);
        Assert.InRange(found, 40, 40 + 64);
        Assert.True(ways[found..].Count(w => w == 'P') <= 3, ways);
    }

    [Fact]
    public void A_run_shorter_than_two_windows_prints_on_the_second_thread_only()
    {
        var inPlace = RunTimed(frames: 2 * PrintingWayChoice.Window - 1, window: PrintingWayChoice.Window, detachedCost: 3, inPlaceCost: 1);
        Assert.DoesNotContain(true, inPlace);
    }
}
