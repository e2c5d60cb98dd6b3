using System.Globalization;
using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output.Statistics;

/// <summary>
/// tshark's <c>-z credentials</c> (ui/cli/tap-credentials.c): the clear-text credentials the dissectors found, one row
/// per credential with its frame, protocol and user name. Of tshark's sources, Sniffer dissects HTTP Basic
/// authentication (http.authbasic, from Authorization and Proxy-Authorization), reported as tshark reports it.
/// </summary>
public sealed class CredentialsStatistics(TextWriter output) : ITap
{
    private readonly List<(long Frame, string Protocol, string User)> _rows = [];

    public TapNeeds Needs => TapNeeds.EveryFrame;
    public IReadOnlyCollection<FieldDef> Fields { get; } = [HttpFields.Authbasic];

    public void OnFrame(PacketContext packet)
    {
        var tree = packet.Tree;
        foreach (ref readonly var node in tree.Nodes)
        {
            if (!ReferenceEquals(node.Field, HttpFields.Authbasic))
                continue;
            var value = tree.ValueBytes(node);
            // As tshark: a decoded value with no "user:password" colon names no one.
            int colon = value.IndexOf((byte)':');
            if (colon >= 0)
                _rows.Add((packet.Frame.Number, "HTTP basic auth", Encoding.UTF8.GetString(value[..colon])));
        }
    }

    public void OnEnd(CaptureModel model)
    {
        const string border = "===================================================================\n";
        var sb = new StringBuilder(border);
        sb.Append("Packet".PadRight(10)).Append(' ').Append("Protocol".PadRight(16)).Append(' ')
            .Append("Username".PadRight(16)).Append(' ').Append("Info".PadRight(16)).Append('\n');
        sb.Append("------     --------         --------         --------\n");
        foreach (var (frame, protocol, user) in _rows)
        {
            sb.Append(frame.ToString(CultureInfo.InvariantCulture).PadRight(10)).Append(' ').Append(protocol.PadRight(16)).Append(' ')
                .Append(user.PadRight(16)).Append(' ').Append(' ', 16).Append('\n');
        }
        sb.Append(border);
        output.Write(sb.ToString());
    }
}
