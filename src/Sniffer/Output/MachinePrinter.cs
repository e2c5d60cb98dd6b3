using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Taps;

namespace Sniffer.Output;

/// <summary>The machine-readable formats -T selects beside text and fields.</summary>
public enum MachineFormat
{
    Json,
    JsonRaw,
    Ek,
    Pdml,
    Psml,
}

/// <summary>
/// One of the machine-readable outputs (-T json, jsonraw, ek, pdml, psml) behind one face for the read pipeline: what the
/// dissection must build for it, the text before the first frame, each frame, and the text after the last.
/// </summary>
public sealed class MachinePrinter : IDetachableTap
{
    private readonly TextWriter? _output;
    private readonly JsonPrinter? _json;
    private readonly EkPrinter? _ek;
    private readonly PdmlPrinter? _pdml;
    private readonly PsmlPrinter? _psml;

    public MachinePrinter(MachineFormat format, JsonOptions options, FieldCatalog catalog, string captureFile, TextWriter? output = null)
    {
        _output = output;
        Format = format;
        switch (format)
        {
            case MachineFormat.Json:
                _json = new JsonPrinter(options);
                break;
            case MachineFormat.JsonRaw:
                _json = new JsonPrinter(options with { Raw = true, PrintText = false });
                break;
            case MachineFormat.Ek:
                _ek = new EkPrinter(options, catalog);
                break;
            case MachineFormat.Pdml:
                _pdml = new PdmlPrinter(captureFile, options.ProtocolFilter, options.IncludeChildren, options.Colors);
                break;
            default:
                _psml = new PsmlPrinter(options.Colors);
                break;
        }
        Fields = format is MachineFormat.Json or MachineFormat.Ek ? options.Fields
            : format == MachineFormat.Psml && options.Colors is { } colors ? colors.ReferencedFields : [];
    }

    public MachineFormat Format { get; }

    /// <summary>The fields -e named (JSON and EK only); empty when the whole tree is written.</summary>
    public IReadOnlyCollection<FieldDef> Fields { get; }

    public TapNeeds Needs => (NeedsText ? TapNeeds.DisplayText : TapNeeds.None) | (NeedsWholeTree ? TapNeeds.AllFields : TapNeeds.None)
        | (NeedsInfo ? TapNeeds.Columns : TapNeeds.None);

    /// <summary>JSON, EK and PDML read the tree and the frame; PSML reads the columns.</summary>
    public bool Detachable => !NeedsInfo;

    public void OnFrame(PacketContext packet) => Write(packet, _output ?? throw new InvalidOperationException("no output"));

    public void OnEnd(CaptureModel model) => Finish(_output ?? throw new InvalidOperationException("no output"));

    /// <summary>Whether items need their display text (every tree output; PSML shows only the columns).</summary>
    public bool NeedsText => Format != MachineFormat.Psml;

    /// <summary>Whether the whole tree is needed (not just the -e fields).</summary>
    public bool NeedsWholeTree => Format != MachineFormat.Psml && Fields.Count == 0;

    /// <summary>Whether the Info column is shown (PSML's sections).</summary>
    public bool NeedsInfo => Format == MachineFormat.Psml;

    public void Begin(TextWriter output)
    {
        _json?.Begin(output);
        _pdml?.Begin(output);
        _psml?.Begin(output);
    }

    public void Write(PacketContext packet, TextWriter output)
    {
        _json?.Write(packet, output);
        _ek?.Write(packet, output);
        _pdml?.Write(packet, output);
        _psml?.Write(packet, output);
    }

    public void Finish(TextWriter output)
    {
        _json?.Finish(output);
        _pdml?.Finish(output);
        _psml?.Finish(output);
    }

    public static bool TryParse(string name, out MachineFormat format)
    {
        switch (name)
        {
            case "json": format = MachineFormat.Json; return true;
            case "jsonraw": format = MachineFormat.JsonRaw; return true;
            case "ek": format = MachineFormat.Ek; return true;
            case "pdml": format = MachineFormat.Pdml; return true;
            case "psml": format = MachineFormat.Psml; return true;
            default: format = default; return false;
        }
    }
}
