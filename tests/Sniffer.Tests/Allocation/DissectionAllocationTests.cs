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
/// nothing per frame — over plain HTTP and over HTTP inside decrypted TLS.
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
        from capture in new[] { "tcp", "http", "https" }
        from output in new[] { "fields", "summary" }
        select new object[] { capture, output };

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
        ITap tap = output == "fields"
            ? new FieldsPrinter(TypicalFields.Select(f => FieldCatalog.Shared.Find(f)!).ToList(), new FieldsLayout(), FieldCatalog.Shared, TextWriter.Null)
            : new SummaryPrinter(TextWriter.Null);
        var run = new DissectionRun(DefaultDissectors.CreateRegistry(keys), [tap]);
        int half = frames.Count / 2;
        for (int i = 0; i < half; i++)
            run.Process(frames[i]);
        using var probe = new AllocationProbe();
        probe.Start();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = half; i < frames.Count; i++)
            run.Process(frames[i]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        log.WriteLine("sampled: " + probe.Top(12));
        double perFrame = (double)allocated / (frames.Count - half);
        log.WriteLine($"{capture} {output}: {allocated} bytes over {frames.Count - half} frames = {perFrame:F1} B/frame");
        Assert.True(perFrame < 1, $"{capture}, {output}: {perFrame:F1} bytes allocated per frame ({allocated} over {frames.Count - half} frames); sampled: {probe.Top(8)}");
    }
}
