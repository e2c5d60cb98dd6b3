namespace Sniffer.Analysis;

/// <summary>How the report writes an endpoint: "10.0.0.1:80", "[::1]:443".</summary>
public static class EndpointText
{
    public static string Of(string address, int port)
        => address.Contains(':', StringComparison.Ordinal) ? $"[{address}]:{port}" : $"{address}:{port}";

    /// <summary>The address of an endpoint text ("10.0.0.1:80" → "10.0.0.1", "[::1]:443" → "::1").</summary>
    public static string AddressOf(string endpoint)
    {
        int colon = endpoint.LastIndexOf(':');
        string address = colon < 0 ? endpoint : endpoint[..colon];
        return address.StartsWith('[') && address.EndsWith(']') ? address[1..^1] : address;
    }

    /// <summary>The port of an endpoint text, or 0.</summary>
    public static int PortOf(string endpoint)
    {
        int colon = endpoint.LastIndexOf(':');
        return colon >= 0 && int.TryParse(endpoint.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) ? port : 0;
    }

    /// <summary>A Host header without its port ("example.com:8080" → "example.com", "[::1]:80" → "::1").</summary>
    public static string HostName(string host)
    {
        host = host.Trim();
        if (host.StartsWith('['))
        {
            int end = host.IndexOf(']');
            return end > 0 ? host[1..end] : host;
        }
        int colon = host.IndexOf(':');
        return (colon < 0 ? host : host[..colon]).ToLowerInvariant();
    }
}
