using System.CommandLine.Parsing;
using Sniffer.Output;

namespace Sniffer.Commands;

/// <summary>tshark's -N value: its letters, refused in tshark's words at the first it does not know.</summary>
internal static class NameResolutionOption
{
    public static string? Parse(ArgumentResult r)
    {
        string text = TsharkOptionValues.Text(r);
        if (NameResolver.TryParse(text, out _, out char unknown))
            return text;
        r.AddError($"-N specifies unknown resolving option '{unknown}'; valid options are d, m, n, N, t and v\n"
            + "m MAC addresses, n network addresses (Wireshark's hosts files), N with the system resolver, t ports, d names from captured DNS, v VLAN IDs");
        return null;
    }
}
