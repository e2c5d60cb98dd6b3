using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>A data or FIN segment of a built capture: its frame number, direction, payload and time (ns since the epoch).</summary>
public sealed record CapturedSegment(long Frame, StreamDirection Direction, byte[] Payload, bool Fin, long Time);
