using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Tests.Http;

/// <summary>The shared line, header and chunk scanners HTTP and HTCPCP frame their messages with.</summary>
public class TextLineTests
{
    [Theory]
    [InlineData("abc\r\ndef", false, 0, 3, 2)]
    [InlineData("abc\ndef", false, 0, 3, 1)]
    [InlineData("abc\rdef", false, 0, 3, 1)]
    [InlineData("abc", true, 0, 3, 0)]
    [InlineData("abc\r", true, 0, 3, 1)]
    public void A_line_ends_at_lf_crlf_or_a_lone_cr(string text, bool atEnd, int start, int length, int terminator)
    {
        Assert.Equal(LineStatus.Complete, LineScanner.TryReadLine(System.Text.Encoding.ASCII.GetBytes(text), 0, atEnd, out var line));
        Assert.Equal(new TextLine(start, length, terminator), line);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("abc\r")]
    [InlineData("")]
    public void A_line_without_its_end_needs_more_while_data_may_come(string text)
    {
        Assert.Equal(LineStatus.NeedMore, LineScanner.TryReadLine(System.Text.Encoding.ASCII.GetBytes(text), 0, atEnd: false, out _));
    }

    [Theory]
    [InlineData("Host: example.com", HeaderLineStatus.Ok, "Host", "example.com")]
    [InlineData("Host:\t  spaced ", HeaderLineStatus.Ok, "Host", "spaced ")]
    [InlineData("Empty:", HeaderLineStatus.Ok, "Empty", "")]
    [InlineData("no colon here", HeaderLineStatus.NoColon, "", "")]
    [InlineData(": value", HeaderLineStatus.EmptyName, "", "value")]
    [InlineData("Bad Name: v", HeaderLineStatus.InvalidNameCharacter, "Bad Name", "v")]
    public void A_header_line_splits_into_name_and_value_after_the_blanks(string text, HeaderLineStatus status, string name, string value)
    {
        var line = System.Text.Encoding.ASCII.GetBytes(text);
        Assert.Equal(status, HeaderLineParser.TryParse(line, out var header));
        if (status == HeaderLineStatus.NoColon)
            return;
        Assert.Equal(name, System.Text.Encoding.ASCII.GetString(header.Name(line)));
        Assert.Equal(value, System.Text.Encoding.ASCII.GetString(header.Value(line)));
    }

    private struct Collect : IHeaderVisitor
    {
        public List<string> Seen;
        public void OnHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
            => (Seen ??= []).Add(System.Text.Encoding.ASCII.GetString(name) + "=" + System.Text.Encoding.ASCII.GetString(value));
    }

    [Fact]
    public void A_header_block_ends_at_its_blank_line()
    {
        var text = "A: 1\r\nB: 2\r\n\r\nbody"u8;
        var visitor = new Collect();
        var block = HeaderBlockScanner.Scan(text, 0, atEnd: false, nonHeaderLineEndsBlock: false, ref visitor);
        Assert.Equal(new HeaderBlock(HeaderBlockStatus.Complete, HeaderBlockEnding.BlankLine, 14), block);
        Assert.Equal(["A=1", "B=2"], visitor.Seen);
    }

    [Fact]
    public void For_pots_without_a_blank_line_a_line_without_colon_starts_the_body()
    {
        var text = "Content-Type: message/coffeepot\r\nstart\r\n"u8;
        var visitor = new Collect();
        var block = HeaderBlockScanner.Scan(text, 0, atEnd: false, nonHeaderLineEndsBlock: true, ref visitor);
        Assert.Equal(new HeaderBlock(HeaderBlockStatus.Complete, HeaderBlockEnding.NonHeaderLine, 33), block);
    }

    [Fact]
    public void Chunk_sizes_are_hex_of_either_case_with_extensions_ignored()
    {
        var body = "a\r\n0123456789\r\nB;x=\"y\"\r\n0123456789a\r\n0\r\nT: 1\r\n\r\n"u8;
        var visitor = new ChunkedBodyScanner.NoVisitor();
        var result = ChunkedBodyScanner.Scan(body, atEnd: false, ref visitor);
        Assert.Equal(new ChunkedBody(ChunkedBodyStatus.Complete, body.Length, 21, 3), result);
    }

