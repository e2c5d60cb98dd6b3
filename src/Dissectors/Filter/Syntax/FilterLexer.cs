using System.Text;
using System.Text.RegularExpressions;

namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// Wireshark 4.0's display-filter scanner (epan/dfilter/scanner.l), rule for rule: the longest match wins and ties
/// go to the rule listed first; '#' starts a layer, '[' a slice range; strings and character constants take C
/// escapes. It keeps flex's notion of "the current location" (the last piece matched), which is what tshark
/// underlines when the scanner refuses something. Works on the UTF-8 bytes, as tshark does.
/// </summary>
internal sealed class FilterLexer
{
    private enum State : byte { Initial, Layer, Range }

    /// <summary>The fixed tokens in scanner.l's order (earlier wins a tie).</summary>
    private static readonly (string Text, TokenKind Kind)[] Fixed =
    [
        ("(", TokenKind.LParen), (")", TokenKind.RParen), (",", TokenKind.Comma), ("{", TokenKind.LBrace), ("..", TokenKind.DotDot),
        ("}", TokenKind.RBrace), ("$", TokenKind.Dollar), ("any", TokenKind.Any), ("all", TokenKind.All),
        ("==", TokenKind.AnyEq), ("eq", TokenKind.AnyEq), ("any_eq", TokenKind.AnyEq), ("!=", TokenKind.AllNe), ("ne", TokenKind.AllNe),
        ("all_ne", TokenKind.AllNe), ("===", TokenKind.AllEq), ("all_eq", TokenKind.AllEq), ("!==", TokenKind.AnyNe), ("~=", TokenKind.AnyNe),
        ("any_ne", TokenKind.AnyNe), (">", TokenKind.Gt), ("gt", TokenKind.Gt), (">=", TokenKind.Ge), ("ge", TokenKind.Ge),
        ("<", TokenKind.Lt), ("lt", TokenKind.Lt), ("<=", TokenKind.Le), ("le", TokenKind.Le), ("contains", TokenKind.Contains),
        ("~", TokenKind.Matches), ("matches", TokenKind.Matches), ("!", TokenKind.Not), ("not", TokenKind.Not), ("&&", TokenKind.And),
        ("and", TokenKind.And), ("||", TokenKind.Or), ("or", TokenKind.Or), ("in", TokenKind.In),
        ("+", TokenKind.Plus), ("-", TokenKind.Minus), ("*", TokenKind.Star), ("/", TokenKind.Slash), ("%", TokenKind.Percent),
        ("&", TokenKind.BitwiseAnd), ("bitwise_and", TokenKind.BitwiseAnd), ("#", TokenKind.Hash), ("[", TokenKind.LBracket),
    ];

    private const string H16 = "[0-9A-Fa-f]{1,4}";
    private const string DecOctet = "(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])";
    private const string V4 = DecOctet + @"\." + DecOctet + @"\." + DecOctet + @"\." + DecOctet;
    private const string Ls32 = "(?:" + H16 + ":" + H16 + "|" + V4 + ")";
    private static readonly Regex Ipv6Token = new(
        "^(?:(?:" + H16 + ":){6}" + Ls32
        + "|::(?:" + H16 + ":){5}" + Ls32
        + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + Ls32
        + "|(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + Ls32
        + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + Ls32
        + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + Ls32
        + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + Ls32
        + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
        + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::"
        + @")(?:/[0-9]{1,3})?$", RegexOptions.CultureInvariant);

    private readonly byte[] _s;
    private readonly Func<string, bool> _isField;
    private int _pos;
    private State _state;
    private int _locStart;
    private int _locLength;

    /// <param name="text">The filter's UTF-8 bytes.</param>
    /// <param name="isField">Whether a name is a field or protocol (a ".name" token must be one).</param>
    public FilterLexer(byte[] text, Func<string, bool> isField)
    {
        _s = text;
        _isField = isField;
    }

    private SourceSpan Location => new(_locStart, _locLength);

