using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Pop;

/// <summary>POP's fields, with tshark 4.0's abbreviations, names and types (packet-pop.c).</summary>
public static class PopFields
{
    public static readonly ProtocolDef Protocol = new("pop", "POP", "Post Office Protocol");

    public static readonly FieldDef Response = new("pop.response", "Response", FieldType.String);
    public static readonly FieldDef ResponseIndicator = new("pop.response.indicator", "Response indicator", FieldType.String);
    public static readonly FieldDef ResponseDescription = new("pop.response.description", "Response description", FieldType.String);
    public static readonly FieldDef ResponseData = new("pop.response.data", "Data", FieldType.String, description: "Response Data");
    public static readonly FieldDef Request = new("pop.request", "Request", FieldType.String);
    public static readonly FieldDef RequestCommand = new("pop.request.command", "Request command", FieldType.String);
    public static readonly FieldDef RequestParameter = new("pop.request.parameter", "Request parameter", FieldType.String);
    public static readonly FieldDef RequestData = new("pop.request.data", "Data", FieldType.String, description: "Request data");
    public static readonly FieldDef DataFragments = new("pop.data.fragments", "DATA fragments", FieldType.None, description: "Message fragments");
    public static readonly FieldDef DataFragment = new("pop.data.fragment", "DATA fragment", FieldType.FrameNum, description: "Message fragment");
    public static readonly FieldDef DataFragmentOverlap = new("pop.data.fragment.overlap", "DATA fragment overlap", FieldType.Boolean, description: "Message fragment overlap");
    public static readonly FieldDef DataFragmentOverlapConflicts = new("pop.data.fragment.overlap.conflicts", "DATA fragment overlapping with conflicting data",
        FieldType.Boolean, description: "Message fragment overlapping with conflicting data");
    public static readonly FieldDef DataFragmentMultipleTails = new("pop.data.fragment.multiple_tails", "DATA has multiple tail fragments", FieldType.Boolean,
        description: "Message has multiple tail fragments");
    public static readonly FieldDef DataFragmentTooLong = new("pop.data.fragment.too_long_fragment", "DATA fragment too long", FieldType.Boolean,
        description: "Message fragment too long");
    public static readonly FieldDef DataFragmentError = new("pop.data.fragment.error", "DATA defragmentation error", FieldType.FrameNum,
        description: "Message defragmentation error");
    public static readonly FieldDef DataFragmentCount = new("pop.data.fragment.count", "DATA fragment count", FieldType.UInt32);
    public static readonly FieldDef DataReassembledIn = new("pop.data.reassembled.in", "Reassembled DATA in frame", FieldType.FrameNum,
        description: "This DATA fragment is reassembled in this frame");
    public static readonly FieldDef DataReassembledLength = new("pop.data.reassembled.length", "Reassembled DATA length", FieldType.UInt32,
        description: "The total length of the reassembled payload");

    public static readonly ExpertDef TotalLengthInvalid = new("pop.response.tot_len.invalid", ExpertGroup.Malformed, ExpertSeverity.Error,
        "Length must be a string containing an integer");

    public static ProtocolDeclaration Declaration { get; } = new(Protocol,
        [Response, ResponseIndicator, ResponseDescription, ResponseData, Request, RequestCommand, RequestParameter, RequestData, DataFragments,
         DataFragment, DataFragmentOverlap, DataFragmentOverlapConflicts, DataFragmentMultipleTails, DataFragmentTooLong, DataFragmentError,
         DataFragmentCount, DataReassembledIn, DataReassembledLength],
        [TotalLengthInvalid], [PopRegistration.TcpPorts]);
}
