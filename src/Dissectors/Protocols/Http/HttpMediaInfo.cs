using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.TextLines;

namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>
/// What tshark 4.0 appends to the Info column after an HTTP message with a body, which depends on the
/// dissector its media type reaches: most append " (type)" (text lines, images, the generic media
/// dissector); JSON appends ", JavaScript Object Notation (type)"; raw data, multipart, XML and gRPC
/// append nothing. Checked one by one against tshark 4.0.17.
/// </summary>
public static class HttpMediaInfo
{
    public static void AppendSuffix(InfoColumn info, ReadOnlySpan<byte> lowerMediaType)
    {
        if (lowerMediaType.IsEmpty || AppendsNothing(lowerMediaType))
            return;
        Span<char> type = stackalloc char[Math.Min(lowerMediaType.Length, 512)];
        int n = DisplayText.AsciiValue(lowerMediaType[..type.Length], type);
        if (IsJson(lowerMediaType))
            info.Append(", JavaScript Object Notation");
        info.Append(" (");
        info.Append(type[..n]);
        info.Append(')');
    }

    private static bool AppendsNothing(ReadOnlySpan<byte> t)
        => t.SequenceEqual("application/octet-stream"u8)
            || t.StartsWith("multipart/"u8)
            || t.SequenceEqual("text/xml"u8)
            || t.SequenceEqual("application/xml"u8)
            || t.EndsWith("+xml"u8)
            || t.StartsWith("application/grpc"u8);

    private static bool IsJson(ReadOnlySpan<byte> t)
        => t.SequenceEqual("application/json"u8)
            || t.SequenceEqual("application/json-rpc"u8)
            || t.SequenceEqual("application/jsonrequest"u8)
            || t.SequenceEqual("application/x-ndjson"u8);
}