    private void Update(int length)
    {
        _locStart += _locLength;
        _locLength = length;
    }

    private FilterSyntaxException Fail(string message) => new(message, Location);

    /// <summary>The next token; <see cref="TokenKind.End"/> at the end of the text. Throws what the scanner refuses.</summary>
    public Token Next()
    {
        while (true)
        {
            switch (_state)
            {
                case State.Layer:
                    return NextInLayer();
                case State.Range:
                    return NextInRange();
            }
            if (_pos >= _s.Length)
                return new Token(TokenKind.End, "", SourceSpan.None);
            int ws = 0;
            while (_pos + ws < _s.Length && _s[_pos + ws] is (byte)' ' or (byte)'\t' or (byte)'\n')
                ws++;
            if (ws > 0)
            {
                Update(ws);
                _pos += ws;
                continue;
            }
            return NextInInitial();
        }
    }

    private Token NextInInitial()
    {
        int bestLength = 0;
        int bestRule = int.MaxValue;
        void Consider(int length, int rule)
        {
            if (length > bestLength || (length == bestLength && length > 0 && rule < bestRule))
            {
                bestLength = length;
                bestRule = rule;
            }
        }
        for (int i = 0; i < Fixed.Length; i++)
            if (Matches(Fixed[i].Text))
                Consider(Fixed[i].Text.Length, i);
        int r = Fixed.Length;
        const int RuleString = 0, RuleChar = 1, RuleMac = 2, RuleIpv4 = 3, RuleIpv6 = 4, RuleBytes = 5, RuleColonHex = 6, RuleIdentifier = 7;
        Consider(StringStartLength(), r + RuleString);
        Consider(At(_pos) == '\'' ? 1 : 0, r + RuleChar);
        Consider(MacLength(), r + RuleMac);
        Consider(Ipv4Length(), r + RuleIpv4);
        Consider(Ipv6Length(), r + RuleIpv6);
        Consider(BytesLength(), r + RuleBytes);
        Consider(ColonHexLength(), r + RuleColonHex);
        Consider(IdentifierLength(), r + RuleIdentifier);

        if (bestLength == 0)
        {
            // The default rule: one byte nothing else takes.
            Update(1);
            byte b = _s[_pos];
            throw Fail(b is >= 0x20 and < 0x7f
                ? $"\"{(char)b}\" was unexpected in this context."
                : "Non-printable ASCII characters may only appear inside double-quotes.");
        }

        int start = _pos;
        string text = Text(start, bestLength);
        if (bestRule < Fixed.Length)
        {
            var kind = Fixed[bestRule].Kind;
            Update(bestLength);
            _pos += bestLength;
            if (kind == TokenKind.Hash)
                _state = State.Layer;
            else if (kind == TokenKind.LBracket)
                _state = State.Range;
            return new Token(kind, text, Location);
        }
        switch (bestRule - r)
        {
            case RuleString:
                return ReadString(bestLength == 2);
            case RuleChar:
                return ReadCharConst();
            case RuleBytes:
            case RuleColonHex:
                Update(bestLength);
                _pos += bestLength;
                return new Token(text.StartsWith(':') ? TokenKind.Literal : TokenKind.Unparsed, text, Location);
            case RuleIdentifier when text.StartsWith('.'):
            {
                Update(bestLength);
                _pos += bestLength;
                string name = text[1..];
                if (!_isField(name))
                    throw Fail($"\"{name}\" is not a valid protocol or protocol field.");
                return new Token(TokenKind.Field, name, Location);
            }
            default:
                Update(bestLength);
                _pos += bestLength;
                return new Token(TokenKind.Unparsed, text, Location);
        }
    }

