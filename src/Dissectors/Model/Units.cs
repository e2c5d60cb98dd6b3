namespace Sniffer.Dissectors.Model;

/// <summary>A unit shown after a number in the tree, singular for 1 ("1 byte", "20 bytes"), as Wireshark's unit_name_string.</summary>
public sealed record Units(string Singular, string Plural)
{
    public static readonly Units Bytes = new(" byte", " bytes");
    public static readonly Units Seconds = new(" second", " seconds");

    public string For(ulong value) => value == 1 ? Singular : Plural;
}
