using System.Xml.Linq;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>
/// Compares, frame by frame, the values of the HTTP fields Sniffer emits with tshark's for the same capture,
/// and the Info column of the frames where a message is reported or starts.
/// </summary>
public static class TsharkComparison
{
    /// <summary>The http.* (and mime_multipart.*) fields the HTTP dissector fills, compared value for value.</summary>
    public static readonly FieldDef[] ComparedFields =
    [
        HttpFields.Request, HttpFields.Response, HttpFields.RequestMethod, HttpFields.RequestUri, HttpFields.RequestUriPath,
        HttpFields.RequestUriQuery, HttpFields.RequestUriQueryParameter, HttpFields.RequestVersion, HttpFields.RequestLine,
        HttpFields.ResponseVersion, HttpFields.ResponseCode, HttpFields.ResponseCodeDesc, HttpFields.ResponsePhrase,
        HttpFields.ResponseLine, HttpFields.Host, HttpFields.UserAgent, HttpFields.Accept, HttpFields.AcceptEncoding,
        HttpFields.AcceptLanguage, HttpFields.Referer, HttpFields.ContentType, HttpFields.ContentLengthHeader,
        HttpFields.ContentLength, HttpFields.ContentEncoding, HttpFields.TransferEncoding, HttpFields.Connection,
        HttpFields.Cookie, HttpFields.CookiePair, HttpFields.SetCookie, HttpFields.Authorization, HttpFields.Authbasic,
        HttpFields.Server, HttpFields.Date, HttpFields.LastModified, HttpFields.Location, HttpFields.CacheControl,
        HttpFields.Upgrade, HttpFields.RequestFullUri, HttpFields.RequestNumber, HttpFields.ResponseNumber,
        HttpFields.RequestIn, HttpFields.ResponseIn, HttpFields.ResponseForUri, HttpFields.Time, HttpFields.PrevRequestIn,
        HttpFields.PrevResponseIn, HttpFields.NextRequestIn, HttpFields.NextResponseIn, HttpFields.FileData,
        HttpFields.ChunkSize, HttpFields.ChunkBoundary, HttpFields.ChunkData, HttpFields.ChunkedTrailerPart,
        HttpFields.UnknownHeader,
        MimeMultipartFields.Type, MimeMultipartFields.FirstBoundary, MimeMultipartFields.Boundary, MimeMultipartFields.LastBoundary,
        MimeMultipartFields.HeaderContentType,
    ];

    private const string InfoColumn = "_ws.col.Info";
    private const string SegmentNote = " [TCP segment of a reassembled PDU]";

    /// <summary>Every difference between tshark and Sniffer for the capture, as readable lines (empty when they agree).</summary>
    public static List<string> Differences(TcpCaptureBuilder capture)
    {
        string path = capture.WriteTemporaryPcap();
        try
        {
            var names = ComparedFields.Select(f => f.Abbrev).Append(InfoColumn).ToList();
            var tshark = TsharkFieldTable.Read(path, names);
            var sniffer = capture.Replay(HttpDissector.OverTcp);
            var differences = new List<string>();
            foreach (long frame in tshark.Frames.Order())
            {
                var ours = sniffer.Frames.FirstOrDefault(f => f.Number == frame);
                foreach (var field in ComparedFields)
                {
                    string expected = tshark[frame, field.Abbrev];
                    string actual = ours is null ? "" : string.Join(TsharkFieldTable.Aggregator, ours.Values(field));
                    if (expected != actual)
                        differences.Add($"frame {frame} {field.Abbrev}: tshark [{expected}] sniffer [{actual}]");
                }
                if (ours is null)
                    continue;
                string info = tshark[frame, InfoColumn];
                if (ours.Pdus.Count > 0 && info != ours.Info)
                    differences.Add($"frame {frame} Info: tshark [{info}] sniffer [{ours.Info}]");
                else if (ours.Pdus.Count == 0 && ours.Incomplete && ours.Info.Length > 0 && info != ours.Info + SegmentNote)
                    differences.Add($"frame {frame} Info of an incomplete message: tshark [{info}] sniffer [{ours.Info}{SegmentNote}]");
                else if (ours.Pdus.Count == 0 && ours.Incomplete && ours.Info.Length == 0 && !info.Contains(" → ", StringComparison.Ordinal))
                    differences.Add($"frame {frame} Info of an incomplete message: tshark [{info}] sniffer leaves TCP's");
            }
            return differences;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>PDML drops the "Data (N bytes)" line of data nested in HTTP; -V shows it, so it is rebuilt from the bytes.</summary>
    private static string PdmlDataLine(XElement field)
        => (string?)field.Attribute("name") == "data" && field.Attribute("value") is { } value ? $"Data ({value.Value.Length / 2} bytes)" : "";

    /// <summary>
    /// The tree lines Sniffer writes itself (nodes with their own text: request lines, headers as sent, "HTTP
    /// request 1/1", "Data chunk (3 octets)", ...) that tshark's -T pdml does not show in the same frame's
    /// HTTP or MIME multipart tree.
    /// </summary>
    public static List<string> TreeTextDifferences(TcpCaptureBuilder capture)
    {
        string path = capture.WriteTemporaryPcap();
        try
        {
            var pdml = ExternalTools.Tshark("-n", "-r", path, "-T", "pdml");
            if (pdml.ExitCode != 0)
                throw new InvalidOperationException($"tshark failed ({pdml.ExitCode}): {pdml.StdErr}");
            var tsharkLines = new Dictionary<long, List<string>>();
            foreach (var packet in XDocument.Parse(pdml.StdOut).Root!.Elements("packet"))
            {
                long number = long.Parse(packet.Elements("proto").First(p => (string?)p.Attribute("name") == "geninfo")
                    .Elements("field").First(f => (string?)f.Attribute("name") == "num").Attribute("show")!.Value);
                var lines = new List<string>();
                // HTTP, and the media dissectors it hands bodies to (top-level beside it in the tree).
                foreach (var proto in packet.Elements("proto").Where(p => (string?)p.Attribute("name") is "http" or "mime_multipart"
                    or "data-text-lines" or "media" or "urlencoded-form"))
                {
                    lines.Add((string?)proto.Attribute("showname") ?? "");
                    foreach (var field in proto.Descendants().Where(e => e.Name == "field" || e.Name == "proto"))
                        lines.Add((string?)field.Attribute("showname") ?? (string?)field.Attribute("show") ?? PdmlDataLine(field));
                }
                tsharkLines[number] = lines;
            }
            var sniffer = capture.Replay(HttpDissector.OverTcp);
            var differences = new List<string>();
            foreach (var frame in sniffer.Frames.Where(f => f.Pdus.Count > 0))
            {
                var theirs = tsharkLines.GetValueOrDefault(frame.Number) ?? [];
                var tree = frame.Packet.Tree;
                for (int i = 0; i < tree.Count; i++)
                {
                    var node = tree[i];
                    if ((node.Flags & NodeFlags.HasText) == 0 || (node.Flags & NodeFlags.Expert) != 0)
                        continue;
                    // The whole line the item shows (its own text, or "Name: value" with text appended), as PDML's showname.
                    string text = Sniffer.Output.NodeLabel.ToText(tree, node);
                    if (!theirs.Contains(text) && !theirs.Contains("[" + text + "]"))
                        differences.Add($"frame {frame.Number} {node.Field.Abbrev}: [{text}] is not in tshark's tree");
                }
            }
            return differences;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
