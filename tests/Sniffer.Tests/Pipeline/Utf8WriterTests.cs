using System.Text;
using Sniffer.Pipeline;

namespace Sniffer.Tests.Pipeline;

/// <summary>
/// Standard output's writer takes characters and ready UTF-8 bytes in one buffer: the bytes come out in the order they
/// were written, across buffer boundaries, and characters are encoded exactly as the StreamWriter it replaced encoded them.
/// </summary>
public class Utf8WriterTests
{
    [Fact]
    public void Characters_and_bytes_keep_their_order_across_buffer_boundaries()
    {
        var stream = new MemoryStream();
        var expected = new StringBuilder();
        using (var writer = new Utf8Writer(stream, bufferSize: 64))
        {
            var random = new Random(15);
            for (int i = 0; i < 500; i++)
            {
                string piece = new string((char)('a' + i % 26), random.Next(0, 150)) + "é€" + i;
                if (i % 3 == 0)
                    writer.WriteUtf8(Encoding.UTF8.GetBytes(piece));
                else if (i % 3 == 1)
                    writer.Write(piece);
                else
                    writer.Write(new StringBuilder(piece));
                expected.Append(piece);
            }
        }
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_frame_written_into_the_buffer_goes_out_whole_and_in_order()
    {
        // The -V printer writes each frame's text straight into the writer's buffer (BeginFrame/EndFrame) between
        // characters and bytes written the usual ways: everything comes out in order, and the stream is only ever
        // written between frames, never in the middle of one (the buffer grows for a frame larger than itself).
        var stream = new WriteLog();
        var expected = new StringBuilder();
        var frames = new List<(long Start, long End)>();
        using (var writer = new Utf8Writer(stream, bufferSize: 256))
        {
            var random = new Random(4);
            for (int i = 0; i < 300; i++)
            {
                string before = "summary " + i + " é\n";
                writer.Write(before);
                expected.Append(before);
                var text = writer.BeginFrame();
                int start = text.Length;
                string frame = new string((char)('a' + i % 26), random.Next(0, i % 50 == 0 ? 2000 : 120)) + "·" + i + "\n";
                text.Append(frame);
                text.Append("undone"u8);
                text.Length -= "undone".Length;
                Assert.Equal(Encoding.UTF8.GetByteCount(frame), text.Length - start);
                frames.Add((stream.Position + start, stream.Position + text.Length));
                expected.Append(frame);
                writer.EndFrame();
            }
        }
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(stream.WriteEnds.Count > 10);
        foreach (long end in stream.WriteEnds)
            Assert.DoesNotContain(frames, frame => frame.Start < end && end < frame.End);
    }

    [Fact]
    public void Padded_copies_and_nanoseconds_write_exactly_their_bytes()
    {
        var text = new Sniffer.Output.Utf8Text(8);
        var expected = new List<byte>();
        var random = new Random(9);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 70)];
            random.NextBytes(bytes);
            var padded = Sniffer.Output.Utf8Text.Padded(bytes);
            Assert.True(padded.Length % 16 == 0 && padded.Length >= bytes.Length);
            text.AppendPadded(padded, bytes.Length);
            expected.AddRange(bytes);
            uint nanoseconds = (uint)random.Next(0, 1_000_000_000);
            if (i % 7 == 0)
                nanoseconds = i % 2 == 0 ? 0u : 999_999_999u;
            text.AppendNanoseconds(nanoseconds);
            expected.AddRange(Encoding.ASCII.GetBytes(nanoseconds.ToString("D9")));
            text.AppendSpaces(i % 37);
            expected.AddRange(Enumerable.Repeat((byte)' ', i % 37));
        }
        Assert.Equal(expected.ToArray(), text.Written.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => text.AppendNanoseconds(1_000_000_000));
        Assert.Throws<ArgumentException>(() => text.AppendPadded(new byte[16], 17));
    }

    /// <summary>A memory stream that records where each write ended.</summary>
    private sealed class WriteLog : MemoryStream
    {
        public List<long> WriteEnds { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            WriteEnds.Add(Position);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            WriteEnds.Add(Position);
        }
    }

    [Theory]
    [InlineData("\ud83d\ude00", 1)]
    [InlineData("a\ud83d", 2)]
    [InlineData("\ude00b\ud83d", 1)]
    [InlineData("x\ud83d\ude00y", 3)]
    public void Characters_are_encoded_as_StreamWriter_encodes_them(string text, int splitAt)
    {
        static byte[] Run(Func<Stream, TextWriter> open, string text, int splitAt)
        {
            var stream = new MemoryStream();
            using (var writer = open(stream))
            {
                // A surrogate pair may arrive in two writes; a lone one becomes U+FFFD.
                writer.Write(text[..splitAt]);
                writer.Write(text[splitAt..]);
            }
            return stream.ToArray();
        }

        var ours = Run(s => new Utf8Writer(s, bufferSize: 64), text, splitAt);
        var theirs = Run(s => new StreamWriter(s, new UTF8Encoding(false), 64), text, splitAt);
        Assert.Equal(theirs, ours);
    }
}
