using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// A compiled filter tests frame after frame without allocating: its values live in a reused stack, computed bytes
/// in a reused buffer, regex input in a reused character buffer. Checked with the runtime's per-thread allocation
/// counter over every frame of the lab captures, after one warm-up pass has grown the buffers.
/// </summary>
public sealed class DisplayFilterAllocationTests
{
    [Theory]
    [InlineData("http.request.method == \"GET\"")]
    [InlineData("tcp.port == 8080")]
    [InlineData("(tcp.port == 5030) or (tcp.port == 5031)")]
    [InlineData("http")]
    [InlineData("ip.addr == 127.0.0.0/8 && tcp.flags.syn == 1")]
    [InlineData("http.host contains \"127\"")]
    [InlineData("tcp.port in {80, 443, 8000..8080}")]
    [InlineData("http.request.uri matches \"^/s\"")]
    [InlineData("tcp.payload[0:4] == \"GET \"")]
    [InlineData("len(http.request.uri) > 1 and !tls")]
    [InlineData("tcp.srcport > tcp.dstport")]
    [InlineData("upper(http.request.method) == \"GET\"")]
    [InlineData("frame contains \"HTTP\"")]
    [InlineData("tcp.len * 2 > 100")]
    public void Testing_frames_allocates_nothing(string text)
    {
        var filter = DisplayFilter.Compile(text, FieldCatalog.Shared).Filter!;
        var frames = TreeSnapshots.Frames;
        int matched = 0;
        // Warm up: the buffers grow to the largest frame, and the JIT settles (its tier-up can allocate once).
        for (int round = 0; round < 5; round++)
        {
            foreach (var tree in frames)
                matched += filter.Matches(tree) ? 1 : 0;
            Thread.Sleep(50);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int round = 0; round < 3; round++)
            for (int i = 0; i < frames.Count; i++)
                matched += filter.Matches(frames[i]) ? 1 : 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{text}: {allocated} bytes allocated over {3 * frames.Count} frames");
        Assert.True(matched > 0, $"{text} matched no frame of the lab captures: the test would prove nothing");
    }
}
