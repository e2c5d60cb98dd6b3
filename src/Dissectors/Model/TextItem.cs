namespace Sniffer.Dissectors.Model;

/// <summary>
/// Wireshark's text-only tree item (hf_text_only, filter name "text"): a line shown in the tree with no field
/// of its own, such as an HTTP request line or the blank line after the headers. Its node carries the text.
/// </summary>
public static class TextItem
{
    public static readonly FieldDef Field = new("text", "Text item", FieldType.None);
}
