using System.Text;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Protocols.Ssdp;

namespace Sniffer.Output.Statistics;

/// <summary>
/// The HTTP messages of one frame as HTTP's tap hands them to tshark's statistics (http_info_value_t): for each HTTP
/// item of the tree (SSDP's too: its messages are HTTP's, and tshark's HTTP tap sees them), its request method,
/// request URI and Host, or its response code.
/// </summary>
internal static class HttpMessageScan
{
    public static readonly FieldDef[] Fields =
        [HttpFields.Protocol, SsdpFields.Protocol, HttpFields.RequestMethod, HttpFields.RequestUri, HttpFields.Host, HttpFields.ResponseCode];

    public readonly record struct Message(string? Method, string? Uri, string? Host, int Code);

    /// <summary>Calls <paramref name="each"/> once per HTTP message of the frame, in the tree's order.</summary>
    public static void ForEach(FieldTree tree, Action<Message> each)
    {
        bool open = false;
        string? method = null, uri = null, host = null;
        int code = 0;
        foreach (ref readonly var node in tree.Nodes)
        {
            var field = node.Field;
            if (ReferenceEquals(field, HttpFields.Protocol) || ReferenceEquals(field, SsdpFields.Protocol))
            {
                if (open)
                    each(new Message(method, uri, host, code));
                open = true;
                method = uri = host = null;
                code = 0;
            }
            else if (!open)
            {
                continue;
            }
            else if (ReferenceEquals(field, HttpFields.RequestMethod))
            {
                method = Text(tree, node);
            }
            else if (ReferenceEquals(field, HttpFields.RequestUri))
            {
                uri = Text(tree, node);
            }
            else if (ReferenceEquals(field, HttpFields.Host))
            {
                host ??= Text(tree, node);
            }
            else if (ReferenceEquals(field, HttpFields.ResponseCode))
            {
                code = (int)Math.Min(node.Number, int.MaxValue);
            }
        }
        if (open)
            each(new Message(method, uri, host, code));
    }

    private static string Text(FieldTree tree, in FieldNode node) => Encoding.UTF8.GetString(tree.ValueBytes(node));
}
