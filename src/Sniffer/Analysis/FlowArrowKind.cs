namespace Sniffer.Analysis;

/// <summary>What a flow-graph arrow stands for.</summary>
public enum FlowArrowKind
{
    Syn,
    SynAck,
    Ack,
    Request,
    Response,
    Tls,
    Data,
    Fin,
    Rst,
}
