namespace Sniffer.Commands;

/// <summary>
/// tshark's command line with only the program name changed: <c>sniffer -r FILE …</c> is <c>sniffer read -r FILE …</c>,
/// <c>sniffer -i IF …</c> (or any other capture line) is <c>sniffer capture …</c>, <c>sniffer -D</c> is
/// <c>sniffer interfaces</c> and <c>sniffer -L -i IF</c> is <c>sniffer interfaces -L -i IF</c>. A line that starts
/// with a sub-command, or only asks for help or the version, is left as it is.
/// </summary>
internal static class TsharkInvocation
{
    /// <summary>tshark's options that take a value (getopt's "X:"): the token after them is that value, never an option.</summary>
    private const string ValueLetters = "abBcCdeEfFgGhHiIjJkKMoOrRsStTuwXyYzN";

    /// <summary>tshark's options without a value that may share a token with others (getopt bundling: -nr FILE).</summary>
    private const string FlagLetters = "2lnqQpPIVxDLvUgW";

    /// <summary>The argument list as a sub-command sees it.</summary>
    public static string[] Rewrite(string[] args)
    {
        if (args.Length == 0 || !args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-?" or "/?" or "--version" or "-G")
            return args;
        if (args is ["-v"])
            return ["--version"];
        bool read = false, listInterfaces = false, listLinkTypes = false;
        for (int i = 0; i < args.Length; i++)
        {
            string token = args[i];
            if (token == "--")
                break;
            if (token.StartsWith("--", StringComparison.Ordinal))
            {
                if (token is "--read-file" || token.StartsWith("--read-file=", StringComparison.Ordinal))
                    read = true;
                else if (token is "--list-interfaces")
                    listInterfaces = true;
                else if (token is "--list-data-link-types")
                    listLinkTypes = true;
                if (LongOptionTakesValue(token))
                    i++;
                continue;
            }
            if (token.Length < 2 || token[0] != '-')
                continue;
            // A bundle of flags, ending with at most one option that takes a value (its value in the rest of the token or the next one).
            for (int c = 1; c < token.Length; c++)
            {
                char letter = token[c];
                if (letter == 'r')
                    read = true;
                else if (letter == 'D' && token.Length == 2)
                    listInterfaces = true;
                else if (letter == 'L')
                    listLinkTypes = true;
                if (ValueLetters.Contains(letter))
                {
                    if (c == token.Length - 1)
                        i++;
                    break;
                }
                if (!FlagLetters.Contains(letter))
                    break;
            }
        }
        if (read)
            return ["read", .. args];
        if (listInterfaces)
            return ["interfaces", .. args.Where(a => a is not "-D" and not "--list-interfaces")];
        if (listLinkTypes)
            return ["interfaces", .. args];
        return ["capture", .. args];
    }

    private static bool LongOptionTakesValue(string token) => !token.Contains('=') && token is
        "--read-file" or "--interface" or "--display-filter" or "--read-filter" or "--snapshot-length" or "--buffer-size"
        or "--linktype" or "--autostop" or "--ring-buffer" or "--disable-protocol" or "--enable-protocol"
        or "--enable-heuristic" or "--disable-heuristic" or "--capture-comment" or "--hexdump" or "--keylog" or "--reassembly-limit";
}