    private Token NextInLayer()
    {
        if (_pos >= _s.Length)
            return new Token(TokenKind.End, "", SourceSpan.None);
        int digits = 0;
        while (_pos + digits < _s.Length && IsDigit(_s[_pos + digits]))
            digits++;
        if (digits > 0)
        {
            _state = State.Initial;
            Update(digits);
            string text = Text(_pos, digits);
            _pos += digits;
            return new Token(TokenKind.Integer, text, Location);
        }
        if (_s[_pos] == '[')
        {
            _state = State.Range;
            Update(1);
            _pos++;
            return new Token(TokenKind.LBracket, "[", Location);
        }
        Update(1);
        throw Fail($"Expected digit or \"[\", not \"{Text(_pos, 1)}\"");
    }

    private Token NextInRange()
    {
        if (_pos >= _s.Length)
        {
            Update(0);
            throw Fail("The right bracket was missing from a slice.");
        }
        byte c = _s[_pos];
        if (c == ',')
        {
            Update(1);
            _pos++;
            return new Token(TokenKind.Comma, ",", Location);
        }
        if (c == ']')
        {
            _state = State.Initial;
            Update(1);
            _pos++;
            return new Token(TokenKind.RBracket, "]", Location);
        }
        int n = 0;
        while (_pos + n < _s.Length && _s[_pos + n] is not (byte)']' and not (byte)',')
            n++;
        Update(n);
        string text = Text(_pos, n);
        _pos += n;
        return new Token(TokenKind.RangeNode, text, Location);
    }

