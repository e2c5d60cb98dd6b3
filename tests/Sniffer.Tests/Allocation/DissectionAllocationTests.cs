using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Tls.Crypto;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Output;
using Xunit.Abstractions;

namespace Sniffer.Tests.Allocation;

/// <summary>
/// Issue 8: once a connection's state exists, dissecting its frames for -T fields or summary lines allocates
/// nothing per frame — over plain HTTP and over HTTP inside decrypted TLS. And a long read of many short connections
/// (the benchmarks' shape) allocates nothing per connection once the first forgotten ones are reused, for -V too.
/// </summary>
public class DissectionAllocationTests(ITestOutputHelper log)
{
    private static readonly string[] TypicalFields =
    [
        "frame.number", "frame.time_relative", "ip.src", "ip.dst", "tcp.srcport", "tcp.dstport", "tcp.stream", "tcp.len", "tcp.flags.str",
        "tcp.analysis.ack_rtt", "http.request.method", "http.request.uri", "http.host", "http.response.code", "http.content_length",
        "http.request_in", "http.time", "tls.record.content_type", "tls.app_data",
    ];

    public static IEnumerable<object[]> Cases() =>
        (from capture in new[] { "tcp", "http", "https" }
         from output in new[] { "fields", "summary" }
         select new object[] { capture, output })
        .Append(["short connections", "summary"])
        .Append(["short connections", "details"]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Steady_state_dissection_allocates_nothing_per_frame(string capture, string output)
    {
        List<Frame> frames;
        KeyLog? keys = null;
        if (capture == "tcp")
        {
            frames = SteadyStateCaptures.Tcp(3000);
        }
        else if (capture == "short connections")
        {
            // 1,000 connections: the tombstones of the forgotten ones stay within the room they start with (a longer read grows
            // them, by doubling, to their bound).
            frames = SteadyStateCaptures.ShortConnections(1000);
        }
        else if (capture == "http")
        {
            frames = SteadyStateCaptures.Http(3000);
        }
        else
        {
            (frames, string keyLog) = SteadyStateCaptures.Https(3000);
            keys = new KeyLog();
            keys.AddText(keyLog, "test");
        }
        ITap tap = output switch
        {
            "fields" => new FieldsPrinter(TypicalFields.Select(f => FieldCatalog.Shared.Find(f)!).ToList(), new FieldsLayout(), FieldCatalog.Shared, TextWriter.Null),
            "details" => new PacketDetailsPrinter(output: TextWriter.Null),
            _ => new SummaryPrinter(TextWriter.Null),
        };
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(keys), [tap]);
        // The first half warms up; the third quarter is measured with nothing else running on the thread (the probe's
        // own event handling allocates, and would be counted); only if that allocated does the probe watch the last
        // quarter, to name what was allocated.
        int half = frames.Count / 2, measuredEnd = half + frames.Count / 4;
        for (int i = 0; i < half; i++)
            run.Process(frames[i]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = half; i < measuredEnd; i++)
            run.Process(frames[i]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        double perFrame = (double)allocated / (measuredEnd - half);
        log.WriteLine($"{capture} {output}: {allocated} bytes over {measuredEnd - half} frames = {perFrame:F1} B/frame");
        if (perFrame < 1)
            return;
        using var probe = new AllocationProbe();
        probe.Start();
        for (int i = measuredEnd; i < frames.Count; i++)
            run.Process(frames[i]);
        Assert.Fail($"{capture}, {output}: {perFrame:F1} bytes allocated per frame ({allocated} over {measuredEnd - half} frames); sampled after: {probe.Top(8)}");
    }
}
