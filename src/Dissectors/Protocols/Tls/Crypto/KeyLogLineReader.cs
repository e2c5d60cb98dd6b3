namespace Sniffer.Dissectors.Protocols.Tls.Crypto;

/// <summary>
/// Cuts a key log byte stream, fed in chunks of any size, into lines and hands each to its <see cref="KeyLog"/>.
/// A line is held in a fixed buffer; one longer than <see cref="MaxLineLength"/> is reported and skipped, so a
/// file with no newlines cannot make the reader grow.
/// </summary>
internal sealed class KeyLogLineReader
{
    /// <summary>The longest valid line is about 200 bytes; this leaves room for generous spacing.</summary>
    public const int MaxLineLength = 1024;

    private const byte Lf = (byte)'\n';

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly KeyLog _target;
    private readonly string _source;
    private readonly byte[] _line = new byte[MaxLineLength];
    private int _lineLength;
    private bool _lineTooLong;
    private int _lineNumber = 1;

    public KeyLogLineReader(KeyLog target, string source)
    {
        _target = target;
        _source = source;
    }

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        // Text key logs hold no control characters but TAB, LF and CR: anything else marks binary data.
        if (chunk.IndexOfAnyInRange((byte)0x00, (byte)0x08) >= 0 || chunk.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) >= 0
            || chunk.IndexOfAny((byte)0x0B, (byte)0x0C, (byte)0x7F) >= 0)
            _target.BinaryByteCount++;
        while (!chunk.IsEmpty)
        {
            int lf = chunk.IndexOf(Lf);
            var piece = lf < 0 ? chunk : chunk[..lf];
            Append(piece);
            if (lf < 0)
                return;
            EndLine();
            chunk = chunk[(lf + 1)..];
        }
    }

    /// <summary>Ends the last line if the input did not end with a newline, and wipes the line buffer.</summary>
    public void Finish()
    {
        if (_lineLength > 0 || _lineTooLong)
            EndLine();
        Array.Clear(_line);
    }

    private void Append(ReadOnlySpan<byte> piece)
    {
        if (_lineTooLong)
            return;
        if (_lineLength + piece.Length > _line.Length)
        {
            _lineTooLong = true;
            return;
        }
        piece.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += piece.Length;
    }

    private void EndLine()
    {
        if (_lineTooLong)
            _target.AddProblem(new KeyLogProblem(_source, _lineNumber, KeyLogLineError.LineTooLong));
        else
        {
            var line = _line.AsSpan(0, _lineLength);
            if (_lineNumber == 1 && line.StartsWith(Utf8Bom))
                line = line[Utf8Bom.Length..];
            _target.AddLine(line, _source, _lineNumber);
        }
        _lineNumber++;
        _lineLength = 0;
        _lineTooLong = false;
    }
}