    private Token ReadString(bool raw)
    {
        int quoteLength = raw ? 2 : 1;
        Update(quoteLength);
        _pos += quoteLength;
        int stringStart = _locStart;
        int stringLength = _locLength;
        var value = new List<byte>();
        void Piece(int length)
        {
            stringLength += length;
            Update(length);
            _pos += length;
        }
        while (true)
        {
            if (_pos >= _s.Length)
            {
                Piece(0);
                throw Fail("The final quote was missing from a quoted string.");
            }
            byte c = _s[_pos];
            if (c == '"')
            {
                Piece(1);
                var bytes = value.ToArray();
                return new Token(TokenKind.String, Escape(bytes), new SourceSpan(stringStart, stringLength), bytes, 0, raw);
            }
            if (c != '\\')
            {
                int n = 0;
                while (_pos + n < _s.Length && _s[_pos + n] is not (byte)'\\' and not (byte)'"')
                    n++;
                for (int i = 0; i < n; i++)
                    value.Add(_s[_pos + i]);
                Piece(n);
                continue;
            }
            // A backslash sequence; the longest of scanner.l's escape rules.
            byte next = _pos + 1 < _s.Length ? _s[_pos + 1] : (byte)0;
            if (_pos + 1 >= _s.Length || next == '\n')
            {
                // No rule matches a lone backslash: flex's default rule echoes it and it is lost.
                _pos++;
                continue;
            }
            int len;
            string piece;
            if (next is >= (byte)'0' and <= (byte)'7')
            {
                len = 2;
                while (len < 4 && _pos + len < _s.Length && _s[_pos + len] is >= (byte)'0' and <= (byte)'7')
                    len++;
                piece = Text(_pos, len);
                Piece(len);
                if (raw)
                {
                    AddAscii(value, piece);
                    continue;
                }
                int octal = Convert.ToInt32(piece[1..], 8);
                if (octal > 0xff)
                    throw Fail($"{piece} is larger than 255.");
                value.Add((byte)octal);
                continue;
            }
            if (next == 'x' && _pos + 2 < _s.Length && IsHex(_s[_pos + 2]))
            {
                len = 3;
                if (_pos + 3 < _s.Length && IsHex(_s[_pos + 3]))
                    len = 4;
                piece = Text(_pos, len);
                Piece(len);
                if (raw)
                    AddAscii(value, piece);
                else
                    value.Add(Convert.ToByte(piece[2..], 16));
                continue;
            }
            if (next is (byte)'u' or (byte)'U')
            {
                int max = next == 'u' ? 4 : 8;
                len = 2;
                while (len < 2 + max && _pos + len < _s.Length && IsHex(_s[_pos + len]))
                    len++;
                piece = Text(_pos, len);
                Piece(len);
                if (raw)
                {
                    AddAscii(value, piece);
                    continue;
                }
                if (!TryUniversalCharacterName(piece, 0, out uint code, out _))
                    throw Fail($"{piece} is not a valid universal character name");
                value.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)code)));
                continue;
            }
            piece = Text(_pos, 2);
            Piece(2);
            if (raw)
            {
                value.Add((byte)'\\');
                value.Add(next);
                continue;
            }
            byte escaped = next switch
            {
                (byte)'a' => 7,
                (byte)'b' => 8,
                (byte)'f' => 12,
                (byte)'n' => 10,
                (byte)'r' => 13,
                (byte)'t' => 9,
                (byte)'v' => 11,
                (byte)'\\' or (byte)'\'' or (byte)'"' => next,
                _ => throw Fail($"\\{Text(_pos - 1, 1)} is not a valid character escape sequence"),
            };
            value.Add(escaped);
        }
    }

    private Token ReadCharConst()
    {
        Update(1);
        _pos++;
        int start = _locStart;
        int length = _locLength;
        var quoted = new StringBuilder("'");
        void Piece(int n)
        {
            length += n;
            Update(n);
            quoted.Append(Text(_pos, n));
            _pos += n;
        }
        while (true)
        {
            if (_pos >= _s.Length)
            {
                length += 0;
                Update(0);
                throw Fail("The final quote was missing from a character constant.");
            }
            byte c = _s[_pos];
            if (c == '\'')
            {
                length += 1;
                Update(1);
                _pos++;
                quoted.Append('\'');
                string text = quoted.ToString();
                var span = new SourceSpan(start, length);
                ulong value = ParseCharConst(text, span);
                return new Token(TokenKind.CharConst, text, span, null, value);
            }
            if (c == '\\')
            {
                if (_pos + 1 >= _s.Length || _s[_pos + 1] == '\n')
                {
                    _pos++;
                    continue;
                }
                Piece(2);
                continue;
            }
            int n = 0;
            while (_pos + n < _s.Length && _s[_pos + n] is not (byte)'\\' and not (byte)'\'')
                n++;
            Piece(n);
        }
    }

    /// <summary>scanner.l parse_charconst, including 4.0's refusal of '\n' (its 'n' case does not advance).</summary>
    private static ulong ParseCharConst(string s, SourceSpan span)
    {
        FilterSyntaxException Error(string message) => new(message, span);
        int cp = 1;
        char At(int i) => i < s.Length ? s[i] : '\0';
        if (At(cp) == '\'')
            throw Error("Empty character constant.");
        ulong value;
        if (At(cp) == '\\')
        {
            cp++;
            switch (At(cp))
            {
                case '\0':
                    throw Error($"{s} isn't a valid character constant.");
                case 'a': value = 7; cp++; break;
                case 'b': value = 8; cp++; break;
                case 'f': value = 12; cp++; break;
                case 'n': value = 10; break;
                case 'r': value = 13; cp++; break;
                case 't': value = 9; cp++; break;
                case 'v': value = 11; cp++; break;
                case '\'': value = '\''; cp++; break;
                case '\\': value = '\\'; cp++; break;
                case '"': value = '"'; cp++; break;
                case 'x':
                {
                    cp++;
                    int d = HexValue(At(cp));
                    if (d < 0)
                        throw Error($"{s} isn't a valid character constant.");
                    value = (ulong)d;
                    cp++;
                    if (At(cp) != '\'')
                    {
                        d = HexValue(At(cp));
                        if (d < 0)
                            throw Error($"{s} isn't a valid character constant.");
                        value = value << 4 | (uint)d;
                        cp++;
                    }
                    break;
                }
                case 'u':
                case 'U':
                    if (!TryUniversalCharacterName(s, 1, out uint code, out int end))
                        throw Error($"{s} is not a valid universal character name");
                    value = code;
                    cp = end;
                    break;
                default:
                {
                    char d = At(cp);
                    if (d is < '0' or > '7')
                        throw Error($"{s} isn't a valid character constant.");
                    value = (ulong)(d - '0');
                    if (At(cp + 1) != '\'')
                    {
                        cp++;
                        d = At(cp);
                        if (d is < '0' or > '7')
                            throw Error($"{s} isn't a valid character constant.");
                        value = value << 3 | (uint)(d - '0');
                        if (At(cp + 1) != '\'')
                        {
                            cp++;
                            d = At(cp);
                            if (d is < '0' or > '7')
                                throw Error($"{s} isn't a valid character constant.");
                            value = value << 3 | (uint)(d - '0');
                        }
                    }
                    if (value > 0xFF)
                        throw Error($"{s} is too large to be a valid character constant.");
                    cp++;
                    break;
                }
            }
        }
        else
        {
            value = At(cp++);
            if (value is < 0x20 or >= 0x7f)
                throw Error($"Non-printable value '0x{value:x2}' in character constant.");
        }
        if (At(cp) != '\'' || cp + 1 != s.Length)
            throw Error($"{s} is too long to be a valid character constant.");
        return value;
    }

    /// <summary>parse_universal_character_name: exactly 4 (\u) or 8 (\U) hex digits, a code point C allows.</summary>
    private static bool TryUniversalCharacterName(string s, int at, out uint code, out int end)
    {
        code = 0;
        end = at;
        if (at + 1 >= s.Length || s[at] != '\\')
            return false;
        int digits = s[at + 1] switch { 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || at + 2 + digits > s.Length)
            return false;
        ulong value = 0;
        for (int i = 0; i < digits; i++)
        {
            int d = HexValue(s[at + 2 + i]);
            if (d < 0)
                return false;
            value = value << 4 | (uint)d;
        }
        // strtoull reads on past the required digits while they are hex.
        int p = at + 2 + digits;
        while (p < s.Length && HexValue(s[p]) >= 0)
        {
            value = value << 4 | (uint)HexValue(s[p]);
            if (value > uint.MaxValue)
                return false;
            p++;
        }
        if (value < 0xA0 && value != 0x24 && value != 0x40 && value != 0x60)
            return false;
        if (value is >= 0xD800 and <= 0xDFFF || value > 0x10FFFF)
            return false;
        code = (uint)value;
        end = p;
        return true;
    }

    /// <summary>ws_escape_string with quotes: how a string token is shown in messages.</summary>
    public static string Escape(ReadOnlySpan<byte> value)
    {
        var bytes = new List<byte>(value.Length + 2) { (byte)'"' };
        foreach (byte b in value)
        {
            char r = b switch
            {
                7 => 'a', 8 => 'b', 12 => 'f', 10 => 'n', 13 => 'r', 9 => 't', 11 => 'v',
                (byte)'"' => '"', (byte)'\\' => '\\', 0 => '0', _ => '\0',
            };
            if (r != '\0')
            {
                bytes.Add((byte)'\\');
                bytes.Add((byte)r);
            }
            else
            {
                bytes.Add(b);
            }
        }
        bytes.Add((byte)'"');
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    // ---- rule lengths at the current position ---------------------------------------------------

    private int At(int i) => i < _s.Length ? _s[i] : -1;

    private bool Matches(string text)
    {
        if (_pos + text.Length > _s.Length)
            return false;
        for (int i = 0; i < text.Length; i++)
            if (_s[_pos + i] != text[i])
                return false;
        return true;
    }

    private int StringStartLength()
    {
        if (At(_pos) == '"')
            return 1;
        if ((At(_pos) == 'r' || At(_pos) == 'R') && At(_pos + 1) == '"')
            return 2;
        return 0;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';
    private static bool IsHex(int c) => HexValue((char)Math.Max(0, c)) >= 0;
    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
    private static bool IsAlnum(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    private static bool IsWordChar(int c) => IsAlnum(c) || c == '_' || c == '-';

    private bool Hex2(int at) => IsHex(At(at)) && IsHex(At(at + 1));

    private int MacLength()
    {
        int best = 0;
        foreach (char sep in ":-.")
        {
            bool ok = true;
            for (int g = 0; g < 6 && ok; g++)
                ok = Hex2(_pos + g * 3) && (g == 5 || At(_pos + g * 3 + 2) == sep);
            if (ok)
                best = 17;
        }
        bool quad = true;
        for (int g = 0; g < 3 && quad; g++)
        {
            int at = _pos + g * 5;
            quad = Hex2(at) && Hex2(at + 2) && (g == 2 || At(at + 4) == '.');
        }
        return quad ? Math.Max(best, 14) : best;
    }

    private int Ipv4Length()
    {
        var ends = new HashSet<int> { _pos };
        for (int part = 0; part < 4; part++)
        {
            var next = new HashSet<int>();
            foreach (int p in ends)
            {
                int start = part == 0 ? p : p + 1;
                if (part > 0 && At(p) != '.')
                    continue;
                foreach (int len in OctetLengths(start))
                    next.Add(start + len);
            }
            ends = next;
            if (ends.Count == 0)
                return 0;
        }
        int best = 0;
        foreach (int e in ends)
        {
            best = Math.Max(best, e - _pos);
            if (At(e) == '/' && IsDigit(At(e + 1)))
                best = Math.Max(best, e - _pos + (IsDigit(At(e + 2)) ? 3 : 2));
        }
        return best;
    }

    private IEnumerable<int> OctetLengths(int at)
    {
        int c0 = At(at), c1 = At(at + 1), c2 = At(at + 2);
        if (IsDigit(c0))
            yield return 1;
        if (c0 is >= '1' and <= '9' && IsDigit(c1))
            yield return 2;
        if ((c0 == '1' && IsDigit(c1) && IsDigit(c2)) || (c0 == '2' && c1 is >= '0' and <= '4' && IsDigit(c2)) || (c0 == '2' && c1 == '5' && c2 is >= '0' and <= '5'))
            yield return 3;
    }

    private int Ipv6Length()
    {
        int max = 0;
        while (_pos + max < _s.Length && max < 50 && (IsHex(_s[_pos + max]) || _s[_pos + max] is (byte)':' or (byte)'.' or (byte)'/'))
            max++;
        if (max < 2)
            return 0;
        string candidate = Text(_pos, max);
        for (int len = max; len >= 2; len--)
            if (Ipv6Token.IsMatch(candidate.AsSpan(0, len)))
                return len;
        return 0;
    }

    private int BytesLength()
    {
        int lead = At(_pos) == ':' ? 1 : 0;
        int best = 0;
        foreach (char sep in ":.-")
        {
            int p = _pos + lead;
            if (!Hex2(p))
                continue;
            int end = p + 2;
            int groups = 0;
            while (At(end) == sep && Hex2(end + 1))
            {
                end += 3;
                groups++;
            }
            if (groups > 0)
                best = Math.Max(best, end - _pos);
        }
        return best;
    }

    private int ColonHexLength()
    {
        if (At(_pos) != ':')
            return 0;
        int n = 1;
        while (IsHex(At(_pos + n)))
            n++;
        return n > 1 ? n : 0;
    }

    private int IdentifierLength()
    {
        int p = _pos;
        if (At(p) == '.')
            p++;
        if (!(IsAlnum(At(p)) || At(p) == '_'))
            return 0;
        p++;
        while (IsWordChar(At(p)))
            p++;
        while (At(p) == '.' && IsWordChar(At(p + 1)))
        {
            p += 2;
            while (IsWordChar(At(p)))
                p++;
        }
        return p - _pos;
    }

    private string Text(int start, int length) => Encoding.UTF8.GetString(_s, start, length);

    private static void AddAscii(List<byte> value, string piece)
    {
        foreach (char ch in piece)
            value.Add((byte)ch);
    }
}
