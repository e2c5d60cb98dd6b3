using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Htcpcp;

/// <summary>
/// Splits an Accept-Additions value (RFC 2324 §2.2.2.1, RFC 7168 §2.2.1) into addition names. Lists are
/// written with commas in the RFC and with semicolons by real clients ("Cream; Skim; Almond"); an item
/// holding '=' is a parameter of the addition before it ("Whole-milk;q=0.5"), not an addition.
/// </summary>
public static class HtcpcpAdditions
{
    public interface IVisitor
    {
        void OnAddition(int start, int length);
    }

    public static void Split<TVisitor>(ReadOnlySpan<byte> value, ref TVisitor visitor) where TVisitor : struct, IVisitor, allows ref struct
    {
        int position = 0;
        while (position < value.Length)
        {
            int separator = value[position..].IndexOfAny(TextBytes.Comma, TextBytes.Semicolon);
            int end = separator < 0 ? value.Length : position + separator;
            int itemStart = position, itemEnd = end;
            while (itemStart < itemEnd && TextBytes.IsBlank(value[itemStart]))
                itemStart++;
            while (itemEnd > itemStart && TextBytes.IsBlank(value[itemEnd - 1]))
                itemEnd--;
            if (itemEnd > itemStart && value[itemStart..itemEnd].IndexOf(TextBytes.EqualsSign) < 0)
                visitor.OnAddition(itemStart, itemEnd - itemStart);
            position = end + 1;
        }
    }
}
