using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;
using Sniffer.Files;

namespace Sniffer.Tests.Files;

/// <summary>
/// FsCheck properties: whatever the writer is given (random frames, options, secrets, statistics and byte
/// order), the reader gives it back unchanged; and whatever bytes the reader is given, it never throws.
/// </summary>
public sealed class PcapngRoundTripProperties
{
    private sealed record WrittenFrame(int Interface, long TimestampNs, byte[] Data, int OriginalLength, string? Comment);

    private sealed record WrittenSecret(uint Type, byte[] Data);

    /// <summary>One thing written after the interfaces: a packet or a Decryption Secrets Block.</summary>
    private sealed record WrittenEvent(WrittenFrame? Frame, WrittenSecret? Secret)
    {
        public override string ToString() => Frame is not null
            ? $"packet(if {Frame.Interface}, {Frame.TimestampNs} ns, {Frame.Data.Length}/{Frame.OriginalLength} bytes, comment {Frame.Comment ?? "none"})"
            : $"secrets(0x{Secret!.Type:X8}, {Secret.Data.Length} bytes)";
    }

    private sealed record Scenario(PcapngWriterOptions Options, PcapngInterface[] Interfaces, WrittenEvent[] Events, InterfaceStatistics?[] Statistics)
    {
        public override string ToString() =>
            $"{Options} / {string.Join(", ", Interfaces.Select(i => i.ToString()))} / {string.Join(", ", Events.Select(e => e.ToString()))} / {string.Join(", ", Statistics.Select(s => s?.ToString() ?? "no stats"))}";
    }

    // Pieces strings are made of: ASCII, Latin-1, CJK, an astral-plane emoji (a surrogate pair), controls, quotes.
    private static readonly string[] TextPieces = ["a", "Z", "7", " ", "é", "€", "日本", "😀", "\t", "\n", "\"", ",", "ß", "✓", "\u00a0"];

