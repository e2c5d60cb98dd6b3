using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer follow tcp N -r FILE [--ascii|--hex|--raw]</c>: tshark's -z follow,tcp,MODE,N as a command.</summary>
internal static class FollowCommandDefinition
{
    public static readonly Argument<string> Protocol = new("protocol") { Description = "The stream kind to follow: tcp" };
    public static readonly Argument<long> Stream = new("stream") { Description = "The tcp.stream index to follow" };
    public static readonly Option<bool> Ascii = new("--ascii") { Description = "Printable bytes as text, others as '.' (the default)" };
    public static readonly Option<bool> Hex = new("--hex") { Description = "A hex dump with offsets per side" };
    public static readonly Option<bool> Raw = new("--raw") { Description = "Each segment's bytes as one line of hex" };
    public static readonly Option<bool> Yaml = new("--yaml") { Description = "The peers and each segment's frame, time and bytes (base64) as YAML" };

    public static Command Create()
    {
        var command = new Command("follow", "Print the bytes of one TCP conversation in order, as tshark -z follow,tcp does")
        {
            Protocol, Stream, ReadCommandDefinition.ReadFile, Ascii, Hex, Raw, Yaml,
        };
        Protocol.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() != "tcp")
                r.AddError("Sniffer follows tcp streams: sniffer follow tcp N -r FILE");
        });
        Stream.Validators.Add(r =>
        {
            // Read from the token, never through a conversion that throws on "abc".
            if (r.Tokens.Count == 1 && !long.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out _))
                r.AddError($"The stream index \"{r.Tokens[0].Value}\" isn't a tcp.stream number (0 or more).");
        });
        command.SetAction(FollowCommand.Run);
        return command;
    }
}
