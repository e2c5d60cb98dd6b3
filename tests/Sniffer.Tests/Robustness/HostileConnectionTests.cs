using System.Buffers.Binary;
using System.Diagnostics;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;
using Sniffer.Dissectors.Taps;
using Sniffer.Output;

namespace Sniffer.Tests.Robustness;

/// <summary>
/// Issue 11: connections that never end (a flood of SYN-only connections) are bounded: past the tracked-connection
/// limit the idle ones are forgotten with a note, memory stays flat and work linear, and tcp.stream numbering goes on.
/// The managed heap is the process's: the test runs alone (<see cref="ProcessMemoryCollection"/>), so no other test's
/// allocations count as its growth.
/// </summary>
[Collection(ProcessMemoryCollection.Name)]
public class HostileConnectionTests
{
    private static byte[] Syn(int i)
    {
        var frame = new byte[54];
        frame[12] = 8;
        frame[14] = 0x45;
        frame[17] = 40;
        frame[22] = 64;
        frame[23] = 6;
        frame[26] = 10;
        frame[27] = (byte)(i >> 16);
        frame[28] = (byte)(i >> 8);
        frame[29] = (byte)i;
        frame[30] = 10;
        frame[33] = 1;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(34), (ushort)(1024 + i % 60000));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(36), 80);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(38), (uint)i * 7919);
        frame[46] = 5 << 4;
        frame[47] = 0x02;
        frame[48] = 0xff;
        return frame;
    }

    [Fact]
    public void A_flood_of_syn_only_connections_keeps_memory_flat_and_numbering_going()
    {
        const int connections = 200_000, limit = 20_000;
        var fields = new FieldsPrinter([FieldCatalog.Shared.Find("tcp.stream")!], new FieldsLayout(), FieldCatalog.Shared, TextWriter.Null);
        var registry = new DissectorRegistry { MaxTcpConnections = limit };
        foreach (var module in BuiltInProtocols.Modules)
            module.Attach(registry);
        var last = new LastStream();
        var run = new DissectionRun(registry, [fields, last, new SummaryPrinter(TextWriter.Null)]);
        var clock = Stopwatch.StartNew();
        long afterWarmUp = 0;
        for (int i = 0; i < connections; i++)
        {
            var bytes = Syn(i);
            run.Process(new Frame(i + 1, 1_700_000_000_000_000_000L + i * 1000L, 9, 0, LinkType.Ethernet, bytes.Length, bytes));
            if (i == connections / 2)
                afterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
        }
        long atEnd = GC.GetTotalMemory(forceFullCollection: true);
        run.Finish();
        Assert.True(run.Dissector.Conversations.LiveCount <= limit);
        Assert.Equal(connections - 1, last.Stream);
        Assert.Contains(run.Model.Notices, n => n.Contains("idle TCP connections were forgotten", StringComparison.Ordinal));
        // Only tombstones (a few dozen bytes each) grow once the limit is reached.
        Assert.True(atEnd - afterWarmUp < 64L << 20, $"memory grew by {(atEnd - afterWarmUp) >> 20} MiB over the second half");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{connections} SYNs took {clock.Elapsed}");
    }

    private sealed class LastStream : ITap
    {
        public long Stream = -1;
        public TapNeeds Needs => TapNeeds.None;
        public IReadOnlyCollection<FieldDef> Fields { get; } = [Sniffer.Dissectors.Transport.TcpFields.Stream];
        public void OnEnd(CaptureModel model) { }

        public void OnFrame(PacketContext packet)
        {
            int n = packet.Tree.Find(Sniffer.Dissectors.Transport.TcpFields.Stream);
            if (n >= 0)
                Stream = (long)packet.Tree[n].Number;
        }
    }
}

/// <summary>Tests that measure the whole process's managed heap run one at a time, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "Process-wide memory";
}
