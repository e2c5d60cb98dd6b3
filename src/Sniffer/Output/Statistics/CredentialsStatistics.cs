using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Ftp;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Imap;
using Sniffer.Dissectors.Protocols.Pop;
using Sniffer.Dissectors.Transport;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z credentials</c> (ui/cli/tap-credentials.c): the clear-text credentials the dissectors found, one row per
/// credential with its frame, protocol, user name and a note, in frame order. Read from each frame's tree as tshark 4.0's
/// dissectors queue them: HTTP Basic authentication (http.authbasic), FTP's PASS after the connection's first USER,
/// POP's PASS after the connection's first USER ("POP3"), and IMAP's LOGIN (imap.request.username).
/// </summary>
public sealed class CredentialsStatistics(TextWriter output) : ITap
{
    /// <summary>Most connections whose FTP or POP user name is remembered; past it new ones are not (memory stays bounded).</summary>
    public const int MaxConnections = 1 << 16;

    private readonly List<(long Frame, string Protocol, string User, string Info)> _rows = [];
    private readonly Dictionary<long, (string User, long Frame)> _ftpUsers = [];
    private readonly Dictionary<long, (string? User, long Frame)> _popUsers = [];

    public TapNeeds Needs => TapNeeds.EveryFrame;

    public IReadOnlyCollection<FieldDef> Fields { get; } =
    [
        HttpFields.Authbasic, TcpFields.Stream, FtpFields.RequestCommand, FtpFields.RequestArg, PopFields.RequestCommand,
        PopFields.RequestParameter, ImapFields.RequestUsername, ImapFields.RequestPassword,
    ];

    public void OnFrame(PacketContext packet)
    {
        var tree = packet.Tree;
        long frame = packet.Frame.Number;
        long stream = -1;
        var ftp = FtpLogin.None;
        var pop = FtpLogin.None;
        string? imapUser = null;
        foreach (ref readonly var node in tree.Nodes)
        {
            var field = node.Field;
            if (ReferenceEquals(field, TcpFields.Stream))
            {
                stream = (long)node.Number;
            }
            else if (ReferenceEquals(field, HttpFields.Authbasic))
            {
                var value = tree.ValueBytes(node);
                // As tshark: a decoded value with no "user:password" colon names no one.
                int colon = value.IndexOf((byte)':');
                if (colon >= 0)
                    _rows.Add((frame, "HTTP basic auth", Encoding.UTF8.GetString(value[..colon]), ""));
            }
            else if (ReferenceEquals(field, FtpFields.RequestCommand))
            {
                ftp = FtpDissector.Login(tree.ValueBytes(node));
                if (ftp == FtpLogin.Pass && _ftpUsers.TryGetValue(stream, out var user))
                    _rows.Add((frame, "FTP", user.User, $"Username in packet: {user.Frame}"));
            }
            else if (ReferenceEquals(field, FtpFields.RequestArg))
            {
                if (ftp == FtpLogin.User && !_ftpUsers.ContainsKey(stream) && _ftpUsers.Count < MaxConnections)
                    _ftpUsers[stream] = (Encoding.UTF8.GetString(tree.ValueBytes(node)), frame);
            }
            else if (ReferenceEquals(field, PopFields.RequestCommand))
            {
                var command = tree.ValueBytes(node);
                pop = PopDissector.LineStartsWith(command, "USER"u8) ? FtpLogin.User
                    : PopDissector.LineStartsWith(command, "PASS"u8) ? FtpLogin.Pass : FtpLogin.None;
            }
            else if (ReferenceEquals(field, PopFields.RequestParameter))
            {
                if (pop == FtpLogin.User)
                {
                    if (!_popUsers.TryGetValue(stream, out var known) || known.User is null)
                    {
                        if (_popUsers.Count < MaxConnections)
                            _popUsers[stream] = (Encoding.UTF8.GetString(tree.ValueBytes(node)), frame);
                    }
                }
                else if (pop == FtpLogin.Pass)
                {
                    _popUsers.TryGetValue(stream, out var user);
                    // tshark queues the PASS even before any USER: printf shows the missing name as "(null)".
                    _rows.Add((frame, "POP3", user.User ?? "(null)", $"Username in packet {user.Frame}"));
                }
            }
            else if (ReferenceEquals(field, ImapFields.RequestUsername))
            {
                imapUser = Encoding.UTF8.GetString(tree.ValueBytes(node));
            }
            else if (ReferenceEquals(field, ImapFields.RequestPassword) && imapUser is not null)
            {
                // Queued once the password is read: a LOGIN whose password is cut short is malformed and queues nothing.
                _rows.Add((frame, "IMAP", imapUser, ""));
                imapUser = null;
            }
        }
    }

    public void OnEnd(CaptureModel model)
    {
        const string border = "===================================================================\n";
        var sb = new StringBuilder(border);
        sb.Append("Packet".PadRight(10)).Append(' ').Append("Protocol".PadRight(16)).Append(' ')
            .Append("Username".PadRight(16)).Append(' ').Append("Info".PadRight(16)).Append('\n');
        sb.Append("------     --------         --------         --------\n");
        foreach (var (frame, protocol, user, info) in _rows)
        {
            sb.Append(frame.ToString(CultureInfo.InvariantCulture).PadRight(10)).Append(' ').Append(protocol.PadRight(16)).Append(' ')
                .Append(user.PadRight(16)).Append(' ').Append(info.PadRight(16)).Append('\n');
        }
        sb.Append(border);
        output.Write(sb.ToString());
    }
}
