namespace Sniffer.Files;

/// <summary>A frame or file the chosen output type cannot hold (a second link type in a pcap file); the message is one line for the user.</summary>
public sealed class CaptureWriteException(string message) : Exception(message);
