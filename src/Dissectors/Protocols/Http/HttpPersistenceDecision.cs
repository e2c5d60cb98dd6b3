namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>A connection's verdict, its counts, what the protocol asked for, and the evidence in words.</summary>
public sealed record HttpPersistenceDecision(
    HttpPersistenceVerdict Verdict,
    int Requests,
    int Responses,
    bool? ExpectedPersistent,
    IReadOnlyList<string> Evidence);
