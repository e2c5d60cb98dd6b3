namespace Sniffer.Output;

/// <summary>How <c>-T ek</c> and <c>-G elastic-mapping</c> name things: dots become underscores ("tcp.srcport" → "tcp_srcport").</summary>
public static class EkNames
{
    public static string Underscored(string abbrev) => abbrev.Replace('.', '_');
}
