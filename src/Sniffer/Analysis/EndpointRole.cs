namespace Sniffer.Analysis;

/// <summary>What an endpoint (address and port) did in the capture.</summary>
public enum EndpointRole
{
    /// <summary>It opened connections (sent the SYN, or used the ephemeral port) and sent the requests.</summary>
    Client,
    /// <summary>It accepted connections and answered.</summary>
    Server,
    /// <summary>A server that, while serving a request, was itself the client of another server (a web app calling a back end).</summary>
    ServerAndClient,
}
