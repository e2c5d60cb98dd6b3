namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>
/// ${field}: the field's value in the packet selected in Wireshark's GUI. tshark has no selected packet, so the
/// reference is always absent and a relation using it is false.
/// </summary>
internal sealed class ReferenceValues : ValueExpr
{
    public override bool Load(EvalContext ctx) => false;
}
