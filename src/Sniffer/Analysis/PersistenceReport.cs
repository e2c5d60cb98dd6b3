namespace Sniffer.Analysis;

/// <summary>The persistence verdict of an HTTP or HTCPCP connection with its evidence, as <c>-z http,connections</c> states it.</summary>
public sealed record PersistenceReport(string Verdict, bool Persistent, IReadOnlyList<string> Evidence);
