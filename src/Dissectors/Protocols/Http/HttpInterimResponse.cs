namespace Sniffer.Dissectors.Protocols.Http;

/// <summary>A 1xx response (100 Continue, 103 Early Hints) that came before a request's final response.</summary>
public readonly record struct HttpInterimResponse(long Frame, int StatusCode);
