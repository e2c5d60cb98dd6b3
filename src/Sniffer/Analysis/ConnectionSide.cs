namespace Sniffer.Analysis;

/// <summary>Which end of a connection did something (sent the first FIN, the RST).</summary>
public enum ConnectionSide
{
    Client,
    Server,
}