    [Fact]
    public void Every_prefix_of_a_chunked_body_needs_more()
    {
        var body = "5\r\nhello\r\n0\r\n\r\n"u8.ToArray();
        for (int length = 0; length < body.Length; length++)
        {
            var visitor = new ChunkedBodyScanner.NoVisitor();
            Assert.Equal(ChunkedBodyStatus.NeedMore, ChunkedBodyScanner.Scan(body.AsSpan(0, length), atEnd: false, ref visitor).Status);
        }
    }

    [Theory]
    [InlineData("Host: a\r\n", "Host: a\\r\\n")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("ctl\u0001x", "ctl\\001x")]
    [InlineData("caf\u00c3\u00a9", "caf\u00e9")]
    [InlineData("bad\u0080", "bad\ufffd")]
    public void Tree_lines_are_written_as_format_text_writes_them(string latin1, string expected)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(latin1);
        var chars = new char[DisplayText.MaxFormattedLength(bytes.Length)];
        Assert.Equal(expected, new string(chars, 0, DisplayText.FormatLine(bytes, chars)));
    }

    [Fact]
    public void Tree_lines_written_as_utf8_are_the_utf16_lines_encoded()
    {
        // FormatLineUtf8 feeds -V and PDML; FormatLine the Info column: the same text for any bytes, valid or not.
        // Bytes drawn mostly from the interesting ranges (controls, DEL, ASCII, UTF-8 lead and continuation bytes).
        var bytes = Gen.OneOf(
            Gen.Choose(0, 0x20), Gen.Choose(0x20, 0x7F), Gen.Choose(0x80, 0xFF))
            .Select(b => (byte)b);
        Prop.ForAll(Gen.ArrayOf(bytes).ToArbitrary(), line =>
        {
            var chars = new char[DisplayText.MaxFormattedLength(line.Length)];
            var expected = System.Text.Encoding.UTF8.GetBytes(chars, 0, DisplayText.FormatLine(line, chars));
            var utf8 = new byte[DisplayText.MaxFormattedLength(line.Length)];
            return utf8.AsSpan(0, DisplayText.FormatLineUtf8(line, utf8)).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Long_printable_runs_written_as_utf8_are_the_utf16_lines_encoded()
    {
        // FormatLineUtf8 copies printable ASCII 16 bytes at a time (the line's end by a load that overlaps what was
        // copied): lines of mostly printable text, of every length around 16 and 32, with a control byte, a UTF-8
        // character or an invalid byte here and there, each formatted into exactly the room the contract asks for.
        var bytes = Gen.Frequency(
            (40, Gen.Choose(0x20, 0x7E)), (1, Gen.Choose(0, 0x1F)),
            (1, Gen.Elements(0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xFF)))
            .Select(b => (byte)b);
        var lines = from length in Gen.Choose(0, 80)
                    from line in Gen.ArrayOf(bytes, length)
                    select line;
        Prop.ForAll(lines.ToArbitrary(), line =>
        {
            var chars = new char[DisplayText.MaxFormattedLength(line.Length)];
            var expected = System.Text.Encoding.UTF8.GetBytes(chars, 0, DisplayText.FormatLine(line, chars));
            var utf8 = new byte[DisplayText.MaxFormattedLength(line.Length)];
            return utf8.AsSpan(0, DisplayText.FormatLineUtf8(line, utf8)).SequenceEqual(expected);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Field_values_keep_ascii_stop_at_nul_and_replace_high_bytes()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("a\u00e9b\u0000hidden");
        var chars = new char[bytes.Length];
        Assert.Equal("a\ufffdb", new string(chars, 0, DisplayText.AsciiValue(bytes, chars)));
    }

    [Fact]
    public void Header_name_characters_are_letters_digits_and_wiresharks_token_marks_only()
    {
        // packet-http.c 4.0's is_token_char for header names: RFC 9110 tchar with backslash and colon, no apostrophe.
        const string marks = "!#$%&\\:*+-.^_`|~";
        for (int b = 0; b < 256; b++)
        {
            bool expected = b < 128 && (char.IsAsciiLetterOrDigit((char)b) || marks.Contains((char)b));
            Assert.True(expected == TextBytes.IsHeaderNameChar((byte)b), $"byte 0x{b:X2}");
            byte[] line = [(byte)'A', (byte)b, (byte)'b', (byte)':', (byte)' ', (byte)'v'];
            var status = HeaderLineParser.TryParse(line, out _);
            Assert.Equal(expected || b == ':' ? HeaderLineStatus.Ok : HeaderLineStatus.InvalidNameCharacter, status);
        }
    }
}
