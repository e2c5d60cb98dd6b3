using System.Net;

namespace Sniffer.Lab;

/// <summary>
/// Serves HTTP/1.x requests on one connection, with RFC 9112's persistence rules: HTTP/1.1 stays open
/// unless either side says "Connection: close"; HTTP/1.0 closes after each response unless the client asks
/// for "Connection: keep-alive". The response carries the request's version. With <c>closeAlways</c> the
/// server closes after every response (the HTTP/1.0 style, whatever the client asked for).
/// </summary>
public static class LabHttpConnection
{
    public const int MaxRequestsPerConnection = 100;
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(10);

    public static async Task ServeAsync(Stream stream, EndPoint remote, ILabHttpSite site, bool closeAlways, LabLog log, CancellationToken cancel)
    {
        var reader = new LabStreamReader(stream);
        for (int served = 0; served < MaxRequestsPerConnection; served++)
        {
            LabHttpReadStatus status;
            LabHttpMessage? request;
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                idle.CancelAfter(IdleTimeout);
                try
                {
                    (status, request) = await LabHttpReader.ReadRequestAsync(reader, lenient: false, idle.Token);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    return;   // idle keep-alive connection: close it
                }
            }
            if (status == LabHttpReadStatus.Closed)
                return;
            if (status != LabHttpReadStatus.Message)
            {
                var refusal = status == LabHttpReadStatus.TooLarge
                    ? LabResponse.Text(431, "Request Header Fields Too Large", "text/plain", "Request too large\n")
                    : LabResponse.Text(400, "Bad Request", "text/plain", "Bad request\n");
                await LabHttpWriter.WriteResponseAsync(stream, "HTTP/1.1", refusal, headOnly: false, "close", chunkedAllowed: false, cancel);
                return;
            }

            bool http11 = request!.RequestVersion == "HTTP/1.1";
            string version = http11 ? "HTTP/1.1" : "HTTP/1.0";
            var response = await site.RespondAsync(request, cancel);
            bool keepAlive = !closeAlways && !response.Close && (http11
                ? !request.HeaderHasToken("Connection", "close")
                : request.HeaderHasToken("Connection", "keep-alive"));
            bool chunked = http11 && response.Chunks is not null;
            if (response.Chunks is not null && !chunked)
                keepAlive = false;   // an HTTP/1.0 body of unknown length ends at the close
            string? connection = keepAlive ? (http11 ? null : "keep-alive") : "close";
            await LabHttpWriter.WriteResponseAsync(stream, version, response, request.Method == "HEAD", connection, chunked, cancel);
            log.Line($"lab: {remote} \"{request.Method} {request.Target} {request.RequestVersion}\" {response.Code}");
            if (!keepAlive)
                return;
        }
    }
}
