using System.CommandLine;

namespace Sniffer.Commands;

/// <summary>
/// <c>sniffer follow tcp|udp|tls|http N -r FILE [--ascii|--hex|--raw|--yaml] [--keylog FILE]</c>: tshark's
/// -z follow,PROTO,MODE,N as a command.
/// </summary>
internal static class FollowCommandDefinition
{
    public static readonly Argument<string> Protocol = new("protocol") { Description = "What to follow: tcp, udp, tls (decrypted with --keylog) or http" };
    public static readonly Argument<string> Stream = new("stream") { Description = "The stream index to follow (tcp.stream, or udp.stream for udp)" };
    public static readonly Option<bool> Ascii = new("--ascii") { Description = "Printable bytes as text, others as '.' (the default)" };
    public static readonly Option<bool> Hex = new("--hex") { Description = "A hex dump with offsets per side" };
    public static readonly Option<bool> Raw = new("--raw") { Description = "Each chunk's bytes as one line of hex" };
    public static readonly Option<bool> Yaml = new("--yaml") { Description = "The peers and each chunk's frame, time and bytes (base64) as YAML" };

    public static Command Create()
    {
        var command = new Command("follow", "Print the bytes of one conversation in order, as tshark -z follow,tcp|udp|tls|http does")
        {
            Protocol, Stream, ReadCommandDefinition.ReadFile, ReadCommandDefinition.KeyLog, Ascii, Hex, Raw, Yaml,
        };
        Protocol.Validators.Add(r =>
        {
            if (!Output.FollowRequest.TryParseProtocol(r.GetValueOrDefault<string>() ?? "", out _))
                r.AddError($"Sniffer follows tcp, udp, tls and http streams, not \"{r.GetValueOrDefault<string>()}\": sniffer follow tcp|udp|tls|http N -r FILE");
        });
        Stream.Validators.Add(r =>
        {
            // Read from the token, never through a conversion that throws on "abc".
            string protocol = r.Parent is { } p && p.GetResult(Protocol)?.Tokens is [{ } token] ? token.Value : "tcp";
            string index = protocol == "udp" ? "udp.stream" : "tcp.stream";
            if (r.Tokens.Count == 1 && !long.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out _))
                r.AddError($"The stream index \"{r.Tokens[0].Value}\" isn't a {index} number (0 or more).");
        });
        command.SetAction(FollowCommand.Run);
        return command;
    }
}
