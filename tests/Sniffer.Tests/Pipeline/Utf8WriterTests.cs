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
