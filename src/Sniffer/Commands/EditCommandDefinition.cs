using System.CommandLine;

namespace Sniffer.Commands;

/// <summary><c>sniffer edit [options] IN OUT [PACKET#[-PACKET#] …]</c>: editcap's everyday switches, spelled as editcap spells them.</summary>
internal static class EditCommandDefinition
{
    public static readonly Argument<string> Input = new("infile") { Description = "The capture to read (pcapng or pcap, compressed or not; '-' for standard input)" };
    public static readonly Argument<string> Output = new("outfile") { Description = "The file to write ('-' for standard output; .gz, .zst or .lz4 compress)" };
    public static readonly Argument<string[]> Packets = new("packets")
    {
        Description = "Packet numbers and ranges to delete (or keep with -r): 1-10 15 …",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<bool> Keep = new("-r") { Description = "Keep the selected packets; the default is to delete them" };
    public static readonly Option<string?> Start = new("-A") { Description = "Only packets at or after this time: YYYY-MM-DDThh:mm:ss[.nnnnnnnnn][Z|+-hh:mm] or Unix epoch seconds", HelpName = "TIME" };
    public static readonly Option<string?> Stop = new("-B") { Description = "Only packets before this time (same formats as -A)", HelpName = "TIME" };
    public static readonly Option<string?> PacketsPerFile = new("-c") { Description = "Split the output into files of at most this many packets (OUT_00000_YYYYMMDDhhmmss.EXT, …)", HelpName = "N" };
    public static readonly Option<string?> SecondsPerFile = new("-i") { Description = "Split the output into files of this many seconds each", HelpName = "SECONDS" };
    public static readonly Option<string[]> FrameComment = new("-a") { Description = "Add a comment to a frame: FRAME:COMMENT (repeat for more)", HelpName = "FRAME:COMMENT" };
    public static readonly Option<string[]> CaptureComment = new("--capture-comment") { Description = "Add a capture file comment", HelpName = "COMMENT" };
    public static readonly Option<bool> DiscardCaptureComment = new("--discard-capture-comment") { Description = "Drop the input's capture file comments (not those added here)" };
    public static readonly Option<string[]> InjectSecrets = new("--inject-secrets")
    {
        Description = "Embed a TLS key log in a Decryption Secrets Block: tls,FILE. Only valid key lines go in, and only those of the capture's own TLS sessions unless --all-keys",
        HelpName = "tls,FILE",
    };
    public static readonly Option<bool> AllKeys = new("--all-keys") { Description = "With --inject-secrets: embed every valid key line, also of sessions not in the capture" };
    public static readonly Option<bool> DiscardSecrets = new("--discard-all-secrets") { Description = "Drop the input's decryption secrets (not those injected here)" };
    public static readonly Option<string?> FileType = FileTypeOption.Create();

    public static Command Create()
    {
        var command = new Command("edit", "Copy a capture, choosing frames by number or time, splitting it, adding comments or secrets, as editcap does")
        {
            Input, Output, Packets, Keep, Start, Stop, PacketsPerFile, SecondsPerFile, FrameComment, CaptureComment,
            DiscardCaptureComment, InjectSecrets, AllKeys, DiscardSecrets, FileType,
        };
        command.SetAction(EditCommand.Run);
        return command;
    }
}
