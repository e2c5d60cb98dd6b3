using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// The header lines the framer read for the message it framed last (where each is, how it parsed, its field and role),
/// so the writer walks them instead of finding, parsing and looking up every line a second time. One per dissector:
/// the message that last started framing claims it (<see cref="Claim"/>); a message whose header block spanned frames
/// while another message claimed it in between finds it not its own (<see cref="IsFor"/>) and the writer reads its
/// lines again, as it always could.
/// </summary>
internal sealed class HttpHeaderLines
{
    internal struct Line
    {
        public TextLine Text;
        public HeaderLineStatus Status;
        public HeaderField Header;
        public FieldDef? Field;
        public HttpHeaderRole Role;
    }

    private Line[] _lines = new Line[32];
    private object? _owner;
    private int _direction;
    private int _messageStart;

    public int Count { get; private set; }

    public ReadOnlySpan<Line> Lines => _lines.AsSpan(0, Count);

    /// <summary>Where the blank line that ended the block starts (-1 before it was read).</summary>
    public int BlankLineStart { get; private set; } = -1;

    public TextLine BlankLine { get; private set; }

    /// <summary>A new message of <paramref name="owner"/>'s <paramref name="direction"/> starts framing: the lines are its from now on.</summary>
    public void Claim(object owner, int direction)
    {
        _owner = owner;
        _direction = direction;
        _messageStart = -1;
        Count = 0;
        BlankLineStart = -1;
    }

    /// <summary>Whether the lines are the ones of the message at <paramref name="messageStart"/> in that direction.</summary>
    public bool IsFor(object owner, int direction, int messageStart)
        => ReferenceEquals(_owner, owner) && _direction == direction && _messageStart == messageStart;

    public void Add(object owner, int direction, int messageStart, TextLine text, HeaderLineStatus status, HeaderField header,
        FieldDef? field, HttpHeaderRole role)
    {
        if (!ReferenceEquals(_owner, owner) || _direction != direction)
            return; // claimed by another message since: not this one's any more
        if (Count == 0)
            _messageStart = messageStart;
        else if (_messageStart != messageStart)
            return;
        if (Count == _lines.Length)
            Array.Resize(ref _lines, _lines.Length * 2);
        _lines[Count++] = new Line { Text = text, Status = status, Header = header, Field = field, Role = role };
    }

    public void EndWithBlankLine(object owner, int direction, int messageStart, TextLine blank)
    {
        if (!ReferenceEquals(_owner, owner) || _direction != direction)
            return;
        if (Count == 0)
            _messageStart = messageStart;
        else if (_messageStart != messageStart)
            return;
        BlankLineStart = blank.Start;
        BlankLine = blank;
    }
}
