using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Http;

/// <summary>A PDU the harness handed to Dissect: the frame it was reported on and its bytes.</summary>
public sealed record HarnessPdu(long Frame, StreamDirection Direction, byte[] Bytes, int Source, int FirstNode, int EndNode);
