using System.Text;

namespace Sniffer.Lab;

/// <summary>
/// A response a lab site wants sent: status, headers, and either a body (sent with Content-Length) or
/// <see cref="Chunks"/> (sent with chunked coding on HTTP/1.1, each chunk in its own write, or until the
/// close on HTTP/1.0). <see cref="Close"/> asks the connection to close after it.
/// </summary>
public sealed record LabResponse(int Code, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public IReadOnlyList<byte[]>? Chunks { get; init; }

    public bool Close { get; init; }

    public static LabResponse Text(int code, string reason, string contentType, string body, params KeyValuePair<string, string>[] headers) =>
        new(code, reason, [new("Content-Type", contentType), .. headers], Encoding.UTF8.GetBytes(body));

    public static LabResponse Html(int code, string reason, string title, string bodyHtml, params KeyValuePair<string, string>[] headers) =>
        Text(code, reason, "text/html; charset=utf-8",
            $"<!DOCTYPE html>\n<html><head><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n{bodyHtml}\n</body></html>\n", headers);
}
