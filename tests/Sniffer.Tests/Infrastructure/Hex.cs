namespace Sniffer.Tests.Infrastructure;

/// <summary>Byte fixtures written as hex, as tshark -x or tcpdump -X print them (spaces and newlines ignored).</summary>
public static class Hex
{
    public static byte[] Parse(string hex)
    {
        var clean = new System.Text.StringBuilder(hex.Length);
        foreach (char c in hex)
            if (Uri.IsHexDigit(c))
                clean.Append(c);
        return Convert.FromHexString(clean.ToString());
    }
}
