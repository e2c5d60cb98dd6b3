namespace Sniffer.Lab;

/// <summary>The pages of a lab HTTP server: one response per request. Connection handling is <see cref="LabHttpConnection"/>'s.</summary>
public interface ILabHttpSite
{
    ValueTask<LabResponse> RespondAsync(LabHttpMessage request, CancellationToken cancel);
}
