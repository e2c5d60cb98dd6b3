using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;

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
                if (ours.Pdus.Count > 0 && !ours.Incomplete && info != ours.Info)
                    differences.Add($"frame {frame} Info: tshark [{info}] sniffer [{ours.Info}]");
                else if (ours.Pdus.Count == 0 && ours.Incomplete && ours.Info.Length > 0 && info != ours.Info + SegmentNote)
                    differences.Add($"frame {frame} Info of an incomplete message: tshark [{info}] sniffer [{ours.Info}{SegmentNote}]");
            }
            return differences;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
