using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Frames;

/// <summary>
/// The frame item's texts that are the same from frame to frame but for the number (the lengths and the interface): made
/// as UTF-8 once for each of the last few lengths and interfaces seen, then copied. One instance per dissector (not thread-safe); its
/// buffers grow to the longest texts and are reused, so a change of length costs a format, not an allocation.
/// </summary>
internal sealed class FrameTexts
{
    // The texts of the last few lengths seen (a data segment's and an ACK's alternate), replaced in turn.
    private readonly Entry[] _entries = [new(), new(), new(), new()];
    private Entry _current;
    private int _next;

    public FrameTexts() => _current = _entries[0];

    public ReadOnlySpan<byte> TitleTail => _current.TitleTail;
    public ReadOnlySpan<byte> FrameLength => _current.FrameLength;
    public ReadOnlySpan<byte> CaptureLength => _current.CaptureLength;
    public ReadOnlySpan<byte> InterfaceValue => _current.InterfaceValue;
    public ReadOnlySpan<byte> InterfaceName => _current.InterfaceName;

    /// <summary>Makes the texts for <paramref name="frame"/> current (made only when none of the entries has them).</summary>
    public void For(in Frame frame)
    {
        foreach (var entry in _entries)
        {
            if (entry.Matches(frame))
            {
                _current = entry;
                return;
            }
        }
        _current = _entries[_next];
        _next = (_next + 1) % _entries.Length;
        _current.Make(frame);
    }

    private sealed class Entry
    {
        private bool _valid;
        private int _originalLength;
        private int _capturedLength;
        private InterfaceInfo? _interface;
        private int _interfaceId;
        private bool _interfaceDescribed;

        private byte[] _bytes = new byte[512];
        // Where each text lies in _bytes: the title after the number (": … bits) on interface …"), the two length items,
        // the interface id's value ("0 (lo)") and name.
        private int _tailLength, _frameLengthEnd, _captureLengthEnd, _interfaceValueEnd, _interfaceNameEnd;

        public ReadOnlySpan<byte> TitleTail => _bytes.AsSpan(0, _tailLength);
        public ReadOnlySpan<byte> FrameLength => _bytes.AsSpan(_tailLength, _frameLengthEnd - _tailLength);
        public ReadOnlySpan<byte> CaptureLength => _bytes.AsSpan(_frameLengthEnd, _captureLengthEnd - _frameLengthEnd);
        public ReadOnlySpan<byte> InterfaceValue => _bytes.AsSpan(_captureLengthEnd, _interfaceValueEnd - _captureLengthEnd);
        public ReadOnlySpan<byte> InterfaceName => _bytes.AsSpan(_interfaceValueEnd, _interfaceNameEnd - _interfaceValueEnd);

        public bool Matches(in Frame frame) => _valid && frame.OriginalLength == _originalLength && frame.Data.Length == _capturedLength
            && frame.InterfaceId == _interfaceId && ReferenceEquals(frame.Interface, _interface) && frame.InterfaceDescribed == _interfaceDescribed;

        public void Make(in Frame frame)
        {
            int captured = frame.Data.Length;
            // tshark names an interface without if_name by its description, else "unknown".
            string name = frame.Interface?.Name ?? frame.Interface?.Description ?? "unknown";
            int room = 256 + 9 * name.Length;
            if (_bytes.Length < room)
                _bytes = new byte[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)room)];
            var text = _bytes.AsSpan();
            int n = 0;
            Write(text, ref n, ": "u8);
            Bytes(text, ref n, frame.OriginalLength);
            Write(text, ref n, " on wire ("u8);
            Write(text, ref n, frame.OriginalLength * 8L);
            Write(text, ref n, " bits), "u8);
            Bytes(text, ref n, captured);
            Write(text, ref n, " captured ("u8);
            Write(text, ref n, captured * 8L);
            Write(text, ref n, " bits)"u8);
            if (frame.InterfaceDescribed)
            {
                Write(text, ref n, " on interface "u8);
                n += Utf8Narrowing.Encode(name, text[n..]);
                Write(text, ref n, ", id "u8);
                Write(text, ref n, frame.InterfaceId);
            }
            _tailLength = n;
            Length(text, ref n, "Frame Length: "u8, frame.OriginalLength);
            _frameLengthEnd = n;
            Length(text, ref n, "Capture Length: "u8, captured);
            _captureLengthEnd = n;
            Write(text, ref n, frame.InterfaceId);
            Write(text, ref n, " ("u8);
            n += Utf8Narrowing.Encode(name, text[n..]);
            Write(text, ref n, ")"u8);
            _interfaceValueEnd = n;
            n += Utf8Narrowing.Encode(name, text[n..]);
            _interfaceNameEnd = n;

            _valid = true;
            _originalLength = frame.OriginalLength;
            _capturedLength = captured;
            _interface = frame.Interface;
            _interfaceId = frame.InterfaceId;
            _interfaceDescribed = frame.InterfaceDescribed;
        }

        private static void Length(Span<byte> text, ref int n, ReadOnlySpan<byte> label, int bytes)
        {
            Write(text, ref n, label);
            Bytes(text, ref n, bytes);
            Write(text, ref n, " ("u8);
            Write(text, ref n, bytes * 8L);
            Write(text, ref n, " bits)"u8);
        }

        private static void Bytes(Span<byte> text, ref int n, long count)
        {
            Write(text, ref n, count);
            Write(text, ref n, count == 1 ? " byte"u8 : " bytes"u8);
        }

        private static void Write(Span<byte> text, ref int n, ReadOnlySpan<byte> s)
        {
            s.CopyTo(text[n..]);
            n += s.Length;
        }

        /// <summary>Plain decimal digits, no culture lookup.</summary>
        internal static void Write(Span<byte> text, ref int n, long value)
        {
            System.Buffers.Text.Utf8Formatter.TryFormat(value, text[n..], out int w);
            n += w;
        }
    }

    /// <summary>Plain decimal digits, no culture lookup.</summary>
    public static void Write(Span<byte> text, ref int n, long value) => Entry.Write(text, ref n, value);
}
