namespace Sniffer.Dissectors.Filter.Syntax;

/// <summary>
/// One scanned token: its kind, its text as Wireshark shows it in messages (a string re-escaped and quoted),
/// where it is, and for strings and character constants the value.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, SourceSpan Span, byte[]? StringValue = null, ulong CharValue = 0, bool Raw = false);
