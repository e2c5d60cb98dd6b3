using Sniffer.Files;
using Xunit;

namespace Sniffer.Tests.Files;

/// <summary>
/// The reader that reads ahead on a second thread is, to its caller, the reader it wraps: the same frames in order
/// (across batch boundaries, frames larger than a batch), the decryption secrets and interfaces as they were after
/// each frame, the error only at the end, and an I/O exception where its frame would have come.
/// </summary>
public sealed class ReadAheadReaderTests
{
    private static byte[] Capture(int frames, int seed, out List<int> secretAfter)
    {
        var random = new Random(seed);
        var fixture = new PcapngFixture().SectionHeader().InterfaceDescription();
        secretAfter = [];
        for (int i = 0; i < frames; i++)
        {
            // Mostly small frames, now and then one big enough to fill a batch's bytes, rarely one larger than a batch.
            int length = random.Next(10) switch
            {
                0 => random.Next(20_000, 70_000),
                1 when random.Next(40) == 0 => ReadAheadReader.BatchBytes + random.Next(1, 5000),
                _ => random.Next(1, 1600),
            };
            var data = new byte[length];
            random.NextBytes(data);
            fixture.EnhancedPacket(0, (ulong)(1_000_000 + i), data);
            if (random.Next(100) == 0)
            {
                fixture.DecryptionSecrets(0x544c534b, System.Text.Encoding.ASCII.GetBytes($"CLIENT_RANDOM {i:x64} {i:x96}\n"));
                secretAfter.Add(i);
            }
            if (random.Next(300) == 0)
                fixture.InterfaceDescription();
        }
        return fixture.ToArray();
    }

    /// <summary>Per frame: the frame, and how many secrets and interfaces the reader showed right after reading it.</summary>
    private static List<(ReadFrame Frame, int Secrets, int Interfaces)> ReadWithCounts(ICaptureReader reader, int max = int.MaxValue)
    {
        var frames = new List<(ReadFrame, int, int)>();
        while (frames.Count < max && reader.TryReadNext(out var frame))
            frames.Add((ReadFrame.CopyOf(frame), reader.DecryptionSecrets.Count, reader.Interfaces.Count));
        return frames;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reads_the_same_frames_secrets_and_interfaces_as_the_reader_it_wraps(int seed)
    {
        var bytes = Capture(3000, seed, out _);
        using var plain = CaptureFileReader.Open(new MemoryStream(bytes), "t.pcapng");
        var expected = ReadWithCounts(plain);
        using var ahead = new ReadAheadReader(CaptureFileReader.Open(new MemoryStream(bytes), "t.pcapng"));
        var actual = ReadWithCounts(ahead);

        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Frame.Number, actual[i].Frame.Number);
            Assert.Equal(expected[i].Frame.Timestamp, actual[i].Frame.Timestamp);
            Assert.Equal(expected[i].Frame.Data, actual[i].Frame.Data);
            Assert.Equal(expected[i].Secrets, actual[i].Secrets);
            Assert.Equal(expected[i].Interfaces, actual[i].Interfaces);
        }
        Assert.Null(ahead.Error);
        Assert.Equal(plain.DecryptionSecrets.Select(s => s.Data.ToArray()), ahead.DecryptionSecrets.Select(s => s.Data.ToArray()));
    }

    [Fact]
    public void A_broken_file_gives_every_frame_before_the_break_then_the_same_error()
    {
        var bytes = Capture(2000, 7, out _);
        var cut = bytes[..(bytes.Length * 2 / 3)];
        var plain = CaptureReading.ReadAll(CaptureFileReader.Open(new MemoryStream(cut), "t.pcapng"));
        var ahead = CaptureReading.ReadAll(new ReadAheadReader(CaptureFileReader.Open(new MemoryStream(cut), "t.pcapng")));

        Assert.NotNull(plain.Error);
        Assert.Equal(plain.Frames, ahead.Frames, FrameComparer.Instance);
        Assert.Equal(plain.Error!.ToString(), ahead.Error?.ToString());
    }

    [Fact]
    public void Stopping_early_reports_no_error_even_when_the_reader_ahead_already_met_one()
    {
        var bytes = Capture(50, 8, out _);
        var cut = bytes[..(bytes.Length - 10)];
        using var ahead = new ReadAheadReader(CaptureFileReader.Open(new MemoryStream(cut), "t.pcapng"));
        Assert.True(ahead.TryReadNext(out _));
        Thread.Sleep(50); // the thread has certainly read to the break by now
        Assert.Null(ahead.Error);
    }

    [Fact]
    public void An_exception_from_the_stream_comes_after_the_frames_read_before_it()
    {
        var bytes = Capture(2000, 9, out _);
        int failAt = bytes.Length / 2;
        var plain = new List<ReadFrame>();
        using (var reader = CaptureFileReader.Open(new FailingStream(bytes, failAt), "t.pcapng"))
        {
            var e = Assert.Throws<IOException>(() =>
            {
                while (reader.TryReadNext(out var frame))
                    plain.Add(ReadFrame.CopyOf(frame));
            });
            Assert.Equal("disk gone", e.Message);
        }
        var ahead = new List<ReadFrame>();
        using (var reader = new ReadAheadReader(CaptureFileReader.Open(new FailingStream(bytes, failAt), "t.pcapng")))
        {
            var e = Assert.Throws<IOException>(() =>
            {
                while (reader.TryReadNext(out var frame))
                    ahead.Add(ReadFrame.CopyOf(frame));
            });
            Assert.Equal("disk gone", e.Message);
        }
        Assert.NotEmpty(plain);
        Assert.Equal(plain, ahead, FrameComparer.Instance);
    }

    [Fact]
    public void Disposing_before_the_end_stops_the_reading_thread()
    {
        var bytes = Capture(5000, 10, out _);
        var stream = new MemoryStream(bytes);
        var ahead = new ReadAheadReader(CaptureFileReader.Open(stream, "t.pcapng"));
        Assert.True(ahead.TryReadNext(out _));
        ahead.Dispose(); // returns: the thread stopped at a free batch and the stream is closed
        Assert.False(stream.CanRead);
    }

    /// <summary>Reads like a file until <paramref name="failAt"/>, then throws as a failing disk does.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= failAt)
                throw new IOException("disk gone");
            int n = Math.Min(buffer.Length, failAt - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