    private static readonly Gen<string> Text = Gen.Elements(TextPieces).ListOf().Select(parts => string.Concat(parts));

    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(s => (string?)s)));

    private static readonly Gen<byte[]> Bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    private static readonly Gen<long> NonNegativeLong = Gen.OneOf(
        Gen.Elements(0L, 1L, 999_999_999L, 1_000_000_000L, long.MaxValue),
        from high in Gen.Choose(0, int.MaxValue)
        from low in Gen.Choose(0, int.MaxValue)
        select ((long)high << 31) | (uint)low);

    private static readonly Gen<ulong?> MaybeCounter = Gen.Frequency(
        (1, Gen.Constant<ulong?>(null)),
        (2, from high in Gen.Choose(0, int.MaxValue) from low in Gen.Choose(0, int.MaxValue) select (ulong?)(((ulong)high << 33) | (uint)low)));

    private static readonly Gen<long?> MaybeTime = Gen.Frequency((1, Gen.Constant<long?>(null)), (2, NonNegativeLong.Select(t => (long?)t)));

    private static readonly Gen<PcapngInterface> Interface =
        from link in Gen.Choose(0, ushort.MaxValue)
        from snap in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, int.MaxValue)))
        from name in MaybeText
        from description in MaybeText
        from filter in MaybeText
        from os in MaybeText
        select new PcapngInterface
        {
            LinkType = (LinkType)(ushort)link, SnapLength = snap, Name = name, Description = description, Filter = filter, OperatingSystem = os,
        };

    private static Gen<WrittenEvent> EventOn(int interfaceCount) => Gen.Frequency(
        (6, from iface in Gen.Choose(0, interfaceCount - 1)
            from time in NonNegativeLong
            from data in Bytes
            from extra in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 100_000)))
            from comment in MaybeText
            select new WrittenEvent(new WrittenFrame(iface, time, data, data.Length + extra, comment), null)),
        (1, from type in Gen.Elements(DecryptionSecret.TlsKeyLog, DecryptionSecret.WireGuardKeyLog, 0u, uint.MaxValue)
            from data in Bytes
            select new WrittenEvent(null, new WrittenSecret(type, data))));

    private static readonly Gen<InterfaceStatistics?> Statistics = Gen.Frequency(
        (1, Gen.Constant<InterfaceStatistics?>(null)),
        (3, from timestamp in MaybeTime
            from start in MaybeTime
            from end in MaybeTime
            from received in MaybeCounter
            from ifDrop in MaybeCounter
            from osDrop in MaybeCounter
            from comment in MaybeText
            select (InterfaceStatistics?)new InterfaceStatistics
            {
                TimestampNs = timestamp, StartTimeNs = start, EndTimeNs = end, Received = received,
                DroppedByInterface = ifDrop, DroppedByOs = osDrop, Comment = comment,
            }));

    private static readonly Gen<Scenario> Scenarios =
        from bigEndian in Gen.Elements(false, true)
        from hardware in MaybeText
        from os in MaybeText
        from application in MaybeText
        from comment in MaybeText
        from count in Gen.Choose(1, 3)
        from interfaces in Interface.ArrayOf(count)
        from events in EventOn(count).ArrayOf()
        from statistics in Statistics.ArrayOf(count)
        select new Scenario(
            new PcapngWriterOptions { BigEndian = bigEndian, Hardware = hardware, OperatingSystem = os, Application = application, Comment = comment, LeaveOpen = true },
            interfaces, events, statistics);

    private static byte[] WriteOut(Scenario scenario)
    {
        var stream = new MemoryStream();
        using (var writer = new PcapngWriter(stream, scenario.Options))
        {
            foreach (var iface in scenario.Interfaces)
                writer.AddInterface(iface);
            foreach (var e in scenario.Events)
            {
                if (e.Frame is { } f)
                    writer.WritePacket(f.Interface, f.TimestampNs, f.Data, f.OriginalLength, f.Comment);
                else
                    writer.WriteDecryptionSecrets(e.Secret!.Type, e.Secret.Data);
            }
            for (int i = 0; i < scenario.Statistics.Length; i++)
            {
                if (scenario.Statistics[i] is { } stats)
                    writer.WriteInterfaceStatistics(i, stats);
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void Whatever_is_written_reads_back_unchanged()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            var read = CaptureReading.ReadAll(WriteOut(scenario));
            var reader = Assert.IsType<PcapngReader>(read.Reader);

            Assert.Null(read.Error);
            var o = scenario.Options;
            Assert.Equal(new PcapngSection(0, o.BigEndian, 1, 0, o.Hardware, o.OperatingSystem, o.Application, o.Comment), Assert.Single(reader.Sections));

            var expectedInterfaces = scenario.Interfaces.Select((i, index) =>
                new CaptureInterface(index, i.LinkType, i.Name, i.Description, i.Filter, i.OperatingSystem, i.SnapLength, 9));
            Assert.Equal(expectedInterfaces, reader.Interfaces);

            var expectedFrames = scenario.Events.Where(e => e.Frame is not null).Select((e, n) =>
            {
                var f = e.Frame!;
                return new ReadFrame(n + 1, f.TimestampNs, 9, f.Interface, scenario.Interfaces[f.Interface].LinkType, f.OriginalLength, f.Data, f.Comment);
            });
            Assert.Equal(expectedFrames, read.Frames, FrameComparer.Instance);

            var expectedSecrets = scenario.Events.Where(e => e.Secret is not null).Select(e => e.Secret!);
            Assert.Equal(expectedSecrets.Select(s => (s.Type, Convert.ToHexString(s.Data))),
                reader.DecryptionSecrets.Select(s => (s.SecretsType, Convert.ToHexString(s.Data.Span))));

            for (int i = 0; i < scenario.Statistics.Length; i++)
            {
                var written = scenario.Statistics[i];
                var expected = written is null ? null : written with { TimestampNs = written.TimestampNs ?? written.EndTimeNs ?? written.StartTimeNs ?? 0 };
                Assert.Equal(expected, reader.StatisticsOf(i));
            }
            return true;
        }));
    }

    [Fact]
    public void Truncated_or_corrupted_files_never_make_the_reader_throw_and_errors_point_inside_the_file()
    {
        var damaged =
            from scenario in Scenarios
            from cutFraction in Gen.Choose(0, 1000)
            from flips in Gen.Frequency((1, Gen.Constant(Array.Empty<(int, int)>())), (2, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 255)).ArrayOf()))
            select (scenario, cutFraction, flips);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(damaged.ToArbitrary(), input =>
        {
            byte[] written = WriteOut(input.scenario);
            int cut = (int)((long)written.Length * input.cutFraction / 1000);
            byte[] broken = written[..cut];
            foreach (var (position, value) in input.flips)
            {
                if (broken.Length > 0)
                    broken[position % broken.Length] = (byte)value;
            }

            var read = CaptureReading.ReadAll(broken);

            Assert.Equal(Enumerable.Range(1, read.Frames.Count).Select(n => (long)n), read.Frames.Select(f => f.Number));
            if (read.Error is { } error)
            {
                Assert.InRange(error.Offset, 0, Math.Max(0, broken.Length - 1));
                Assert.True(error.Reason.StartsWith("not a capture file", StringComparison.Ordinal) || error.Reason.Contains($"at 0x{error.Offset:X}"), error.Reason);
            }
            if (input.flips.Length == 0)
            {
                // Only cut: what comes out is a prefix of what went in.
                var writtenFrames = CaptureReading.ReadAll(written).Frames;
                Assert.Equal(writtenFrames.Take(read.Frames.Count), read.Frames, FrameComparer.Instance);
            }
            return true;
        }));
    }
}
